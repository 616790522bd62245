import JobsagCore

/// The dropout-risk form (besked om frafaldsrisiko, UH.FRAFALD): a report from the
/// education institution on an uddannelsespålæg whose education has started, and the
/// jobcenter's reaction to it. FormTarget: entryID is the report, parentID its injunction.
enum DropoutReportForm {
    static func make(for item: Case, target: FormTarget, context: FormContext) -> FormState {
        let strings = context.strings
        let owner = target.entryID.flatMap { id in item.injunctions.first { $0.dropoutReports.contains { $0.id == id } } }
        let existing = owner?.dropoutReports.first { $0.id == target.entryID }
        let started = startedInjunctions(item)
        let injunction = owner ?? target.parentID.flatMap { id in started.first { $0.id == id } } ?? started.first
        let fields: [FormField] = [
            .choice("injunction", strings.fieldLabel("dropoutInjunction"), injunctionOptions(started, strings), selected: injunction?.id),
            .date("reportDate", strings.fieldLabel("dropoutReported"), existing?.date ?? context.today),
            .date("reacted", strings.fieldLabel("dropoutReacted"), existing?.reacted, required: false,
                  hint: strings[form: .hintDropoutReacted]),
            .text("reaction", strings.fieldLabel("dropoutReaction"), existing?.reaction ?? "", multiline: true, hint: strings[.hintMultiline]),
        ]
        var form = FormState(kind: .dropoutReport, title: strings.formTitle(.dropoutReport, editing: existing != nil),
                             caseID: item.id, entryID: existing?.id, fields: fields, focus: existing == nil ? "reportDate" : "reacted")
        if started.isEmpty { form.errors["injunction"] = strings[form: .noStartedEducation] }
        return form
    }

    /// The injunctions whose education has started: the reports belong to one of them.
    static func startedInjunctions(_ item: Case) -> [EducationInjunction] {
        item.injunctions.filter { $0.educationStart != nil }
    }

    /// "PAU, startet 01.08.2026".
    static func injunctionOptions(_ injunctions: [EducationInjunction], _ strings: Strings) -> [ChoiceOption] {
        injunctions.compactMap { injunction in
            injunction.educationStart.map { start in
                ChoiceOption(value: injunction.id, label: strings.format(form: .educationStartedOn, injunction.education, start.date.danish))
            }
        }
    }

    static let spec = FormSpec.checked(
        rules: { id, form, item, context in
            switch id {
            case "injunction":
                guard let chosen = form.choice("injunction"), let item, startedInjunctions(item).contains(where: { $0.id == chosen }) else {
                    return context.strings[form: .noStartedEducation]
                }
                return nil
            case "reportDate":
                return FieldChecks.notInFuture(form.day("reportDate", context), context)
            case "reacted":
                return FieldChecks.notInFuture(form.day("reacted", context), context)
                    ?? FieldChecks.notBefore(form.day("reacted", context), form.day("reportDate", context), context, .reactedBeforeReport)
            default:
                return nil
            }
        },
        build: { form, item, context in
            guard var item, let chosen = form.choice("injunction"), let index = item.injunctions.firstIndex(where: { $0.id == chosen }) else {
                return missingCase
            }
            let report = EducationInjunction.DropoutReport(
                id: form.entryID ?? context.ids.next(), date: form.requiredDate("reportDate", today: context.today),
                reacted: form.optionalDate("reacted", today: context.today), reaction: form.text("reaction"))
            for other in item.injunctions.indices where other != index {
                item.injunctions[other].dropoutReports.removeAll { $0.id == report.id }
            }
            item.injunctions[index].dropoutReports.upsert(report)
            return .success(.update(item, description: context.strings.format(form: .describeDropoutReport, report.date.danish), action: .update))
        })
}
