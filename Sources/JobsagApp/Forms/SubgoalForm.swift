import JobsagCore

/// The subgoal form (delmål): under one of the case's goals, preselected from the goal the
/// caseworker stands on (else the newest active goal). A case without goals refuses it
/// with a message at the goal field.
enum SubgoalForm {
    static func make(for item: Case, target: FormTarget, context: FormContext) -> FormState {
        let strings = context.strings
        let parent = target.entryID.flatMap { id in item.goals.first { $0.subgoals.contains { $0.id == id } } }
        let existing = target.entryID.flatMap { id in parent?.subgoals.first { $0.id == id } }
        let newestActive = item.goals.filter { $0.status == .aktiv }.max { ($0.created, $0.id) < ($1.created, $1.id) }
        let goalID = parent?.id ?? target.parentID.flatMap { id in item.goals.first { $0.id == id }?.id } ?? newestActive?.id
        let group = item.group(around: context.today)
        let defaultKind: Subgoal.Kind = group?.isAktivitetsparat == true || group == .ressourceforloeb ? .stabiliserende : .faglig
        let fields: [FormField] = [
            .choice("goal", strings.fieldLabel("goal"), goalOptions(item, strings), selected: goalID),
            .choice("kind", strings.fieldLabel("subgoalKind"), strings.options(Subgoal.Kind.self), selected: (existing?.kind ?? defaultKind).rawValue),
            .text("title", strings.fieldLabel("title"), existing?.title ?? "", required: true),
            .text("description", strings.fieldLabel("description"), existing?.description ?? "", multiline: true, hint: strings[.hintMultiline]),
            .choice("status", strings.fieldLabel("status"), strings.options(Goal.Status.self), selected: (existing?.status ?? .aktiv).rawValue),
            .date("deadline", strings.fieldLabel("deadline"), existing?.deadline, required: false),
        ]
        var form = FormState(kind: .subgoal, title: strings.formTitle(.subgoal, editing: existing != nil),
                             caseID: item.id, entryID: existing?.id, fields: fields, focus: item.goals.isEmpty ? "goal" : "title")
        if item.goals.isEmpty { form.errors["goal"] = strings[form: .noGoalForSubgoal] }
        return form
    }

    /// Every goal of the case, active ones first.
    static func goalOptions(_ item: Case, _ strings: Strings) -> [ChoiceOption] {
        func rank(_ goal: Goal) -> Int { goal.status == .aktiv ? 0 : 1 }
        return item.goals.sorted { (rank($0), $0.created, $0.id) < (rank($1), $1.created, $1.id) }.map { goal in
            let status = goal.status == .aktiv ? "" : " (" + strings.label(goal.status) + ")"
            return ChoiceOption(value: goal.id, label: strings.label(goal.kind) + ": " + goal.title + status)
        }
    }

    static let spec = FormSpec.checked(
        rules: { id, form, item, context in
            switch id {
            case "goal":
                guard let goalID = form.choice("goal") else { return context.strings[form: .noGoalForSubgoal] }
                if let item, !item.goals.contains(where: { $0.id == goalID }) { return context.strings[form: .goalGone] }
                return nil
            case "deadline":
                return GoalForm.deadlineProblem(form, context)
            default:
                return nil
            }
        },
        build: { form, item, context in
            guard var item, let goalID = form.choice("goal"), let target = item.goals.firstIndex(where: { $0.id == goalID }) else {
                return missingCase
            }
            let id = form.entryID ?? context.ids.next()
            var previous: Subgoal?
            var position: Int?
            for index in item.goals.indices {
                if let at = item.goals[index].subgoals.firstIndex(where: { $0.id == id }) {
                    previous = item.goals[index].subgoals.remove(at: at)
                    if index == target { position = at }
                }
            }
            let subgoal = Subgoal(
                id: id, kind: form.value("kind", as: Subgoal.Kind.self) ?? .andet, title: form.text("title"),
                description: form.text("description"), status: form.value("status", as: Goal.Status.self) ?? .aktiv,
                created: previous?.created ?? context.today, updated: context.today, deadline: form.day("deadline", context))
            item.goals[target].subgoals.insert(subgoal, at: position ?? item.goals[target].subgoals.count)
            return .success(.update(item, description: context.strings.format(.describeSubgoal, subgoal.title), action: .update))
        })
}
