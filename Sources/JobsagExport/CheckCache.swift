import Foundation
import JobsagCore
import JobsagRules

/// What `jobsag check` found per case file, kept between runs (`check.cache` in the store)
/// so that only the cases whose file changed are read and evaluated again. Evaluation is a
/// pure function of the case, the day, the policy and the rules, so an entry is reused only
/// when all four are the same: the file's version per case, the rest in the key. Never the
/// truth: a cache that cannot be read, or has another key, is rebuilt.
public struct CheckCache: Codable, Sendable {
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
    public struct CaseResult: Codable, Hashable, Sendable {
        public var stamp: String
        public var caseworker: Initials
        public var counts: [ObligationStatus: Int]
        public var listed: [Listed]

        public init(stamp: String, case item: Case, assessment: CaseAssessment) {
            self.stamp = stamp
            caseworker = item.caseworker
            counts = [:]
            listed = []
            for obligation in assessment.obligations {
                counts[obligation.status, default: 0] += 1
                if CheckReport.listed.contains(obligation.status) { listed.append(Listed(obligation)) }
            }
        }
    }

    /// An obligation as the text of `jobsag check` shows it.
    public struct Listed: Codable, Hashable, Sendable {
        public var ruleID: String
        public var ruleVersion: Int
        public var kind: RuleKind
        public var status: ObligationStatus
        public var deadline: CalendarDate?

        init(_ obligation: Obligation) {
            ruleID = obligation.ruleID
            ruleVersion = obligation.ruleVersion
            kind = obligation.kind
            status = obligation.status
            deadline = obligation.deadline
        }

        /// The obligation for the report's text (which shows no explanation).
        var obligation: Obligation {
            Obligation(ruleID: ruleID, ruleVersion: ruleVersion, kind: kind, status: status, deadline: deadline,
                       explanation: LocalizedText(da: "", en: ""))
        }
    }

    public static let format = "jobsag.check-cache"
    public static let version = 1

    public var format = CheckCache.format
    public var version = CheckCache.version
    public var key: Key
    public var cases: [CaseID: CaseResult] = [:]

    public init(key: Key) {
        self.key = key
    }

    /// The cache in `data` when it is one of this format and version with this key, else an
    /// empty one.
    public static func read(_ data: Data?, key: Key) -> CheckCache {
        guard let data, let cache = try? JSONDecoder().decode(CheckCache.self, from: data),
              cache.format == format, cache.version == version, cache.key == key
        else { return CheckCache(key: key) }
        return cache
    }

    public func encoded() -> Data? {
        try? JSONEncoder().encode(self)
    }
}

extension CheckReport {
    /// Adds one case's result (evaluated now or taken from the cache); in order of case id.
    public mutating func add(_ caseID: CaseID, _ result: CheckCache.CaseResult) {
        caseCount += 1
        for (status, count) in result.counts { counts[status, default: 0] += count }
        for listed in result.listed {
            entries.append(Entry(caseID: caseID, caseworker: result.caseworker, citizenName: "", obligation: listed.obligation))
        }
    }
}
