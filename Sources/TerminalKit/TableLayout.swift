/// Column layout for a table: fixed columns keep their width, flexible ones share the
/// rest, and low-priority columns are dropped when the table is too narrow.
public struct TableColumn: Hashable, Sendable {
    public var width: Int
    /// Extra share of the remaining width (0 = fixed width).
    public var flex: Int
    /// Columns with a higher number are dropped first when space runs out (0 = never).
    public var dropPriority: Int
    public var alignRight: Bool

    public init(width: Int, flex: Int = 0, dropPriority: Int = 0, alignRight: Bool = false) {
        self.width = width
        self.flex = flex
        self.dropPriority = dropPriority
        self.alignRight = alignRight
    }
}

public enum TableLayout {
    /// The x offset and width of each column inside `width` columns (one space between
    /// columns); a dropped column gets nil.
    public static func frames(_ columns: [TableColumn], width: Int, gap: Int = 1) -> [(x: Int, width: Int)?] {
        var included = Array(repeating: true, count: columns.count)
        func needed() -> Int {
            let shown = columns.indices.filter { included[$0] }
            return shown.reduce(0) { $0 + columns[$1].width } + max(0, shown.count - 1) * gap
        }
        // Drop columns, highest drop priority first, until the minimum widths fit.
        let droppable = columns.indices.filter { columns[$0].dropPriority > 0 }
            .sorted { columns[$0].dropPriority > columns[$1].dropPriority }
        for index in droppable where needed() > width {
            included[index] = false
        }
        let spare = max(0, width - needed())
        let flexTotal = columns.indices.filter { included[$0] }.reduce(0) { $0 + columns[$1].flex }
        var frames: [(x: Int, width: Int)?] = []
        var x = 0
        var remaining = spare
        let lastFlex = columns.indices.last(where: { included[$0] && columns[$0].flex > 0 })
        for (index, column) in columns.enumerated() {
            guard included[index] else {
                frames.append(nil)
                continue
            }
            var w = column.width
            if flexTotal > 0, column.flex > 0 {
                let share = index == lastFlex ? remaining : spare * column.flex / flexTotal
                w += share
                remaining -= share
            }
            w = min(w, max(0, width - x))
            frames.append((x, w))
            x += w + gap
        }
        return frames
    }
}
