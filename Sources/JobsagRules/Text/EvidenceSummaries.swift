import JobsagCore

/// Evidence for the entries of a case, each with a short summary.
extension Evidence {
    /// "jobsamtale 10.01.2024, fysisk"
    static func conversation(_ conversation: Conversation) -> Evidence {
        Evidence(
            entryID: conversation.id, kind: .conversation, date: conversation.date,
            source: .conversation(conversation.kind, conversation.form, conversation.outcome))
    }

    /// "virksomhedspraktik fra 01.03.2024 (ret og pligt)"
    static func offer(_ offer: Offer) -> Evidence {
        Evidence(entryID: offer.id, kind: .offer, date: offer.start, source: .offer(offer.type, rightAndDuty: offer.rightAndDuty))
    }

    /// "visitation 12.02.2024: aktivitetsparat"
    static func visitation(_ visitation: Visitation) -> Evidence {
        Evidence(
            entryID: visitation.id, kind: .visitation, date: visitation.date,
            message: RuleMessage(
                da: "visitation {0}: {1}", en: "visitation {0}: {1}",
                .date(visitation.date), .localized(Wording.category(visitation.category))))
    }

    /// "vejledning om 225-timersreglen 10.01.2024 (mundtligt)": its message made when read.
    static func guidance(_ guidance: Guidance) -> Evidence {
        Evidence(
            entryID: guidance.id, kind: .guidance, date: guidance.date,
            source: .guidance(guidance.kind, guidance.date, channels: guidance.channels, answer: guidance.answer))
    }

    /// The summary of guidance of `kind` given on `date` through `channels`.
    static func guidanceMessage(
        _ kind: Guidance.Kind, _ date: CalendarDate, channels: [Guidance.Channel], answer: Guidance.Answer?
    ) -> RuleMessage {
        var details: [RuleMessage.Argument] = channels.map { .localized(Wording.channel($0)) }
        if let answer { details.append(.localized(Wording.answer(answer))) }
        if details.isEmpty {
            return RuleMessage(da: "{0} {1}", en: "{0} {1}", .localized(Wording.guidanceKind(kind)), .date(date))
        }
        return RuleMessage(
            da: "{0} {1} ({2})", en: "{0} {1} ({2})", .localized(Wording.guidanceKind(kind)), .date(date), .list(details))
    }

    /// "fritagelse fra 01.02.2024: indlagt"
    static func exemption(_ exemption: Exemption) -> Evidence {
        let message: RuleMessage
        if let to = exemption.to {
            message = RuleMessage(
                da: "fritagelse {0}–{1}: {2}", en: "exemption {0} to {1}: {2}",
                .date(exemption.from), .date(to), .text(exemption.reason))
        } else {
            message = RuleMessage(
                da: "fritagelse fra {0}: {1}", en: "exemption from {0}: {1}", .date(exemption.from), .text(exemption.reason))
        }
        return Evidence(entryID: exemption.id, kind: .exemption, date: exemption.from, message: message)
    }

    /// "jobmål: Lagermedarbejder (oprettet 10.01.2024)"
    static func goal(_ goal: Goal) -> Evidence {
        let kind = goal.kind == .job
            ? LocalizedText(da: "jobmål", en: "job goal") : LocalizedText(da: "uddannelsesmål", en: "education goal")
        return Evidence(
            entryID: goal.id, kind: .goal, date: goal.created,
            message: RuleMessage(
                da: "{0}: {1} (oprettet {2})", en: "{0}: {1} (created {2})",
                .localized(kind), .text(goal.title), .date(goal.created)))
    }

    /// "delmål (stabiliserende): Fast døgnrytme"
    static func subgoal(_ subgoal: Subgoal) -> Evidence {
        let kind: LocalizedText
        switch subgoal.kind {
        case .stabiliserende: kind = LocalizedText(da: "stabiliserende", en: "stabilising")
        case .faglig: kind = LocalizedText(da: "fagligt", en: "vocational")
        case .jobsoegning: kind = LocalizedText(da: "jobsøgning", en: "job search")
        case .andet: kind = LocalizedText(da: "andet", en: "other")
        }
        return Evidence(
            entryID: subgoal.id, kind: .subgoal, date: subgoal.created,
            message: RuleMessage(
                da: "delmål ({0}): {1}", en: "subgoal ({0}): {1}", .localized(kind), .text(subgoal.title)))
    }

    /// "uddannelsespålæg givet 10.01.2024"
    static func injunction(_ injunction: EducationInjunction) -> Evidence {
        Evidence(
            entryID: injunction.id, kind: .injunction, date: injunction.given,
            message: RuleMessage(
                da: "uddannelsespålæg givet {0}", en: "education injunction given {0}", .date(injunction.given)))
    }

