/// Search in what was written in a set of cases: the conversations, the journal notes and Min
/// Plan's goals and subgoals, with the Danish folding of the caseload filter (case and
/// accents ignored, `aa` is `å`), matching anywhere in a text. The texts are folded once, when
/// a case is added; a query then scans the folded texts. Pure: the terminal and `jobsag
/// search` both use it.
public struct LogSearch: Sendable {
    /// The kind of entry a hit is in.
    public enum Kind: String, Sendable, CaseIterable, RawTextCodable {
        case conversation, note, goal, subgoal
    }

    /// The text of an entry a hit is in (named as the case file names it).
    public enum Field: String, Sendable, CaseIterable, RawTextCodable {
        case summary, agreements, participants, subject, text, title, description
    }

    /// One place the query was found: the first matching text of an entry.
    public struct Hit: Hashable, Sendable {
        public var caseID: CaseID
        public var entryID: EntryID
        public var kind: Kind
        /// The conversation's or note's date, the goal's creation.
        public var date: CalendarDate
        public var field: Field
        /// The whole text the query was found in.
        public var text: String
        /// The query as searched (folded with `DanishText.searchKey`).
        public var query: String

        /// The text's characters (NFC) and where among them the query was found; worked out
        /// only for the hits shown.
        public var located: (characters: [Character], match: Range<Int>) {
            let folded = FoldedText(text)
            return (folded.characters, folded.firstMatch(of: query) ?? 0..<0)
        }

        /// A line of at most `width` columns around the match (line breaks as spaces), in
        /// three parts so the match can be marked: the text before it, the match, the rest.
        /// The whole text when it fits; else up to a third of the room before the match,
        /// from the start of a word, and a cut shown with `…`. `columns` measures a character.
        public func snippet(width: Int, columns: (Character) -> Int = { _ in 1 }) -> (before: String, match: String, after: String) {
            let (found, match) = located
            let characters = found.map { Self.isLineBreakOrTab($0) ? " " : $0 }
            let lower = min(match.lowerBound, characters.count), upper = min(max(match.upperBound, lower), characters.count)
            let total = characters.reduce(0) { $0 + columns($1) }
            var start = 0
            if total > width {
                let matchWidth = characters[lower..<upper].reduce(0) { $0 + columns($1) }
                var room = max(0, (width - matchWidth) / 3)
                start = lower
                while start > 0, room - columns(characters[start - 1]) >= 1 {
                    room -= columns(characters[start - 1])
                    start -= 1
                }
                // Near the end of the text, start early enough to fill the line.
                var tail = characters.count, tailWidth = 1
                while tail > 0, tailWidth + columns(characters[tail - 1]) <= width {
                    tailWidth += columns(characters[tail - 1])
                    tail -= 1
                }
                start = min(start, tail)
                if start > 0, characters[start - 1] != " ", let space = characters[start..<lower].firstIndex(of: " ") {
                    start = space + 1
                }
            }
            let before = (start > 0 ? "…" : "") + String(characters[start..<lower])
            var used = before.reduce(0) { $0 + columns($1) }
            var shown = ""
            for index in lower..<characters.count {
                let next = columns(characters[index])
                let reserve = index + 1 < characters.count ? 1 : 0
                guard used + next + reserve <= width else {
                    shown.append("…")
                    break
                }
                shown.append(characters[index])
                used += next
            }
            let matchLength = min(upper - lower, shown.count)
            return (before, String(shown.prefix(matchLength)), String(shown.dropFirst(matchLength)))
        }

        /// Whether the character breaks a line or is a tab, read from its byte when it is one
        /// (`isNewline` looks up Unicode's properties for every character of a hit's text).
        private static func isLineBreakOrTab(_ character: Character) -> Bool {
            if let byte = character.singleByte { return (0x09...0x0D).contains(byte) }
            return character.isNewline
        }
    }

    /// An entry with a text that can be searched.
    private struct IndexedEntry: Sendable {
        var caseID: CaseID
        var entryID: EntryID
        var kind: Kind
        var date: CalendarDate
        /// In the order their folded keys are kept (`FoldedKeys`).
        var texts: [(field: Field, text: String)]

        /// Newest first, then by case and entry id: the order of the hits.
        func precedes(_ other: IndexedEntry) -> Bool {
            (other.date, caseID, entryID) < (date, other.caseID, other.entryID)
        }
    }

    /// Entries in the order of the hits, with their folded texts and their cases' numbers:
    /// the whole search, or one case's entries on their way in.
    private struct IndexedEntries: Sendable {
        var entries: [IndexedEntry] = []
        var keys = FoldedKeys()
        /// Beside each entry, its case's number: the hits count their cases without hashing
        /// an id a hit.
        var caseNumbers: [Int] = []

        init() {}

