/// The keys of the texts of "Nyt siden sidst". Looked up as
/// `news.<case>` in Resources/Strings/<lang>-news.json (`strings[news: .title]`).
enum NewsText: String, StringTableKey, Sendable, CaseIterable {
    static let prefix = "news"

    case title
    case sinceLabel
    case since
    case changedLabel
    case changed
    case eventLine
    case dueLabel
    case due
    case dueLine
    case nothing
    case firstSession
    case keys
    case ready
}

extension Strings {
    /// The text of "Nyt siden sidst" for `key` (`strings[news: .title]`).
    subscript(news key: NewsText) -> String { entry(of: key) }

    func format(news key: NewsText, _ arguments: CustomStringConvertible...) -> String { format(key, with: arguments) }
}
