import JobsagCore

extension CaseBuilder {
    /// Booked meetings: about one case in four with benefits today has its next conversation
    /// booked within the coming two weeks, on a weekday between 9:00 and 14:30 (on the half
    /// hour), in the citizen's preferred form (in person when that is in writing); one booking
    /// in five the citizen made themself (selvbooking). One case in twenty-five has a meeting
    /// that was booked and then cancelled. Drawn last, so they change nothing else.
    mutating func makeMeetings(for item: Case) -> [Meeting] {
        guard current.end == nil, random.chance(0.25) else { return [] }
        let form = Meeting.bookableForms.contains(item.citizen.preferredForm) ? item.citizen.preferredForm : .fysisk
        let kind = item.targetGroup(on: today).map { $0 == .sygedagpenge || $0 == .jobafklaring ? Conversation.Kind.opfoelgning : .jobsamtale }
            ?? .jobsamtale
        var meetings = [meeting(kind: kind, form: form, selfBooked: random.chance(0.2))]
        if random.chance(0.16) {
            var cancelled = meeting(kind: kind, form: form, selfBooked: false)
            cancelled.state = .cancelled
            cancelled.revision = 1
            meetings.insert(cancelled, at: 0)
        }
        return meetings
    }

    private mutating func meeting(kind: Conversation.Kind, form: Conversation.Form, selfBooked: Bool) -> Meeting {
        var date = today.adding(days: random.int(in: 0...13))
        if date.isoWeekday > 5 { date = date.adding(days: 8 - date.isoWeekday) }
        let time = ClockTime(clamping: 9 * 60 + 30 * random.int(in: 0...11))
        let place: String
        switch form {
        case .telefon: place = ""
        case .video: place = "https://video.jobcenter.example/m/" + caseID.lowercased()
        case .fysisk, .skriftlig: place = "Jobcentret, mødelokale " + String(random.int(in: 1...6))
        }
        return Meeting(
            id: ids.next(), date: date, time: time, kind: kind, form: form, place: place,
            selfBooked: selfBooked, bookedBy: caseworker.initials,
            bookedOn: today.adding(days: -random.int(in: 0...10)))
    }
}