        /// `entries`, in order, their texts folded on every core.
        init(_ entries: [IndexedEntry], caseNumbers: [Int]) {
            self.entries = entries
            self.caseNumbers = caseNumbers
            keys = FoldedKeys(count: entries.count) { entries[$0].texts.map(\.text) }
        }

        /// Puts entry `position` of `other` after the last.
        mutating func append(_ position: Int, of other: IndexedEntries) {
            entries.append(other.entries[position])
            keys.append(position, of: other.keys)
            caseNumbers.append(other.caseNumbers[position])
        }
    }

    /// Tells this search apart from every other, and from itself before a case changed: the
    /// hits of an earlier query are narrowed only by the search that found them.
    fileprivate final class Identity: Sendable {}

    private var indexed = IndexedEntries()
    fileprivate private(set) var identity = Identity()
    /// The number of each case searched; a case coming in later gets the next.
    private var caseNumberOfID: [CaseID: Int] = [:]
    private var nextCaseNumber = 0

    /// Folds the cases' texts on every core.
    public init(cases: [Case]) {
        self.init(count: cases.count) { cases[$0] }
    }

    /// Folds the texts of `count` cases on every core, `item(n)` giving the n-th where it is
    /// kept (the program's cases are not copied into an array first: at 50,000 cases that
    /// took 0.4 s).
    public init(count: Int, _ item: @Sendable (Int) -> Case?) {
        // Each case read once: its id beside its entries (in the order of the hits).
        let read = Parallel.map(count: count) { number in item(number).map { (id: $0.id, entries: Self.entries(of: $0)) } }
        // The order of the hits in numbers: newest first, then by the case's id, then where
        // the entry stands in its case (which is by entry id for entries of one day).
        let caseRanks = read.indices.sorted { (read[$0]?.id ?? "") < (read[$1]?.id ?? "") }
        var rankOfCase = [Int](repeating: 0, count: read.count)
        for (rank, number) in caseRanks.enumerated() { rankOfCase[number] = rank }
        var order: [(day: Int, caseRank: Int, case: Int, position: Int)] = []
        order.reserveCapacity(read.reduce(0) { $0 + ($1?.entries.count ?? 0) })
        for (number, found) in read.enumerated() {
            guard let found else { continue }
            caseNumberOfID[found.id] = number
            for (position, entry) in found.entries.enumerated() {
                order.append((-entry.date.dayNumber, rankOfCase[number], number, position))
            }
        }
        nextCaseNumber = count
        order.sort { ($0.day, $0.caseRank, $0.position) < ($1.day, $1.caseRank, $1.position) }
        let cases = read.map { $0?.entries ?? [] }
        let entries = Parallel.map(order, perChunk: 4096) { cases[$0.case][$0.position] }
        indexed = IndexedEntries(entries, caseNumbers: order.map(\.case))
    }

    /// How many cases are searched.
    public var caseCount: Int { caseNumberOfID.count }

    /// Whether the case's texts are searched.
    public func searches(_ caseID: CaseID) -> Bool {
        caseNumberOfID[caseID] != nil
    }

    /// Puts a case in, or its new version in place of the old: the entries merged again in order.
    public mutating func update(_ item: Case) {
        let removed = caseNumberOfID.removeValue(forKey: item.id)
        let number = nextCaseNumber
        nextCaseNumber += 1
        caseNumberOfID[item.id] = number
        let itemEntries = Self.entries(of: item)
        let added = IndexedEntries(itemEntries, caseNumbers: Array(repeating: number, count: itemEntries.count))
        var merged = IndexedEntries()
        var next = 0
        for position in indexed.entries.indices where indexed.caseNumbers[position] != removed {
            while next < added.entries.count, added.entries[next].precedes(indexed.entries[position]) {
                merged.append(next, of: added)
                next += 1
            }
            merged.append(position, of: indexed)
        }
        for position in next..<added.entries.count { merged.append(position, of: added) }
        merged.keys.recount()
        indexed = merged
        identity = Identity()
    }

    /// The entries of a case with a text to search, in the order of the hits.
    private static func entries(of item: Case) -> [IndexedEntry] {
        var entries: [IndexedEntry] = []
        func add(_ id: EntryID, _ kind: Kind, _ date: CalendarDate, _ texts: [(Field, String)]) {
            let kept = texts.filter { !$0.1.isEmpty }.map { (field: $0.0, text: $0.1) }
            if !kept.isEmpty { entries.append(IndexedEntry(caseID: item.id, entryID: id, kind: kind, date: date, texts: kept)) }
        }
        for conversation in item.conversations {
            add(conversation.id, .conversation, conversation.date,
                [(.summary, conversation.summary), (.agreements, conversation.agreements), (.participants, conversation.participants)])
        }
        for note in item.notes {
            add(note.id, .note, note.date, [(.subject, note.subject), (.text, note.text)])
        }
        for goal in item.goals {
            add(goal.id, .goal, goal.created, [(.title, goal.title), (.description, goal.description)])
            for subgoal in goal.subgoals {
                add(subgoal.id, .subgoal, subgoal.created, [(.title, subgoal.title), (.description, subgoal.description)])
            }
        }
        return entries.sorted { $0.precedes($1) }
    }

