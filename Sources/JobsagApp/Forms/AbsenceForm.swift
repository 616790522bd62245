import JobsagCore

/// The absence form (udeblivelse, RD.UDEBLIV): the date, what the citizen was absent from
/// (a conversation or an offer of the case, or a text), whether there was a reasonable
/// cause, and the hearing (partshøring) sent and answered.
enum AbsenceForm {
    static func make(for item: Case, editing id: EntryID?, context: FormContext) -> FormState {
        let strings = context.strings
        let existing = id.flatMap { id in item.absences.first { $0.id == id } }
        let options = sourceOptions(item, strings)
        let missed = item.conversations.filter { $0.outcome == .udeblevet }.max { ($0.date, $0.id) < ($1.date, $1.id) }
        let source = existing.map { absence in options.contains { $0.value == absence.from } ? absence.from : "" } ?? missed?.id ?? ""
        let fields: [FormField] = [
            .date("date", strings.fieldLabel("date"), existing?.date ?? missed?.date ?? context.today),
            .choice("fromEntry", strings.fieldLabel("absentFrom"), options, selected: source),
            .text("fromText", strings.fieldLabel("absentFromText"), source.isEmpty ? existing?.from ?? "" : "", required: true,
                  visibleWhen: FieldCondition("fromEntry", in: [""])),
            .choice("reasonableCause", strings.fieldLabel("reasonableCause"), strings.options(Absence.ReasonableCause.self),
                    selected: (existing?.reasonableCause ?? .ukendt).rawValue),
            .date("hearingSent", strings.fieldLabel("hearingSent"), existing?.hearingSent, required: false),
            .date("hearingAnswered", strings.fieldLabel("hearingAnswered"), existing?.hearingAnswered, required: false),
            .text("note", strings.fieldLabel("note"), existing?.note ?? "", multiline: true, hint: strings[.hintMultiline]),
        ]
        return FormState(kind: .absence, title: strings.formTitle(.absence, editing: existing != nil),
                         caseID: item.id, entryID: existing?.id, fields: fields)
    }

    /// "Another (type it)", then the meetings the citizen did not come to, the conversations
    /// and the offers of the case, newest first.
    static func sourceOptions(_ item: Case, _ strings: Strings) -> [ChoiceOption] {
        var options = [ChoiceOption(value: "", label: strings[form: .otherSource])]
        for meeting in item.meetings.filter({ $0.state == .noShow }).sorted(by: { ($0.date, $0.id) > ($1.date, $1.id) }) {
            options.append(ChoiceOption(value: meeting.id, label: describeSource(.meeting(meeting), strings)))
        }
        for conversation in item.conversations.sorted(by: { ($0.date, $0.id) > ($1.date, $1.id) }) {
            options.append(ChoiceOption(value: conversation.id, label: describeSource(.conversation(conversation), strings)))
        }
        for offer in item.offers.sorted(by: { ($0.start, $0.id) > ($1.start, $1.id) }) {
            options.append(ChoiceOption(value: offer.id, label: describeSource(.offer(offer), strings)))
        }
        return options
    }

    enum Source {
        case conversation(Conversation)
        case offer(Offer)
        case meeting(Meeting)
    }

    static func describeSource(_ source: Source, _ strings: Strings) -> String {
        switch source {
        case .conversation(let conversation):
            return strings.format(.describeConversation, conversation.date.danish, strings.label(conversation.kind).lowercased())
        case .offer(let offer):
            return strings.format(.describeOffer, strings.label(offer.type), offer.start.danish)
        case .meeting(let meeting):
            return strings[booking: .meeting].lowercased() + " " + strings.format(booking: .meetingLine, meeting.date.danish, meeting.time.text)
                + " (" + strings.label(meeting.kind).lowercased() + ")"
        }
    }

    /// What an absence was from, as words: the conversation or offer it names, else its text.
    static func describeFrom(_ absence: Absence, in item: Case, _ strings: Strings) -> String {
        if let conversation = item.conversations.first(where: { $0.id == absence.from }) {
            return describeSource(.conversation(conversation), strings)
        }
        if let offer = item.offers.first(where: { $0.id == absence.from }) { return describeSource(.offer(offer), strings) }
        if let meeting = item.meetings.first(where: { $0.id == absence.from }) { return describeSource(.meeting(meeting), strings) }
        return absence.from
    }

    static let spec = FormSpec.checked(
        rules: { id, form, _, context in
            let date = form.day("date", context)
            let sent = form.day("hearingSent", context)
            let answered = form.day("hearingAnswered", context)
            switch id {
            case "date":
                return FieldChecks.notInFuture(date, context)
            case "hearingSent":
                return FieldChecks.notInFuture(sent, context) ?? FieldChecks.notBefore(sent, date, context, .hearingBeforeAbsence)
            case "hearingAnswered":
                if answered != nil, sent == nil { return context.strings[form: .answerWithoutHearing] }
                return FieldChecks.notInFuture(answered, context) ?? FieldChecks.notBefore(answered, sent, context, .answerBeforeHearing)
            default:
                return nil
            }
        },
        warnings: { id, form, _, context in
            guard id == "hearingSent", form.value("reasonableCause", as: Absence.ReasonableCause.self) == .ukendt,
                  form.day("hearingSent", context) == nil
            else { return nil }
            return context.strings[form: .hearingWanted]
        },
        build: { form, item, context in
            guard var item else { return missingCase }
            let source = form.choice("fromEntry") ?? ""
            let absence = Absence(
                id: form.entryID ?? context.ids.next(), date: form.requiredDate("date", today: context.today),
                from: source.isEmpty ? form.text("fromText") : source,
                reasonableCause: form.value("reasonableCause", as: Absence.ReasonableCause.self) ?? .ukendt,
                hearingSent: form.day("hearingSent", context), hearingAnswered: form.day("hearingAnswered", context),
                note: form.text("note"))
            item.absences.upsert(absence)
            return .success(.update(item, description: context.strings.format(form: .describeAbsence, absence.date.danish), action: .update))
        })
}
