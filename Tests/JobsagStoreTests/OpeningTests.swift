import Foundation
import Glibc
import Testing
import JobsagCore
import JobsagStoreTestSupport
@testable import JobsagStore

/// Opening and creating a store: each failure is told apart, in Danish, naming the path.
@Suite struct OpeningTests {
    @Test func aMissingDirectorySaysHowToCreateOne() {
        let directory = TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.sub("findes-ikke")
        let error = storeError { () throws(StoreError) in try FileStore.open(directory: path) }
        #expect(error == .directoryDoesNotExist(path: path))
        #expect(error?.message.da.contains(path) == true)
        #expect(error?.message.da.contains("jobsag demo") == true)
    }

    @Test func aFileIsNotADirectory() throws {
        let directory = TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.sub("fil")
        try StoreFixtures.write(Data("x".utf8), to: path)
        let error = storeError { () throws(StoreError) in try FileStore.open(directory: path) }
        #expect(error == .notADirectory(path: path))
        #expect(error?.message.da == "\(path) er en fil og ikke en mappe. Vælg datamappen med --data.")
    }

    /// Tests run as root, for whom access(2) grants everything, so the access check is
    /// injected here; `FileStore.open(directory:)` uses access(2) itself.
    @Test func anUnreadableOrUnwritableDirectoryIsReported() throws {
        let directory = TemporaryDirectory()
        defer { directory.remove() }
        _ = try StoreFixtures.makeStore(in: directory.path, count: 1)
        let readOnly = FileStore.AccessCheck { _, mode in mode & W_OK == 0 }
        let error = storeError { () throws(StoreError) in try FileStore.open(directory: directory.path, access: readOnly) }
        #expect(error == .notAccessible(path: directory.path, access: .write))
        #expect(error?.message.da.contains("ikke adgang til at skrive i datamappen \(directory.path)") == true)
        let none = FileStore.AccessCheck { _, _ in false }
        let unreadable = storeError { () throws(StoreError) in try FileStore.open(directory: directory.path, access: none) }
        #expect(unreadable == .notAccessible(path: directory.path, access: .read))
        // And access(2) itself is what the real check asks.
        #expect(FileStore.AccessCheck.system.isAccessible(directory.path, R_OK | W_OK | X_OK))
        #expect(!FileStore.AccessCheck.system.isAccessible(directory.sub("nothing"), R_OK))
    }

    @Test func anEmptyDirectoryOrOtherContentIsNotAStore() throws {
        let directory = TemporaryDirectory()
        defer { directory.remove() }
        let empty = storeError { () throws(StoreError) in try FileStore.open(directory: directory.path) }
        #expect(empty == .notAStore(path: directory.path, isEmpty: true))
        #expect(empty?.message.da.contains("jobsag demo --data \(directory.path)") == true)
        try StoreFixtures.write(Data("notes".utf8), to: directory.sub("notes.txt"))
        let other = storeError { () throws(StoreError) in try FileStore.open(directory: directory.path) }
        #expect(other == .notAStore(path: directory.path, isEmpty: false))
        #expect(other?.message.da.contains("store.json mangler") == true)
    }

    @Test func anInvalidOrNewerStoreFileIsReported() throws {
        let directory = TemporaryDirectory()
        defer { directory.remove() }
        let store = try StoreFixtures.makeStore(in: directory.path, count: 1)
        let path = store.layout.storeFile
        try StoreFixtures.write(Data("{\n  \"format\" : \"jobsag.store\",\n  \"version\" : 1,\n  \"created\" : 5\n}".utf8), to: path)
        let invalid = storeError { () throws(StoreError) in try FileStore.open(directory: directory.path) }
        #expect(invalid?.problem?.position == TextPosition(line: 4, column: 15))
        #expect(invalid?.message.da.hasPrefix(path + ", linje 4, kolonne 15: forventede en tekst") == true)

        try StoreFixtures.write(Data("{\"format\":\"jobsag.store\",\"version\":7}".utf8), to: path)
        let newer = storeError { () throws(StoreError) in try FileStore.open(directory: directory.path) }
        #expect(newer == .newerFormat(path: path, found: 7, supported: StoreFormat.store.version))
        #expect(newer?.message.da.contains("nyere version af Jobsag") == true)

        try FileSystem.removeFile(path)
        #expect(storeError { () throws(StoreError) in try FileStore.open(directory: directory.path) } == .notAStore(path: directory.path, isEmpty: false))
    }

