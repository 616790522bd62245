import JobsagCore

/// The education-injunction form (uddannelsespålæg, UH.PAALAEG): the day it was given, the
/// education, and a deadline for each of the three steps in increasing order. Edited, it
/// also records the education start (UH.OPSTART); a step's deadline is then moved in the
/// step form, with a reason.
enum InjunctionForm {
    static let stepNumbers = 1...3

    static func stepFieldID(_ number: Int) -> String {
        "step\(number)"
    }

    static func make(for item: Case, editing id: EntryID?, context: FormContext) -> FormState {
        let strings = context.strings
        let existing = id.flatMap { id in item.injunctions.first { $0.id == id } }
        let given = existing?.given ?? context.today
        var fields: [FormField] = [
            .date("given", strings.fieldLabel("given"), given),
            .text("education", strings.fieldLabel("education"), existing?.education ?? ""),
        ]
        for number in stepNumbers where !(existing?.steps.contains { $0.number == number } ?? false) {
            fields.append(.date(stepFieldID(number), strings.fieldLabel(stepFieldID(number)), context.today.adding(months: number),
                                hint: strings[form: .hintStepDeadline]))
        }
        if existing != nil {
            let start = existing?.educationStart
            fields += [
                .date("educationStart", strings.fieldLabel("educationStart"), start?.date, required: false),
                .text("institution", strings.fieldLabel("institution"), start?.institution ?? ""),
                .date("dutyAssessed", strings.fieldLabel("dutyAssessed"), start?.dutyAssessed, required: false),
                .date("institutionNotified", strings.fieldLabel("institutionNotified"), start?.institutionNotified, required: false),
            ]
        }
        return FormState(kind: .injunction, title: strings.formTitle(.injunction, editing: existing != nil),
                         caseID: item.id, entryID: existing?.id, fields: fields, focus: "education")
    }

    /// A step's deadline as the form has it: typed, else stored.
    static func deadline(_ number: Int, _ form: FormState, _ stored: EducationInjunction?, _ context: FormContext) -> CalendarDate? {
        form.day(stepFieldID(number), context) ?? stored?.steps.first { $0.number == number }?.deadline
    }

    static let spec = FormSpec.checked(
        rules: { id, form, item, context in
            let stored = form.entryID.flatMap { id in item?.injunctions.first { $0.id == id } }
            let given = form.day("given", context)
            switch id {
            case "given":
                return FieldChecks.notInFuture(given, context)
            case stepFieldID(1):
                return FieldChecks.notBefore(form.day(id, context), given, context, .stepBeforeGiven)
            case stepFieldID(2), stepFieldID(3):
                let number = id == stepFieldID(2) ? 2 : 3
                guard let date = form.day(id, context), let before = deadline(number - 1, form, stored, context), date <= before else {
                    return nil
                }
                return context.strings.format(form: .stepsInOrder, number, number - 1, before.danish)
            case "educationStart":
                return FieldChecks.notBefore(form.day(id, context), given, context, .educationBeforeInjunction)
            case "institution":
                return form.day("educationStart", context) != nil && form.text("institution").isEmpty
                    ? context.strings[form: .institutionRequired] : nil
            case "dutyAssessed", "institutionNotified":
                return FieldChecks.notInFuture(form.day(id, context), context)
            default:
                return nil
            }
        },
        build: { form, item, context in
            guard var item else { return missingCase }
            let id = form.entryID ?? context.ids.next()
            var injunction = item.injunctions.first { $0.id == id } ?? EducationInjunction(id: id, given: context.today)
            injunction.given = form.requiredDate("given", today: context.today)
            injunction.education = form.text("education")
            for number in stepNumbers where !injunction.steps.contains(where: { $0.number == number }) {
                if let deadline = form.day(stepFieldID(number), context) {
                    injunction.steps.append(EducationInjunction.Step(number: number, deadline: deadline))
                }
            }
            injunction.steps.sort { $0.number < $1.number }
            if form.entryID != nil {
                injunction.educationStart = form.day("educationStart", context).map {
                    EducationInjunction.EducationStart(
                        date: $0, institution: form.text("institution"), dutyAssessed: form.day("dutyAssessed", context),
                        institutionNotified: form.day("institutionNotified", context))
                }
            }
            item.injunctions.upsert(injunction)
            return .success(.update(item, description: context.strings.format(form: .describeInjunction, injunction.given.danish),
                                    action: .update))
        })
}
