import JobsagCore

/// The goal form (Min Plan): a job or education goal. The kind defaults to an education
/// goal for uddannelseshjælp and a job goal otherwise; a generic job title ("job",
/// "arbejde") is pointed out (PL.JOBMAAL wants a concrete one) but does not stop the save.
enum GoalForm {
    static func make(for item: Case, editing id: EntryID?, context: FormContext) -> FormState {
        let strings = context.strings
        let existing = id.flatMap { id in item.goals.first { $0.id == id } }
        let defaultKind: Goal.Kind = item.group(around: context.today)?.isUddannelseshjaelp == true ? .uddannelse : .job
        let fields: [FormField] = [
            .choice("kind", strings.fieldLabel("goalKind"), strings.options(Goal.Kind.self), selected: (existing?.kind ?? defaultKind).rawValue),
            .text("title", strings.fieldLabel("title"), existing?.title ?? "", required: true, hint: strings[form: .hintGoalTitle]),
            .text("description", strings.fieldLabel("description"), existing?.description ?? "", multiline: true, hint: strings[.hintMultiline]),
            .choice("status", strings.fieldLabel("status"), strings.options(Goal.Status.self), selected: (existing?.status ?? .aktiv).rawValue),
            .date("deadline", strings.fieldLabel("deadline"), existing?.deadline, required: false),
        ]
        return FormState(kind: .goal, title: strings.formTitle(.goal, editing: existing != nil),
                         caseID: item.id, entryID: existing?.id, fields: fields, focus: "title")
    }

    /// Titles that name no job (PL.JOBMAAL: "a specific job title or function, not a
    /// generic phrase such as 'job' or 'arbejde'"), compared as search keys.
    static let genericTitles: Set<String> = Set([
        "job", "arbejde", "beskæftigelse", "et job", "et arbejde", "ordinært job", "ordinært arbejde", "ordinær beskæftigelse",
        "fast job", "fast arbejde", "komme i job", "komme i arbejde", "få et job", "få job", "få arbejde", "i job", "i arbejde",
        "jobsøgning", "selvforsørgelse", "lønnet arbejde", "ustøttet beskæftigelse", "fuldtidsjob", "deltidsjob", "ufaglært arbejde",
        "hvad som helst", "alt muligt", "noget", "ikke afklaret", "jobmål", "job og uddannelse", "arbejdsmarkedet",
    ].map(DanishText.searchKey))

    /// Whether a job title is one of the generic phrases (ignoring case, accents, punctuation).
    static func isGeneric(_ title: String) -> Bool {
        let letters = String(DanishText.searchKey(title).map { $0.isLetter || $0.isNumber ? $0 : " " })
        let key = letters.split(separator: " ").joined(separator: " ")
        return genericTitles.contains(key)
    }

    /// A deadline of a new goal or subgoal may not lie before today.
    static func deadlineProblem(_ form: FormState, _ context: FormContext) -> String? {
        guard !form.isEditing, let deadline = form.day("deadline", context), deadline < context.today else { return nil }
        return context.strings[form: .deadlineInPast]
    }

    static let spec = FormSpec.checked(
        rules: { id, form, _, context in
            id == "deadline" ? deadlineProblem(form, context) : nil
        },
        warnings: { id, form, _, context in
            guard id == "title", form.choice("kind") == Goal.Kind.job.rawValue, isGeneric(form.text("title")) else { return nil }
            return context.strings.format(form: .genericJobTitle, form.text("title"))
        },
        build: { form, item, context in
            guard var item else { return missingCase }
            let id = form.entryID ?? context.ids.next()
            let previous = item.goals.first { $0.id == id }
            let goal = Goal(
                id: id, kind: form.value("kind", as: Goal.Kind.self) ?? .job, title: form.text("title"),
                description: form.text("description"), status: form.value("status", as: Goal.Status.self) ?? .aktiv,
                created: previous?.created ?? context.today, updated: context.today, deadline: form.day("deadline", context),
                subgoals: previous?.subgoals ?? [])
            item.goals.upsert(goal)
            let description = context.strings.format(.describeGoal, context.strings.label(goal.kind).lowercased(), goal.title)
            return .success(.update(item, description: description, action: .update))
        })
}
