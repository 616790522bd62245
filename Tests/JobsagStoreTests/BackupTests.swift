import Foundation
import Glibc
import Testing
import JobsagCore
import JobsagStoreTestSupport
@testable import JobsagStore

/// Backups: one tar archive of a consistent snapshot; restore only into an empty directory.
@Suite struct BackupTests {
    @Test func aBackupRestoresToAnEqualStore() throws {
        let directory = TemporaryDirectory()
        defer { directory.remove() }
        let source = directory.sub("data")
        let store = try StoreFixtures.makeStore(in: source, count: 5)
        var value = try store.loadCase(id: "S-000003")
        value.citizen.resources = "Kan lide at køre bil, æ ø å"
        _ = try store.save(value, by: "SØK", at: TestTime.at(100))
        try store.record(AuditEvent(time: TestTime.at(200), user: "MHJ", action: .view, caseID: "S-000003"))
        try store.saveReview(["checkpoints": ["a", "b"]], id: "R-2026-1", format: DocumentFormat(name: "jobsag.review", version: 1), by: "ALB", at: TestTime.at(300))
        _ = try store.loadCases(where: .all)  // leaves an index, which the backup omits

        let archive = directory.sub("backup.tar")
        try store.backup(to: archive)
        #expect(StoreFixtures.mode(archive) == 0o600)

        let target = directory.sub("restored")
        let problems = try FileStore.restore(from: archive, into: target)
        #expect(problems.isEmpty)
        var original = try StoreFixtures.snapshot(source)
        original[StoreLayout.indexFileName] = nil
        original[StoreLayout.lockFileName] = nil
        var restored = try StoreFixtures.snapshot(target)
        restored[StoreLayout.lockFileName] = nil  // made by the validation after the restore
        #expect(Set(restored.keys) == Set(original.keys))
        for (path, version) in original { #expect(restored[path]?.contents == version.contents, "\(path)") }
        #expect(StoreFixtures.mode(target) == 0o700)
        for name in StoreLayout.subdirectories { #expect(StoreFixtures.mode(target + "/" + name) == 0o700) }
        for path in restored.keys { #expect(StoreFixtures.mode(target + "/" + path) == 0o600, "\(path)") }
        let reopened = try FileStore.open(directory: target)
        #expect(try reopened.loadCase(id: "S-000003") == (try store.loadCase(id: "S-000003")))
        #expect(try reopened.auditEvents(caseID: "S-000003").events.count == 3)
        #expect(try FileSystem.list(directory.path) == ["backup.tar", "data", "restored"])
    }

    @Test func theSystemTarListsTheArchive() throws {
        let directory = TemporaryDirectory()
        defer { directory.remove() }
        let store = try StoreFixtures.makeStore(in: directory.sub("data"), count: 2)
        let archive = directory.sub("b.tar")
        try store.backup(to: archive)
        let child = Process()
        child.executableURL = URL(fileURLWithPath: "/usr/bin/tar")
        child.arguments = ["-tf", archive]
        let pipe = Pipe()
        child.standardOutput = pipe
        try child.run()
        let listing = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        child.waitUntilExit()
        #expect(child.terminationStatus == 0)
        #expect(listing.split(separator: "\n").map(String.init) == [
            "store.json", "caseworkers.json", "cases/", "cases/S-000001.json", "cases/S-000002.json", "reviews/", "audit/",
            "audit/2026-09.jsonl",
        ])
    }

    @Test func restoreRefusesANonEmptyTargetOrAFile() throws {
        let directory = TemporaryDirectory()
        defer { directory.remove() }
        let store = try StoreFixtures.makeStore(in: directory.sub("data"), count: 1)
        let archive = directory.sub("b.tar")
        try store.backup(to: archive)
        let occupied = directory.sub("occupied")
        mkdir(occupied, 0o700)
        try StoreFixtures.write(Data("mine".utf8), to: occupied + "/note.txt")
        let error = storeError { () throws(StoreError) in try FileStore.restore(from: archive, into: occupied) }
        #expect(error == .directoryNotEmpty(path: occupied))
        #expect(try FileSystem.list(occupied) == ["note.txt"])
        #expect(storeError { () throws(StoreError) in try FileStore.restore(from: archive, into: directory.sub("data")) }
            == .directoryNotEmpty(path: directory.sub("data")))
        #expect(storeError { () throws(StoreError) in try FileStore.restore(from: archive, into: archive) } == .notADirectory(path: archive))
        // An existing empty directory is fine.
        let empty = directory.sub("empty")
        mkdir(empty, 0o755)
        #expect(try FileStore.restore(from: archive, into: empty).isEmpty)
        #expect(StoreFixtures.mode(empty) == 0o700)
    }

