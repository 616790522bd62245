import Foundation
import JobsagCore
import JobsagStore
import JobsagStoreTestSupport
import PostgresTestSupport
import Testing

/// Journal notes on both backends: kept with æ ø å and line breaks, changed by their author
/// on the day they were written and by no one after (the day of the save in Copenhagen), a
/// correction is a new note, and every refusal leaves the case and the audit log as they were.
@Suite(.enabled(if: TestCluster.shouldRun || Backend.allCases == [.files]))
struct JournalNoteConformanceTests {
    /// 2026-09-21 in Copenhagen, the day of `TestTime.created`.
    static let day = CopenhagenTime.date(at: TestTime.created)
    static let nextDay = TestTime.at(24 * 3600)

    static func note(_ id: EntryID, by author: Initials = "MHJ", on date: CalendarDate = day, _ subject: String = "Telefon fra Århus") -> JournalNote {
        JournalNote(id: id, date: date, author: author, subject: subject, text: "Søren ringede om praktikken.\nNy tid aftalt på Ærø.")
    }

    /// Why the store refused a save because of the notes; nil when it did not refuse so.
    static func refusal(_ body: () throws(StoreError) -> Case) -> JournalNoteLock.Violation.Reason? {
        guard case .journalNoteLocked(_, let violation)? = storeError(body) else { return nil }
        return violation.reason
    }

    /// The case with a note `n1` by MHJ added, saved the day of the note.
    static func withNote(_ caseID: CaseID, in fixture: StoreFixture) throws -> Case {
        var value = try fixture.first.loadCase(id: caseID)
        value.notes.append(note("n1"))
        return try fixture.first.save(value, by: "MHJ", at: TestTime.at(60))
    }

    @Test(arguments: Backend.allCases)
    func aNoteIsKeptAndItsAuthorChangesItTheSameDay(_ backend: Backend) throws {
        let fixture = try StoreFixture.make(backend)
        defer { fixture.remove() }
        var saved = try Self.withNote("S-000001", in: fixture)
        #expect(try fixture.second.loadCase(id: "S-000001").notes == [Self.note("n1")])
        saved.notes[0].text = "Søren ringede om praktikken hos Brødrene Østergård."
        saved = try fixture.first.save(saved, by: "MHJ", at: TestTime.at(3600))
        #expect(try fixture.second.loadCase(id: "S-000001").notes.first?.text == "Søren ringede om praktikken hos Brødrene Østergård.")
        let events = try fixture.second.auditEvents(caseID: "S-000001").events
        #expect(events.map(\.changes) == [[], ["notes[n1]"], ["notes[n1].text"]])
        saved.notes.removeAll()
        _ = try fixture.first.save(saved, by: "MHJ", at: TestTime.at(7200))
        #expect(try fixture.second.loadCase(id: "S-000001").notes.isEmpty)
    }

    @Test(arguments: Backend.allCases)
    func aNoteIsFixedAfterItsDayAndACorrectionIsANewNote(_ backend: Backend) throws {
        let fixture = try StoreFixture.make(backend)
        defer { fixture.remove() }
        let saved = try Self.withNote("S-000002", in: fixture)

        var changed = saved
        changed.notes[0].text = "Ændret dagen efter."
        var removed = saved
        removed.notes.removeAll()
        for attempt in [changed, removed] {
            let error = storeError { () throws(StoreError) in try fixture.first.save(attempt, by: "MHJ", at: Self.nextDay) }
            guard case .journalNoteLocked(let caseID, let violation)? = error else {
                Issue.record("a fixed note was changed: \(String(describing: error))")
                return
            }
            #expect(caseID == "S-000002" && violation.reason == .fixed)
            #expect(error?.message.da.contains("Journalnotatet fra 21.09.2026 af MHJ er låst") == true, "\(String(describing: error?.message.da))")
        }
        #expect(try fixture.second.loadCase(id: "S-000002") == saved)
        #expect(try fixture.second.auditEvents(caseID: "S-000002").events.count == 2)

        var corrected = saved
        let nextDay = CopenhagenTime.date(at: Self.nextDay)
        corrected.notes.append(JournalNote(
            id: "n2", date: nextDay, author: "MHJ", subject: "Rettelse: Telefon fra Århus", text: "Det var Aalborg.", corrects: "n1"))
        let after = try fixture.first.save(corrected, by: "MHJ", at: Self.nextDay)
        #expect(try fixture.second.loadCase(id: "S-000002").notes.map(\.id) == ["n1", "n2"])
        #expect(try fixture.second.loadCase(id: "S-000002").notes.first == saved.notes.first)
        #expect(try fixture.second.auditEvents(caseID: "S-000002").events.last?.changes == ["notes[n2]"])
        #expect(after.notes.last?.corrects == "n1")
    }

    @Test(arguments: Backend.allCases)
    func onlyTheAuthorChangesANoteAndNoOneWritesInAnothersName(_ backend: Backend) throws {
        let fixture = try StoreFixture.make(backend)
        defer { fixture.remove() }
        let saved = try Self.withNote("S-000003", in: fixture)

        var theirs = saved
        theirs.notes[0].subject = "Rettet af en kollega"
        #expect(Self.refusal { () throws(StoreError) in try fixture.second.save(theirs, by: "SØK", at: TestTime.at(120)) } == .notTheAuthor)
        var forged = saved
        forged.notes.append(Self.note("n2", by: "MHJ"))
        #expect(Self.refusal { () throws(StoreError) in try fixture.second.save(forged, by: "SØK", at: TestTime.at(180)) } == .writtenInAnothersName)
        var redated = saved
        redated.notes[0].date = CopenhagenTime.date(at: Self.nextDay)
        #expect(Self.refusal { () throws(StoreError) in try fixture.first.save(redated, by: "MHJ", at: TestTime.at(240)) } == .dateOrAuthorChanged)

        // A colleague's own note beside it is theirs to write.
        var beside = saved
        beside.notes.append(Self.note("n3", by: "SØK", "Dækker for MHJ"))
        _ = try fixture.second.save(beside, by: "SØK", at: TestTime.at(300))
        #expect(try fixture.first.loadCase(id: "S-000003").notes.map(\.author) == ["MHJ", "SØK"])
        #expect(try fixture.first.auditEvents(caseID: "S-000003").events.count == 3)
    }

    @Test(arguments: Backend.allCases)
    func aNewCaseWithANoteInAnothersNameIsRefused(_ backend: Backend) throws {
        let fixture = try StoreFixture.make(backend)
        defer { fixture.remove() }
        var value = SampleCases.make(number: 60, seed: 5)
        value.notes = [Self.note("n1", by: "SØK")]
        #expect(Self.refusal { () throws(StoreError) in try fixture.first.create(value, by: "MHJ", at: TestTime.at(5)) } == .writtenInAnothersName)
        #expect(try fixture.first.caseSummaries().count == 3)
        value.notes = [Self.note("n1", by: "MHJ")]
        let created = try fixture.first.create(value, by: "MHJ", at: TestTime.at(6))
        #expect(try fixture.second.loadCase(id: created.id).notes == [Self.note("n1", by: "MHJ")])
    }
}
