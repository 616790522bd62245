import Foundation
import Testing
import CursesTerminal
import TerminalKit

/// Runs the real curses drawing on a terminal that writes to /dev/null and reads the
/// screen back with `mvinnwstr` (the technique of tig's test suite).
@Suite(.serialized) struct CursesReadBackTests {
    @Test func danishWideAndCombiningTextSurvivesTheRoundTrip() throws {
        setenv("TERM", "xterm-256color", 1)
        setlocale(LC_ALL, "C.UTF-8")
        let file = try #require(fopen("/dev/null", "w+"))
        defer { fclose(file) }
        let size = Size(width: 40, height: 5)
        let curses = CursesScreen.start(terminalType: "xterm-256color", file: file, size: size, colorEnabled: true)
        defer { curses.stop() }

        var buffer = CellBuffer(size: size)
        buffer.write("Søren Ærø Åsmussen", x: 0, y: 0, style: Style(foreground: .red, bold: true))
        buffer.write("Bjarne A\u{030A}kjær · 日本 · x", x: 2, y: 1)
        buffer.write("æøå ÆØÅ é ü", x: 0, y: 4, style: Style(reverse: true))
        curses.draw(buffer)

        #expect(curses.size == size)
        #expect(curses.readRow(0) == "Søren Ærø Åsmussen")
        let second = curses.readRow(1)
        #expect(second.hasPrefix("  Bjarne Åkjær"))
        #expect(second.contains("日本"))
        #expect(curses.readRow(4) == "æøå ÆØÅ é ü")
    }

    /// Emoji with VS16 and the Yijing hexagrams take the columns curses gives them, so the
    /// text after them stays where the layout put it; a character this C library cannot
    /// print is drawn as U+FFFD in its column.
    @Test func widthsAgreeWithCursesSoNothingShifts() throws {
        setenv("TERM", "xterm-256color", 1)
        let file = try #require(fopen("/dev/null", "w+"))
        defer { fclose(file) }
        let size = Size(width: 40, height: 3)
        let curses = CursesScreen.start(terminalType: "xterm-256color", file: file, size: size, colorEnabled: false)
        defer { curses.stop() }
        setlocale(LC_ALL, "C.UTF-8")

        var buffer = CellBuffer(size: size)
        buffer.write("❤️|⚠️|✔️|䷀|👍|Ærø", x: 0, y: 0)
        buffer.write("x", x: 1, y: 1)
        buffer.write("\u{0378}", x: 2, y: 1)
        buffer.write("y", x: 3, y: 1)
        curses.draw(buffer)
        #expect(curses.readRow(0) == "❤|⚠|✔|䷀|👍|Ærø")
        #expect(curses.readRow(1) == " x\u{FFFD}y")
    }
}