    /// Every entry with a text that holds `query`, newest first (then by case and entry id);
    /// none for a query that folds to nothing. The entries are scanned on every core.
    ///
    /// `earlier`, the hits of the query before (a letter typed or erased), and the hits it was
    /// narrowed from, make the next key cheap: the same query's hits are taken as they are
    /// (erasing back to it), and a query that holds an earlier one is looked for only in that
    /// one's entries (typing on), as a text that holds it holds the earlier one too.
    public func hits(for query: String, after earlier: Hits = .none) -> Hits {
        let folded = DanishText.searchKey(query.trimmingWhitespace())
        let bytes = Array(folded.utf8)
        guard !bytes.isEmpty, !bytes.contains(FoldedKeys.textEnd) else { return .none }
        // The hits of earlier queries this one holds, widest first.
        let held = (earlier.narrowed + [earlier]).filter { $0.identity === identity && Self.bytes(bytes, hold: $0.queryBytes) }
        if let same = held.last, same.queryBytes == bytes { return same }
        let matching = held.last.map { indexed.keys.entries(holding: bytes, among: $0.matching) } ?? indexed.keys.entries(holding: bytes)
        return Hits(self, matching: matching, query: folded, narrowed: held)
    }

    /// Whether `part` is found in `bytes`.
    private static func bytes(_ bytes: [UInt8], hold part: [UInt8]) -> Bool {
        guard part.count <= bytes.count else { return false }
        return (0...(bytes.count - part.count)).contains { bytes[$0..<($0 + part.count)].elementsEqual(part) }
    }

    /// The hits of a query, in order: the entries that hold it, each made a `Hit` only when
    /// read (a screen reads a page of them), so that a query found in most of the entries of
    /// 50,000 cases costs little more than the scan.
    public struct Hits: RandomAccessCollection, Sendable {
        private let search: LogSearch
        /// The entries' positions in `search`.
        fileprivate let matching: [Int]
        /// The query as searched (folded), and its bytes.
        private let query: String
        fileprivate let queryBytes: [UInt8]
        /// The hits of the earlier queries this one holds (widest first), for the next key.
        fileprivate let narrowed: [Hits]
        /// How many cases the hits are in.
        public let caseCount: Int

        /// No hits, holding no search's entries.
        public static let none = Hits(LogSearch(cases: []), matching: [], query: "", narrowed: [])

        fileprivate init(_ search: LogSearch, matching: [Int], query: String, narrowed: [Hits]) {
            self.search = search
            self.matching = matching
            self.query = query
            queryBytes = Array(query.utf8)
            self.narrowed = narrowed
            caseCount = Self.caseCount(of: matching, caseNumbers: search.indexed.caseNumbers, cases: search.nextCaseNumber)
        }

        /// How many of the `cases` case numbers the entries `matching` are in: a bit set for
        /// each case, then the bits counted (a query of one letter is in nearly every entry of a
        /// jobcenter, a million; a test per entry whether its case was seen went wrong half the
        /// time).
        private static func caseCount(of matching: [Int], caseNumbers: [Int], cases: Int) -> Int {
            var seen = [UInt64](repeating: 0, count: cases / 64 + 1)
            for position in matching {
                let number = caseNumbers[position]
                seen[number >> 6] |= 1 << UInt64(number & 63)
            }
            return seen.reduce(0) { $0 + $1.nonzeroBitCount }
        }

        /// The search that found them, as it was.
        fileprivate var identity: Identity { search.identity }

        public var startIndex: Int { 0 }
        public var endIndex: Int { matching.count }

        /// The hit at `position`, in the first of the entry's texts that holds the query.
        public subscript(position: Int) -> Hit {
            let entry = search.indexed.entries[matching[position]]
            let text = search.indexed.keys.firstText(holding: queryBytes, inEntry: matching[position]) ?? 0
            let found = entry.texts.indices.contains(text) ? entry.texts[text] : (.summary, "")
            return Hit(caseID: entry.caseID, entryID: entry.entryID, kind: entry.kind, date: entry.date,
                       field: found.field, text: found.text, query: query)
        }

        /// Where the hit in the entry `entryID` of case `caseID` is, if that entry is a hit.
        public func position(caseID: CaseID, entryID: EntryID) -> Int? {
            let entries = search.indexed.entries
            return matching.firstIndex { entries[$0].caseID == caseID && entries[$0].entryID == entryID }
        }
    }
}
