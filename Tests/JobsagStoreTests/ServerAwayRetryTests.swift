import Foundation
import Testing
@testable import JobsagStore

/// A write that meets the server away is sent again until it answers (said once); anything
/// else, and a server away past the patience, is thrown at once.
@Suite struct ServerAwayRetryTests {
    private final class Attempts: @unchecked Sendable {
        var count = 0
        var told: [StoreError] = []
    }

    private func away(_ kind: DatabaseFailure.Kind) -> StoreError {
        .database(DatabaseFailure(kind, location: "postgresql:///jobsag"))
    }

    @Test func aServerAwayIsWaitedForAndToldOnce() throws {
        let attempts = Attempts()
        let value = try ServerAwayRetry(pause: 0.001, patience: 5).run(onAway: { attempts.told.append($0) }) { () throws(StoreError) -> Int in
            attempts.count += 1
            if attempts.count < 3 { throw away(attempts.count == 1 ? .unreachable : .connectionLost) }
            return 42
        }
        #expect(value == 42)
        #expect(attempts.count == 3)
        #expect(attempts.told == [away(.unreachable)])
    }

    @Test func aRefusalIsNotTriedAgain() {
        let attempts = Attempts()
        #expect(throws: StoreError.self) {
            try ServerAwayRetry(pause: 0.001, patience: 5).run(onAway: { attempts.told.append($0) }) { () throws(StoreError) in
                attempts.count += 1
                throw away(.refused(sqlState: "42501"))
            }
        }
        #expect(attempts.count == 1 && attempts.told.isEmpty)
    }

    @Test func patienceEnds() {
        let attempts = Attempts()
        #expect(throws: StoreError.self) {
            try ServerAwayRetry(pause: 0.01, patience: 0.05).run(onAway: { attempts.told.append($0) }) { () throws(StoreError) in
                attempts.count += 1
                throw away(.unreachable)
            }
        }
        #expect(attempts.count >= 2 && attempts.count <= 6)
    }
}
