import JobsagCore

/// The conversation form (samtale): new or edited. Defaults: today, the next kind for the
/// target group, the citizen's preferred form, held; the focus starts in the summary, so a
/// held conversation today is `s`, the summary, Ctrl-S. Opened from a booked meeting
/// (`target.parentID`), the booking fills it (its day, or today when it was held before it,
/// kind, form, participants), and saving it records the meeting as held.
enum ConversationForm {
    /// The kind of conversation the target group has next: a follow-up for sickness benefit
    /// and jobafklaring, else a jobsamtale.
    static func nextKind(for item: Case, on day: CalendarDate) -> Conversation.Kind {
        let group = item.targetGroup(on: day)
        return group == .sygedagpenge || group == .jobafklaring ? .opfoelgning : .jobsamtale
    }

    static func make(for item: Case, target: FormTarget, context: FormContext) -> FormState {
        let strings = context.strings
        let existing = target.entryID.flatMap { id in item.conversations.first { $0.id == id } }
        let group = item.targetGroup(on: context.today)
        let booking = target.parentID.flatMap { id in item.meetings.first { $0.id == id && $0.isBooked } }
        let fresh = booking.map {
            Conversation(id: "", date: min($0.date, context.today), kind: $0.kind, form: $0.form, participants: $0.participants,
                         recordedBy: context.user)
        } ?? Conversation(id: "", date: context.today, kind: nextKind(for: item, on: context.today), form: item.citizen.preferredForm,
                          recordedBy: context.user)
        let value = existing ?? fresh
        var fields: [FormField] = [
            .date("date", strings.fieldLabel("date"), value.date),
            .choice("kind", strings.fieldLabel("kind"), strings.options(Conversation.Kind.self), selected: value.kind.rawValue),
            .choice("form", strings.fieldLabel("form"), strings.options(Conversation.Form.self), selected: value.form.rawValue),
            .choice("formChosenBy", strings.fieldLabel("formChosenBy"), [
                ChoiceOption(value: Conversation.FormChooser.borger.rawValue, label: strings[.chosenByCitizen]),
                ChoiceOption(value: Conversation.FormChooser.jobcenter.rawValue, label: strings[.chosenByJobcenter]),
            ], selected: value.formChosenBy.rawValue),
            .text("formReason", strings.fieldLabel("formReason"), value.formReason,
                  visibleWhen: FieldCondition("formChosenBy", in: [Conversation.FormChooser.jobcenter.rawValue])),
            .choice("outcome", strings.fieldLabel("outcome"), strings.options(Conversation.Outcome.self), selected: value.outcome.rawValue),
            .text("summary", strings.fieldLabel("summary"), value.summary, multiline: true, hint: strings[.hintMultiline]),
            .text("agreements", strings.fieldLabel("agreements"), value.agreements, multiline: true, hint: strings[.hintMultiline]),
            .text("participants", strings.fieldLabel("participants"), value.participants),
            .checkbox("jobFocus", strings.fieldLabel("jobFocus"), value.jobFocus),
            .checkbox("resourceFocus", strings.fieldLabel("resourceFocus"), value.resourceFocus),
        ]
        if group?.isUddannelseshjaelp == true {
            fields.append(.checkbox("educationFocus", strings.fieldLabel("educationFocus"), value.educationFocus))
            fields.append(.checkbox("injunctionFollowedUp", strings.fieldLabel("injunctionFollowedUp"), value.injunctionFollowedUp))
        }
        fields.append(.checkbox("rightsGuidanceGiven", strings.fieldLabel("rightsGuidanceGiven"), value.rightsGuidanceGiven))
        var form = FormState(kind: .conversation, title: strings.formTitle(.conversation, editing: existing != nil),
                             caseID: item.id, entryID: existing?.id, fields: fields, focus: "summary")
        if let booking {
            form.intro = [FormIntroLine(strings.format(booking: .heldIntro, booking.date.danish, booking.time.text,
                                                       strings.label(booking.kind).lowercased()))]
        }
        return form
    }

    static let spec = FormSpec(
        check: { id, form, context in
            switch id {
            case "date":
                if let date = form.optionalDate("date", today: context.today), date > context.today {
                    return context.strings[.validationConversationInFuture]
                }
            case "summary":
                if form.choice("outcome") == Conversation.Outcome.holdt.rawValue, form.text("summary").isEmpty {
                    return context.strings[.validationSummaryRequired]
                }
            case "formReason":
                if form.text("formReason").isEmpty { return context.strings[.validationFormReason] }
            default:
                break
            }
            return nil
        },
        apply: { form, item, context in
            guard var item else { return .failure(FieldErrors([:])) }
            let id = form.entryID ?? context.ids.next()
            let previous = item.conversations.first { $0.id == id }
            let conversation = Conversation(
                id: id, date: form.requiredDate("date", today: context.today),
                kind: Conversation.Kind(rawValue: form.choice("kind") ?? "") ?? .jobsamtale,
                form: Conversation.Form(rawValue: form.choice("form") ?? "") ?? .fysisk,
                formChosenBy: Conversation.FormChooser(rawValue: form.choice("formChosenBy") ?? "") ?? .borger,
                formReason: form.choice("formChosenBy") == Conversation.FormChooser.jobcenter.rawValue ? form.text("formReason") : "",
                outcome: Conversation.Outcome(rawValue: form.choice("outcome") ?? "") ?? .holdt,
                participants: form.text("participants"), summary: form.text("summary"), agreements: form.text("agreements"),
                jobFocus: form.bool("jobFocus"), resourceFocus: form.bool("resourceFocus"), educationFocus: form.bool("educationFocus"),
                injunctionFollowedUp: form.bool("injunctionFollowedUp"), rightsGuidanceGiven: form.bool("rightsGuidanceGiven"),
                recordedBy: previous?.recordedBy ?? context.user)
            if let meetingID = form.target?.parentID, item.meetings.contains(where: { $0.id == meetingID && $0.isBooked }) {
                do throws(MeetingProblem) {
                    try item.recordHeld(meetingID, conversation: conversation)
                } catch {
                    return .failure(FieldErrors(["date": context.strings.text(error.message)]))
                }
            } else {
                item.conversations.upsert(conversation)
            }
            let description = context.strings.format(
                .describeConversation, conversation.date.danish, context.strings.label(conversation.kind).lowercased())
            return .success(.update(item, description: description, action: .update))
        })
}

extension Array where Element: Identifiable {
    /// Replaces the element with the same id, or appends it.
    mutating func upsert(_ element: Element) {
        if let index = firstIndex(where: { $0.id == element.id }) {
            self[index] = element
        } else {
            append(element)
        }
    }
}
