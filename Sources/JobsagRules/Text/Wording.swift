import JobsagCore

/// The Danish and English words for the values of the domain model, for evidence summaries
/// and explanations (and the calendar export's meetings).
public enum Wording {
    public static func conversationKind(_ kind: Conversation.Kind) -> LocalizedText {
        switch kind {
        case .jobsamtale: return LocalizedText(da: "jobsamtale", en: "job interview")
        case .visitationssamtale: return LocalizedText(da: "visitationssamtale", en: "assessment interview")
        case .faellessamtale: return LocalizedText(da: "fællessamtale", en: "joint meeting with the a-kasse")
        case .opfoelgning: return LocalizedText(da: "opfølgningssamtale", en: "follow-up meeting")
        case .rundbord: return LocalizedText(da: "rundbordssamtale", en: "round-table meeting")
        case .andet: return LocalizedText(da: "samtale", en: "conversation")
        }
    }

    public static func conversationForm(_ form: Conversation.Form) -> LocalizedText {
        switch form {
        case .fysisk: return LocalizedText(da: "fysisk", en: "in person")
        case .telefon: return LocalizedText(da: "telefon", en: "phone")
        case .video: return LocalizedText(da: "video", en: "video")
        case .skriftlig: return LocalizedText(da: "skriftlig", en: "in writing")
        }
    }

    /// The form inside a sentence: "blev holdt {pr. telefon}" / "was held {by phone}".
    static func conversationFormPhrase(_ form: Conversation.Form) -> LocalizedText {
        switch form {
        case .fysisk: return LocalizedText(da: "ved personligt fremmøde", en: "in person")
        case .telefon: return LocalizedText(da: "pr. telefon", en: "by phone")
        case .video: return LocalizedText(da: "som video", en: "by video")
        case .skriftlig: return LocalizedText(da: "skriftligt", en: "in writing")
        }
    }

    static func outcome(_ outcome: Conversation.Outcome) -> LocalizedText {
        switch outcome {
        case .holdt: return LocalizedText(da: "holdt", en: "held")
        case .aflyst: return LocalizedText(da: "aflyst", en: "cancelled")
        case .udeblevet: return LocalizedText(da: "udeblevet", en: "no-show")
        }
    }

    static func offerType(_ type: Offer.OfferType) -> LocalizedText {
        switch type {
        case .virksomhedspraktik: return LocalizedText(da: "virksomhedspraktik", en: "work placement")
        case .loentilskud: return LocalizedText(da: "løntilskud", en: "wage-subsidy job")
        case .vejledningOgOpkvalificering:
            return LocalizedText(da: "vejledning og opkvalificering", en: "guidance and upskilling")
        case .ordinaerUddannelse: return LocalizedText(da: "ordinær uddannelse", en: "ordinary education")
        case .nytteindsats: return LocalizedText(da: "nytteindsats", en: "community work")
        case .mentor: return LocalizedText(da: "mentor", en: "mentor")
        case .lsrKursus: return LocalizedText(da: "LSR-kursus", en: "literacy course")
        case .danskundervisning: return LocalizedText(da: "danskundervisning", en: "Danish classes")
        case .andet: return LocalizedText(da: "tilbud", en: "offer")
        }
    }

    static func category(_ category: ReadinessCategory) -> LocalizedText {
        switch category {
        case .jobparat: return LocalizedText(da: "jobparat", en: "job-ready")
        case .aktivitetsparat: return LocalizedText(da: "aktivitetsparat", en: "activity-ready")
        case .uddannelsesparat: return LocalizedText(da: "uddannelsesparat", en: "education-ready")
        case .aabenlystUddannelsesparat:
            return LocalizedText(da: "åbenlyst uddannelsesparat", en: "obviously education-ready")
        }
    }

    static func guidanceKind(_ kind: Guidance.Kind) -> LocalizedText {
        switch kind {
        case .rettigheder35_1:
            return LocalizedText(da: "vejledning om rettigheder og pligter (§ 35, stk. 1)", en: "rights and duties guidance (§ 35(1))")
        case .advarsel35_2:
            return LocalizedText(da: "vejledning om skærpet sanktion (§ 35, stk. 2)", en: "warning of an aggravated sanction (§ 35(2))")
        case .timer225: return LocalizedText(da: "vejledning om 225-timersreglen", en: "guidance on the 225-hour rule")
        case .koordinerendeTilbudt:
            return LocalizedText(da: "tilbud om koordinerende sagsbehandler", en: "offer of a coordinating caseworker")
        }
    }

    static func channel(_ channel: Guidance.Channel) -> LocalizedText {
        switch channel {
        case .mundtlig: return LocalizedText(da: "mundtligt", en: "oral")
        case .skriftligUdleveret: return LocalizedText(da: "skriftligt udleveret", en: "handed out in writing")
        case .eBoks: return LocalizedText(da: "pjece i e-Boks", en: "leaflet to e-Boks")
        }
    }

    static func answer(_ answer: Guidance.Answer) -> LocalizedText {
        switch answer {
        case .accepteret: return LocalizedText(da: "takket ja", en: "accepted")
        case .afslaaet: return LocalizedText(da: "takket nej", en: "declined")
        }
    }

    static func contactChannel(_ channel: ContactAttempt.Channel) -> LocalizedText {
        switch channel {
        case .telefon: return LocalizedText(da: "telefon", en: "phone")
        case .brev: return LocalizedText(da: "brev", en: "letter")
        case .hjemmebesoeg: return LocalizedText(da: "hjemmebesøg", en: "home visit")
        case .mentor: return LocalizedText(da: "via mentor", en: "through the mentor")
        case .tilbudsudbyder: return LocalizedText(da: "via tilbudsstedet", en: "through the offer provider")
        case .familie: return LocalizedText(da: "via familie", en: "through family")
        case .andet: return LocalizedText(da: "andet", en: "other")
        }
    }

    static func reasonableCause(_ cause: Absence.ReasonableCause) -> LocalizedText {
        switch cause {
        case .ja: return LocalizedText(da: "rimelig grund: ja", en: "reasonable cause: yes")
        case .nej: return LocalizedText(da: "rimelig grund: nej", en: "reasonable cause: no")
        case .ukendt: return LocalizedText(da: "rimelig grund: ukendt", en: "reasonable cause: unknown")
        }
    }

    static func group(_ group: TargetGroup) -> LocalizedText {
        LocalizedText(da: group.rawValue, en: group.rawValue)
    }

    /// " (for sent)" after a date when something was done after its deadline, else nothing.
    static func lateSuffix(_ late: Bool) -> RuleMessage.Argument {
        .localized(late ? LocalizedText(da: " (for sent)", en: " (late)") : LocalizedText(da: "", en: ""))
    }

    // MARK: Units

    static func days(_ count: Int) -> RuleMessage.Argument { .counted(count, .day) }
    static func weeks(_ count: Int) -> RuleMessage.Argument { .counted(count, .week) }
    static func months(_ count: Int) -> RuleMessage.Argument { .counted(count, .month) }
}
