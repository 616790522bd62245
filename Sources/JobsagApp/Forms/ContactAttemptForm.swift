import JobsagCore

/// The contact-attempt form (kontaktforsøg, RD.AP.KONTAKT): the date, the channel, whether
/// the citizen was reached, and for contact through the family the citizen's consent,
/// which must be given.
enum ContactAttemptForm {
    static func make(for item: Case, editing id: EntryID?, context: FormContext) -> FormState {
        let strings = context.strings
        let existing = id.flatMap { id in item.contactAttempts.first { $0.id == id } }
        let fields: [FormField] = [
            .date("date", strings.fieldLabel("date"), existing?.date ?? context.today),
            .choice("channel", strings.fieldLabel("contactChannel"), strings.options(ContactAttempt.Channel.self),
                    selected: (existing?.channel ?? .telefon).rawValue),
            .checkbox("reached", strings.fieldLabel("reached"), existing?.reachedCitizen ?? false),
            .choice("consent", strings.fieldLabel("consent"), strings.yesNoOptions, selected: existing?.consent == true ? "ja" : "nej",
                    visibleWhen: FieldCondition("channel", in: [ContactAttempt.Channel.familie.rawValue]), hint: strings[form: .hintConsent]),
            .text("note", strings.fieldLabel("note"), existing?.note ?? "", multiline: true, hint: strings[.hintMultiline]),
        ]
        return FormState(kind: .contactAttempt, title: strings.formTitle(.contactAttempt, editing: existing != nil),
                         caseID: item.id, entryID: existing?.id, fields: fields, focus: "channel")
    }

    static let spec = FormSpec.checked(
        rules: { id, form, _, context in
            switch id {
            case "date":
                return FieldChecks.notInFuture(form.day("date", context), context)
            case "consent":
                return form.choice("consent") == "ja" ? nil : context.strings[form: .consentRequired]
            default:
                return nil
            }
        },
        build: { form, item, context in
            guard var item else { return missingCase }
            let channel = form.value("channel", as: ContactAttempt.Channel.self) ?? .andet
            let attempt = ContactAttempt(
                id: form.entryID ?? context.ids.next(), date: form.requiredDate("date", today: context.today), channel: channel,
                reachedCitizen: form.bool("reached"), consent: channel == .familie && form.choice("consent") == "ja", note: form.text("note"))
            item.contactAttempts.upsert(attempt)
            let description = context.strings.format(form: .describeContactAttempt, attempt.date.danish, context.strings.label(channel))
            return .success(.update(item, description: description, action: .update))
        })
}