    /// "LSR-test 15.11.2023: behov"
    static func literacyTest(_ test: LiteracyTest) -> Evidence {
        if let date = test.date {
            var result: RuleMessage.Argument = .localized(LocalizedText(da: "resultat ikke registreret", en: "no result recorded"))
            if let value = test.result {
                result = .localized(
                    value == .behov
                        ? LocalizedText(da: "behov for kursus", en: "course needed")
                        : LocalizedText(da: "intet behov", en: "no need"))
            }
            return Evidence(
                entryID: test.id, kind: .literacyTest, date: date,
                message: RuleMessage(da: "LSR-test {0}: {1}", en: "literacy test {0}: {1}", .date(date), result))
        }
        return Evidence(
            entryID: test.id, kind: .literacyTest, date: test.recorded,
            message: RuleMessage(
                da: "undtaget fra LSR-test ({0}): {1}", en: "exempt from the literacy test ({0}): {1}",
                .date(test.recorded), .text(test.exemptionReason)))
    }

    /// "udeblivelse 03.01.2022 (rimelig grund: nej)"
    /// "møde 10.12.2026 kl. 10:00, booket 03.12.2026 (selvbooket)".
    static func meeting(_ meeting: Meeting) -> Evidence {
        Evidence(
            entryID: meeting.id, kind: .meeting, date: meeting.bookedOn,
            message: RuleMessage(
                da: meeting.selfBooked ? "møde {0} kl. {1}, booket {2} (selvbooket)" : "møde {0} kl. {1}, booket {2}",
                en: meeting.selfBooked ? "meeting {0} at {1}, booked {2} (self-booked)" : "meeting {0} at {1}, booked {2}",
                .date(meeting.date), .text(meeting.time.text), .date(meeting.bookedOn)))
    }

    static func absence(_ absence: Absence) -> Evidence {
        Evidence(
            entryID: absence.id, kind: .absence, date: absence.date,
            message: RuleMessage(
                da: "udeblivelse {0} ({1})", en: "absence {0} ({1})",
                .date(absence.date), .localized(Wording.reasonableCause(absence.reasonableCause))))
    }

    /// "kontaktforsøg 20.01.2022: hjemmebesøg"
    static func contactAttempt(_ attempt: ContactAttempt) -> Evidence {
        Evidence(
            entryID: attempt.id, kind: .contactAttempt, date: attempt.date,
            message: RuleMessage(
                da: "kontaktforsøg {0}: {1}", en: "contact attempt {0}: {1}",
                .date(attempt.date), .localized(Wording.contactChannel(attempt.channel))))
    }

    /// "sanktion 10.01.2022 (LAS § 36)"
    static func sanction(_ sanction: SanctionDecision) -> Evidence {
        let kind = sanction.kind == .skaerpet40a
            ? LocalizedText(da: "skærpet rådighedssanktion", en: "aggravated availability sanction")
            : LocalizedText(da: "sanktion", en: "sanction")
        return Evidence(
            entryID: sanction.id, kind: .sanction, date: sanction.decided,
            message: RuleMessage(da: "{0} {1}", en: "{0} {1}", .localized(kind), .date(sanction.decided)))
    }

    /// "fleksjob hos Bageriet fra 01.03.2024"
    static func flexJob(_ job: FlexJob) -> Evidence {
        Evidence(
            entryID: job.id, kind: .flexJob, date: job.start,
            message: RuleMessage(da: "fleksjob hos {0} fra {1}", en: "flex job at {0} from {1}", .text(job.employer), .date(job.start)))
    }

    /// "rehabiliteringsteamets indstilling 12.01.2024"
    static func rehabilitationRecommendation(_ recommendation: RehabilitationRecommendation) -> Evidence {
        Evidence(
            entryID: recommendation.id, kind: .rehabilitationRecommendation, date: recommendation.date,
            message: RuleMessage(
                da: "rehabiliteringsteamets indstilling {0}", en: "rehabilitation team's recommendation {0}",
                .date(recommendation.date)))
    }

    /// "CV på Jobnet oprettet 10.01.2024"
    static func cv(_ cv: JobnetCV, visibleOn: CalendarDate? = nil) -> Evidence {
        if let visibleOn {
            return Evidence(
                entryID: "cv", kind: .cv, date: visibleOn,
                message: RuleMessage(
                    da: "CV synligt for arbejdsgivere fra {0}", en: "CV visible to employers from {0}", .date(visibleOn)))
        }
        return Evidence(
            entryID: "cv", kind: .cv, date: cv.registered,
            message: RuleMessage(da: "CV på Jobnet oprettet {0}", en: "CV on Jobnet registered {0}", .date(cv.registered)))
    }

    /// "timer i marts 2024: 40"
    static func ordinaryHours(_ hours: OrdinaryHours) -> Evidence {
        Evidence(
            entryID: hours.id, kind: .ordinaryHours, date: hours.month,
            message: RuleMessage(
                da: "ordinære løntimer i måneden fra {0}: {1}", en: "ordinary paid hours in the month from {0}: {1}",
                .date(hours.month), .decimal(hours.hours)))
    }

    /// "underretning om frafaldsrisiko 10.02.2024"
    static func dropoutReport(_ report: EducationInjunction.DropoutReport) -> Evidence {
        Evidence(
            entryID: report.id, kind: .dropoutReport, date: report.date,
            message: RuleMessage(
                da: "besked om risiko for frafald {0}", en: "dropout-risk report {0}", .date(report.date)))
    }
}
