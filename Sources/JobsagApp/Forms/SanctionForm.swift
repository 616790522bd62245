import JobsagCore

/// The sanction form: the record of a sanction decision and, for an aggravated sanction
/// (§ 40 a, RD.40A), its preconditions: the length of 1-3 months with reasons, the
/// absences it rests on, the prior sanctions and the § 35 stk. 2 warning (chosen among the
/// case's entries) and the checklist of SanctionDecision.Checklist. The decision itself is
/// the caseworker's, its approval the approver's (SanctionApprovalForm); the rules only
/// check what is documented.
enum SanctionForm {
    static let aggravated = FieldCondition("kind", in: [SanctionDecision.Kind.skaerpet40a.rawValue])

    static func absenceFieldID(_ id: EntryID) -> String { "absence." + id }
    static func priorFieldID(_ id: EntryID) -> String { "prior." + id }

    static func make(for item: Case, editing id: EntryID?, context: FormContext) -> FormState {
        let strings = context.strings
        let existing = id.flatMap { id in item.sanctions.first { $0.id == id } }
        let checklist = existing?.checklist ?? SanctionDecision.Checklist()
        var fields: [FormField] = [
            .choice("kind", strings.fieldLabel("sanctionKind"), strings.options(SanctionDecision.Kind.self),
                    selected: (existing?.kind ?? .ordinaer).rawValue),
            .text("paragraph", strings.fieldLabel("paragraph"), existing?.paragraph ?? "", required: true, hint: strings[form: .hintParagraph]),
            .date("decided", strings.fieldLabel("decided"), existing?.decided ?? context.today),
            .date("effective", strings.fieldLabel("effective"), existing?.effective, required: false),
            .number("lengthMonths", strings.fieldLabel("lengthMonths"), existing?.lengthMonths.map(Double.init), required: true,
                    visibleWhen: aggravated),
            .text("lengthReason", strings.fieldLabel("lengthReason"), existing?.lengthReason ?? "", required: true, multiline: true,
                  visibleWhen: aggravated, hint: strings[form: .hintLengthReason]),
        ]
        for absence in item.absences.sorted(by: { ($0.date, $0.id) < ($1.date, $1.id) }) {
            let label = strings.format(form: .absenceOn, absence.date.danishShort)
            let hint = strings.format(form: .restsOnAbsence, AbsenceForm.describeFrom(absence, in: item, strings))
            fields.append(.checkbox(absenceFieldID(absence.id), label, existing?.absenceIDs.contains(absence.id) ?? false, hint: hint))
        }
        for prior in item.sanctions.sorted(by: { ($0.decided, $0.id) < ($1.decided, $1.id) }) where prior.id != existing?.id {
            let label = strings.format(form: .sanctionOn, prior.decided.danishShort)
            let hint = strings.format(form: .priorSanctionHint, describe(prior, strings))
            fields.append(.checkbox(priorFieldID(prior.id), label, existing?.priorSanctionIDs.contains(prior.id) ?? false,
                                    visibleWhen: aggravated, hint: hint))
        }
        let warnings = item.guidance.filter { $0.kind == .advarsel35_2 }.sorted { ($0.date, $0.id) > ($1.date, $1.id) }
        fields += [
            .choice("warning", strings.fieldLabel("warning"),
                    [ChoiceOption(value: "", label: strings[form: .noWarningChosen])]
                        + warnings.map { ChoiceOption(value: $0.id, label: strings.format(form: .warningOn, $0.date.danish)) },
                    selected: existing?.warningID ?? warnings.first?.id ?? "", visibleWhen: aggravated),
            .text("unwillingness", strings.fieldLabel("unwillingness"), checklist.unwillingnessAssessment, multiline: true,
                  visibleWhen: aggravated),
            .checkbox("activitySameDay", strings.fieldLabel("activitySameDay"), checklist.activityOfferedSameDay, visibleWhen: aggravated),
            .checkbox("calendarMonth", strings.fieldLabel("calendarMonth"), checklist.calendarMonthDecisionSameTime, visibleWhen: aggravated,
                      hint: strings[form: .hintCalendarMonth]),
            .checkbox("categoryStated", strings.fieldLabel("categoryStated"), checklist.categoryStated, visibleWhen: aggravated),
            .checkbox("notResidenceTest", strings.fieldLabel("notResidenceTest"), checklist.notUsedToTestResidence, visibleWhen: aggravated),
            .text("promotesAvailability", strings.fieldLabel("promotesAvailability"), checklist.promotesAvailabilityAssessment,
                  multiline: true, visibleWhen: aggravated, hint: strings[form: .hintPromotesAvailability]),
        ]
        return FormState(kind: .sanction, title: strings.formTitle(.sanction, editing: existing != nil),
                         caseID: item.id, entryID: existing?.id, fields: fields)
    }

    static let spec = FormSpec.checked(
        rules: { id, form, _, context in
            let decided = form.day("decided", context)
            switch id {
            case "decided":
                return FieldChecks.notInFuture(decided, context)
            case "effective":
                return FieldChecks.notBefore(form.day("effective", context), decided, context, .effectiveBeforeDecided)
            case "lengthMonths":
                guard let months = form.number("lengthMonths"), [1.0, 2.0, 3.0].contains(months) else {
                    return context.strings[form: .lengthRange]
                }
            default:
                break
            }
            return nil
        },
        build: { form, item, context in
            guard var item else { return missingCase }
            let kind = form.value("kind", as: SanctionDecision.Kind.self) ?? .ordinaer
            let isAggravated = kind == .skaerpet40a
            let id = form.entryID ?? context.ids.next()
            let previous = item.sanctions.first { $0.id == id }
            let checklist = isAggravated ? SanctionDecision.Checklist(
                unwillingnessAssessment: form.text("unwillingness"), activityOfferedSameDay: form.bool("activitySameDay"),
                calendarMonthDecisionSameTime: form.bool("calendarMonth"), categoryStated: form.bool("categoryStated"),
                notUsedToTestResidence: form.bool("notResidenceTest"), promotesAvailabilityAssessment: form.text("promotesAvailability"))
                : previous?.checklist ?? SanctionDecision.Checklist()
            // The approval is the approver's (SanctionApprovalForm); editing the decision keeps it.
            let approval = isAggravated ? previous?.approval : nil
            let warning = form.choice("warning") ?? ""
            let sanction = SanctionDecision(
                id: id, kind: kind, paragraph: form.text("paragraph"), decided: form.requiredDate("decided", today: context.today),
                effective: form.day("effective", context),
                lengthMonths: isAggravated ? form.number("lengthMonths").map { Int($0) } : nil,
                lengthReason: isAggravated ? form.text("lengthReason") : "",
                absenceIDs: item.absences.map(\.id).filter { form.bool(absenceFieldID($0)) },
                priorSanctionIDs: isAggravated ? item.sanctions.map(\.id).filter { $0 != id && form.bool(priorFieldID($0)) } : [],
                warningID: isAggravated && !warning.isEmpty ? warning : nil, checklist: checklist, approval: approval)
            item.sanctions.upsert(sanction)
            return .success(.update(item, description: describe(sanction, context.strings), action: .update))
        })

    static func describe(_ sanction: SanctionDecision, _ strings: Strings) -> String {
        strings.format(form: .describeSanction, sanction.decided.danish, sanction.paragraph.isEmpty ? strings.label(sanction.kind) : sanction.paragraph)
    }
}
