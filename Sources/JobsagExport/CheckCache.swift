import Foundation
import JobsagCore
import JobsagRules

/// What `jobsag check` found per case file, kept between runs (`check.cache` in the store)
/// so that only the cases whose file changed are read and evaluated again. Evaluation is a
/// pure function of the case, the day, the policy and the rules, so an entry is reused only
/// when all four are the same: the file's version per case, the rest in the key. Never the
/// truth: a cache that cannot be read, or has another key, is rebuilt.
public struct CheckCache: Sendable {
    /// What every entry was evaluated with.
    public struct Key: Codable, Hashable, Sendable {
        public var asOf: CalendarDate
        public var policy: RulePolicy
        /// The build of the rules: a new program may evaluate differently.
        public var rules: String

        public init(asOf: CalendarDate, policy: RulePolicy, rules: String) {
            self.asOf = asOf
            self.policy = policy
            self.rules = rules
        }
    }

    /// One case file's result: every status counted, the obligations the text lists kept.
    public struct CaseResult: Hashable, Sendable {
        public var stamp: String
        public var caseworker: Initials
        public var counts: StatusCounts
        public var listed: [Listed]

        /// `item` borrowed: only its caseworker is kept.
        public init(stamp: String, case item: borrowing Case, assessment: CaseAssessment) {
            self.stamp = stamp
            caseworker = item.caseworker
            counts = StatusCounts()
            listed = []
            let obligations = assessment.obligations
            for index in obligations.indices {
                // Each status read in place: an obligation taken whole is a copy of its texts.
                let status = obligations[index].status
                counts[status] += 1
                if CheckReport.listed.contains(status) { listed.append(Listed(obligations[index])) }
            }
        }
    }

    /// An obligation as the text of `jobsag check` shows it.
    public struct Listed: Hashable, Sendable {
        public var ruleID: String
        public var ruleVersion: Int
        public var kind: RuleKind
        public var status: ObligationStatus
        public var deadline: CalendarDate?

        init(_ obligation: Obligation) {
            self.init(ruleID: obligation.ruleID, ruleVersion: obligation.ruleVersion, kind: obligation.kind,
                      status: obligation.status, deadline: obligation.deadline)
        }

        init(ruleID: String, ruleVersion: Int, kind: RuleKind, status: ObligationStatus, deadline: CalendarDate?) {
            self.ruleID = ruleID
            self.ruleVersion = ruleVersion
            self.kind = kind
            self.status = status
            self.deadline = deadline
        }

        /// The obligation for the report's text (which shows no explanation).
        var obligation: Obligation {
            Obligation(ruleID: ruleID, ruleVersion: ruleVersion, kind: kind, status: status, deadline: deadline,
                       explanation: LocalizedText(da: "", en: ""))
        }
    }

    public static let format = "jobsag.check-cache"
    public static let version = 2

    public var key: Key
    public var cases: [CaseID: CaseResult] = [:]

    public init(key: Key) {
        self.key = key
    }

    /// The first line of the file: the format name and version.
    static let header = "\(format) \(version)"

    /// The cache in `data` when it is one of this format and version with this key, else an
    /// empty one.
    ///
    /// The file is text (`TabSeparatedText`), not JSON: at 50,000 cases JSONDecoder took half
    /// of a check that reads nothing else. After the header, the key (as JSON, one text field;
    /// compared decoded, as a set in it has no order), then one line per case: id, stamp,
    /// caseworker, the number of obligations of each status (in the order of
    /// `ObligationStatus.allCases`), then for each obligation listed its rule id, rule
    /// version, kind, status and deadline.
    public static func read(_ data: Data?, key: Key) -> CheckCache {
        var cache = CheckCache(key: key)
        guard let data else { return cache }
        // The key on the first line, then the cases' lines on every core.
        let keyText = data.withUnsafeBytes { bytes in
            TabSeparatedText.firstLine(bytes, header: header).flatMap { $0.count == 1 ? $0.text(0) : nil }
        }
        guard let keyText, (try? JSONDecoder().decode(Key.self, from: Data(keyText.utf8))) == key,
              let lines = TabSeparatedText.parsedLines(data, header: header, skipping: 1, { line -> (CaseID, CaseResult)? in
            guard let id = line.text(0), let result = CaseResult(line) else { return nil }
            return (id, result)
        }) else { return cache }
        cache.cases.reserveCapacity(lines.count)
        for (id, result) in lines { cache.cases[id] = result }
        return cache
    }

