import JobsagCore

/// A record of a case that no other tab lists (a benefit episode, a visitation, an
/// education injunction and its steps, a literacy test, guidance, an exemption, ordinary
/// hours, an absence, a contact attempt, a sanction). Overblik lists them below the
/// obligations, one line each with its date, so that they can be edited and deleted.
public enum CaseRecord: Sendable {
    case episode(BenefitEpisode)
    case visitation(Visitation)
    case injunction(EducationInjunction)
    /// A step of an injunction, listed under it and dated by its deadline.
    case injunctionStep(EducationInjunction.Step, injunction: EducationInjunction)
    case literacyTest(LiteracyTest)
    case guidance(Guidance)
    case exemption(Exemption)
    case ordinaryHours(OrdinaryHours)
    case absence(Absence)
    case contactAttempt(ContactAttempt)
    case sanction(SanctionDecision)

    /// The date the record is listed by.
    public var date: CalendarDate? {
        switch self {
        case .episode(let episode): return episode.start
        case .visitation(let visitation): return visitation.date
        case .injunction(let injunction): return injunction.given
        case .injunctionStep(let step, _): return step.deadline
        case .literacyTest(let test): return test.date ?? test.recorded
        case .guidance(let guidance): return guidance.date
        case .exemption(let exemption): return exemption.from
        case .ordinaryHours(let hours): return hours.month
        case .absence(let absence): return absence.date
        case .contactAttempt(let attempt): return attempt.date
        case .sanction(let sanction): return sanction.decided
        }
    }

    /// The entry that `e` edits and Delete removes.
    var ref: EntryRef {
        switch self {
        case .episode(let episode): return .episode(episode.id)
        case .visitation(let visitation): return .visitation(visitation.id)
        case .injunction(let injunction): return .injunction(injunction.id)
        case .injunctionStep(let step, let injunction): return .injunctionStep(step.number, injunction: injunction.id)
        case .literacyTest(let test): return .literacyTest(test.id)
        case .guidance(let guidance): return .guidance(guidance.id)
        case .exemption(let exemption): return .exemption(exemption.id)
        case .ordinaryHours(let hours): return .ordinaryHours(hours.id)
        case .absence(let absence): return .absence(absence.id)
        case .contactAttempt(let attempt): return .contactAttempt(attempt.id)
        case .sanction(let sanction): return .sanction(sanction.id)
        }
    }

    /// The tab entries of a case's records: newest first, each injunction followed by its steps.
    static func entries(of item: Case) -> [TabEntry] {
        var groups: [(date: CalendarDate, order: Int, id: String, entries: [TabEntry])] = []
        func add(_ record: CaseRecord, order: Int, id: EntryID) {
            groups.append((record.date ?? .distantPast, order, id, [entry(record, id: id)]))
        }
        for episode in item.episodes { add(.episode(episode), order: 0, id: episode.id) }
        for visitation in item.visitations { add(.visitation(visitation), order: 1, id: visitation.id) }
        for injunction in item.injunctions {
            var entries = [entry(.injunction(injunction), id: injunction.id)]
            for step in injunction.steps.sorted(by: { $0.number < $1.number }) {
                var line = entry(.injunctionStep(step, injunction: injunction), id: injunction.id + "#" + String(step.number))
                line.depth = 1
                line.isLastSibling = step.number == injunction.steps.map(\.number).max()
                entries.append(line)
            }
            groups.append((injunction.given, 2, injunction.id, entries))
        }
        for test in item.literacyTests { add(.literacyTest(test), order: 3, id: test.id) }
        for guidance in item.guidance { add(.guidance(guidance), order: 4, id: guidance.id) }
        for exemption in item.exemptions { add(.exemption(exemption), order: 5, id: exemption.id) }
        for hours in item.ordinaryHours { add(.ordinaryHours(hours), order: 6, id: hours.id) }
        for absence in item.absences { add(.absence(absence), order: 7, id: absence.id) }
        for attempt in item.contactAttempts { add(.contactAttempt(attempt), order: 8, id: attempt.id) }
        for sanction in item.sanctions { add(.sanction(sanction), order: 9, id: sanction.id) }
        groups.sort { a, b in
            if a.date != b.date { return a.date > b.date }
            return (a.order, a.id) < (b.order, b.id)
        }
        return groups.flatMap(\.entries)
    }

    private static func entry(_ record: CaseRecord, id: String) -> TabEntry {
        TabEntry(id: "rec:" + id, payload: .record(record), depth: 0, date: record.date)
    }
}
