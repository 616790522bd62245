import ArgumentParser
import Foundation
import JobsagRules
import JobsagStore

/// What the shell completions offer as values: rule ids from the catalogue, and case and round
/// ids from the store the command line being completed names (`--data` or `--database`, else
/// the default). A data directory is only listed, never opened, so a Tab neither migrates nor
/// locks it; a database is asked. Anything that fails completes nothing.
enum CompletionValues {
    static let ruleIDs = CompletionKind.list(RuleCatalogue.ids)
    static let languages = CompletionKind.list(["da", "en"])

    static let caseIDs = CompletionKind.custom { words, _, prefix in
        storeValues(words, prefix: prefix, directory: StoreLayout.casesDirectoryName) { try $0.caseSummaries().map(\.id) }
    }

    static let roundIDs = CompletionKind.custom { words, _, prefix in
        storeValues(words, prefix: prefix, directory: StoreLayout.reviewsDirectoryName) { try $0.reviewIDs() }
    }

    /// The names of `directory`'s JSON files (a data directory), or what `read` finds in the
    /// database, that begin with `prefix`.
    private static func storeValues(
        _ words: [String], prefix: String, directory: String, read: (any CaseStore) throws -> [String]
    ) -> [String] {
        guard let options = storeOptions(in: words), let location = try? options.resolvedLocation() else { return [] }
        let values: [String]
        switch location {
        case .files(let path):
            let names = (try? FileManager.default.contentsOfDirectory(atPath: StoreLayout(directory: path).path(directory))) ?? []
            values = names.filter { $0.hasSuffix(".json") }.map { String($0.dropLast(5)) }
        case .database:
            values = (try? read(StoreAccess.open(options, reportingWarnings: false))) ?? []
        }
        return values.filter { $0.hasPrefix(prefix) }.sorted()
    }

    /// The store options of the words typed so far (the other words are not parsed).
    private static func storeOptions(in words: [String]) -> GlobalOptions? {
        var arguments: [String] = []
        for (index, word) in words.enumerated() where ["--data", "--database"].contains(word) && index + 1 < words.count {
            arguments += [word, words[index + 1]]
        }
        return try? GlobalOptions.parse(arguments)
    }
}
