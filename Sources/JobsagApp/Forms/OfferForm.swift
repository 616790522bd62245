import JobsagCore

/// The offer form (tilbud): type, period, provider, hours, the individual assessment and
/// purpose, the Min Plan goal or subgoal it serves (TB.FORMAAL), the praktik purpose for
/// uddannelseshjælp (TB.PRAKTIK.FORMAAL), and an interruption.
enum OfferForm {
    /// The day from which øvrig vejledning og opkvalificering is no right-and-duty offer (TB.VO.IKKE.RP).
    static let guidanceNotRightAndDutyFrom = CalendarDate(year: 2023, month: 3, day: 22) ?? .distantPast

    /// A new offer serves the goal or subgoal selected in Min Plan (`target.parentID`), else
    /// the one `defaultGoal` picks.
    static func make(for item: Case, target: FormTarget, context: FormContext) -> FormState {
        let strings = context.strings
        let id = target.entryID
        let existing = id.flatMap { id in item.offers.first { $0.id == id } }
        let selectedGoal = target.parentID.flatMap { item.goalTitle(for: $0) == nil ? nil : $0 }
        let goalID = existing.map { $0.goalID ?? "" } ?? selectedGoal ?? defaultGoal(item)
        let praktik = FieldCondition("type", in: [Offer.OfferType.virksomhedspraktik.rawValue])
        let purposes = [ChoiceOption(value: "", label: strings[form: .notGiven])]
            + [FormText.internshipPurpose1, .internshipPurpose2, .internshipPurpose3].enumerated().map {
                ChoiceOption(value: String($0.offset + 1), label: strings[form: $0.element])
            }
        let fields: [FormField] = [
            .choice("type", strings.fieldLabel("offerType"), strings.options(Offer.OfferType.self),
                    selected: (existing?.type ?? .vejledningOgOpkvalificering).rawValue),
            .checkbox("rightAndDuty", strings.fieldLabel("rightAndDuty"), existing?.rightAndDuty ?? false),
            .date("start", strings.fieldLabel("start"), existing?.start ?? context.today),
            .date("end", strings.fieldLabel("end"), existing?.end, required: false),
            .text("provider", strings.fieldLabel("provider"), existing?.provider ?? ""),
            .number("hoursPerWeek", strings.fieldLabel("hoursPerWeek"), existing?.hoursPerWeek),
            .text("assessment", strings.fieldLabel("assessment"), existing?.assessment ?? "", multiline: true,
                  hint: strings[form: .hintAssessment]),
            .text("purpose", strings.fieldLabel("purpose"), existing?.purpose ?? "", multiline: true, hint: strings[form: .hintPurpose]),
            .choice("goal", strings.fieldLabel("linkedGoal"), goalOptions(item, linked: existing?.goalID ?? selectedGoal, strings), selected: goalID,
                    hint: strings[form: .hintLinkedGoal]),
            .choice("internshipPurpose", strings.fieldLabel("internshipPurpose"), purposes,
                    selected: existing?.internshipPurpose.map(String.init), visibleWhen: praktik),
            .date("interruptedOn", strings.fieldLabel("interruptedOn"), existing?.interruption?.date, required: false),
            .text("interruptionReason", strings.fieldLabel("interruptionReason"), existing?.interruption?.reason ?? ""),
        ]
        return FormState(kind: .offer, title: strings.formTitle(.offer, editing: existing != nil),
                         caseID: item.id, entryID: existing?.id, fields: fields)
    }

    /// The goal last linked to an offer in this case, else the first active goal, else none.
    static func defaultGoal(_ item: Case) -> EntryID {
        if let last = item.offers.last(where: { $0.goalID.flatMap { item.goalTitle(for: $0) } != nil })?.goalID { return last }
        return item.goals.first { $0.status == .aktiv }?.id ?? ""
    }

