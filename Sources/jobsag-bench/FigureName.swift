// The name of a figure in bench.json with a prefix for what it was measured on: `listKeyP99`, `allListKeyP99`.

enum FigureName {
    /// `name` after `prefix`, in camel case (`prefixed("database", "firstPaint")` is `databaseFirstPaint`).
    static func prefixed(_ prefix: String, _ name: String) -> String {
        prefix.isEmpty ? name : prefix + name.prefix(1).uppercased() + name.dropFirst()
    }
}