    /// A hand-made archive with the given entries.
    private func archive(at path: String, entries: [(String, TarArchive.Entry.Kind, Data)]) throws {
        let output = try AtomicFileWriter(path: path)
        for (name, kind, contents) in entries {
            let entry = TarArchive.Entry(name: name, kind: kind, mode: 0o600, size: contents.count, modified: 0)
            try output.write(try TarArchive.header(for: entry, archivePath: path))
            try output.write(contents)
            let padding = (512 - contents.count % 512) % 512
            try output.write([UInt8](repeating: 0, count: padding))
        }
        try output.write([UInt8](repeating: 0, count: 1024))
        try output.commit()
    }

    @Test func pathTraversalIsRefusedAndNothingIsRestored() throws {
        let directory = TemporaryDirectory()
        defer { directory.remove() }
        let storeJSON = try DocumentCoding.encode(
            StoreManifest(created: TestTime.created, isDemo: false, settings: .emptyObject), format: StoreFormat.store, path: "x")
        for evil in ["../evil.json", "cases/../../evil.json", "/etc/evil.json"] {
            let path = directory.sub("evil.tar")
            try archive(at: path, entries: [("store.json", .file, storeJSON), ("cases/", .directory, Data()), (evil, .file, Data("x".utf8))])
            let target = directory.sub("target")
            let error = storeError { () throws(StoreError) in try FileStore.restore(from: path, into: target) }
            #expect(error == .unsafeArchiveEntry(path: path, entry: evil))
            #expect(error?.message.da.contains("uden for målmappen") == true)
            #expect(try FileSystem.list(directory.path) == ["evil.tar"])
            #expect(try FileSystem.status("/tmp/evil.json") == nil)
        }
    }

    @Test func linksUnknownPathsAndDamageAreRefused() throws {
        let directory = TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.sub("odd.tar")
        try archive(at: path, entries: [("store.json", .file, Data("{}".utf8)), ("notes/x.txt", .file, Data())])
        guard case .archiveInvalid? = storeError({ () throws(StoreError) in try FileStore.restore(from: path, into: directory.sub("t")) }) else {
            Issue.record("an unknown path was restored")
            return
        }
        // A symbolic link entry (type '2').
        var header = try TarArchive.header(
            for: TarArchive.Entry(name: "cases/S-000001.json", kind: .file, mode: 0o600, size: 0, modified: 0), archivePath: path)
        header[156] = UInt8(ascii: "2")
        for index in 148..<156 { header[index] = UInt8(ascii: " ") }
        let sum = header.reduce(0) { $0 + Int($1) }
        let checksum = Array(String(String(sum, radix: 8).reversed()).padding(toLength: 6, withPad: "0", startingAt: 0).reversed().map { UInt8($0.asciiValue ?? 0) })
        for (index, byte) in (checksum + [0, UInt8(ascii: " ")]).enumerated() { header[148 + index] = byte }
        try StoreFixtures.write(Data(header + [UInt8](repeating: 0, count: 1024)), to: path)
        let link = storeError { () throws(StoreError) in try FileStore.restore(from: path, into: directory.sub("t")) }
        #expect(link?.message.da.contains("et link eller en speciel fil") == true)
        // A damaged header.
        try StoreFixtures.write(Data([UInt8](repeating: 0x41, count: 512)), to: path)
        #expect(storeError { () throws(StoreError) in try FileStore.restore(from: path, into: directory.sub("t")) }?.message.da.contains("kontrolsum") == true)
        #expect(try FileSystem.list(directory.path) == ["odd.tar"])
    }

    @Test func aBackupInsideTheStoreIsRefused() throws {
        let directory = TemporaryDirectory()
        defer { directory.remove() }
        let store = try StoreFixtures.makeStore(in: directory.path, count: 1)
        let inside = directory.sub("cases/backup.tar")
        #expect(storeError { () throws(StoreError) in try store.backup(to: inside) } == .backupInsideStore(path: inside))
    }
}
