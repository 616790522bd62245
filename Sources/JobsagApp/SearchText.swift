import JobsagCore

/// The keys of the search screen's texts: its title, the query line, the column headings,
/// the hints, and the words for where a hit was found. Looked up as `search.<case>` in
/// Resources/Strings/<lang>-search.json (`strings[search: .title]`).
enum SearchText: String, StringTableKey, Sendable {
    static let prefix = "search"

    case title
    case queryLabel
    case hitCount
    case noHits
    case emptyQueryHint
    case scopeHint
    case columnDate
    case columnCitizen
    case columnKind
    case columnFound
    case foundIn
}

extension Strings {
    /// The text of the search screen for `key` (`strings[search: .title]`).
    subscript(search key: SearchText) -> String { entry(of: key) }

    func format(search key: SearchText, _ arguments: CustomStringConvertible...) -> String { format(key, with: arguments) }
}

// Where a hit was found, labelled from the string tables (`searchKind.<kind>`,
// `searchField.<field>`).
extension LogSearch.Kind: LabeledValue { public static var labelPrefix: String { "searchKind" } }
extension LogSearch.Field: LabeledValue { public static var labelPrefix: String { "searchField" } }