    @Test func createMakesAPrivateStoreAndOpensIt() throws {
        let directory = TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.sub("ny")
        let store = try StoreFixtures.makeStore(in: path, count: 2, isDemo: true)
        #expect(store.info.isDemo)
        #expect(store.info.created == TestTime.created)
        #expect(store.info.warnings.isEmpty)
        #expect(try store.caseworkers() == SampleCases.caseworkers)
        #expect(StoreFixtures.mode(path) == 0o700)
        for name in ["cases", "reviews", "audit"] { #expect(StoreFixtures.mode(path + "/" + name) == 0o700) }
        for file in try StoreFixtures.snapshot(path).keys { #expect(StoreFixtures.mode(path + "/" + file) == 0o600, "\(file)") }
        let load = try store.loadCases(where: .all)
        #expect(load.cases.map(\.id) == ["S-000001", "S-000002"])
        #expect(load.cases.allSatisfy { $0.revision == 1 && $0.lastChange == ChangeStamp(by: "MHJ", at: TestTime.created) })
        #expect(FileStore.validate(directory: path).isEmpty)
        // No staging directory is left beside it.
        #expect(try FileSystem.list(directory.path) == ["ny"])
    }

    @Test func createNeverWritesIntoARealStoreOrForeignContent() throws {
        let directory = TemporaryDirectory()
        defer { directory.remove() }
        let real = directory.sub("rigtig")
        _ = try StoreFixtures.makeStore(in: real, count: 1)
        let before = try StoreFixtures.snapshot(real)
        let asDemo = storeError { () throws(StoreError) in
            try FileStore.create(directory: real, isDemo: true, caseworkers: [], by: "X", at: TestTime.created)
        }
        #expect(asDemo == .existingStoreIsNotDemo(path: real))
        #expect(asDemo?.message.da.contains("skriver aldrig i en rigtig datamappe") == true)
        let again = storeError { () throws(StoreError) in
            try FileStore.create(directory: real, isDemo: false, caseworkers: [], by: "X", at: TestTime.created)
        }
        #expect(again == .storeAlreadyExists(path: real))
        #expect(try StoreFixtures.snapshot(real) == before)

        let foreign = directory.sub("andet")
        mkdir(foreign, 0o700)
        try StoreFixtures.write(Data("hej".utf8), to: foreign + "/brev.txt")
        let notEmpty = storeError { () throws(StoreError) in
            try FileStore.create(directory: foreign, isDemo: true, caseworkers: [], by: "X", at: TestTime.created)
        }
        #expect(notEmpty == .directoryNotEmpty(path: foreign))
        #expect(try FileSystem.list(foreign) == ["brev.txt"])
    }

    @Test func aDemoStoreIsReplacedByANewDemo() throws {
        let directory = TemporaryDirectory()
        defer { directory.remove() }
        let demo = directory.sub("demo")
        _ = try StoreFixtures.makeStore(in: demo, count: 3, isDemo: true)
        let replaced = try FileStore.create(
            directory: demo, isDemo: true, caseworkers: SampleCases.caseworkers, cases: SampleCases.make(count: 1),
            by: "MHJ", at: TestTime.at(100))
        #expect(try replaced.loadCases(where: .all).cases.count == 1)
        #expect(replaced.info.created == TestTime.at(100))
        #expect(try FileSystem.list(directory.path) == ["demo"])
    }

    @Test func createRefusesDuplicateOrUnsafeCaseIDs() throws {
        let directory = TemporaryDirectory()
        defer { directory.remove() }
        var bad = SampleCases.make(number: 1)
        bad.id = "../etc"
        let error = storeError { () throws(StoreError) in
            try FileStore.create(directory: directory.sub("x"), isDemo: false, caseworkers: [], cases: [bad], by: "X", at: TestTime.created)
        }
        #expect(error == .invalidCaseID("../etc"))
        let twice = [SampleCases.make(number: 1), SampleCases.make(number: 1)]
        let duplicate = storeError { () throws(StoreError) in
            try FileStore.create(directory: directory.sub("y"), isDemo: false, caseworkers: [], cases: twice, by: "X", at: TestTime.created)
        }
        #expect(duplicate == .invalidCaseID("S-000001"))
        #expect(try FileSystem.list(directory.path).isEmpty)
    }

    @Test func theFileCreationMaskIsRestricted() {
        let previous = umask(0o022)
        FileStore.restrictFileCreationMask()
        let now = umask(previous)
        #expect(now == 0o077)
    }
}
