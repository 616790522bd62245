import Foundation

/// An editable line of text that moves by whole graphemes (æ, å with a combining ring,
/// emoji), normalised to NFC as it is typed.
public struct TextInput: Hashable, Sendable {
    public private(set) var characters: [Character]
    /// The cursor, as a grapheme offset (0 ... characters.count).
    public private(set) var cursor: Int

    public init(_ text: String = "") {
        characters = Array(TextInput.normalize(text))
        cursor = characters.count
    }

    public var text: String { String(characters) }
    public var isEmpty: Bool { characters.isEmpty }

    public mutating func setText(_ text: String) {
        characters = Array(TextInput.normalize(text))
        cursor = characters.count
    }

    // MARK: Editing

    /// Inserts text at the cursor. A combining mark typed after a letter joins it.
    public mutating func insert(_ text: String) {
        let before = String(characters[..<cursor]) + text
        let after = String(characters[cursor...])
        let normalizedBefore = TextInput.normalize(before)
        characters = Array(TextInput.normalize(normalizedBefore + after))
        cursor = min(characters.count, normalizedBefore.count)
    }

    /// Puts the cursor at a grapheme offset (clamped to the text).
    public mutating func setCursor(_ position: Int) {
        cursor = min(max(0, position), characters.count)
    }

    public mutating func moveLeft() { cursor = max(0, cursor - 1) }
    public mutating func moveRight() { cursor = min(characters.count, cursor + 1) }
    public mutating func moveHome() { cursor = 0 }
    public mutating func moveEnd() { cursor = characters.count }

    public mutating func moveWordLeft() { cursor = wordStart(before: cursor) }

    public mutating func moveWordRight() {
        var index = cursor
        while index < characters.count, !isWordCharacter(characters[index]) { index += 1 }
        while index < characters.count, isWordCharacter(characters[index]) { index += 1 }
        cursor = index
    }

    public mutating func deleteBackward() {
        guard cursor > 0 else { return }
        characters.remove(at: cursor - 1)
        cursor -= 1
    }

    public mutating func deleteForward() {
        guard cursor < characters.count else { return }
        characters.remove(at: cursor)
    }

    /// Ctrl-W: deletes the word before the cursor.
    public mutating func deleteWordBackward() {
        let start = wordStart(before: cursor)
        characters.removeSubrange(start..<cursor)
        cursor = start
    }

    /// Ctrl-U: deletes everything before the cursor.
    public mutating func deleteToStart() {
        characters.removeSubrange(0..<cursor)
        cursor = 0
    }

    /// Ctrl-K: deletes everything after the cursor.
    public mutating func deleteToEnd() {
        characters.removeSubrange(cursor...)
    }

    /// Applies an editing key. Returns false when the key is not an editing key.
    @discardableResult
    public mutating func handle(_ key: Key) -> Bool {
        switch key {
        case .character(let c): insert(String(c))
        case .left: moveLeft()
        case .right: moveRight()
        case .home, .ctrl("a"): moveHome()
        case .end, .ctrl("e"): moveEnd()
        case .wordLeft: moveWordLeft()
        case .wordRight: moveWordRight()
        case .backspace, .ctrl("h"): deleteBackward()
        case .delete, .ctrl("d"): deleteForward()
        case .ctrl("w"): deleteWordBackward()
        case .ctrl("u"): deleteToStart()
        case .ctrl("k"): deleteToEnd()
        default: return false
        }
        return true
    }

    // MARK: Display

    /// The part of the text to show in `width` columns so that the cursor is visible, and
    /// the cursor's column within it.
    public func visible(width: Int) -> (text: String, cursorColumn: Int) {
        guard width > 0 else { return ("", 0) }
        var start = 0
        var widthToCursor = characters[0..<cursor].reduce(0) { $0 + DisplayWidth.of($1) }
        while widthToCursor > width - 1, start < cursor {
            widthToCursor -= DisplayWidth.of(characters[start])
            start += 1
        }
        var shown = ""
        var used = 0
        for character in characters[start...] {
            let w = DisplayWidth.of(character)
            if used + w > width { break }
            shown.append(character)
            used += w
        }
        return (shown, widthToCursor)
    }

    // MARK: Private

    private func wordStart(before position: Int) -> Int {
        var index = position
        while index > 0, !isWordCharacter(characters[index - 1]) { index -= 1 }
        while index > 0, isWordCharacter(characters[index - 1]) { index -= 1 }
        return index
    }

    private func isWordCharacter(_ character: Character) -> Bool {
        character.isLetter || character.isNumber
    }

    private static func normalize(_ text: String) -> String {
        text.utf8.allSatisfy({ $0 < 0x80 }) ? text : text.precomposedStringWithCanonicalMapping
    }
}
