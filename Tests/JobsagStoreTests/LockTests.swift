import Foundation
import Glibc
import Testing
import JobsagCore
@testable import JobsagStore
import JobsagStoreTestSupport

/// The store lock excludes writers from each other and from readers, within one process too.
@Suite struct LockTests {
    @Test func anExclusiveHolderBlocksOthersUntilTheTimeout() throws {
        let directory = TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.sub(".lock")
        var impatient = StoreLock(path: path)
        impatient.timeoutSeconds = 0
        let holder = StoreLock(path: path)
        try holder.withLock(.exclusive) { () throws(StoreError) in
            #expect(storeError { () throws(StoreError) in try impatient.withLock(.shared) {} } == .lockTimeout(path: path, seconds: 0))
            #expect(storeError { () throws(StoreError) in try impatient.withLock(.exclusive) {} } == .lockTimeout(path: path, seconds: 0))
        }
        try holder.withLock(.shared) { () throws(StoreError) in
            // Readers share; a writer waits.
            try impatient.withLock(.shared) {}
            #expect(storeError { () throws(StoreError) in try impatient.withLock(.exclusive) {} } == .lockTimeout(path: path, seconds: 0))
        }
        try impatient.withLock(.exclusive) {}  // released after each operation
        #expect(StoreError.lockTimeout(path: path, seconds: 15).message.da.contains("optaget af et andet Jobsag-program"))
    }

    @Test func messagesShowDanishLocalTimeWithoutReadingTheTimeZone() {
        let winter = Timestamp(iso: "2026-01-15T08:30:00Z") ?? Timestamp(secondsSince1970: 0)
        let summer = Timestamp(iso: "2026-07-01T12:00:00Z") ?? Timestamp(secondsSince1970: 0)
        let beforeSwitch = Timestamp(iso: "2026-03-29T00:59:59Z") ?? Timestamp(secondsSince1970: 0)
        let afterSwitch = Timestamp(iso: "2026-03-29T01:00:00Z") ?? Timestamp(secondsSince1970: 0)
        #expect(DanishClock.danish(winter) == "15.01.2026 kl. 09:30")
        #expect(DanishClock.danish(summer) == "01.07.2026 kl. 14:00")
        #expect(DanishClock.danish(beforeSwitch) == "29.03.2026 kl. 01:59")
        #expect(DanishClock.danish(afterSwitch) == "29.03.2026 kl. 03:00")
        #expect(DanishClock.english(summer) == "2026-07-01 14:00")
    }
}
