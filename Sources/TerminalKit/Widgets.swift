/// Small drawing helpers shared by the screens: boxes, tab bars, key-hint bars.
extension CellBuffer {
    /// Draws a frame around `rect` with an optional title in the top border, and clears inside.
    public mutating func drawBox(_ rect: Rect, title: String = "", style: Style = .plain) {
        guard rect.width >= 2, rect.height >= 2 else { return }
        fill(rect)
        let horizontal = String(repeating: "─", count: rect.width - 2)
        write("┌" + horizontal + "┐", x: rect.x, y: rect.y, style: style)
        for y in (rect.y + 1)..<(rect.maxY - 1) {
            write("│", x: rect.x, y: y, style: style)
            write("│", x: rect.maxX - 1, y: y, style: style)
        }
        write("└" + horizontal + "┘", x: rect.x, y: rect.maxY - 1, style: style)
        if !title.isEmpty, rect.width > 6 {
            write(" " + DisplayWidth.truncate(title, to: rect.width - 6) + " ", x: rect.x + 2, y: rect.y, style: style.emboldened)
        }
    }

    /// Draws a horizontal line across `rect`'s first row.
    public mutating func drawRule(_ rect: Rect, style: Style = .plain) {
        guard rect.width > 0 else { return }
        write(String(repeating: "─", count: rect.width), x: rect.x, y: rect.y, style: style)
    }

    /// Draws tab titles on one row; the selected one is highlighted. When the titles do not
    /// fit, the tabs stand one space apart instead of two (the selected one keeps a space on
    /// each side); when they still do not fit, the other tabs are shortened to their number
    /// and first letters.
    public mutating func drawTabs(_ titles: [String], selected: Int, in rect: Rect, style: Style, selectedStyle: Style) {
        fill(rect.row(0), style: style)
        var x = rect.x
        for (index, label) in TabBar.labels(titles, selected: selected, width: rect.width).enumerated() {
            x = write(label, x: x, y: rect.y, style: index == selected ? selectedStyle : style, maxX: rect.maxX)
        }
    }

    /// Draws key hints `key label  key label ...` on one row, as many as fit.
    public mutating func drawKeyHints(_ hints: [(key: String, label: String)], in rect: Rect, keyStyle: Style, labelStyle: Style) {
        fill(rect.row(0), style: labelStyle)
        var x = rect.x
        for hint in hints {
            let needed = DisplayWidth.of(hint.key) + 1 + DisplayWidth.of(hint.label) + 2
            if x + needed > rect.maxX { break }
            x = write(hint.key, x: x, y: rect.y, style: keyStyle)
            x = write(" " + hint.label + "  ", x: x, y: rect.y, style: labelStyle)
        }
    }
}
