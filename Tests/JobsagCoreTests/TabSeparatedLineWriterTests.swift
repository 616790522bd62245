import Foundation
import Testing
import JobsagCore

/// A line written field by field reads back field by field, with the same values.
@Suite struct TabSeparatedLineWriterTests {
    /// The line's fields read back, the line after a header as a cache file has it.
    private static func read(_ line: TabSeparatedLineWriter) -> [(text: String?, number: Int64?, plain: String?)] {
        var fields: [(text: String?, number: Int64?, plain: String?)] = []
        let file = Array("header\n".utf8) + line.bytes
        _ = file.withUnsafeBytes { bytes in
            TabSeparatedText.read(bytes, header: "header") { line in
                fields = (0..<line.count).map { (line.text($0), line.number($0), line.plain($0)) }
                return true
            }
        }
        return fields
    }

    @Test func numbersOfEveryMagnitudeAndSignReadBack() {
        let numbers = [0, 7, 10, 99, 1_234_567, -1, -42, Int.max, Int.min + 1]
        var line = TabSeparatedLineWriter()
        for number in numbers { line.number(number) }
        line.number(nil)
        let fields = Self.read(line)
        #expect(fields.map(\.number) == numbers.map(Int64.init) + [nil])
        #expect(fields.last?.plain == "-")
        var smallest = TabSeparatedLineWriter()
        smallest.number(Int.min)
        #expect(Self.read(smallest).first?.plain == String(Int.min))
    }

    @Test func textsWithEveryEscapeReadBackAsTheyWere() {
        let texts: [String?] = ["", "Søren Ærø Åsted", "100 %", "a\tb", "linje 1\nlinje 2", "CR LF\r\n", "%25 og %09 som tekst", nil, "👩‍👩‍👧"]
        var line = TabSeparatedLineWriter()
        for text in texts { line.text(text) }
        #expect(Self.read(line).map(\.text) == texts)
        #expect(!line.bytes.contains(0x0A) && line.bytes.filter { $0 == 0x09 }.count == texts.count - 1)
        #expect(TabSeparatedText.field("a\tb%") == "=a%09b%25")
    }

    @Test func datesFlagsAndListsTakeAFieldEach() {
        var line = TabSeparatedLineWriter()
        line.plain("K-1")
        line.date(CalendarDate("2026-12-06"))
        line.date(nil)
        line.flag(true)
        line.flag(false)
        line.list(["æ", "b"]) { line, item in line.text(item) }
        #expect(String(decoding: line.bytes, as: UTF8.self) == "K-1\t2026-12-06\t-\t1\t0\t2\t=æ\t=b")
    }
}
