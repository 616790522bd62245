import JobsagCore
import JobsagExport
import JobsagReview

/// `jobsag review list --json` and `jobsag review access --json`: the rounds and the lookups
/// as documents (README, "The command line"). Case ids and initials only, never names or CPR.
enum ReviewJSON {
    /// The rounds with their progress; `unreadable` are the messages of rounds that could not be read.
    static func rounds(_ rounds: [ReviewRound], unreadable: [LocalizedText]) -> String {
        ReportJSON.text(RoundList(
            format: "jobsag.reviews", version: 1,
            rounds: rounds.map {
                RoundList.Round(
                    id: $0.id, title: $0.title, reviewer: $0.reviewer, createdOn: $0.createdOn, from: $0.request.from,
                    to: $0.request.to, cases: $0.caseIDs.count, reviewed: $0.reviewedCount, left: $0.leftCount)
            },
            problems: unreadable))
    }

    /// Lookups of cases: for one case (`caseID`) or a sample (`seed`, drawn from `poolSize`).
    static func accesses(_ events: [AuditEvent], caseID: CaseID?, owners: [Initials]?, seed: UInt64?, poolSize: Int?) -> String {
        ReportJSON.text(AccessList(
            format: "jobsag.access", version: 1, caseId: caseID, owners: owners, seed: seed.map(String.init), pool: poolSize,
            accesses: events.map {
                AccessList.Access(
                    time: $0.time, user: $0.user, action: $0.action.rawValue, caseId: $0.caseID, reason: $0.reason)
            }))
    }

    private struct RoundList: Encodable {
        struct Round: Encodable {
            var id: String
            var title: String
            var reviewer: Initials
            var createdOn: CalendarDate
            var from: CalendarDate
            var to: CalendarDate
            var cases: Int
            var reviewed: Int
            var left: Int
        }

        var format: String
        var version: Int
        var rounds: [Round]
        var problems: [LocalizedText]
    }

    private struct AccessList: Encodable {
        struct Access: Encodable {
            var time: Timestamp
            var user: Initials
            var action: String
            @NullWhenAbsent var caseId: CaseID?
            @NullWhenAbsent var reason: String?
        }

        var format: String
        var version: Int
        @NullWhenAbsent var caseId: CaseID?
        @NullWhenAbsent var owners: [Initials]?
        /// A string: a 64-bit seed does not survive a reader that takes numbers as doubles.
        @NullWhenAbsent var seed: String?
        @NullWhenAbsent var pool: Int?
        var accesses: [Access]
    }
}
