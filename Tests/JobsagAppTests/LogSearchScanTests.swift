import JobsagCore
import JobsagDemo
import Testing

/// The search's scan of its one buffer of folded texts finds what matching text by text finds:
/// the same entries, in the same order, each in the same text, on the 300-case demo, before
/// and after cases change.
@Suite struct LogSearchScanTests {
    /// Every entry with a text holding `query`, newest first (then by case and entry id),
    /// with its first such text: worked out text by text with `DanishText.matches`.
    static func expectedHits(for query: String, in cases: [Case]) -> [String] {
        let folded = DanishText.searchKey(query.trimmingWhitespace())
        guard !folded.isEmpty else { return [] }
        var found: [(date: CalendarDate, caseID: CaseID, entryID: EntryID, text: String)] = []
        func look(_ item: Case, _ id: EntryID, _ date: CalendarDate, _ texts: [String]) {
            if let text = texts.first(where: { !$0.isEmpty && DanishText.matches(DanishText.searchKey($0), query: folded) }) {
                found.append((date, item.id, id, text))
            }
        }
        for item in cases {
            for conversation in item.conversations {
                look(item, conversation.id, conversation.date, [conversation.summary, conversation.agreements, conversation.participants])
            }
            for note in item.notes { look(item, note.id, note.date, [note.subject, note.text]) }
            for goal in item.goals {
                look(item, goal.id, goal.created, [goal.title, goal.description])
                for subgoal in goal.subgoals { look(item, subgoal.id, subgoal.created, [subgoal.title, subgoal.description]) }
            }
        }
        found.sort { ($1.date, $0.caseID, $0.entryID) < ($0.date, $1.caseID, $1.entryID) }
        return found.map { "\($0.caseID) \($0.entryID) \($0.text)" }
    }

    /// Pieces of the demo's texts (from one character to a few words), and queries around them.
    static func queries(from cases: [Case], count: Int, generator: inout SplitMix64) -> [String] {
        let texts = cases.flatMap { $0.conversations.map(\.summary) + $0.notes.map(\.text) + $0.goals.map(\.title) }.filter { !$0.isEmpty }
        var queries = ["a", "aa", "å", "æ", "ø", "e", " ", "lægeerklæring", "zzq", "AARHUS", "é"]
        for _ in 0..<count {
            let characters = Array(texts[Int(generator.next() % UInt64(texts.count))])
            let length = 1 + Int(generator.next() % 14)
            let start = Int(generator.next() % UInt64(max(1, characters.count - length)))
            queries.append(String(characters[start..<min(characters.count, start + length)]))
        }
        return queries
    }

    static func hits(_ search: LogSearch, _ query: String) -> [String] {
        search.hits(for: query).map { "\($0.caseID) \($0.entryID) \($0.text)" }
    }

    @Test func theScanFindsWhatMatchingTextByTextFinds() {
        var cases = DemoGenerator(today: CalendarDate(year: 2026, month: 12, day: 5) ?? Fixtures.asOf).generate(caseCount: 300).cases
        var generator = SplitMix64(state: 17)
        var search = LogSearch(cases: cases)
        for query in Self.queries(from: cases, count: 150, generator: &generator) {
            #expect(Self.hits(search, query) == Self.expectedHits(for: query, in: cases), "\(query)")
        }
        // Cases change: a text rewritten, an entry gone, every entry gone, a new entry
        // newer than all others; the search merges each case's entries in again.
        for round in 0..<12 {
            let position = Int(generator.next() % UInt64(cases.count))
            var item = cases[position]
            switch round % 4 {
            case 0: if !item.conversations.isEmpty { item.conversations[0].summary = "Lægeerklæring modtaget fra Aabenraa, runde \(round)." }
            case 1: if !item.notes.isEmpty { item.notes.removeFirst() }
            case 2: item.conversations = []; item.notes = []; item.goals = []
            default: item.notes.append(JournalNote(id: "ny\(round)", date: CalendarDate(year: 2027, month: 1, day: 1 + round) ?? item.created,
                                                   author: item.caseworker, subject: "Æblegrød", text: "Aftalt med Åse i Ærøskøbing."))
            }
            cases[position] = item
            search.update(item)
        }
        #expect(search.caseCount == 300)
        for query in Self.queries(from: cases, count: 100, generator: &generator) + ["lægeerklæring modtaget", "æblegrød", "ærø", "runde 1"] {
            #expect(Self.hits(search, query) == Self.expectedHits(for: query, in: cases), "\(query)")
        }
    }

    /// Typing queries letter by letter and erasing them again, each key's hits narrowed from
    /// the key before's (as the search screen does), finds what a search afresh finds; after a
    /// case changed, the hits found before it are not narrowed from.
    @Test func hitsNarrowedKeyByKeyAreTheHitsFoundAfresh() {
        let cases = DemoGenerator(today: CalendarDate(year: 2026, month: 12, day: 5) ?? Fixtures.asOf).generate(caseCount: 300).cases
        var generator = SplitMix64(state: 23)
        var search = LogSearch(cases: cases)
        func found(_ hits: LogSearch.Hits) -> [String] { hits.map { "\($0.caseID) \($0.entryID) \($0.text)" } }
        for query in ["Lægeerklæring", "aarhus", "Borger og"] + Self.queries(from: cases, count: 30, generator: &generator) {
            let characters = Array(query)
            let typed = characters.indices.map { String(characters[...$0]) }
            var hits = LogSearch.Hits.none
            for prefix in typed + typed.reversed().dropFirst() + ["", query] {
                hits = search.hits(for: prefix, after: hits)
                #expect(found(hits) == Self.hits(search, prefix), "\(prefix)")
            }
        }
        let before = search.hits(for: "lægeerklæring")
        var item = cases[0]
        item.notes.append(JournalNote(id: "ny", date: CalendarDate(year: 2027, month: 1, day: 4) ?? item.created,
                                      author: item.caseworker, subject: "Lægeerklæring", text: "Modtaget i Ærøskøbing."))
        search.update(item)
        let after = search.hits(for: "lægeerklæring", after: before)
        #expect(after.count == before.count + 1)
        #expect(found(after) == Self.hits(search, "lægeerklæring"))
    }
}
