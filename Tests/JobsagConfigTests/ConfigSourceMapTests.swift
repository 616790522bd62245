import Testing
import JobsagConfig
import JobsagStore

/// The line locator: where keys and values stand in the forms of TOML a user writes.
@Suite struct ConfigSourceMapTests {
    private func key(_ text: String, _ keys: String...) -> TextPosition? {
        ConfigSourceMap(text: text).keyPosition(of: ConfigPath(keys: keys))
    }

    @Test func findsTopLevelKeysAfterCommentsAndBlankLines() {
        let text = "# mine indstillinger\n\nlanguage = \"da\"\n  theme=\"high-contrast\" # kontrast\n"
        #expect(key(text, "language") == TextPosition(line: 3, column: 1))
        #expect(key(text, "theme") == TextPosition(line: 4, column: 3))
        #expect(ConfigSourceMap(text: text).valuePosition(of: ConfigPath(keys: ["theme"])) == TextPosition(line: 4, column: 9))
    }

    @Test func findsKeysInTablesByTheirHeader() {
        let text = "mouse = true\n[keys]\nfilter = \"F3\"\n\n[ \"keys\" ]\n"
        #expect(key(text, "keys") == TextPosition(line: 2, column: 2))
        #expect(key(text, "keys", "filter") == TextPosition(line: 3, column: 1))
        #expect(key(text, "filter") == nil)
    }

    @Test func findsDottedAndQuotedKeysAndTheirPrefixes() {
        let text = "keys.filter = \"/\"\n\"keys\" . 'help' = \"?\"\n[a.\"b c\"]\nd = 1\n"
        #expect(key(text, "keys", "filter") == TextPosition(line: 1, column: 1))
        #expect(key(text, "keys") == TextPosition(line: 1, column: 1))
        #expect(key(text, "keys", "help") == TextPosition(line: 2, column: 1))
        #expect(key(text, "a", "b c", "d") == TextPosition(line: 4, column: 1))
    }

    @Test func findsArrayElementsAndInlineTableKeysAcrossLines() {
        let text = "[keys]\nfilter = [\n  \"/\", # første\n  7,\n]\nlist = { up = \"k\", down = 'j' }\nafter = 1\n"
        let map = ConfigSourceMap(text: text)
        #expect(map.valuePosition(of: ConfigPath(keys: ["keys", "filter"]).appending(index: 1)) == TextPosition(line: 4, column: 3))
        #expect(map.keyPosition(of: ConfigPath(keys: ["keys", "list", "down"])) == TextPosition(line: 6, column: 20))
        #expect(map.keyPosition(of: ConfigPath(keys: ["keys", "after"])) == TextPosition(line: 7, column: 1))
    }

    @Test func skipsStringsThatLookLikeKeysOrHeaders() {
        let text = "a = \"\"\"\n[not]\nx = 1\n\"\"\"\nb = '''ø''' \nc = \"\\\"[x]\"\nd = 2\n"
        #expect(key(text, "not") == nil)
        #expect(key(text, "x") == nil)
        #expect(key(text, "b") == TextPosition(line: 5, column: 1))
        #expect(key(text, "d") == TextPosition(line: 7, column: 1))
    }

    @Test func countsColumnsInCharactersNotBytes() {
        let text = "\"æøå\" = 1\n\"æ\".\"ø\" = 2\n"
        #expect(key(text, "æøå") == TextPosition(line: 1, column: 1))
        #expect(ConfigSourceMap(text: text).valuePosition(of: ConfigPath(keys: ["æ", "ø"])) == TextPosition(line: 2, column: 11))
    }
}
