import JobsagCore
import JobsagRules

/// The approval of a § 40 a sanction (RD.40A.GODKEND): a faglig konsulent or team lead who
/// is not the case's caseworker approves or rejects it with a note, seeing the RD.40A
/// checklist with what is missing and the earlier decisions. Approving while a condition is
/// missing takes an explicit yes; a changed decision keeps the one before it.
enum SanctionApprovalForm {
    static let approve = "godkend"
    static let reject = "afvis"

    /// Why the user may not approve sanctions on the case, or nil when they may.
    static func refusal(user: Initials, item: Case, context: FormContext) -> String? {
        let role = context.caseworkers.first { $0.initials == user }?.role
        guard role == .teamleder || role == .fagligKonsulent else { return context.strings[form: .approverRole] }
        guard user != item.caseworker else { return context.strings[form: .approverIsCaseworker] }
        return nil
    }

    static func make(for item: Case, editing id: EntryID?, context: FormContext) -> FormState? {
        guard let decision = item.sanctions.first(where: { $0.id == id && $0.kind == .skaerpet40a }) else { return nil }
        let strings = context.strings
        let checklist = SanctionChecklist(decision: decision, in: item)
        let options = [
            ChoiceOption(value: approve, label: strings[form: .approve]),
            ChoiceOption(value: reject, label: strings[form: .reject]),
        ]
        let selected = decision.approval.map { $0.approved ? approve : reject } ?? (checklist.isComplete ? approve : reject)
        var fields: [FormField] = [.choice("approval", strings.fieldLabel("approval"), options, selected: selected)]
        if !checklist.isComplete {
            // Approving what the checklist says is not documented takes a deliberate yes.
            fields.append(.checkbox(
                "approveDespiteMissing", strings.fieldLabel("approveDespiteMissing"), false,
                visibleWhen: FieldCondition("approval", in: [approve])))
        }
        fields.append(.text(
            "approvalNote", strings.fieldLabel("approvalNote"), decision.approval?.note ?? "", required: true, multiline: true,
            hint: checklist.isComplete ? nil : strings[form: .approvalNoteWhenMissing]))
        var form = FormState(
            kind: .sanctionApproval, title: strings.formTitle(.sanctionApproval, editing: decision.approval != nil),
            caseID: item.id, entryID: decision.id, fields: fields)
        let language = strings.language
        let count = strings.format(form: .conditionsDocumented, checklist.conditions.count - checklist.failing.count, checklist.conditions.count)
        func line(_ condition: SanctionChecklist.Condition) -> FormIntroLine {
            let text = "\(condition.number). " + condition.title.text(language)
            return condition.isSatisfied
                ? FormIntroLine("✓ " + text)
                : FormIntroLine("✗ " + text + ": " + condition.detail.text(language), isProblem: true)
        }
        // What is missing first, then the decision in force and those it replaced (newest
        // first), so that they show on a small screen too; then what is documented.
        let current = decision.approval.map { [FormIntroLine(strings.format(form: .currentDecision, decisionText($0, strings: strings)))] } ?? []
        let earlier = decision.earlierApprovals.reversed().map { FormIntroLine(strings.format(form: .earlierDecision, decisionText($0, strings: strings))) }
        form.intro = [FormIntroLine(SanctionForm.describe(decision, strings) + " · " + count)] + checklist.failing.map(line)
            + current + earlier + checklist.conditions.filter(\.isSatisfied).map(line)
        return form
    }

    /// `ikke godkendt af FKØ 12.11.26 · Advarslen mangler.`
    static func decisionText(_ approval: SanctionDecision.Approval, strings: Strings) -> String {
        strings.format(form: .decisionBy, strings[form: approval.approved ? .approvedYes : .approvedNo], approval.by, approval.date.danishShort)
            + (approval.note.isEmpty ? "" : " · " + approval.note)
    }

    static let spec = FormSpec.checked(
        rules: { id, form, item, context in
            guard let item else { return nil }
            switch id {
            case "approval":
                return refusal(user: context.user, item: item, context: context)
            case "approveDespiteMissing":
                guard form.choice("approval") == approve, !form.bool("approveDespiteMissing"),
                      let decision = item.sanctions.first(where: { $0.id == form.entryID })
                else { return nil }
                let failing = SanctionChecklist(decision: decision, in: item).failing.count
                return failing == 0 ? nil : context.strings.format(form: .approveDespiteMissingRequired, failing)
            default:
                return nil
            }
        },
        build: { form, item, context in
            guard var item, let index = item.sanctions.firstIndex(where: { $0.id == form.entryID }) else { return missingCase }
            let approved = form.choice("approval") == approve
            item.sanctions[index].decideApproval(SanctionDecision.Approval(
                by: context.user, date: context.today, approved: approved, note: form.text("approvalNote")))
            let description = context.strings.format(
                form: approved ? .describeApproval : .describeRejection, SanctionForm.describe(item.sanctions[index], context.strings))
            return .success(.update(item, description: description, action: .update))
        })
}

extension AppState {
    /// `A` on a § 40 a sanction (its record on Overblik or one of its RD.40A obligations):
    /// the approval form, when the user may approve.
    mutating func openSanctionApproval() {
        guard let item = detail.flatMap({ cases[$0.caseID] }), let id = selectedSanctionID,
              item.sanctions.contains(where: { $0.id == id && $0.kind == .skaerpet40a })
        else {
            message = StatusMessage(strings[form: .selectAggravatedSanction], kind: .error)
            return
        }
        if let refusal = SanctionApprovalForm.refusal(user: context.user.initials, item: item, context: formContext) {
            message = StatusMessage(refusal, kind: .error)
            return
        }
        openForm(.sanctionApproval, target: FormTarget(caseID: item.id, entryID: id))
    }

    /// The sanction the selected line is about: its record, or an obligation on it.
    private var selectedSanctionID: EntryID? {
        if case .sanction(let id)? = selectedEntryRef { return id }
        guard let obligation = selectedObligation, obligation.ruleID.hasPrefix("RD.40A") else { return nil }
        return obligation.subjectID
    }
}