    public func encoded() -> Data? {
        Self.encoded(key: key, results: cases.keys.sorted().compactMap { id in cases[id].map { (id, $0) } })
    }

    /// The file's bytes for the results `results`, in order of case id (a check that read
    /// every case has them so: no dictionary of 50,000 results made to be sorted again).
    public static func encoded(key: Key, results: [(id: CaseID, result: CaseResult)]) -> Data? {
        guard let keyData = try? JSONEncoder().encode(key) else { return nil }
        var data = Data((header + "\n" + TabSeparatedText.field(String(decoding: keyData, as: UTF8.self)) + "\n").utf8)
        // The lines are written on every core, then joined in order, into bytes made data once.
        let lines = Parallel.map(results, perChunk: 256) { $0.result.line(id: $0.id) }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(lines.reduce(0) { $0 + $1.count + 1 })
        for line in lines {
            bytes.append(contentsOf: line)
            bytes.append(0x0A)
        }
        data.append(contentsOf: bytes)
        return data
    }
}

extension CheckCache.CaseResult {
    /// The result's line in the file, `id` its first field.
    func line(id: CaseID) -> [UInt8] {
        var line = TabSeparatedLineWriter(capacity: 64 + 48 * listed.count)
        line.text(id)
        line.text(stamp)
        line.text(caseworker)
        for status in ObligationStatus.allCases { line.number(counts[status]) }
        for item in listed {
            line.text(item.ruleID)
            line.number(item.ruleVersion)
            line.text(item.kind.rawValue)
            line.text(item.status.rawValue)
            line.text(item.deadline?.description)
        }
        return line.bytes
    }

    /// The result on a line of the file (its first field the case id), or nil when the line is not one.
    init?(_ line: TabSeparatedLine) {
        let statuses = ObligationStatus.allCases
        let listedStart = 3 + statuses.count
        guard line.count >= listedStart, (line.count - listedStart) % 5 == 0,
              let stamp = line.text(1), let caseworker = line.text(2)
        else { return nil }
        self.stamp = stamp
        self.caseworker = caseworker
        counts = StatusCounts()
        for (offset, status) in statuses.enumerated() {
            guard let count = line.number(3 + offset), let value = Int(exactly: count), value >= 0 else { return nil }
            counts[status] = value
        }
        listed = []
        for start in stride(from: listedStart, to: line.count, by: 5) {
            guard let ruleID = line.text(start), let version = line.number(start + 1).flatMap({ Int(exactly: $0) }),
                  let kind = line.text(start + 2).flatMap(RuleKind.init(rawValue:)),
                  let status = line.text(start + 3).flatMap(ObligationStatus.init(rawValue:))
            else { return nil }
            let deadlineText = line.text(start + 4)
            let deadline = deadlineText.flatMap(CalendarDate.init)
            guard deadlineText == nil || deadline != nil else { return nil }
            listed.append(CheckCache.Listed(ruleID: ruleID, ruleVersion: version, kind: kind, status: status, deadline: deadline))
        }
    }
}

extension CheckReport {
    /// Adds one case's result (evaluated now or taken from the cache); in order of case id.
    public mutating func add(_ caseID: CaseID, _ result: CheckCache.CaseResult) {
        caseCount += 1
        counts.add(result.counts)
        for listed in result.listed {
            entries.append(Entry(caseID: caseID, caseworker: result.caseworker, citizenName: "", obligation: listed.obligation))
        }
    }
}
