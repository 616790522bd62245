/// Multi-line editing: a text input that holds newlines, laid out in wrapped lines.
extension TextInput {
    /// One visual line of the wrapped text: the range of characters it shows.
    public struct VisualLine: Hashable, Sendable {
        public var start: Int
        public var end: Int
    }

    /// The text broken into visual lines of at most `width` columns: at newlines, and at
    /// the last space that fits (or inside a word longer than a line).
    public func visualLines(width: Int) -> [VisualLine] {
        let width = max(1, width)
        var lines: [VisualLine] = []
        var start = 0
        var index = 0
        var used = 0
        var lastSpace: Int?
        while index < characters.count {
            let character = characters[index]
            if character == "\n" {
                lines.append(VisualLine(start: start, end: index))
                index += 1
                start = index
                used = 0
                lastSpace = nil
                continue
            }
            let w = DisplayWidth.of(character)
            if used + w > width, index > start {
                let breakAt = lastSpace.map { $0 + 1 } ?? index
                lines.append(VisualLine(start: start, end: breakAt))
                start = breakAt
                index = breakAt
                used = 0
                lastSpace = nil
                continue
            }
            if character == " " { lastSpace = index }
            used += w
            index += 1
        }
        lines.append(VisualLine(start: start, end: characters.count))
        return lines
    }

    /// The visual row and column of the cursor.
    public func cursorPosition(width: Int) -> (row: Int, column: Int) {
        let lines = visualLines(width: width)
        for (row, line) in lines.enumerated() {
            let isLast = row == lines.count - 1
            if cursor >= line.start, cursor < line.end || (cursor == line.end && (isLast || lines[row + 1].start > line.end)) {
                let column = characters[line.start..<cursor].reduce(0) { $0 + DisplayWidth.of($1) }
                return (row, column)
            }
        }
        return (lines.count - 1, 0)
    }

    /// The text of a visual line.
    public func text(of line: VisualLine) -> String {
        String(characters[line.start..<line.end])
    }

    /// Moves the cursor one visual line up or down, keeping its column where it can.
    /// Returns false at the first (up) or last (down) line.
    @discardableResult
    public mutating func moveVertically(by delta: Int, width: Int) -> Bool {
        let lines = visualLines(width: width)
        let (row, column) = cursorPosition(width: width)
        let target = row + delta
        guard target >= 0, target < lines.count else { return false }
        let line = lines[target]
        var index = line.start
        var used = 0
        while index < line.end {
            let w = DisplayWidth.of(characters[index])
            if used + w > column { break }
            used += w
            index += 1
        }
        setCursor(index)
        return true
    }
}
