import JobsagCore

/// The exemption form (fritagelse / undtagelse): what it covers (standby, the 225-hour rule,
/// or a rule a caseworker may exempt from), the reason, the period, and whether it rests on
/// a new assessment. Decided by the user.
enum ExemptionForm {
    /// The scopes offered: the named duties, then the rules an exemption can cover.
    static let scopes: [String] = [
        Exemption.Scope.standby, Exemption.Scope.rule225,
        "PL.CV", "UH.LSR", "KF.4I6", "KF.EFTER6", "KF.FAELLES", "KF.FOERSTE.FYSISK", "KF.SYG.UGE8",
        "TB.RETPLIGT", "TB.AKTIV12", "TB.PASSIV", "IN.DANSK",
    ]

    /// The shortest reason TT.UNDTAG accepts as individual.
    static let individualReasonLength = 40

    static func scopeLabel(_ scope: String, _ strings: Strings) -> String {
        strings.entry("forms.exemptionScope." + scope, fallback: scope)
    }

    static func make(for item: Case, editing id: EntryID?, context: FormContext) -> FormState {
        let strings = context.strings
        let existing = id.flatMap { id in item.exemptions.first { $0.id == id } }
        let group = item.group(around: context.today)
        let defaultScope: String
        switch group {
        case .sygedagpenge?: defaultScope = Exemption.Scope.standby
        case let group? where group.isKontanthjaelp || group.isUddannelseshjaelp || group.isSelvforsoergelse:
            defaultScope = Exemption.Scope.rule225
        default: defaultScope = "PL.CV"
        }
        var scopes = ExemptionForm.scopes
        if let scope = existing?.scope, !scopes.contains(scope) { scopes.append(scope) }
        let fields: [FormField] = [
            .choice("scope", strings.fieldLabel("scope"), scopes.map { ChoiceOption(value: $0, label: scopeLabel($0, strings)) },
                    selected: existing?.scope ?? defaultScope),
            .text("reason", strings.fieldLabel("reason"), existing?.reason ?? "", required: true, multiline: true,
                  hint: strings[form: .hintExemptionReason]),
            .date("from", strings.fieldLabel("from"), existing?.from ?? context.today),
            .date("to", strings.fieldLabel("to"), existing?.to, required: false),
            .checkbox("newAssessment", strings.fieldLabel("newAssessment"), existing?.newAssessment ?? true),
        ]
        return FormState(kind: .exemption, title: strings.formTitle(.exemption, editing: existing != nil),
                         caseID: item.id, entryID: existing?.id, fields: fields)
    }

    static let spec = FormSpec.checked(
        rules: { id, form, _, context in
            id == "to" ? FieldChecks.notBefore(form.day("to", context), form.day("from", context), context, .endBeforeStart) : nil
        },
        warnings: { id, form, _, context in
            guard form.choice("scope") == Exemption.Scope.rule225 else { return nil }
            switch id {
            case "reason" where form.text("reason").count < individualReasonLength:
                return context.strings[form: .exemptionReasonShort]
            case "to" where form.day("to", context) == nil:
                return context.strings[form: .exemptionNeedsPeriod]
            default:
                return nil
            }
        },
        build: { form, item, context in
            guard var item else { return missingCase }
            let id = form.entryID ?? context.ids.next()
            let previous = item.exemptions.first { $0.id == id }
            let exemption = Exemption(
                id: id, scope: form.choice("scope") ?? Exemption.Scope.rule225, reason: form.text("reason"),
                from: form.requiredDate("from", today: context.today), to: form.day("to", context),
                decidedBy: previous?.decidedBy ?? context.user, newAssessment: form.bool("newAssessment"))
            item.exemptions.upsert(exemption)
            return .success(.update(item, description: describe(exemption, context.strings), action: .update))
        })

    static func describe(_ exemption: Exemption, _ strings: Strings) -> String {
        strings.format(form: .describeExemption, shortScope(exemption.scope, strings), exemption.from.danish)
    }

    /// The scope as a few words: "standby", "225-timersreglen", or the rule id.
    static func shortScope(_ scope: String, _ strings: Strings) -> String {
        strings.entry("forms.exemptionScope.short." + scope, fallback: scope)
    }
}
