import Foundation
import Testing
import JobsagCore
import JobsagStoreTestSupport
@testable import JobsagStore

/// The audit log's hash chain: every line holds the SHA-256 of the line before it, and
/// verification names the first line that was changed, inserted or removed; a line torn by a
/// crash is not tampering.
@Suite struct AuditChainTests {
    /// A store with five events in two months: the `create` of its case, then four more.
    static func storeWithEvents(_ directory: TemporaryDirectory) throws -> FileStore {
        let store = try StoreFixtures.makeStore(in: directory.path, count: 1)
        try store.record(AuditEvent(time: TestTime.at(60), user: "MHJ", action: .view, caseID: "S-000001"))
        try store.record(AuditEvent(time: TestTime.at(120), user: "SØK", action: .accessOutsideCaseload, caseID: "S-000001", reason: "Ferieafløsning"))
        try store.record(AuditEvent(time: TestTime.at(180), user: "MHJ", action: .export, caseID: nil))
        try store.record(AuditEvent(time: TestTime.at(40 * 86_400), user: "ÅBØ", action: .view, caseID: "S-000001"))
        return store
    }

    static func lines(_ path: String) throws -> [String] {
        String(decoding: try StoreFixtures.read(path), as: UTF8.self).split(separator: "\n").map(String.init)
    }

    static func write(_ lines: [String], to path: String) throws {
        try StoreFixtures.write(Data((lines.joined(separator: "\n") + "\n").utf8), to: path)
    }

    static var september: String { AuditLog.month(of: TestTime.created) }

    @Test func anIntactChainPassesAndNamesItsHead() throws {
        let directory = TemporaryDirectory()
        defer { directory.remove() }
        let store = try Self.storeWithEvents(directory)
        let report = try store.verifyAuditChain()
        #expect(report.isIntact)
        #expect(report.count == 5)
        #expect(report.tornLines.isEmpty)
        let last = try #require(try Self.lines(store.layout.auditFile(month: "2026-10")).last)
        #expect(report.head == AuditChainLink.hash(Data(last.utf8)))
        #expect(FileStore.validate(directory: directory.path).isEmpty)
    }

    @Test func eachLineHoldsTheHashOfTheLineBeforeAcrossMonths() throws {
        let directory = TemporaryDirectory()
        defer { directory.remove() }
        let store = try Self.storeWithEvents(directory)
        let lines = try Self.lines(store.layout.auditFile(month: Self.september)) + Self.lines(store.layout.auditFile(month: "2026-10"))
        #expect(lines.count == 5)
        var expected = AuditChainLink.first
        for line in lines {
            #expect(AuditChainLink.read(from: Data(line.utf8)) == expected)
            #expect(line.hasPrefix("{\"format\":\"jobsag.audit\",\"version\":2,"))
            expected = expected.next(after: Data(line.utf8))
        }
        #expect(lines[0].contains("\"previous\":\"" + String(repeating: "0", count: 64) + "\",\"sequence\":1,"))
    }

    @Test func aChangedLineIsNamed() throws {
        let directory = TemporaryDirectory()
        defer { directory.remove() }
        let store = try Self.storeWithEvents(directory)
        let path = store.layout.auditFile(month: Self.september)
        var lines = try Self.lines(path)
        lines[2] = lines[2].replacingOccurrences(of: "Ferieafløsning", with: "Nysgerrighed")
        try Self.write(lines, to: path)
        let report = try store.verifyAuditChain()
        let breakage = try #require(report.breakage)
        #expect(breakage.path == path)
        #expect(breakage.position?.line == 3)
        #expect(breakage.kind == .auditChain)
        #expect(breakage.detail.da.hasPrefix("linjen er ændret"))
        #expect(report.count == 2)
        let validation = FileStore.validate(directory: directory.path)
        #expect(validation.contains { $0.kind == .auditChain && $0.severity == .error && $0.position?.line == 3 })
    }

