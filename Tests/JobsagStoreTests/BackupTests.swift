import Foundation
import Glibc
import Testing
import JobsagCore
import JobsagStoreTestSupport
@testable import JobsagStore

/// Backups: one gzip-compressed tar archive of a consistent snapshot; restore only into an
/// empty directory, from the store's own archives (compressed or, from older versions, not)
/// and from GNU tar's archives of a store directory.
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

        let archive = directory.sub("backup.tar.gz")
        try store.backup(to: archive)
        #expect(StoreFixtures.mode(archive) == 0o600)
        #expect(try StoreFixtures.read(archive).prefix(2) == Data([0x1F, 0x8B]))

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
        #expect(try FileSystem.list(directory.path) == ["backup.tar.gz", "data", "restored"])
    }

    @Test func theSystemTarListsTheArchive() throws {
        let directory = TemporaryDirectory()
        defer { directory.remove() }
        let store = try StoreFixtures.makeStore(in: directory.sub("data"), count: 2)
        let archive = directory.sub("b.tar.gz")
        try store.backup(to: archive)
        let listing = try tar(["-tzf", archive])
        #expect(listing.split(separator: "\n").map(String.init) == [
            "store.json", "caseworkers.json", "cases/", "cases/S-000001.json", "cases/S-000002.json", "reviews/", "audit/",
            "audit/2026-09.jsonl",
        ])
    }

    /// Runs GNU tar; its standard output.
    private func tar(_ arguments: [String]) throws -> String {
        let child = Process()
        child.executableURL = URL(fileURLWithPath: "/usr/bin/tar")
        child.arguments = arguments
        let pipe = Pipe()
        child.standardOutput = pipe
        try child.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        child.waitUntilExit()
        #expect(child.terminationStatus == 0, "tar \(arguments)")
        return output
    }

    /// The store's files by path, without what the store keeps for itself (the lock, the
    /// index, the check cache, migration backups, temporary files).
    private func dataFiles(_ directory: String) throws -> [String: Data] {
        try StoreFixtures.snapshot(directory).filter { path, _ in
            !FileStore.isStoreOwn(path.split(separator: "/").map(String.init))
        }.mapValues(\.contents)
    }

    @Test(arguments: [["czf"], ["cf"], ["--format=posix", "-czf"], ["--format=gnu", "-cf"]])
    func aStoreArchivedWithGNUTarRestores(_ options: [String]) throws {
        let directory = TemporaryDirectory()
        defer { directory.remove() }
        let source = directory.sub("data")
        let store = try StoreFixtures.makeStore(in: source, count: 4)
        // The longest name a store holds.
        let longID = "R-" + String(repeating: "x", count: 62)
        try store.saveReview(["checkpoints": ["a"]], id: longID, format: DocumentFormat(name: "jobsag.review", version: 1), by: "ALB", at: TestTime.at(50))
        _ = try store.loadCases(where: .all)  // an index
        for cache in StoreCache.allCases { store.writeCache(cache, Data("{}".utf8)) }
        try StoreFixtures.write(Data("half".utf8), to: source + "/cases/.S-000001.json.tmp-1-2")
        try FileSystem.makeDirectory(source + "/" + StoreLayout.migrationBackupsDirectoryName)
        try store.writeSnapshot(to: source + "/" + StoreLayout.migrationBackupsDirectoryName + "/before-x.tar.gz")
        let archive = directory.sub("gnu-archive")
        _ = try tar(options + [archive, "-C", source, "."])
        #expect(try tar(["-tf", archive]).contains("./cases/S-000001.json"))

        let target = directory.sub("restored")
        let problems = try FileStore.restore(from: archive, into: target)
        #expect(problems.isEmpty, "\(problems)")
        let restored = try dataFiles(target)
        #expect(restored == (try dataFiles(source)))
        #expect(restored["reviews/" + longID + ".json"] != nil)
        #expect(try FileSystem.status(target + "/" + StoreLayout.migrationBackupsDirectoryName) == nil)
        for cache in StoreCache.allCases { #expect(try FileSystem.status(target + "/" + cache.fileName) == nil) }
        for path in restored.keys { #expect(StoreFixtures.mode(target + "/" + path) == 0o600, "\(path)") }
    }

    @Test func aPaxHeaderNamesTheEntryAfterIt() {
        let record = Array("30 mtime=1796269315.363567985\n28 path=cases/S-000001.json\n".utf8)
        #expect(TarArchive.Reader.paxPath(record) == "cases/S-000001.json")
        #expect(TarArchive.Reader.paxPath(Array("30 mtime=1796269315.363567985\n".utf8)) == nil)
        #expect(TarArchive.Reader.paxPath(Array("999 path=x\n".utf8)) == nil)
        #expect(TarArchive.Reader.paxPath(Array("2 path=x\n".utf8)) == nil)
        #expect(TarArchive.Reader.paxPath(Array("9223372036854775807 path=x\n".utf8)) == nil)
    }

    @Test func anOlderUncompressedBackupRestores() throws {
        let directory = TemporaryDirectory()
        defer { directory.remove() }
        let source = directory.sub("data")
        _ = try StoreFixtures.makeStore(in: source, count: 3)
        // The archive an older Jobsag wrote: plain ustar, names from the store's top.
        let files = try dataFiles(source)
        let directories = StoreLayout.subdirectories.map { ($0 + "/", TarArchive.Entry.Kind.directory, Data()) }
        let path = directory.sub("old.tar")
        try archive(at: path, entries: directories + files.sorted { $0.key < $1.key }.map { ($0.key, .file, $0.value) })
        let target = directory.sub("restored")
        #expect(try FileStore.restore(from: path, into: target).isEmpty)
        #expect(try dataFiles(target) == files)
    }

    @Test func aTruncatedOrDamagedCompressedBackupIsRefusedAndNothingIsRestored() throws {
        let directory = TemporaryDirectory()
        defer { directory.remove() }
        let store = try StoreFixtures.makeStore(in: directory.sub("data"), count: 20)
        let archive = directory.sub("b.tar.gz")
        try store.backup(to: archive)
        let whole = try StoreFixtures.read(archive)
        let cut = directory.sub("cut.tar.gz")
        try StoreFixtures.write(whole.prefix(whole.count / 2), to: cut)
        let truncated = storeError { () throws(StoreError) in try FileStore.restore(from: cut, into: directory.sub("t")) }
        #expect(truncated?.message.da.contains("slutter for tidligt") == true, "\(String(describing: truncated))")
        var bytes = [UInt8](whole)
        for index in stride(from: 200, to: min(bytes.count, 400), by: 1) { bytes[index] ^= 0x5A }
        let damaged = directory.sub("damaged.tar.gz")
        try StoreFixtures.write(Data(bytes), to: damaged)
        let refused = storeError { () throws(StoreError) in try FileStore.restore(from: damaged, into: directory.sub("t")) }
        guard case .archiveInvalid? = refused else {
            Issue.record("a damaged archive was restored: \(String(describing: refused))")
            return
        }
        #expect(try FileSystem.status(directory.sub("t")) == nil)
        #expect(try FileSystem.list(directory.path).sorted() == ["b.tar.gz", "cut.tar.gz", "damaged.tar.gz", "data"])
    }

    @Test func restoreRefusesANonEmptyTargetOrAFile() throws {
        let directory = TemporaryDirectory()
        defer { directory.remove() }
        let store = try StoreFixtures.makeStore(in: directory.sub("data"), count: 1)
        let archive = directory.sub("b.tar.gz")
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
        for evil in ["../evil.json", "cases/../../evil.json", "/etc/evil.json", "./../evil.json", "././cases/../../evil.json"] {
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

    @Test func aBackupIntoAPipeIsWrittenIntoItAndLeavesItAPipe() throws {
        let directory = TemporaryDirectory()
        defer { directory.remove() }
        let store = try StoreFixtures.makeStore(in: directory.sub("data"), count: 3)
        let path = directory.sub("pipe")
        #expect(mkfifo(path, 0o600) == 0)
        // A reader first, not waiting for a writer; three cases compressed fit in the pipe's buffer.
        let reader = open(path, O_RDONLY | O_NONBLOCK)
        try #require(reader >= 0)
        defer { close(reader) }
        try store.backup(to: path)
        var archive: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while case let count = read(reader, &buffer, buffer.count), count > 0 { archive += buffer.prefix(count) }
        #expect(archive.prefix(2) == [0x1F, 0x8B])
        #expect(try FileSystem.status(path)?.kind == .other)
        #expect(try FileSystem.list(directory.path) == ["data", "pipe"])
        let restored = directory.sub("restored")
        let archiveFile = directory.sub("copy.tar.gz")
        try StoreFixtures.write(Data(archive), to: archiveFile)
        #expect(try FileStore.restore(from: archiveFile, into: restored).isEmpty)
        #expect(try FileStore.open(directory: restored).loadCases(where: .all).cases.count == 3)
    }
}
