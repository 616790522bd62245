/// The labels of a tab bar as `drawTabs` lays them out, and which tab a column falls on
/// (for a mouse click).
public enum TabBar {
    /// The labels, fitted to `width`: `" 1 Title "` each; when they do not fit, one space
    /// apart (the selected one keeps a space on each side); when they still do not fit, the
    /// other tabs shortened to their number and first letters.
    public static func labels(_ titles: [String], selected: Int, width: Int) -> [String] {
        let full = titles.enumerated().map { " \($0.offset + 1) \($0.element) " }
        var labels = full
        if labels.reduce(0, { $0 + DisplayWidth.of($1) }) > width {
            labels = titles.enumerated().map { index, title in
                index == selected || index == 0 ? " \(index + 1) \(title) " : "\(index + 1) \(title) "
            }
        }
        var letters = 4
        while labels.reduce(0, { $0 + DisplayWidth.of($1) }) > width, letters > 0 {
            labels = full.indices.map { index in
                index == selected ? full[index] : " \(index + 1) " + String(titles[index].prefix(letters)) + " "
            }
            letters -= 1
        }
        return labels
    }

    /// The tab whose label covers column `x` of a bar drawn in `rect`, if any.
    public static func tab(at x: Int, titles: [String], selected: Int, in rect: Rect) -> Int? {
        var start = rect.x
        for (index, label) in labels(titles, selected: selected, width: rect.width).enumerated() {
            let end = min(start + DisplayWidth.of(label), rect.maxX)
            if x >= start, x < end { return index }
            start = end
        }
        return nil
    }
}
