// What the caseload kept of each case of a team or a jobcenter on a day, kept between starts (`caseload.cache`).
import Foundation
import JobsagCore
import JobsagRules

/// The rows, unsettled obligations and due items of the cases the program does not hold
/// (`EvaluatedCase` without its case), kept per case file between starts of a data
/// directory's program: a jobcenter's 50,000 rows then come without reading and evaluating
/// every case at each start, only the cases changed since. An entry is used while its file
/// is unchanged, for the day, policy, program build and language it was made with (`Key`);
/// the rest is read and evaluated again. Like `check.cache` it is never the truth: a file of
/// another format or key is ignored and written anew.
///
/// It holds what the rows show (names, CPR numbers, goal titles folded for search, own
/// reminders and booked meetings): personal data like the case files beside it, so mode
/// 0600 and never in a backup; the lines of cases not asked for are kept as they are until
/// the key changes (the next day's first start writes the file anew from the case files).
/// An obligation kept is what the row and the agenda show of it (rule, kind,
/// status, deadline, the entry it is about, the explanation when it cannot be evaluated): a
/// case that is opened is read and evaluated again (`Msg.casesHeld`).
public struct CaseloadCache: Sendable {
    /// What every entry was made with.
    public struct Key: Codable, Hashable, Sendable {
        public var asOf: CalendarDate
        public var policy: RulePolicy
        /// The program's build: a new program may evaluate or fold text differently.
        public var rules: String
        /// The language of the rows' search keys (a target group's label).
        public var language: Language

        public init(asOf: CalendarDate, policy: RulePolicy, rules: String, language: Language) {
            self.asOf = asOf
            self.policy = policy
            self.rules = rules
            self.language = language
        }
    }

    public static let format = "jobsag.caseload-cache"
    public static let version = 1
    static let header = "\(format) \(version)"

    /// The cases asked for whose entry holds, as the caseload keeps them, in order of case id.
    public private(set) var found: [EvaluatedCase] = []
    public let key: Key
    /// The file as read, and the lines of it still good: the entries found and those of cases
    /// not asked for (another user's scope), copied as they are when the file is written again.
    private let data: Data
    private var keptLines: [(id: CaseID, range: Range<Int>)] = []

    /// Whether a cache's head (`StoreCache.head(of:)`) is this format's and names `key`: only
    /// then are its lines worth reading.
    public static func holds(_ key: Key, inHead head: Data) -> Bool {
        head.withUnsafeBytes { bytes in
            guard let keyRange = TabSeparatedText.lineRanges(bytes, header: header)?.first else { return false }
            return Self.key(at: keyRange, in: bytes) == key
        }
    }

    /// The key written on the line at `range`, the one after the format's.
    private static func key(at range: Range<Int>, in bytes: UnsafeRawBufferPointer) -> Key? {
        TabSeparatedText.line(range, in: bytes).text(0).flatMap { try? JSONDecoder().decode(Key.self, from: Data($0.utf8)) }
    }

    /// What `data` holds for the cases `asked` (id and the version read now) that `user` does
    /// not hold (`AppState.holds`: those are always read). The lines are read on every core.
    public init(_ data: Data?, key: Key, asked: [CaseID: String], user: Initials) {
        let data = data ?? Data()
        self.key = key
        let outcomes: [LineOutcome] = data.withUnsafeBytes { bytes in
            guard let ranges = TabSeparatedText.lineRanges(bytes, header: Self.header), let keyRange = ranges.first,
                  Self.key(at: keyRange, in: bytes) == key
            else { return [] }
            return Parallel.map(Array(ranges.dropFirst()), perChunk: 256) { range in
                data.withUnsafeBytes { bytes in
                    Self.outcome(TabSeparatedText.line(range, in: bytes), range: range, key: key, asked: asked, user: user)
                }
            }
        }
        // The file is kept for its lines only (one of another key or format is let go).
        self.data = outcomes.isEmpty ? Data() : data
        // A case on two lines (a file changed by hand) is taken from the case file.
        let lines = Dictionary(outcomes.compactMap(\.id).map { ($0, 1) }, uniquingKeysWith: +)
        for outcome in outcomes where outcome.id.map({ lines[$0] == 1 }) == true {
            switch outcome {
            case .found(let evaluated, let range):
                found.append(evaluated)
                keptLines.append((evaluated.id, range))
            case .kept(let id, let range):
                keptLines.append((id, range))
            case .stale:
                break
            }
        }
        // In order of case id, as a store reads cases, whatever order the lines came in.
        if zip(found, found.dropFirst()).contains(where: { $0.id > $1.id }) { found.sort { $0.id < $1.id } }
    }

