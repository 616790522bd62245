import JobsagCore

/// The new-case form (ny sag): the citizen, the first benefit episode and the caseworker.
/// Opened on an existing case it edits the citizen and the caseworkers (the episodes have
/// their own form); another caseworker is a transfer, as with `O`. The store gives a new case its id.
enum NewCaseForm {
    /// The id a new case carries until the store gives it one.
    static let placeholderID: CaseID = "ny-sag"

    static func make(for item: Case?, context: FormContext) -> FormState {
        let strings = context.strings
        let citizen = item?.citizen
        var fields: [FormField] = [
            .text("name", strings.fieldLabel("name"), citizen?.name ?? "", required: true),
            .text("cpr", strings.fieldLabel("cpr"), citizen?.cpr.formatted ?? "", required: true, hint: strings[form: .hintCPR]),
        ]
        if item == nil {
            fields += EpisodeFields.fields(nil, benefit: .kontanthjaelp, start: context.today, strings: strings)
        }
        let forms = Conversation.Form.allCases.filter { $0 != .skriftlig || citizen?.preferredForm == .skriftlig }
        fields += [
            .text("phone", strings.fieldLabel("phone"), citizen?.phone ?? ""),
            .text("email", strings.fieldLabel("email"), citizen?.email ?? ""),
            .text("address", strings.fieldLabel("address"), citizen?.address ?? ""),
            .choice("preferredForm", strings.fieldLabel("preferredForm"),
                    forms.map { ChoiceOption(value: $0.rawValue, label: strings.label($0)) },
                    selected: (citizen?.preferredForm ?? .fysisk).rawValue),
            .checkbox("hasYouthEducation", strings.fieldLabel("hasYouthEducation"), citizen?.hasYouthEducation ?? false),
            .checkbox("hasVocationalQualification", strings.fieldLabel("hasVocationalQualification"),
                      citizen?.hasVocationalQualification ?? false),
        ]
        for barrier in Citizen.Barrier.allCases {
            fields.append(.checkbox(barrierFieldID(barrier), strings.fieldLabel(barrierFieldID(barrier)),
                                    citizen?.barriers.contains(barrier) ?? false))
        }
        fields += [
            .text("resources", strings.fieldLabel("resources"), citizen?.resources ?? "", multiline: true, hint: strings[.hintMultiline]),
            .choice("caseworker", strings.fieldLabel("caseworker"), caseworkerOptions(context, including: item?.caseworker),
                    selected: item?.caseworker ?? context.user),
            .choice("coordinatingCaseworker", strings.fieldLabel("coordinatingCaseworker"),
                    [ChoiceOption(value: "", label: strings[form: .noCoordinating])]
                        + caseworkerOptions(context, including: item?.coordinatingCaseworker),
                    selected: item?.coordinatingCaseworker ?? ""),
        ]
        return FormState(kind: .newCase, title: strings.formTitle(.newCase, editing: item != nil), caseID: item?.id, fields: fields)
    }

    static func barrierFieldID(_ barrier: Citizen.Barrier) -> String {
        "barrier." + barrier.rawValue
    }

    /// The caseworkers as choices (the user's team, and the one the case has now).
    static func caseworkerOptions(_ context: FormContext, including current: Initials?) -> [ChoiceOption] {
        var options = context.caseworkers.map { ChoiceOption(value: $0.initials, label: $0.initials + " " + $0.name) }
        for initials in [context.user, current ?? ""] where !initials.isEmpty && !options.contains(where: { $0.value == initials }) {
            options.append(ChoiceOption(value: initials, label: initials))
        }
        return options
    }

