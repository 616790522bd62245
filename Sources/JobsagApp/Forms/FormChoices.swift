import JobsagCore

/// Choice options for the domain's enums, labelled from the string tables.
extension Strings {
    func options<Value: LabeledValue>(_ type: Value.Type, short: Bool = false) -> [ChoiceOption] {
        Value.allCases.map { ChoiceOption(value: $0.rawValue, label: short ? shortLabel($0) : label($0)) }
    }

    /// A field's label: `field.<id>`.
    func fieldLabel(_ id: String) -> String {
        entry("field." + id)
    }

    /// A form's title: `form.<kind>.new` or `form.<kind>.edit`.
    func formTitle(_ kind: FormKind, editing: Bool) -> String {
        entry("form." + kind.rawValue + (editing ? ".edit" : ".new"))
    }

    /// Yes/no options (ja/nej).
    var yesNoOptions: [ChoiceOption] {
        [ChoiceOption(value: "ja", label: self[.yes]), ChoiceOption(value: "nej", label: self[.no])]
    }
}

extension Case {
    /// The plan's goals and subgoals as choices, for linking an offer or a subgoal.
    func goalOptions(strings: Strings, includeSubgoals: Bool, includeNone: Bool) -> [ChoiceOption] {
        var options: [ChoiceOption] = includeNone ? [ChoiceOption(value: "", label: strings[.noGoal])] : []
        for goal in goals where goal.status == .aktiv || includeNone {
            options.append(ChoiceOption(value: goal.id, label: strings.label(goal.kind) + ": " + goal.title))
            if includeSubgoals {
                for subgoal in goal.subgoals {
                    options.append(ChoiceOption(value: subgoal.id, label: "  " + strings[.subgoal] + ": " + subgoal.title))
                }
            }
        }
        return options
    }
}
