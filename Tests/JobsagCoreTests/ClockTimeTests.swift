import Foundation
import JobsagCore
import Testing

/// A meeting's time of day: only minutes 0–1439 exist, typed times are read with Danish
/// messages, and a stored time out of range is refused.
@Suite struct ClockTimeTests {
    @Test func onlyMinutesOfADayExist() {
        #expect(ClockTime(minutesAfterMidnight: 0)?.text == "00:00")
        #expect(ClockTime(minutesAfterMidnight: 1439)?.text == "23:59")
        #expect(ClockTime(minutesAfterMidnight: 1440) == nil)
        #expect(ClockTime(minutesAfterMidnight: -1) == nil)
        #expect(ClockTime(hour: 24, minute: 0) == nil && ClockTime(hour: 10, minute: 60) == nil)
        #expect(ClockTime(clamping: Int.max).minutesAfterMidnight == 1439 && ClockTime(clamping: Int.min).minutesAfterMidnight == 0)
    }

    @Test func typedTimes() throws {
        for typed in ["10:00", "10.00", "1000", "10", " 10:00 "] {
            #expect(try ClockTime.parse(typed).get().text == "10:00", "\(typed)")
        }
        #expect(try ClockTime.parse("9:05").get().text == "09:05")
        #expect(ClockTime.parse("") == .failure(.empty))
        #expect(ClockTime.parse("25:00") == .failure(.outOfRange("25:00")))
        #expect(ClockTime.parse("10:75") == .failure(.outOfRange("10:75")))
        #expect(ClockTime.parse("ti") == .failure(.notATime("ti")))
        #expect(ClockTime.parse("10:0") == .failure(.notATime("10:0")))
        #expect(ClockTime.parse("99999999999999999999") == .failure(.notATime("99999999999999999999")))
        #expect(ClockTimeProblem.outOfRange("25:00").message.da == "»25:00« findes ikke: timer 0–23, minutter 0–59.")
    }

    @Test func aStoredTimeOutOfRangeIsRefused() throws {
        #expect(try JSONDecoder().decode([ClockTime].self, from: Data("[600]".utf8)) == [ClockTime(clamping: 600)])
        #expect(throws: DecodingError.self) { try JSONDecoder().decode([ClockTime].self, from: Data("[1440]".utf8)) }
        #expect(throws: DecodingError.self) { try JSONDecoder().decode([ClockTime].self, from: Data("[-5]".utf8)) }
        #expect(String(decoding: try JSONEncoder().encode([ClockTime(clamping: 615)]), as: UTF8.self) == "[615]")
    }
}
