import Testing
@testable import JobsagCore

@Suite struct DateInputTests {
    let today = CalendarDate("2026-11-23")!

    private func parse(_ text: String) -> CalendarDate? {
        try? DateInput.parse(text, today: today).get()
    }

    @Test func danishForms() {
        #expect(parse("22.11.2026") == CalendarDate("2026-11-22"))
        #expect(parse("22-11-2026") == CalendarDate("2026-11-22"))
        #expect(parse("22/11/2026") == CalendarDate("2026-11-22"))
        #expect(parse("1.2.26") == CalendarDate("2026-02-01"))
        #expect(parse("22/11") == CalendarDate("2026-11-22"))
        #expect(parse("2026-11-22") == CalendarDate("2026-11-22"))
    }

    @Test func relativeForms() {
        #expect(parse("i dag") == today)
        #expect(parse("I morgen") == CalendarDate("2026-11-24"))
        #expect(parse("i går") == CalendarDate("2026-11-22"))
        #expect(parse("+14") == CalendarDate("2026-12-07"))
        #expect(parse("-3") == CalendarDate("2026-11-20"))
    }

    @Test func leapDaysAndMonthEnds() {
        #expect(parse("29.02.2024") == CalendarDate("2024-02-29"))
        #expect(DateInput.parse("29.02.2025", today: today) == .failure(.impossibleDate))
        #expect(DateInput.parse("31.11.2026", today: today) == .failure(.impossibleDate))
        #expect(DateInput.parse("2026-02-30", today: today) == .failure(.impossibleDate))
        #expect(parse("31.12.2026") == CalendarDate("2026-12-31"))
    }

    @Test func rejectsWhatIsNotADate() {
        #expect(DateInput.parse("", today: today) == .failure(.empty))
        #expect(DateInput.parse("næste uge", today: today) == .failure(.unknownForm))
        #expect(DateInput.parse("22.11.202", today: today) == .failure(.unknownForm))
        #expect(DateInput.parse("١٢.١١.٢٠٢٦", today: today) == .failure(.unknownForm))
    }
}

@Suite struct CopenhagenTimeTests {
    @Test func summerAndWinterOffsets() {
        // 2026: CEST from 29 March 01:00 UTC to 25 October 01:00 UTC.
        #expect(CopenhagenTime.utcOffsetSeconds(at: Timestamp(iso: "2026-03-29T00:59:59Z")!) == 3600)
        #expect(CopenhagenTime.utcOffsetSeconds(at: Timestamp(iso: "2026-03-29T01:00:00Z")!) == 7200)
        #expect(CopenhagenTime.utcOffsetSeconds(at: Timestamp(iso: "2026-10-25T00:59:59Z")!) == 7200)
        #expect(CopenhagenTime.utcOffsetSeconds(at: Timestamp(iso: "2026-10-25T01:00:00Z")!) == 3600)
    }

    @Test func dateAfterMidnightLocal() {
        #expect(CopenhagenTime.date(at: Timestamp(iso: "2026-11-23T23:30:00Z")!) == CalendarDate("2026-11-24"))
        #expect(CopenhagenTime.date(at: Timestamp(iso: "2026-07-01T21:59:00Z")!) == CalendarDate("2026-07-01"))
        #expect(CopenhagenTime.date(at: Timestamp(iso: "2026-07-01T22:00:00Z")!) == CalendarDate("2026-07-02"))
    }
}
