import JobsagCore
import JobsagRules
import TerminalKit
import Testing
@testable import JobsagApp

/// Booked meetings in the app: `b` books (the day, then the time, with Danish messages for a
/// wrong time or a day in the past), the agenda lists the meeting at its time, `h` opens the
/// conversation form filled from the booking and saving it records the meeting as held, `U`
/// records a no-show, `C` cancels, `e` moves it, and `u` undoes each.
@Suite struct BookingTests {
    /// Books a meeting for S-000001 on `day` at `time` from the caseload.
    static func book(_ state: inout AppState, day: String = "25.11.2026", time: String = "10:00") throws -> Case {
        try CaseLifeTests.select("S-000001", in: &state)
        state.send(.character("b"))
        #expect(state.form?.kind == .booking)
        #expect(state.form?.fields.first?.id == "date" && state.form?.fields[1].id == "time")
        state.apply([.text("date", day), .text("time", time), .text("place", "Jobcentret, mødelokale 3")])
        let effects = state.save()
        let stored = state.store(effects)
        return try #require(stored)
    }

    @Test func theFormChecksTheTimeAndTheDay() throws {
        var state = CaseLifeTests.state()
        try CaseLifeTests.select("S-000001", in: &state)
        state.send(.character("b"))
        #expect(state.form?.title == "Book møde")
        Golden.check(state.view(), "form-booking-80x24")
        state.apply([.text("time", "25:00")])
        #expect(state.leave("time") == "»25:00« findes ikke: timer 0–23, minutter 0–59.")
        state.apply([.text("time", "kl ti")])
        #expect(state.leave("time") == "»kl ti« er ikke et klokkeslæt; skriv fx 10:00.")
        state.apply([.text("time", "10:00"), .text("date", "20.11.2026")])
        #expect(state.leave("date") == "Et møde kan ikke bookes i fortiden.")
        #expect(savedCases(state.save()).isEmpty)
        // The kind is the group's next, as the conversation form has it; the form the citizen's.
        #expect(state.form?.choice("kind") == "jobsamtale" && state.form?.choice("form") == "fysisk")
    }

    @Test func aBookedMeetingIsInTheAgendaAtItsTimeAndHeldWithOneKey() throws {
        var state = CaseLifeTests.state(size: Size(width: 160, height: 45))
        let booked = try Self.book(&state)
        let meeting = try #require(booked.meetings.first)
        #expect(meeting.time.text == "10:00" && meeting.state == .booked && meeting.bookedBy == "MHJ" && meeting.bookedOn == Fixtures.asOf)
        #expect(state.message?.text == "Gemt: møde 25.11.2026 kl. 10:00 booket for Søren Ærø Andersen")

        state.send(.character("a"))
        let screen = state.view().plainText
        let line = screen.split(separator: "\n").first { $0.contains("◷  25.11.26 10:00 Søren Ærø Andersen") }
        #expect(line?.hasSuffix("Møde: jobsamtale, fysisk, Jobcentret, mødelokale 3") == true, "\(screen)")
        Golden.check(state.view(), "agenda-meeting-160x45")
        let index = try #require(state.agenda.lines.firstIndex { line in
            if case .item(let item) = line, case .meeting = item.due.source { return true }
            return false
        })
        state.agenda.scroll.select(index, count: state.agenda.lines.count, pageHeight: 30)
        #expect(state.view().plainText.contains("h holdt  U udeblevet  C aflys"))

        // h: the conversation form, filled from the booking; saving records the meeting held.
        state.send(.character("h"))
        #expect(state.form?.kind == .conversation)
        #expect(state.form?.intro.first?.text == "Fra bookingen 25.11.2026 kl. 10:00 (jobsamtale). Når samtalen gemmes, registreres mødet som holdt.")
        #expect(state.form?.text("date") == "23.11.2026")  // held before its day: today
        state.apply([.text("summary", "Gennemgik jobsøgningen.")])
        let heldEffects = state.save()
        let heldStored = state.store(heldEffects)
        let held = try #require(heldStored)
        let conversationID = try #require(held.meetings.first?.conversationID)
        #expect(held.meetings.first?.state == .held)
        #expect(held.conversations.contains { $0.id == conversationID && $0.summary == "Gennemgik jobsøgningen." })
        #expect(!state.agenda.lines.contains { line in
            if case .item(let item) = line, case .meeting = item.due.source { return true }
            return false
        })
    }

    @Test func aNoShowIsAnAbsenceAndCancelMoveAndUndoWorkInTheCase() throws {
        var state = CaseLifeTests.state()
        _ = try Self.book(&state, day: "23.11.2026", time: "9:30")
        _ = state.openCase("S-000001", tab: .conversations)
        #expect(state.selectedMeeting?.meeting.time.text == "09:30")
        #expect(state.view().plainText.contains("23.11.26 Jobsamtale  fysisk    booket    kl. 09:30 · Jobcentret, mødelokale 3"))

        // U: an absence from the meeting on its day; u takes it back.
        let noShowEffects = state.send(.character("U"))
        let absent = try #require(savedCases(noShowEffects).first)
        #expect(absent.meetings.first?.state == .noShow)
        #expect(absent.absences.last?.from == absent.meetings.first?.id && absent.absences.last?.reasonableCause == .ukendt)
        state.store(noShowEffects)
        let undoEffects = state.send(.character("u"))
        #expect(savedCases(undoEffects).first?.meetings.first?.state == .booked)
        state.store(undoEffects)

        // e: moved to 11:00 (one revision); C: cancelled (another).
        _ = state.openCase("S-000001", tab: .conversations)
        state.send(.character("e"))
        #expect(state.form?.kind == .booking && state.form?.title == "Flyt møde")
        state.apply([.text("time", "11:00")])
        let movedEffects = state.save()
        let movedStored = state.store(movedEffects)
        #expect(try #require(movedStored).meetings.first?.revision == 1)
        #expect(state.message?.text == "Gemt: møde flyttet til 23.11.2026 kl. 11:00")
        let cancelEffects = state.send(.character("C"))
        let cancelled = savedCases(cancelEffects)
        #expect(cancelled.first?.meetings.first?.state == .cancelled && cancelled.first?.meetings.first?.revision == 2)
        state.store(cancelEffects)
        state.send(.character("C"))
        #expect(state.message?.text == "Mødet er aflyst.")
    }
}
