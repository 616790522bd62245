import Foundation
import Glibc
import Testing
import JobsagCore
import JobsagStoreTestSupport
@testable import JobsagStore

/// Guarantee 4: versioned formats, migrated on read, written new only when saved.
@Suite struct MigrationTests {
    @Test func aVersion1CaseIsMigratedInMemoryAndWrittenOnlyWhenSaved() throws {
        let directory = TemporaryDirectory()
        defer { directory.remove() }
        let data = directory.sub("data")
        let store = try StoreFixtures.makeStore(in: data, count: 1)
        let old = try StoreFixtures.fixture("case-v1.json")
        let path = store.layout.caseFile("S-000042")
        try StoreFixtures.write(old, to: path)

        let loaded = try store.loadCase(id: "S-000042")
        #expect(loaded.revision == 3)
        #expect(loaded.lastChange == nil)
        #expect(loaded.citizen.name == "Åse Østergaard")
        #expect(loaded.conversations.first?.rightsGuidanceGiven == true)
        #expect(try store.loadCases(where: .all).cases.map(\.id) == ["S-000001", "S-000042"])
        #expect(try StoreFixtures.read(path) == old)  // reading never rewrites
        #expect(try FileSystem.status(store.layout.migrationBackupsDirectory) == nil)
        #expect(FileStore.validate(directory: data).isEmpty)

        var changed = loaded
        changed.citizen.phone = "40404040"
        let saved = try store.save(changed, by: "MHJ", at: TestTime.at(600))
        #expect(saved.revision == 4)
        let text = String(decoding: try StoreFixtures.read(path), as: UTF8.self)
        #expect(text.hasPrefix("{\n  \"format\" : \"jobsag.case\",\n  \"version\" : 6,\n"))
        #expect(text.contains("\"lastChange\" : {"))
        #expect(text.contains("\"notes\" : ["))

        // A copy of the store was taken before that first migrating write, with the old file.
        let backups = try FileSystem.list(store.layout.migrationBackupsDirectory)
        #expect(backups == ["before-jobsag.case-v6-20260921T142320Z.tar.gz"])
        let archive = store.layout.migrationBackupsDirectory + "/" + backups[0]
        #expect(StoreFixtures.mode(archive) == 0o600)
        let restored = directory.sub("restored")
        _ = try FileStore.restore(from: archive, into: restored)
        #expect(try StoreFixtures.read(restored + "/cases/S-000042.json") == old)

        // The next migrating save takes no second copy.
        try StoreFixtures.write(old.replacing(Data("S-000042".utf8), with: Data("S-000043".utf8)), to: store.layout.caseFile("S-000043"))
        _ = try store.save(try store.loadCase(id: "S-000043"), by: "MHJ", at: TestTime.at(700))
        #expect(try FileSystem.list(store.layout.migrationBackupsDirectory).count == 1)
        #expect(FileStore.validate(directory: data).isEmpty)
    }

    @Test func aVersion2FileMustHaveTheChangeStamp() throws {
        let text = String(decoding: try StoreFixtures.fixture("case-v1.json"), as: UTF8.self)
            .replacingOccurrences(of: "\"version\" : 1", with: "\"version\" : 2")
        let result = CaseFileCoding.decode(Data(text.utf8), path: "cases/S-000042.json", fileCaseID: "S-000042")
        guard case .failure(let problem) = result else {
            Issue.record("a v2 file without lastChange was accepted")
            return
        }
        #expect(problem.detail.da == "feltet »lastChange« mangler")
        #expect(problem.position == TextPosition(line: 1, column: 1))
    }