    @Test func anInsertedLineIsNamedEvenWhenItNamesAPlaceInTheChain() throws {
        let directory = TemporaryDirectory()
        defer { directory.remove() }
        let store = try Self.storeWithEvents(directory)
        let path = store.layout.auditFile(month: Self.september)
        var lines = try Self.lines(path)
        // A forger who copies the second line's link, so the inserted line itself fits.
        let forged = AuditEvent(time: TestTime.at(90), user: "MHJ", action: .view, caseID: "S-000001")
        let link = try #require(AuditChainLink.read(from: Data(lines[1].utf8)))
        let inserted = try AuditLog.encodeLine(forged, link: link.next(after: Data(lines[1].utf8)), path: path)
        lines.insert(String(decoding: inserted, as: UTF8.self), at: 2)
        try Self.write(lines, to: path)
        let breakage = try #require(try store.verifyAuditChain().breakage)
        #expect(breakage.position?.line == 3)
        #expect(breakage.detail.da.hasPrefix("linjen er indsat"))
    }

    @Test func aHandWrittenLineWithoutTheChainIsNamedAsInserted() throws {
        let directory = TemporaryDirectory()
        defer { directory.remove() }
        let store = try Self.storeWithEvents(directory)
        let path = store.layout.auditFile(month: Self.september)
        var lines = try Self.lines(path)
        lines.insert(
            "{\"format\":\"jobsag.audit\",\"version\":1,\"action\":\"access-outside-caseload\",\"caseID\":\"S-000001\",\"changes\":[],\"reason\":\"Opfølgning\",\"time\":\"2026-09-21T08:30:00Z\",\"user\":\"JJ\"}",
            at: 1)
        try Self.write(lines, to: path)
        let breakage = try #require(try store.verifyAuditChain().breakage)
        #expect(breakage.position?.line == 2)
        #expect(breakage.detail.da.hasPrefix("linjen er indsat"))
    }

    @Test func aRemovedLineIsNamedAtTheLineAfterIt() throws {
        let directory = TemporaryDirectory()
        defer { directory.remove() }
        let store = try Self.storeWithEvents(directory)
        let path = store.layout.auditFile(month: Self.september)
        var lines = try Self.lines(path)
        lines.remove(at: 1)
        try Self.write(lines, to: path)
        let breakage = try #require(try store.verifyAuditChain().breakage)
        #expect(breakage.position?.line == 2)
        #expect(breakage.detail.da == "en linje (nr. 2 i kæden) er fjernet lige før denne linje")
    }

    @Test func aRemovedFirstLineIsNamed() throws {
        let directory = TemporaryDirectory()
        defer { directory.remove() }
        let store = try Self.storeWithEvents(directory)
        let path = store.layout.auditFile(month: Self.september)
        try Self.write(Array(try Self.lines(path).dropFirst(2)), to: path)
        let breakage = try #require(try store.verifyAuditChain().breakage)
        #expect(breakage.position?.line == 1)
        #expect(breakage.detail.da == "2 linjer (nr. 1-2 i kæden) er fjernet lige før denne linje")
    }

