import Foundation
import JobsagCore
import JobsagRules

/// What `jobsag check` reports: every obligation of every case as of a date. Built a batch
/// of cases at a time, so that a large store need not be in memory at once.
public struct CheckReport: Sendable {
    /// Which obligations the report keeps: all of them (for the JSON document), or only
    /// those the text lists (overdue, due soon, cannot be evaluated). Counts cover all.
    public enum Detail: Sendable {
        case all
        case listed
    }

    /// One obligation of one case.
    public struct Entry: Sendable {
        public var caseID: CaseID
        public var caseworker: Initials
        public var citizenName: String
        public var obligation: Obligation
    }

    public var asOf: CalendarDate
    public var detail: Detail
    public internal(set) var caseCount = 0
    /// The obligations kept (see `Detail`), by case id, then in the engine's order.
    public internal(set) var entries: [Entry] = []
    var counts = StatusCounts()

    /// The statuses the text lists.
    static let listed: [ObligationStatus] = [.overdue, .dueSoon, .cannotEvaluate]

    public init(asOf: CalendarDate, detail: Detail = .all) {
        self.asOf = asOf
        self.detail = detail
    }

    public init(cases: [Case], engine: RuleEngine, asOf: CalendarDate, detail: Detail = .all) {
        self.init(asOf: asOf, detail: detail)
        add(cases, engine: engine)
    }

    /// Evaluates a batch of cases; batches must come in order of case id.
    public mutating func add(_ cases: [Case], engine: RuleEngine) {
        let sorted = cases.sorted { $0.id < $1.id }
        caseCount += sorted.count
        for (item, assessment) in zip(sorted, engine.evaluateAll(sorted, asOf: asOf)) {
            for obligation in assessment.obligations {
                counts[obligation.status] += 1
                guard detail == .all || Self.listed.contains(obligation.status) else { continue }
                entries.append(Entry(caseID: item.id, caseworker: item.caseworker, citizenName: item.citizen.name, obligation: obligation))
            }
        }
    }

    public func count(_ status: ObligationStatus) -> Int {
        counts[status]
    }

    /// `jobsag check` exits 1 when something is to be acted on now, as a red case on the
    /// caseload: an obligation overdue, or one that cannot be evaluated (data to fix). A
    /// `missed` obligation is history and does not count; the JSON keeps every status.
    public var needsAction: Bool { count(.overdue) > 0 || count(.cannotEvaluate) > 0 }

    // MARK: JSON

    /// The JSON document (format `jobsag.check` version 1, documented in the README).
    public func json() -> String {
        var counts: [String: Int] = [:]
        for status in ObligationStatus.allCases { counts[status.rawValue] = count(status) }
        let document = CheckDocument(
            format: "jobsag.check", version: 1, asOf: asOf, cases: caseCount, counts: counts,
            obligations: entries.map { entry in
                let obligation = entry.obligation
                return CheckDocument.Item(
                    caseId: entry.caseID, caseworker: entry.caseworker, ruleId: obligation.ruleID,
                    ruleVersion: obligation.ruleVersion, kind: obligation.kind.rawValue, status: obligation.status.rawValue,
                    deadline: obligation.deadline, windowStart: obligation.windowStart, subjectId: obligation.subjectID,
                    evidenceIds: obligation.evidence.map(\.entryID), metLate: obligation.metLate,
                    explanation: obligation.explanation)
            })
        return ReportJSON.text(document)
    }

    private struct CheckDocument: Encodable {
        struct Item: Encodable {
            var caseId: CaseID
            var caseworker: Initials
            var ruleId: String
            var ruleVersion: Int
            var kind: String
            var status: String
            @NullWhenAbsent var deadline: CalendarDate?
            @NullWhenAbsent var windowStart: CalendarDate?
            @NullWhenAbsent var subjectId: EntryID?
            var evidenceIds: [EntryID]
            var metLate: Bool
            var explanation: LocalizedText
        }

        var format: String
        var version: Int
        var asOf: CalendarDate
        var cases: Int
        var counts: [String: Int]
        var obligations: [Item]
    }

    // MARK: Text

    /// What is overdue and due soon, one line each, for a terminal or a cron mail. Names
    /// appear only with `withNames`.
    public func text(language: Language, withNames: Bool) -> String {
        let da = language == .da
        var lines: [String] = []
        lines.append(da
            ? "Jobsag check pr. \(asOf.danish): \(caseCount) sager, \(count(.overdue)) overskredet, \(count(.dueSoon)) snart, \(count(.missed)) ikke opfyldt, \(count(.cannotEvaluate)) kan ikke vurderes."
            : "Jobsag check as of \(asOf.iso): \(caseCount) cases, \(count(.overdue)) overdue, \(count(.dueSoon)) due soon, \(count(.missed)) missed, \(count(.cannotEvaluate)) cannot be evaluated.")
        for status in Self.listed {
            // The entries' places are sorted, not the entries: each holds an obligation.
            let chosen = entries.indices.filter { entries[$0].obligation.status == status }.sorted { first, second in
                (entries[first].obligation.deadline ?? .distantFuture, entries[first].caseID)
                    < (entries[second].obligation.deadline ?? .distantFuture, entries[second].caseID)
            }
            guard !chosen.isEmpty else { continue }
            lines.append("")
            lines.append(status.label.text(language).uppercased() + " (\(chosen.count))")
            // Made on every core: a jobcenter's report has tens of thousands of lines.
            lines += Parallel.map(chosen, perChunk: 256) { [entries] in Self.line(entries[$0], language: language, withNames: withNames) }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// An obligation's line in the text: case, (citizen,) caseworker, deadline, rule and its
    /// title. Written into one text as it grows (a check of a jobcenter ends with tens of
    /// thousands of them: a list of columns joined, each padded on its own, was 2 µs a line).
    private static func line(_ entry: Entry, language: Language, withNames: Bool) -> String {
        let obligation = entry.obligation
        var line = "  "
        line.reserveCapacity(96)
        line += entry.caseID
        if withNames { append(entry.citizenName, width: 0, to: &line) }
        append(entry.caseworker, width: 4, to: &line)
        append(obligation.deadline.map { language == .da ? $0.danish : $0.iso } ?? "–", width: 10, to: &line)
        append(obligation.ruleID, width: 18, to: &line)
        append(RuleCatalogue.rule(id: obligation.ruleID, version: obligation.ruleVersion)?.title.text(language) ?? "", width: 0, to: &line)
        return line
    }

    /// A column after two spaces, padded with spaces to `width` characters (0: not padded).
    private static func append(_ text: String, width: Int, to line: inout String) {
        line += "  "
        line += text
        guard width > 0 else { return }
        let count = text.count
        if count < width { line += String(repeating: " ", count: width - count) }
    }
}