    @Test func theVersion2FixtureReadsWithoutNotesAndIsWrittenAsVersion6WhenSaved() throws {
        let directory = TemporaryDirectory()
        defer { directory.remove() }
        let store = try StoreFixtures.makeStore(in: directory.sub("data"), count: 1)
        let old = try StoreFixtures.fixture("case-v2.json")
        let decoded = try CaseFileCoding.decode(old, path: "x", fileCaseID: "S-000043").get()
        #expect(decoded.version == 2)
        #expect(decoded.value.lastChange == ChangeStamp(by: "SØK", at: Timestamp(iso: "2025-03-01T09:30:00Z") ?? TestTime.created))
        #expect(decoded.value.notes.isEmpty)

        let path = store.layout.caseFile("S-000043")
        try StoreFixtures.write(old, to: path)
        var loaded = try store.loadCase(id: "S-000043")
        #expect(try StoreFixtures.read(path) == old)  // reading never rewrites
        let today = CopenhagenTime.date(at: TestTime.at(600))
        loaded.notes.append(JournalNote(id: "n9", date: today, author: "MHJ", subject: "Første notat", text: "Skrevet efter opgraderingen."))
        _ = try store.save(loaded, by: "MHJ", at: TestTime.at(600))
        let text = String(decoding: try StoreFixtures.read(path), as: UTF8.self)
        #expect(text.hasPrefix("{\n  \"format\" : \"jobsag.case\",\n  \"version\" : 6,\n"))
        #expect(try store.loadCase(id: "S-000043").notes.map(\.subject) == ["Første notat"])
        #expect(try FileSystem.list(store.layout.migrationBackupsDirectory) == ["before-jobsag.case-v6-20260921T142320Z.tar.gz"])
    }

    @Test func theVersion3FixtureReadsItsNotesAndRoundTrips() throws {
        let data = try StoreFixtures.fixture("case-v3.json")
        let decoded = try CaseFileCoding.decode(data, path: "x", fileCaseID: "S-000044").get()
        #expect(decoded.version == 3)
        #expect(decoded.value.notes.map(\.id) == ["n1", "n2"])
        #expect(decoded.value.notes[0].text.contains("Åse kan arbejde 15 timer om ugen.\n"))
        #expect(decoded.value.notes[1].corrects == "n1")
        #expect(decoded.value.notes[0].corrects == nil)
        let encoded = try CaseFileCoding.encode(decoded.value, path: "x")
        let again = try CaseFileCoding.decode(encoded, path: "x", fileCaseID: "S-000044").get()
        #expect(again.value == decoded.value)
    }

