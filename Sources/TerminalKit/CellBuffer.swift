/// One terminal cell: the grapheme shown and its style. The cell to the right of a wide
/// grapheme is a continuation and holds nothing of its own.
public struct Cell: Hashable, Sendable {
    public var grapheme: Character
    public var style: Style
    /// The right half of a wide grapheme.
    public var isContinuation: Bool

    public init(grapheme: Character = " ", style: Style = .plain, isContinuation: Bool = false) {
        self.grapheme = grapheme
        self.style = style
        self.isContinuation = isContinuation
    }

    public static let blank = Cell()
}

/// A frame of the screen: a grid of cells that views draw into and a terminal shows.
public struct CellBuffer: Hashable, Sendable {
    public let size: Size
    public private(set) var cells: [Cell]
    /// Where the terminal's cursor should be shown (a text field with focus), or nil.
    public var cursor: (x: Int, y: Int)? {
        get { cursorPosition.map { ($0 % max(1, size.width), $0 / max(1, size.width)) } }
        set { cursorPosition = newValue.map { $0.y * size.width + $0.x } }
    }
    private var cursorPosition: Int?

    public init(size: Size) {
        self.size = Size(width: max(0, size.width), height: max(0, size.height))
        self.cells = Array(repeating: .blank, count: self.size.width * self.size.height)
    }

    public var bounds: Rect { Rect(x: 0, y: 0, width: size.width, height: size.height) }

    public subscript(x: Int, y: Int) -> Cell {
        guard x >= 0, y >= 0, x < size.width, y < size.height else { return .blank }
        return cells[y * size.width + x]
    }

    /// Fills `rect` with spaces in `style`.
    public mutating func fill(_ rect: Rect, style: Style = .plain) {
        let clipped = clip(rect)
        for y in clipped.y..<clipped.maxY {
            for x in clipped.x..<clipped.maxX {
                cells[y * size.width + x] = Cell(grapheme: " ", style: style)
            }
        }
    }

    /// Writes `text` on one line from (`x`, `y`), clipped at `maxX` (exclusive; default the
    /// right edge). Control characters show as spaces; each grapheme is kept as a terminal
    /// cell shows it (`DisplayWidth.terminalForm`). Returns the column after the text.
    @discardableResult
    public mutating func write(_ text: String, x: Int, y: Int, style: Style = .plain, maxX: Int? = nil) -> Int {
        guard y >= 0, y < size.height else { return x }
        let limit = min(maxX ?? size.width, size.width)
        var column = x
        if DisplayWidth.oneColumnScalarCount(text) != nil {
            for scalar in text.unicodeScalars {
                if column + 1 > limit { break }
                if column >= 0 { put(Character(scalar), x: column, y: y, style: style, wide: false) }
                column += 1
            }
            return column
        }
        for character in text {
            let isControl = character.unicodeScalars.first?.properties.generalCategory == .control
            let shown: Character = isControl ? " " : character
            let columns = DisplayWidth.of(shown)
            if columns == 0 {
                // A lone combining mark: attach it to the previous cell's grapheme.
                if column > 0, column - 1 >= x, column - 1 < limit {
                    attach(character, x: column - 1, y: y)
                }
                continue
            }
            if column + columns > limit { break }
            if column >= 0 {
                put(DisplayWidth.terminalForm(shown), x: column, y: y, style: style, wide: columns == 2)
            }
            column += columns
        }
        return column
    }

    /// Writes `text` truncated with `…` and padded to fill exactly `width` columns.
    public mutating func write(_ text: String, in rect: Rect, style: Style = .plain, alignRight: Bool = false) {
        guard !rect.isEmpty else { return }
        write(DisplayWidth.pad(text, to: rect.width, alignRight: alignRight), x: rect.x, y: rect.y, style: style, maxX: rect.maxX)
    }

    /// Changes the style of every cell in `rect`, keeping the text.
    public mutating func restyle(_ rect: Rect, _ transform: (Style) -> Style) {
        let clipped = clip(rect)
        for y in clipped.y..<clipped.maxY {
            for x in clipped.x..<clipped.maxX {
                cells[y * size.width + x].style = transform(cells[y * size.width + x].style)
            }
        }
    }

    /// The text of one row, with trailing spaces removed (continuations skipped).
    public func text(row y: Int) -> String {
        guard y >= 0, y < size.height else { return "" }
        var line = ""
        for x in 0..<size.width {
            let cell = cells[y * size.width + x]
            if !cell.isContinuation { line.append(cell.grapheme) }
        }
        while line.last == " " { line.removeLast() }
        return line
    }

    /// The whole frame as text, one line per row: what golden tests compare.
    public var plainText: String {
        (0..<size.height).map { text(row: $0) }.joined(separator: "\n")
    }

    // MARK: Private

    private func clip(_ rect: Rect) -> Rect {
        let x0 = max(0, rect.x), y0 = max(0, rect.y)
        let x1 = min(size.width, rect.maxX), y1 = min(size.height, rect.maxY)
        return Rect(x: x0, y: y0, width: x1 - x0, height: y1 - y0)
    }

    private mutating func put(_ character: Character, x: Int, y: Int, style: Style, wide: Bool) {
        let index = y * size.width + x
        breakWideGrapheme(at: x, y: y)
        if wide { breakWideGrapheme(at: x + 1, y: y) }
        cells[index] = Cell(grapheme: character, style: style)
        if wide, x + 1 < size.width {
            cells[index + 1] = Cell(grapheme: " ", style: style, isContinuation: true)
        }
    }

    /// Before overwriting the cell at `x`, blanks the other half of a wide grapheme it is part of.
    private mutating func breakWideGrapheme(at x: Int, y: Int) {
        guard x >= 0, x < size.width else { return }
        let index = y * size.width + x
        if cells[index].isContinuation, x > 0 {
            cells[index - 1] = Cell(grapheme: " ", style: cells[index - 1].style)
            cells[index].isContinuation = false
        } else if x + 1 < size.width, cells[index + 1].isContinuation {
            cells[index + 1] = Cell(grapheme: " ", style: cells[index + 1].style)
        }
    }

    private mutating func attach(_ mark: Character, x: Int, y: Int) {
        var target = x
        if cells[y * size.width + target].isContinuation, target > 0 { target -= 1 }
        let index = y * size.width + target
        var combined = String(cells[index].grapheme)
        combined.unicodeScalars.append(contentsOf: mark.unicodeScalars)
        if let merged = combined.first, combined.count == 1 {
            cells[index].grapheme = DisplayWidth.terminalForm(merged)
        }
    }
}
