import JobsagCore

/// The guidance form (vejledning givet): the date, the kind, the channels it was given
/// through (RD.VEJL wants all three at the first conversation), the citizen's answer to the
/// offer of a coordinating caseworker, and for the § 35 stk. 2 warning whether all four
/// elements were given.
enum GuidanceForm {
    static func channelFieldID(_ channel: Guidance.Channel) -> String {
        "channel." + channel.rawValue
    }

    static func make(for item: Case, editing id: EntryID?, context: FormContext) -> FormState {
        let strings = context.strings
        let existing = id.flatMap { id in item.guidance.first { $0.id == id } }
        var fields: [FormField] = [
            .date("date", strings.fieldLabel("date"), existing?.date ?? context.today),
            .choice("kind", strings.fieldLabel("guidanceKind"), strings.options(Guidance.Kind.self),
                    selected: (existing?.kind ?? .rettigheder35_1).rawValue),
        ]
        for channel in Guidance.Channel.allCases {
            let on = existing.map { $0.channels.contains(channel) } ?? (channel == .mundtlig)
            fields.append(.checkbox(channelFieldID(channel), strings.fieldLabel(channelFieldID(channel)), on))
        }
        fields += [
            .choice("answer", strings.fieldLabel("answer"), strings.options(Guidance.Answer.self, emptyLabel: strings[form: .awaitingAnswer]),
                    selected: existing?.answer?.rawValue ?? "",
                    visibleWhen: FieldCondition("kind", in: [Guidance.Kind.koordinerendeTilbudt.rawValue])),
            .checkbox("allElementsGiven", strings.fieldLabel("allElementsGiven"), existing?.allElementsGiven ?? false,
                      visibleWhen: FieldCondition("kind", in: [Guidance.Kind.advarsel35_2.rawValue]), hint: strings[form: .hintAllElements]),
            .text("note", strings.fieldLabel("note"), existing?.note ?? "", multiline: true, hint: strings[.hintMultiline]),
        ]
        return FormState(kind: .guidance, title: strings.formTitle(.guidance, editing: existing != nil),
                         caseID: item.id, entryID: existing?.id, fields: fields, focus: "kind")
    }

    static let spec = FormSpec.checked(
        rules: { id, form, _, context in
            switch id {
            case "date":
                return FieldChecks.notInFuture(form.day("date", context), context)
            case channelFieldID(.mundtlig):
                let any = Guidance.Channel.allCases.contains { form.bool(channelFieldID($0)) }
                return any ? nil : context.strings[form: .channelRequired]
            default:
                return nil
            }
        },
        warnings: { id, form, _, context in
            switch (id, form.value("kind", as: Guidance.Kind.self)) {
            case (channelFieldID(.eBoks), .rettigheder35_1?):
                let all = Guidance.Channel.allCases.allSatisfy { form.bool(channelFieldID($0)) }
                return all ? nil : context.strings[form: .rightsGuidanceChannels]
            case ("allElementsGiven", .advarsel35_2?):
                return form.bool("allElementsGiven") ? nil : context.strings[form: .warningNeedsAllElements]
            default:
                return nil
            }
        },
        build: { form, item, context in
            guard var item else { return missingCase }
            let kind = form.value("kind", as: Guidance.Kind.self) ?? .rettigheder35_1
            let guidance = Guidance(
                id: form.entryID ?? context.ids.next(), date: form.requiredDate("date", today: context.today), kind: kind,
                channels: Guidance.Channel.allCases.filter { form.bool(channelFieldID($0)) },
                answer: kind == .koordinerendeTilbudt ? form.value("answer", as: Guidance.Answer.self) : nil,
                allElementsGiven: kind == .advarsel35_2 && form.bool("allElementsGiven"), note: form.text("note"))
            item.guidance.upsert(guidance)
            return .success(.update(item, description: describe(guidance, context.strings), action: .update))
        })

    static func describe(_ guidance: Guidance, _ strings: Strings) -> String {
        strings.format(form: .describeGuidance, guidance.date.danish, strings.shortLabel(guidance.kind))
    }
}