    /// Version 4 keeps the earlier decisions on a § 40 a approval; a version 3 file has none.
    @Test func theVersion4FixtureKeepsTheEarlierApprovalDecisions() throws {
        let older = try CaseFileCoding.decode(try StoreFixtures.fixture("case-v3.json"), path: "x", fileCaseID: "S-000044").get()
        #expect(older.version == 3)
        #expect(older.value.sanctions.allSatisfy { $0.earlierApprovals.isEmpty })
        let data = try StoreFixtures.fixture("case-v4.json")
        let decoded = try CaseFileCoding.decode(data, path: "x", fileCaseID: "S-000045").get()
        #expect(decoded.version == 4)
        let sanction = try #require(decoded.value.sanctions.first)
        #expect(sanction.approval == SanctionDecision.Approval(
            by: "FKØ", date: SampleCases.date("2025-03-12"), approved: false, note: "Advarslen efter § 35 stk. 2 mangler i sagen."))
        #expect(sanction.earlierApprovals == [SanctionDecision.Approval(
            by: "TLØ", date: SampleCases.date("2025-03-11"), approved: true, note: "Godkendt på det foreliggende grundlag.")])
        let again = try CaseFileCoding.decode(try CaseFileCoding.encode(decoded.value, path: "x"), path: "x", fileCaseID: "S-000045").get()
        #expect(again.value == decoded.value)
        #expect(StoreDocument.newerVersion(in: data, than: DocumentFormat(name: "jobsag.case", version: 3)) == 4)
    }

    /// Version 5 keeps the case's closings (a reopened one and the one in force) and its
    /// transfers; a version 4 file was never closed nor transferred.
    @Test func theVersion5FixtureKeepsClosingsAndTransfers() throws {
        let older = try CaseFileCoding.decode(try StoreFixtures.fixture("case-v4.json"), path: "x", fileCaseID: "S-000045").get()
        #expect(older.version == 4)
        #expect(older.value.closings.isEmpty && older.value.transfers.isEmpty && !older.value.isClosed)
        let data = try StoreFixtures.fixture("case-v5.json")
        let decoded = try CaseFileCoding.decode(data, path: "x", fileCaseID: "S-000046").get()
        #expect(decoded.version == 5)
        let value = decoded.value
        #expect(value.closings.map(\.reason) == [.job, .other])
        #expect(value.closings.first?.reopened == SampleCases.date("2025-05-02"))
        #expect(value.currentClosing?.date == SampleCases.date("2025-06-30"))
        #expect(value.closingDate(asOf: SampleCases.date("2025-07-01")) == SampleCases.date("2025-06-30"))
        #expect(value.closingDate(asOf: SampleCases.date("2025-06-29")) == nil)
        #expect(value.transfers == [CaseTransfer(id: "o1", date: SampleCases.date("2025-05-05"), from: "MHJ", to: "SØK", by: "MHJ")])
        let again = try CaseFileCoding.decode(try CaseFileCoding.encode(value, path: "x"), path: "x", fileCaseID: "S-000046").get()
        #expect(again.value == value)
        #expect(StoreDocument.newerVersion(in: data, than: DocumentFormat(name: "jobsag.case", version: 4)) == 5)
    }

    /// Version 6 keeps the booked meetings (held, no-show, cancelled and still booked, with
    /// the conversation and absence they name); a version 5 file has none.
    @Test func theVersion6FixtureKeepsTheMeetings() throws {
        let older = try CaseFileCoding.decode(try StoreFixtures.fixture("case-v5.json"), path: "x", fileCaseID: "S-000046").get()
        #expect(older.version == 5 && older.value.meetings.isEmpty)
        let data = try StoreFixtures.fixture("case-v6.json")
        let decoded = try CaseFileCoding.decode(data, path: "x", fileCaseID: "S-000047").get()
        #expect(decoded.version == 6)
        let meetings = decoded.value.meetings
        #expect(meetings.map(\.state) == [.held, .noShow, .cancelled, .booked])
        #expect(meetings.map(\.time.text) == ["10:00", "14:30", "09:15", "13:00"])
        #expect(meetings.map(\.revision) == [1, 0, 2, 0])
        #expect(meetings[0].conversationID == "k1" && meetings[1].absenceID == "u1" && meetings[1].selfBooked)
        #expect(decoded.value.bookedMeetings.map(\.id) == ["b4"])
        let again = try CaseFileCoding.decode(try CaseFileCoding.encode(decoded.value, path: "x"), path: "x", fileCaseID: "S-000047").get()
        #expect(again.value == decoded.value)
        #expect(StoreDocument.newerVersion(in: data, than: DocumentFormat(name: "jobsag.case", version: 5)) == 6)
    }

    /// A time that is no minute of a day (1440) is refused where it stands.
    @Test func aMeetingTimeOutOfRangeIsRefused() throws {
        let text = String(decoding: try StoreFixtures.fixture("case-v6.json"), as: UTF8.self)
            .replacingOccurrences(of: "\"time\" : 600", with: "\"time\" : 1440")
        #expect(throws: (any Error).self) { try CaseFileCoding.decode(Data(text.utf8), path: "x", fileCaseID: "S-000047").get() }
    }

    /// A program of version 2 would drop the notes when it saved a case: it refuses the file.
    @Test func aVersion3FileIsNewerThanAVersion2Reader() throws {
        let data = try StoreFixtures.fixture("case-v3.json")
        #expect(StoreDocument.newerVersion(in: data, than: DocumentFormat(name: "jobsag.case", version: 2)) == 3)
    }

    @Test func aNewerStoreFileIsRefusedAndNeverRewritten() throws {
        let directory = TemporaryDirectory()
        defer { directory.remove() }
        let store = try StoreFixtures.makeStore(in: directory.path, count: 1)
        let newerCaseworkers = Data("{\"format\":\"jobsag.caseworkers\",\"version\":5,\"caseworkers\":[],\"teams\":[]}".utf8)
        try StoreFixtures.write(newerCaseworkers, to: store.layout.caseworkersFile)
        let error = storeError { () throws(StoreError) in
            try store.changeCaseworkers(.set("MHJ", name: "Ny", role: nil, team: nil, login: nil), by: "MHJ", at: TestTime.at(1))
        }
        #expect(error == .newerFormat(path: store.layout.caseworkersFile, found: 5, supported: 2))
        #expect(try StoreFixtures.read(store.layout.caseworkersFile) == newerCaseworkers)
        let reading = storeError { () throws(StoreError) in try store.caseworkers() }
        #expect(reading?.problem?.kind == .newerVersion)
    }
}
