import JobsagCore

/// The reading, writing and maths test form (LSR/FVU, UH.LSR): either a test (its date,
/// result, and the course offered when it shows a need) or the reason no test is needed.
enum LiteracyTestForm {
    static let tested = "testet"
    static let exempt = "undtaget"

    static func make(for item: Case, editing id: EntryID?, context: FormContext) -> FormState {
        let strings = context.strings
        let existing = id.flatMap { id in item.literacyTests.first { $0.id == id } }
        let mode = existing.map { $0.date == nil ? exempt : tested } ?? tested
        let isTested = FieldCondition("mode", in: [tested])
        let fields: [FormField] = [
            .choice("mode", strings.fieldLabel("testMode"), [
                ChoiceOption(value: tested, label: strings[form: .modeTested]),
                ChoiceOption(value: exempt, label: strings[form: .modeExempt]),
            ], selected: mode),
            .date("date", strings.fieldLabel("testDate"), existing?.date ?? context.today, visibleWhen: isTested),
            .choice("result", strings.fieldLabel("testResult"), strings.options(LiteracyTest.Result.self, emptyLabel: strings[form: .chooseResult]),
                    selected: existing?.result?.rawValue ?? "", visibleWhen: isTested),
            .date("courseOffered", strings.fieldLabel("courseOffered"), existing?.courseOffered, required: false, visibleWhen: isTested),
            .text("exemptionReason", strings.fieldLabel("noTestReason"), existing?.exemptionReason ?? "", required: true,
                  visibleWhen: FieldCondition("mode", in: [exempt]), hint: strings[form: .hintNoTestReason]),
        ]
        return FormState(kind: .literacyTest, title: strings.formTitle(.literacyTest, editing: existing != nil),
                         caseID: item.id, entryID: existing?.id, fields: fields)
    }

    static let spec = FormSpec.checked(
        rules: { id, form, _, context in
            switch id {
            case "date":
                return FieldChecks.notInFuture(form.day("date", context), context)
            case "result":
                return form.choice("result")?.isEmpty != false ? context.strings[form: .resultRequired] : nil
            case "courseOffered":
                return FieldChecks.notBefore(form.day("courseOffered", context), form.day("date", context), context, .courseBeforeTest)
            default:
                return nil
            }
        },
        warnings: { id, form, _, context in
            guard id == "courseOffered", form.value("result", as: LiteracyTest.Result.self) == .behov,
                  form.day("courseOffered", context) == nil
            else { return nil }
            return context.strings[form: .courseWanted]
        },
        build: { form, item, context in
            guard var item else { return missingCase }
            let id = form.entryID ?? context.ids.next()
            let previous = item.literacyTests.first { $0.id == id }
            let isTested = form.choice("mode") == tested
            let test = LiteracyTest(
                id: id, date: isTested ? form.day("date", context) : nil,
                result: isTested ? form.value("result", as: LiteracyTest.Result.self) : nil,
                exemptionReason: isTested ? "" : form.text("exemptionReason"),
                courseOffered: isTested ? form.day("courseOffered", context) : nil, recorded: previous?.recorded ?? context.today)
            item.literacyTests.upsert(test)
            return .success(.update(item, description: describe(test, context.strings), action: .update))
        })

    static func describe(_ test: LiteracyTest, _ strings: Strings) -> String {
        guard let date = test.date else { return strings[form: .describeNoTest] }
        return strings.format(form: .describeTest, date.danish)
    }
}
