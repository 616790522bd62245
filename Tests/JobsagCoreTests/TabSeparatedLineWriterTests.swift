import Foundation
import Testing
import JobsagCore

/// A line written field by field reads back field by field, with the same values.
@Suite struct TabSeparatedLineWriterTests {
    /// The line's fields read back, the line after a header as a cache file has it.
    private static func read(_ line: TabSeparatedLineWriter) -> [(text: String?, number: Int64?, plain: String?)] {
        let file = Array("header\n".utf8) + line.bytes
        return file.withUnsafeBytes { bytes in
            TabSeparatedText.firstLine(bytes, header: "header").map { line in
                (0..<line.count).map { (line.text($0), line.number($0), line.plain($0)) }
            } ?? []
        }
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

    /// Lines read on every core come back in the file's order, and one refused line refuses
    /// them all, as `read` does.
    @Test func linesReadOnEveryCoreKeepTheirOrderAndOneBadLineRefusesAll() throws {
        let numbers = (0..<5_000).map { "=n\($0)\t\($0)" }
        let file = Data(("header\n=key\n" + numbers.joined(separator: "\n") + "\n").utf8)
        let parse: @Sendable (TabSeparatedLine) -> Int64? = { $0.count == 2 ? $0.number(1) : nil }
        #expect(TabSeparatedText.parsedLines(file, header: "header", skipping: 1, parse) == (0..<5_000).map(Int64.init))
        #expect(TabSeparatedText.parsedLines(file, header: "header", parse) == nil, "the key line is not a number's")
        #expect(TabSeparatedText.parsedLines(file, header: "other", skipping: 1, parse) == nil)
        var damaged = numbers
        damaged[4_321] = "=n4321\tfire"
        let bad = Data(("header\n=key\n" + damaged.joined(separator: "\n")).utf8)
        #expect(TabSeparatedText.parsedLines(bad, header: "header", skipping: 1, parse) == nil)
        let key = file.withUnsafeBytes { TabSeparatedText.firstLine($0, header: "header")?.text(0) }
        #expect(key == "key")
    }
}