    /// "(intet mål)", then the active goals each with its active subgoals, and the linked
    /// goal or subgoal even when it is no longer active.
    static func goalOptions(_ item: Case, linked: EntryID?, _ strings: Strings) -> [ChoiceOption] {
        var options = [ChoiceOption(value: "", label: strings[.noGoal])]
        for goal in item.goals where goal.status == .aktiv || goal.id == linked || goal.subgoals.contains(where: { $0.id == linked }) {
            options.append(ChoiceOption(value: goal.id, label: strings.label(goal.kind) + ": " + goal.title))
            for subgoal in goal.subgoals where subgoal.status == .aktiv || subgoal.id == linked {
                options.append(ChoiceOption(value: subgoal.id, label: "  " + strings[.subgoal] + ": " + subgoal.title))
            }
        }
        return options
    }

    static let spec = FormSpec.checked(
        rules: { id, form, item, context in
            let start = form.day("start", context)
            switch id {
            case "end":
                return FieldChecks.notBefore(form.day("end", context), start, context, .offerEndsBeforeStart)
            case "hoursPerWeek":
                return FieldChecks.within(form.number("hoursPerWeek"), 0...60, context, .hoursPerWeekRange)
            case "internshipPurpose":
                let group = start.flatMap { item?.group(around: $0) }
                if group?.isUddannelseshjaelp == true, form.choice("internshipPurpose")?.isEmpty != false {
                    return context.strings[form: .internshipPurposeRequired]
                }
            case "goal":
                if let item, let goal = form.choice("goal"), !goal.isEmpty, item.goalTitle(for: goal) == nil {
                    return context.strings[form: .goalGone]
                }
            case "interruptedOn":
                return FieldChecks.notBefore(form.day("interruptedOn", context), start, context, .interruptionBeforeStart)
            case "interruptionReason":
                if form.day("interruptedOn", context) != nil, form.text("interruptionReason").isEmpty {
                    return context.strings[form: .interruptionReasonRequired]
                }
            default:
                break
            }
            return nil
        },
        warnings: { id, form, item, context in
            switch id {
            case "goal":
                return form.choice("goal")?.isEmpty != false ? context.strings[form: .offerWithoutGoal] : nil
            case "assessment", "purpose":
                return form.text(id).isEmpty ? context.strings[form: id == "assessment" ? .assessmentWanted : .purposeWanted] : nil
            case "rightAndDuty":
                guard form.bool("rightAndDuty"), form.value("type", as: Offer.OfferType.self) == .vejledningOgOpkvalificering,
                      let start = form.day("start", context), start >= guidanceNotRightAndDutyFrom,
                      let group = item?.group(around: start), !group.isUddannelseshjaelp
                else { return nil }
                return context.strings[form: .guidanceNotRightAndDuty]
            default:
                return nil
            }
        },
        build: { form, item, context in
            guard var item else { return missingCase }
            let id = form.entryID ?? context.ids.next()
            let previous = item.offers.first { $0.id == id }
            let type = form.value("type", as: Offer.OfferType.self) ?? .andet
            let goal = form.choice("goal") ?? ""
            let interruption = form.day("interruptedOn", context).map { Offer.Interruption(date: $0, reason: form.text("interruptionReason")) }
            let offer = Offer(
                id: id, type: type, rightAndDuty: form.bool("rightAndDuty"), start: form.requiredDate("start", today: context.today),
                end: form.day("end", context), provider: form.text("provider"), hoursPerWeek: form.number("hoursPerWeek"),
                assessment: form.text("assessment"), purpose: form.text("purpose"), goalID: goal.isEmpty ? nil : goal,
                internshipPurpose: type == .virksomhedspraktik ? form.choice("internshipPurpose").flatMap { Int($0) } : nil,
                followUps: previous?.followUps ?? [], evaluation: previous?.evaluation, interruption: interruption)
            item.offers.upsert(offer)
            let description = context.strings.format(.describeOffer, context.strings.label(offer.type).lowercased(), offer.start.danish)
            return .success(.update(item, description: description, action: .update))
        })
}
