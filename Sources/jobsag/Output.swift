import Foundation
import JobsagStore
import TerminalKit

/// What the commands write for people and scripts: text from the store (a name, a note, a
/// round's title) can hold control characters, so every line goes out with them escaped
/// (`ControlCharacters`) and cannot move the cursor or command the terminal.
enum Output {
    /// A line on standard output.
    static func line(_ text: String) {
        write(text + "\n")
    }

    /// Text on standard output as it is (it brings its own line ends).
    static func write(_ text: String) {
        FileHandle.standardOutput.write(Data(ControlCharacters.escaped(text).utf8))
    }

    /// A line on the terminal that the next output replaces: what the program is doing
    /// before its first frame.
    static func transientLine(_ text: String) {
        FileHandle.standardOutput.write(Data((ControlCharacters.escaped(text) + "\r").utf8))
    }

    /// Erases the transient line (ECMA-48 EL: the whole line), the cursor at its start.
    static func eraseTransientLine() {
        FileHandle.standardOutput.write(Data("\r\u{1B}[2K".utf8))
    }

    /// A line on standard error, after `jobsag: `.
    static func warning(_ text: String) {
        FileHandle.standardError.write(Data(ControlCharacters.escaped("jobsag: " + text + "\n").utf8))
    }

    /// The store's problems that do not stop the command (a file that cannot be read), each a line on standard error.
    static func warnings(_ problems: [StoreProblem]) {
        for problem in problems { warning(problem.message.da) }
    }
}