    /// The file in chunks (`CaseStore.writeCache`): the entries kept and those of `read`
    /// (sorted by case id, as `CasesRead` has them; each not held, with its case's version in
    /// `stamps`) in place of any before, in order of case id. Nil when the key cannot be
    /// written. Each chunk holds the lines of `casesPerChunk` cases read, or as many kept.
    public func chunks(adding read: [EvaluatedCase], stamps: [CaseID: String], casesPerChunk: Int = 2_000) -> Chunks? {
        guard let keyData = try? JSONEncoder().encode(key) else { return nil }
        let head = Self.header + "\n" + TabSeparatedText.field(String(decoding: keyData, as: UTF8.self)) + "\n"
        return Chunks(
            head: Data(head.utf8), file: data, kept: keptLines.sorted { $0.id < $1.id }, read: read, stamps: stamps,
            casesPerChunk: max(1, casesPerChunk))
    }

    /// The file's lines a few thousand at a time, each chunk's new lines made on every core:
    /// the whole file (23 MB at 50,000 cases) is never in memory.
    public struct Chunks: IteratorProtocol {
        var head: Data?
        let file: Data
        let kept: [(id: CaseID, range: Range<Int>)]
        let read: [EvaluatedCase]
        let stamps: [CaseID: String]
        let casesPerChunk: Int
        var nextKept = 0
        var nextRead = 0

        public mutating func next() -> Data? {
            var chunk = head ?? Data()
            head = nil
            while chunk.isEmpty, nextRead < read.count || nextKept < kept.count { appendLines(to: &chunk) }
            return chunk.isEmpty ? nil : chunk
        }

        /// The next cases read, with the lines kept before them; once all are written, the
        /// next lines kept.
        private mutating func appendLines(to chunk: inout Data) {
            let batch = read[nextRead..<min(read.count, nextRead + casesPerChunk)]
            nextRead = batch.endIndex
            let stamps = stamps
            let lines = Parallel.map(Array(batch), perChunk: 256) { evaluated -> (id: CaseID, line: [UInt8])? in
                guard evaluated.held == nil, let stamp = stamps[evaluated.id] else { return nil }
                return CaseloadCache.line(evaluated, stamp: stamp).map { (evaluated.id, $0) }
            }
            for case let (id, line)? in lines {
                // The lines kept before this one; one of the same case is replaced.
                while nextKept < kept.count, kept[nextKept].id <= id {
                    if kept[nextKept].id != id { append(kept[nextKept].range, to: &chunk) }
                    nextKept += 1
                }
                chunk.append(contentsOf: line)
                chunk.append(0x0A)
            }
            if batch.isEmpty {
                // Every case read is written: the rest of the lines kept.
                let end = min(kept.count, nextKept + casesPerChunk)
                for index in nextKept..<end { append(kept[index].range, to: &chunk) }
                nextKept = end
            }
        }

        private func append(_ range: Range<Int>, to chunk: inout Data) {
            let start = file.startIndex
            chunk.append(file[(start + range.lowerBound)..<(start + range.upperBound)])
            chunk.append(0x0A)
        }
    }

    // MARK: One line per case

    private enum LineOutcome: Sendable {
        case found(EvaluatedCase, Range<Int>)
        /// A case not asked for, or one the user holds (it is read): kept as it is, for others.
        case kept(CaseID, Range<Int>)
        /// Asked for, but of another version, or not a line of this format.
        case stale

        var id: CaseID? {
            switch self {
            case .found(let evaluated, _): return evaluated.id
            case .kept(let id, _): return id
            case .stale: return nil
            }
        }
    }

    private static func outcome(_ line: TabSeparatedLine, range: Range<Int>, key: Key, asked: [CaseID: String], user: Initials) -> LineOutcome {
        guard let id = line.plain(0), let stamp = line.text(1) else { return .stale }
        guard let current = asked[id] else { return .kept(id, range) }
        guard current == stamp, let evaluated = evaluated(line, asOf: key.asOf) else { return .stale }
        return AppState.holds(evaluated.row, user: user) ? .kept(id, range) : .found(evaluated, range)
    }
}