    static let spec = FormSpec.checked(
        rules: { id, form, _, context in
            switch id {
            case "cpr": return cprProblem(form, context)
            case "phone": return phoneProblem(form.text("phone"), context)
            case "email": return emailProblem(form.text("email"), context)
            default: return EpisodeFields.problem(id, form, context)
            }
        },
        build: { form, item, context in
            guard let cpr = CPR(form.text("cpr")) else { return .failure(FieldErrors(["cpr": context.strings[form: .cprWrongForm]])) }
            let citizen = Citizen(
                cpr: cpr,
                name: DanishText.normalized(form.text("name")), phone: form.text("phone"), email: form.text("email"),
                address: form.text("address"), preferredForm: form.value("preferredForm", as: Conversation.Form.self) ?? .fysisk,
                hasYouthEducation: form.bool("hasYouthEducation"), hasVocationalQualification: form.bool("hasVocationalQualification"),
                spouseCaseID: item?.citizen.spouseCaseID,
                barriers: Citizen.Barrier.allCases.filter { form.bool(barrierFieldID($0)) }, resources: form.text("resources"))
            let caseworker = form.choice("caseworker") ?? context.user
            let coordinating = form.choice("coordinatingCaseworker").flatMap { $0.isEmpty ? nil : $0 }
            if var item {
                item.citizen = citizen
                item.coordinatingCaseworker = coordinating
                if caseworker != item.caseworker {
                    // Another caseworker is a transfer, recorded as `O` records it (Historik, the receiver's mark).
                    do throws(CaseLifeProblem) {
                        try item.transfer(id: context.ids.next(), to: caseworker, on: context.today, by: context.user, caseworkers: context.caseworkers)
                    } catch {
                        return .failure(FieldErrors(["caseworker": context.strings.text(error.message)]))
                    }
                }
                return .success(.update(item, description: context.strings.format(form: .describeCaseDetails, citizen.name), action: .update))
            }
            let episode = EpisodeFields.episode(id: context.ids.next(), from: form, context: context, end: nil)
            let created = Case(id: placeholderID, created: context.today, caseworker: caseworker, coordinatingCaseworker: coordinating,
                               citizen: citizen, episodes: [episode])
            return .success(.create(created, description: context.strings.format(form: .describeNewCase, citizen.name)))
        })

    /// The CPR number's form, its birth date, and that no other case has it.
    static func cprProblem(_ form: FormState, _ context: FormContext) -> String? {
        switch CPR.parse(form.text("cpr")) {
        case .failure(.wrongForm): return context.strings[form: .cprWrongForm]
        case .failure(.impossibleBirthDate): return context.strings[form: .cprImpossibleBirthDate]
        case .success:
            guard let other = caseWithSameCPR(form, context) else { return nil }
            return context.strings.format(form: .cprInUse, other.id)
        }
    }

    /// Another case the app knows with the CPR number typed: held, or a row of the scope.
    static func caseWithSameCPR(_ form: FormState, _ context: FormContext) -> (id: CaseID, caseworker: Initials)? {
        guard let cpr = CPR(form.text("cpr")) else { return nil }
        if let held = context.cases.values.first(where: { $0.citizen.cpr == cpr && $0.id != form.caseID }) {
            return (held.id, held.caseworker)
        }
        return context.rows.first { $0.cpr == cpr && $0.id != form.caseID }.map { ($0.id, $0.caseworker) }
    }

    /// Digits, spaces and `+ - ( )`, with 8 to 15 digits.
    static func phoneProblem(_ phone: String, _ context: FormContext) -> String? {
        guard !phone.isEmpty else { return nil }
        let allowed = phone.allSatisfy { ($0.isASCII && $0.isNumber) || " +-()".contains($0) }
        let digits = phone.filter { $0.isASCII && $0.isNumber }.count
        return allowed && (8...15).contains(digits) ? nil : context.strings[form: .phoneForm]
    }

    /// One `@` with a name before it and a domain with a dot after it, no spaces.
    static func emailProblem(_ email: String, _ context: FormContext) -> String? {
        guard !email.isEmpty else { return nil }
        let parts = email.split(separator: "@", omittingEmptySubsequences: false)
        let valid = parts.count == 2 && !parts[0].isEmpty && !email.contains(" ")
            && parts[1].split(separator: ".", omittingEmptySubsequences: false).count >= 2
            && parts[1].split(separator: ".", omittingEmptySubsequences: false).allSatisfy { !$0.isEmpty }
        return valid ? nil : context.strings[form: .emailForm]
    }
}
