import Foundation
import Testing

/// Keys as terminals send them, whatever TERM says: every common encoding of Home, End, the
/// arrows (plain and modified), Delete, Insert, PgUp, PgDn and F1-F4 reaches a form as its
/// key, and unknown escape sequences are swallowed (never Esc plus letters that close the
/// form or run commands). One program start per terminal type.
@Suite(.serialized) struct KeyEncodingEndToEndTests {
    /// Where the cursor is before the key is sent: after or before "ab cd ef".
    enum Start { case atEnd, atStart }

    /// Bytes after Esc (one key, or several for Down then Up), where the cursor starts, and
    /// the name field's text after the key and a marker typed after it (`_` is the marker).
    static let cases: [(keys: [String], start: Start, expected: String)] = {
        func each(_ encodings: [String], _ start: Start, _ expected: String) -> [([String], Start, String)] {
            encodings.map { ([$0], start, expected) }
        }
        return each(["[1~", "[7~", "[H", "OH", "[1;5H", "[1;2H", "[1;5~"], .atEnd, "_ab cd ef")
            + each(["[4~", "[8~", "[F", "OF", "[1;5F", "[4;2~"], .atStart, "ab cd ef_")
            + each(["[D", "OD", "[1;2D"], .atEnd, "ab cd e_f")
            + each(["[C", "OC", "[1;2C"], .atStart, "a_b cd ef")
            + each(["[1;5D", "[1;3D", "b"], .atEnd, "ab cd _ef")
            + each(["[1;5C", "[1;3C", "f"], .atStart, "ab_ cd ef")
            + each(["[3~", "[3;5~"], .atStart, "_b cd ef")
            // Keys a form has no use for, and sequences no key sends: nothing happens.
            + each(["[2~", "[5~", "[6~", "OP", "OQ", "OR", "OS", "[11~", "[12~", "[13~", "[14~",
                    "[[A", "[[B", "[[C", "[[D", "[99~", "[200~", "[201~", "[1;9Z", "[?62;22c"], .atEnd, "ab cd ef_")
            // Down to the next field and Up again.
            + [(["[B", "[A"], .atEnd, "ab cd ef_"), (["OB", "OA"], .atEnd, "ab cd ef_"), (["[1;2B", "[1;5A"], .atEnd, "ab cd ef_")]
    }()

    @Test(arguments: ["xterm-256color", "screen-256color", "tmux-256color", "linux"])
    func everyEncodingWorksInAForm(terminalType: String) throws {
        let terminfo = try Tmux.executeWithStatus("/usr/bin/infocmp", [terminalType])
        try #require(terminfo.status == 0, "no terminfo entry for \(terminalType) (Debian's ncurses-base has it): \(terminfo.error)")
        let tmux = try Tmux(width: 100, height: 30, extraEnvironment: ["TERM": terminalType])
        try CaseloadEndToEndTests.makeDemo(tmux, cases: 30)
        try tmux.shell("jobsag")
        try tmux.waitFor(text: "Sagsstamme")

        // F1 opens the help in every encoding; a lone Esc closes it.
        for f1 in ["OP", "[11~", "[[A"] {
            try tmux.sendBytes("\u{1B}" + f1)
            try tmux.waitFor("the help after ESC \(f1)") { $0.contains("Hjælp ·") }
            try tmux.press("Escape")
            try tmux.waitFor("the help closed after ESC \(f1)") { !$0.contains("Hjælp ·") && $0.contains("Sagsstamme") }
        }
        // Unknown sequences run no command: the `a` of the first would open the agenda, where
        // `/` filters nothing.
        for unknown in ["[1;9a", "[200~", "[?62;22c"] { try tmux.sendBytes("\u{1B}" + unknown) }
        try tmux.press("/")
        try tmux.type("zz")
        try tmux.waitFor(text: "Filter: zz")
        try tmux.press("Escape")
        try tmux.waitFor("the filter cleared") { !$0.contains("Filter: zz") }

        try tmux.press("n")
        try tmux.waitFor(text: "Ny sag")
        for (index, example) in Self.cases.enumerated() {
            try tmux.press("C-e", "C-u")
            try tmux.type("ab cd ef")
            if example.start == .atStart { try tmux.press("C-a") }
            for key in example.keys { try tmux.sendBytes("\u{1B}" + key) }
            let marker = "<\(index)>"
            try tmux.type(marker)
            let expected = example.expected.replacingOccurrences(of: "_", with: marker)
            try tmux.waitFor("\(expected) after ESC \(example.keys.joined(separator: " ESC ")) under \(terminalType)") {
                $0.contains(expected) && $0.contains("Ny sag")
            }
        }

        // A lone Esc still leaves the form (after asking, as something was typed).
        try tmux.press("Escape")
        try tmux.waitFor(text: "Kassér det, du har skrevet?")
        try tmux.press("j")
        try tmux.waitFor("the caseload without the form") { $0.contains("Sagsstamme") && !$0.contains("Ny sag") }
    }
}