    /// A `sequence` no whole number holds, or one at the end of the range, is a changed line,
    /// never an overflow: verification names it and the next append starts again.
    @Test(arguments: ["9223372036854775807", "9007199254740993", "-1", "1e300"])
    func anOutOfRangeSequenceIsAChangedLine(_ sequence: String) throws {
        let directory = TemporaryDirectory()
        defer { directory.remove() }
        let store = try Self.storeWithEvents(directory)
        let path = store.layout.auditFile(month: "2026-10")
        var lines = try Self.lines(path)
        lines[0] = lines[0].replacing(#/"sequence":\d+/#, with: "\"sequence\":" + sequence)
        try Self.write(lines, to: path)
        #expect(try store.verifyAuditChain().breakage?.position?.line == 1)
        try store.record(AuditEvent(time: TestTime.at(41 * 86_400), user: "MHJ", action: .view, caseID: "S-000001"))
        #expect(try store.verifyAuditChain().breakage?.path == path)
    }

    /// A crash in the middle of an append leaves a torn last line: a warning, never a break,
    /// and the next append chains past it.
    @Test func aTornLineIsNotTampering() throws {
        let directory = TemporaryDirectory()
        defer { directory.remove() }
        let store = try Self.storeWithEvents(directory)
        let path = store.layout.auditFile(month: "2026-10")
        var bytes = try StoreFixtures.read(path)
        bytes.append(contentsOf: Array("{\"format\":\"jobsag.audit\",\"version\":2,\"action\":\"view\",\"caseID\":\"S-0".utf8))
        try StoreFixtures.write(bytes, to: path)
        let torn = try store.verifyAuditChain()
        #expect(torn.isIntact)
        #expect(torn.tornLines.map(\.position?.line) == [2])
        #expect(torn.tornLines.first?.detail.da.contains("ikke manipulation") == true)

        try store.record(AuditEvent(time: TestTime.at(41 * 86_400), user: "MHJ", action: .view, caseID: "S-000001"))
        let after = try store.verifyAuditChain()
        #expect(after.isIntact)
        #expect(after.count == 6)
        #expect(after.tornLines.count == 1)
        #expect(FileStore.validate(directory: directory.path).map(\.kind) == [.tornAuditLine])
    }

    /// A line written whole but for its newline is a real event: the next one chains to it.
    @Test func aLastLineWithoutItsNewlineStaysInTheChain() throws {
        let directory = TemporaryDirectory()
        defer { directory.remove() }
        let store = try Self.storeWithEvents(directory)
        let path = store.layout.auditFile(month: "2026-10")
        var bytes = try StoreFixtures.read(path)
        bytes.removeLast()
        try StoreFixtures.write(bytes, to: path)
        try store.record(AuditEvent(time: TestTime.at(41 * 86_400), user: "MHJ", action: .view, caseID: "S-000001"))
        let report = try store.verifyAuditChain()
        #expect(report.isIntact)
        #expect(report.count == 6)
    }

    /// An event whose time is before the newest month file (a clock set back) goes to that
    /// file, so that the order of the files stays the order of the chain.
    @Test func anEventFromAnEarlierMonthJoinsTheNewestFile() throws {
        let directory = TemporaryDirectory()
        defer { directory.remove() }
        let store = try Self.storeWithEvents(directory)
        try store.record(AuditEvent(time: TestTime.at(300), user: "MHJ", action: .view, caseID: "S-000001"))
        #expect(try Self.lines(store.layout.auditFile(month: "2026-10")).count == 2)
        #expect(try store.verifyAuditChain().isIntact)
        #expect(try store.auditEvents(caseID: "S-000001").events.map(\.time).last == TestTime.at(40 * 86_400))
    }

    /// A store of version 2 (or 1) has an unchained log: verification says so, the first
    /// write copies the store aside and chains every event, and store.json becomes version 3.
    @Test func anOlderStoreIsChainedAtItsFirstWrite() throws {
        let directory = TemporaryDirectory()
        defer { directory.remove() }
        let store = try StoreFixtures.makeStore(in: directory.path, count: 1)
        try FileSystem.removeTree(store.layout.auditDirectory)
        try FileSystem.makeDirectory(store.layout.auditDirectory)
        try StoreFixtures.write(try StoreFixtures.fixture("store.json"), to: store.layout.storeFile)
        let oldLog = try StoreFixtures.fixture("audit-2025-02.jsonl")
        let path = store.layout.auditFile(month: "2025-02")
        try StoreFixtures.write(oldLog, to: path)
        let old = try FileStore.open(directory: directory.path)

        let unchained = try old.verifyAuditChain()
        let warning = try #require(unchained.breakage)
        #expect(warning.severity == .warning)
        #expect(warning.detail.da.contains("fra før hash-kæden"))
        #expect(try StoreFixtures.read(path) == oldLog)  // reading never rewrites

        try old.record(AuditEvent(time: TestTime.at(1), user: "MHJ", action: .view, caseID: "S-000001"))
        #expect(try StoreFixtures.read(path) == (try StoreFixtures.fixture("audit-2025-02-v2.jsonl")))
        let report = try old.verifyAuditChain()
        #expect(report.isIntact)
        #expect(report.count == 4)
        let manifest = String(decoding: try StoreFixtures.read(old.layout.storeFile), as: UTF8.self)
        #expect(manifest.contains("\"version\" : 3"))
        #expect(try FileSystem.list(old.layout.migrationBackupsDirectory).contains { $0.hasPrefix("before-jobsag.store-v3-") })
        #expect(try old.auditEvents(caseID: "S-000042").events.map(\.action) == [.create, .update, .accessOutsideCaseload])
    }
}
