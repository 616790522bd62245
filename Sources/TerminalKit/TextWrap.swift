/// Word wrapping by display width.
public enum TextWrap {
    /// Splits `text` into lines of at most `width` columns, breaking at spaces where it
    /// can and inside a word only when the word is longer than a line. Newlines are kept.
    /// At most `limit` lines: a screen wraps no more of a long text than it has room for.
    public static func lines(_ text: String, width: Int, limit: Int = .max) -> [String] {
        guard width > 0, limit > 0 else { return [] }
        var result: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            guard result.count < limit else { break }
            var line = ""
            var lineWidth = 0
            for word in paragraph.split(separator: " ", omittingEmptySubsequences: true) {
                var word = String(word)
                var wordWidth = DisplayWidth.of(word)
                if lineWidth > 0, lineWidth + 1 + wordWidth <= width {
                    line += " " + word
                    lineWidth += 1 + wordWidth
                    continue
                }
                if lineWidth > 0 {
                    result.append(line)
                    guard result.count < limit else { return result }
                    line = ""
                    lineWidth = 0
                }
                while wordWidth > width {
                    let head = DisplayWidth.truncate(word, to: width, ellipsis: false)
                    result.append(head)
                    guard result.count < limit else { return result }
                    word = String(word.dropFirst(head.count))
                    wordWidth = DisplayWidth.of(word)
                }
                line = word
                lineWidth = wordWidth
            }
            result.append(line)
        }
        return result
    }
}
