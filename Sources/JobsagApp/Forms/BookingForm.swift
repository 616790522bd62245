import JobsagCore

/// The booking form (book møde), new or a move of a booked meeting: the day first, then the
/// time, the kind (the next kind for the target group, as the conversation form has it), the
/// form (fysisk, telefon, video), the place or link, the participants, and whether the
/// citizen booked it themself. A meeting is booked for today or later; moving it to another
/// day or time counts a revision, which the calendar export sends as an update.
enum BookingForm {
    static func make(for item: Case, editing id: EntryID?, context: FormContext) -> FormState {
        let strings = context.strings
        let existing = id.flatMap { id in item.meetings.first { $0.id == id } }
        let preferred = Meeting.bookableForms.contains(item.citizen.preferredForm) ? item.citizen.preferredForm : .fysisk
        let forms = Meeting.bookableForms.map { ChoiceOption(value: $0.rawValue, label: strings.label($0)) }
        let fields: [FormField] = [
            .date("date", strings.fieldLabel("date"), existing?.date ?? context.today),
            .text("time", strings.fieldLabel("time"), existing?.time.text ?? "", required: true, hint: strings[booking: .timeHint]),
            .choice("kind", strings.fieldLabel("kind"), strings.options(Conversation.Kind.self),
                    selected: (existing?.kind ?? ConversationForm.nextKind(for: item, on: context.today)).rawValue),
            .choice("form", strings.fieldLabel("form"), forms, selected: (existing?.form ?? preferred).rawValue),
            .text("place", strings.fieldLabel("place"), existing?.place ?? ""),
            .text("participants", strings.fieldLabel("participants"), existing?.participants ?? ""),
            .checkbox("selfBooked", strings.fieldLabel("selfBooked"), existing?.selfBooked ?? false),
        ]
        var form = FormState(kind: .booking, title: strings.formTitle(.booking, editing: existing != nil),
                             caseID: item.id, entryID: existing?.id, fields: fields)
        form.intro = [FormIntroLine(existing == nil ? strings.format(booking: .bookIntro, item.citizen.name) : strings[booking: .moveIntro])]
        return form
    }

    static let spec = FormSpec.checked(
        rules: { id, form, item, context in
            switch id {
            case "time":
                if case .failure(let problem) = ClockTime.parse(form.text("time")) { return context.strings.text(problem.message) }
            case "date":
                guard let item, let meeting = meeting(form, item: item, id: form.entryID ?? "check", context) else { return nil }
                var copy = item
                do throws(MeetingProblem) {
                    try copy.book(meeting, today: context.today)
                } catch {
                    return context.strings.text(error.message)
                }
            default:
                break
            }
            return nil
        },
        build: { form, item, context in
            guard var item, let meeting = meeting(form, item: item, id: form.entryID ?? context.ids.next(), context) else { return missingCase }
            let moved = item.meetings.first { $0.id == meeting.id }
            do throws(MeetingProblem) {
                try item.book(meeting, today: context.today)
            } catch {
                return .failure(FieldErrors(["date": context.strings.text(error.message)]))
            }
            let description = moved == nil
                ? context.strings.format(booking: .describeBooked, meeting.date.danish, meeting.time.text, item.citizen.name)
                : context.strings.format(booking: .describeMoved, meeting.date.danish, meeting.time.text)
            return .success(.update(item, description: description, action: .update))
        })

    /// The meeting typed, once the day and the time are valid.
    private static func meeting(_ form: FormState, item: Case, id: EntryID, _ context: FormContext) -> Meeting? {
        guard let date = form.day("date", context), case .success(let time) = ClockTime.parse(form.text("time")) else { return nil }
        return Meeting(
            id: id, date: date, time: time, kind: form.value("kind", as: Conversation.Kind.self) ?? .jobsamtale,
            form: form.value("form", as: Conversation.Form.self) ?? .fysisk, place: form.text("place"),
            participants: form.text("participants"), selfBooked: form.bool("selfBooked"), bookedBy: context.user,
            bookedOn: context.today)
    }
}
