import Foundation
import Glibc
import Testing
import TerminalKit

/// DisplayWidth against what the terminal program's curses lays a screen out with: glibc's
/// `wcwidth` under C.UTF-8, called here through the C library. Compared over Danish names,
/// emoji with and without VS16, every character in the UI's strings, the demo's word lists
/// and the program's sources, and every code point glibc can print.
@Suite struct DisplayWidthGlibcTests {
    static let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// glibc's `wcwidth`, found in the running C library.
    private typealias WidthFunction = @convention(c) (wchar_t) -> Int32

    /// Runs `body` with glibc's `wcwidth` in the C.UTF-8 locale. The locale is set for this
    /// thread only (`uselocale`, the thread-safe form of `setlocale`): tests run in parallel.
    private func withGlibcWidths(_ body: (_ wcwidth: (UInt32) -> Int) throws -> Void) throws {
        let symbol = try #require(dlsym(dlopen(nil, RTLD_NOW), "wcwidth"), "glibc has no wcwidth")
        let wcwidth = unsafeBitCast(symbol, to: WidthFunction.self)
        let utf8 = try #require(newlocale(LC_CTYPE_MASK, "C.UTF-8", nil), "the C.UTF-8 locale is missing")
        let previous = uselocale(utf8)
        defer {
            uselocale(previous)
            freelocale(utf8)
        }
        try body { Int(wcwidth(wchar_t(bitPattern: $0))) }
    }

    /// The columns curses gives a grapheme: the sum of glibc's widths of what a cell holds
    /// (`terminalForm`); nil when glibc cannot print a character of it.
    private func cursesWidth(_ character: Character, _ wcwidth: (UInt32) -> Int) -> Int? {
        var total = 0
        for scalar in DisplayWidth.terminalForm(character).unicodeScalars {
            let width = wcwidth(scalar.value)
            guard width >= 0 else { return nil }
            total += width
        }
        return total
    }

    /// Checks every grapheme of `texts` (controls aside) and the texts' whole widths.
    private func expectAgreement(_ texts: [String], _ wcwidth: (UInt32) -> Int, sourceLocation: SourceLocation = #_sourceLocation) {
        for text in texts {
            var total = 0
            for character in text where character.unicodeScalars.first?.properties.generalCategory != .control {
                let glibc = cursesWidth(character, wcwidth)
                #expect(glibc == DisplayWidth.of(character),
                        "\(character) \(character.unicodeScalars.map { String($0.value, radix: 16) }) in \"\(text)\"",
                        sourceLocation: sourceLocation)
                total += glibc ?? 0
            }
            let shown = String(text.filter { $0.unicodeScalars.first?.properties.generalCategory != .control })
            #expect(DisplayWidth.of(shown) == total, "\"\(text)\"", sourceLocation: sourceLocation)
        }
    }

    @Test func danishNamesTakeTheColumnsGlibcGivesThem() throws {
        try withGlibcWidths { wcwidth in
            expectAgreement([
                "Søren Ærø Åsmussen", "Bjarne A\u{030A}kjær", "Mølgaard-Lærkesen", "Øjvind Æbelø", "Åse Bøgh-Jæger",
                "René Müller", "Zoë Ørsted", "Nuuk Kalaallit Nunaat", "Gorm Østergaard", "Ærøskøbing",
            ], wcwidth)
        }
    }

    @Test func emojiWithAndWithoutVS16() throws {
        try withGlibcWidths { wcwidth in
            let emoji = [
                "❤", "❤️", "⚠", "⚠️", "✔", "✔️", "☺", "☺️", "✏", "✏️", "☀", "☀️", "✈", "✈️", "©️", "™️", "➡️", "↔️",
                "⌚", "⌚️", "✅", "❌", "👍", "👍🏽", "😀", "🎉", "👩‍👩‍👧", "🇩🇰", "1️⃣", "🏳️‍🌈",
            ]
            expectAgreement(emoji, wcwidth)
            expectAgreement(["Ring ❤️ til Ærø ⚠️ i dag ✔️ 👍 ok"], wcwidth)
        }
        // The sequences issue 16 names: 1 column (curses draws the character without VS16).
        for text in ["❤️", "⚠️", "✔️"] {
            #expect(DisplayWidth.of(text) == 1)
            #expect(DisplayWidth.terminalForm(Character(text)).unicodeScalars.count == 1)
        }
    }

    @Test func theYijingHexagramsAreWide() throws {
        let hexagrams = (0x4DC0...0x4DFF).compactMap(Unicode.Scalar.init).map { String(Character($0)) }
        #expect(hexagrams.count == 64)
        #expect(hexagrams.allSatisfy { DisplayWidth.of($0) == 2 })
        try withGlibcWidths { wcwidth in expectAgreement(hexagrams, wcwidth) }
    }

    /// Every character of the UI's strings, the demo's word lists and the program's sources
    /// (which hold the symbols the views draw: borders, arrows, marks).
    @Test func everySymbolTheProgramDraws() throws {
        var characters = Set<Character>()
        for directory in ["Resources", "Sources"] {
            let root = Self.repositoryRoot.appendingPathComponent(directory)
            let files = try #require(FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil))
            for case let file as URL in files where ["json", "swift"].contains(file.pathExtension) {
                for character in try String(contentsOf: file, encoding: .utf8) where !character.isASCII {
                    characters.insert(character)
                }
            }
        }
        #expect(characters.isSuperset(of: ["æ", "ø", "å", "─", "│", "┌", "…", "·", "✓", "✗", "●", "○", "▶", "⧗"]))
        try withGlibcWidths { wcwidth in expectAgreement(characters.sorted().map { String($0) }, wcwidth) }
    }

    /// The table (scripts/display-widths.py) against the running glibc over every code point
    /// it can print; after a glibc update, run the script again.
    @Test func everyPrintableCodePoint() throws {
        try withGlibcWidths { wcwidth in
            var disagreements: [String] = []
            for value in UInt32(0x20)...0x10FFFF {
                guard let scalar = Unicode.Scalar(value) else { continue }
                let glibc = wcwidth(value)
                if glibc >= 0, glibc != DisplayWidth.scalarWidth(scalar) { disagreements.append(String(value, radix: 16)) }
            }
            #expect(disagreements.isEmpty, "regenerate Sources/TerminalKit/DisplayWidthTable.swift: \(disagreements.prefix(20))")
        }
    }
}
