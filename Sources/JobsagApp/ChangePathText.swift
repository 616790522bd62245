import JobsagCore

/// A change path of the audit log (`goals[3xuzea3743].subgoals[au5mmx4v4s].title`) in words,
/// resolved against the case as it is now: `jobmål »Lagermedarbejder« › delmål »Truckcertifikat
/// B« › titel`. An entry no longer in the case is named by its kind with "(slettet)".
enum ChangePathText {
    static func describe(_ path: String, in item: Case, strings: Strings) -> String {
        var parts: [String] = []
        var parent: (collection: String, id: String)?
        for segment in path.split(separator: ".") {
            let (name, id) = split(segment)
            if let id, let life = strings.lifeEntry(name, id, in: item) {
                parts.append(life)
                parent = (name, id)
            } else if let id {
                switch ref(name, id, parent: parent).map({ item.describe($0, strings: strings) }) {
                case (let text?)?: parts.append(text)
                case nil?: parts.append(noun(name, strings) + " " + strings[.historyDeleted])
                case nil: parts.append(noun(name, strings))
                }
                parent = (name, id)
            } else {
                parts.append(noun(name, strings))
            }
        }
        guard let first = parts.first else { return path }
        return ([first.prefix(1).uppercased() + first.dropFirst()] + parts.dropFirst()).joined(separator: " › ")
    }

    /// `goals[g1]` → ("goals", "g1"); `title` → ("title", nil).
    private static func split(_ segment: Substring) -> (name: String, id: String?) {
        guard let open = segment.firstIndex(of: "["), segment.last == "]" else { return (String(segment), nil) }
        return (String(segment[..<open]), String(segment[segment.index(after: open)..<segment.index(before: segment.endIndex)]))
    }

    /// The entry a path segment names, for the collections entries can be described in.
    private static func ref(_ collection: String, _ id: String, parent: (collection: String, id: String)?) -> EntryRef? {
        switch (parent?.collection, collection) {
        case (nil, "goals"): return .goal(id)
        case ("goals", "subgoals"): return parent.map { .subgoal(id, goal: $0.id) }
        case (nil, "conversations"): return .conversation(id)
        case (nil, "meetings"): return .meeting(id)
        case (nil, "notes"): return .note(id)
        case (nil, "offers"): return .offer(id)
        case ("offers", "followUps"): return parent.map { .offerFollowUp(id, offer: $0.id) }
        case (nil, "reminders"): return .reminder(id)
        case (nil, "episodes"): return .episode(id)
        case (nil, "visitations"): return .visitation(id)
        case (nil, "ordinaryHours"): return .ordinaryHours(id)
        case (nil, "exemptions"): return .exemption(id)
        case (nil, "guidance"): return .guidance(id)
        case (nil, "injunctions"): return .injunction(id)
        case (nil, "literacyTests"): return .literacyTest(id)
        case (nil, "absences"): return .absence(id)
        case (nil, "contactAttempts"): return .contactAttempt(id)
        case (nil, "sanctions"): return .sanction(id)
        default: return nil
        }
    }

    /// A part of the case in words (lower case): a collection or a field, else its name.
    private static func noun(_ name: String, _ strings: Strings) -> String {
        strings.entry("changePath." + name, fallback: strings.entry("field." + name, fallback: name).lowercased())
    }
}
