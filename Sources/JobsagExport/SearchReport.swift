import Foundation
import JobsagCore

/// What `jobsag search` prints: the hits of a query in the conversations, journal notes and
/// goals of the user's cases, newest first, as text (the match between » and «) or as one
/// JSON document (format `jobsag.search` version 1, documented in the README). Names only
/// when asked for, as the other reports.
public struct SearchReport: Sendable {
    public var query: String
    public var hits: [LogSearch.Hit]
    /// How many cases were searched.
    public var caseCount: Int
    /// The citizens' names by case id (empty without `--with-names`).
    public var names: [CaseID: String]

    /// The room a snippet of text gets around a match, in characters.
    static let snippetWidth = 72

    public init(query: String, search: LogSearch, names: [CaseID: String] = [:]) {
        self.query = query
        self.hits = search.hits(for: query)
        self.caseCount = search.caseCount
        self.names = names
    }

    /// The cases with hits, in order of case id.
    public var casesFound: [CaseID] {
        Set(hits.map(\.caseID)).sorted()
    }

    // MARK: Text

    public func text(language: Language) -> String {
        let da = language == .da
        let found = casesFound.count
        var lines = [da
            ? "Søgning efter »\(query)« i \(caseCount) sager: \(hits.count) fundet i \(found) \(found == 1 ? "sag" : "sager")."
            : "Search for \"\(query)\" in \(caseCount) cases: \(hits.count) found in \(found) \(found == 1 ? "case" : "cases")."]
        for hit in hits {
            let snippet = hit.snippet(width: Self.snippetWidth)
            let name = names[hit.caseID].map { "  " + $0 } ?? ""
            let kind = Self.pad(Self.kindLabel(hit.kind, language), to: 8)
            let field = Self.pad(Self.fieldLabel(hit.field, language), to: 12)
            lines.append(hit.date.danish + "  " + hit.caseID + name + "  " + kind + field
                + snippet.before + "»" + snippet.match + "«" + snippet.after)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func pad(_ text: String, to width: Int) -> String {
        text + String(repeating: " ", count: max(1, width - text.count))
    }

    static func kindLabel(_ kind: LogSearch.Kind, _ language: Language) -> String {
        switch kind {
        case .conversation: return language == .da ? "samtale" : "talk"
        case .note: return language == .da ? "notat" : "note"
        case .goal: return language == .da ? "mål" : "goal"
        case .subgoal: return language == .da ? "delmål" : "subgoal"
        }
    }

    static func fieldLabel(_ field: LogSearch.Field, _ language: Language) -> String {
        switch field {
        case .summary: return language == .da ? "resumé" : "summary"
        case .agreements: return language == .da ? "aftaler" : "agreements"
        case .participants: return language == .da ? "deltagere" : "participants"
        case .subject: return language == .da ? "emne" : "subject"
        case .text: return language == .da ? "tekst" : "text"
        case .title: return language == .da ? "titel" : "title"
        case .description: return language == .da ? "beskrivelse" : "description"
        }
    }

    // MARK: JSON

    /// The JSON document: the query, how many cases were searched, and every hit with its
    /// case, entry, date, the text it was found in, a snippet and where the match is in the
    /// snippet (in Unicode code points, as Python and jq count).
    public func json() -> String {
        let document = SearchDocument(
            format: "jobsag.search", version: 1, query: query, cases: caseCount, casesFound: casesFound.count,
            hits: hits.map { hit in
                let snippet = hit.snippet(width: Self.snippetWidth)
                let before = snippet.before.unicodeScalars.count
                return SearchDocument.Hit(
                    caseId: hit.caseID, citizen: names[hit.caseID], kind: hit.kind, entryId: hit.entryID, date: hit.date,
                    field: hit.field, snippet: snippet.before + snippet.match + snippet.after,
                    match: SearchDocument.Match(start: before, length: snippet.match.unicodeScalars.count))
            })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(document) else { return "{}\n" }
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    private struct SearchDocument: Encodable {
        struct Match: Encodable {
            var start: Int
            var length: Int
        }

        struct Hit: Encodable {
            var caseId: CaseID
            var citizen: String?
            var kind: LogSearch.Kind
            var entryId: EntryID
            var date: CalendarDate
            var field: LogSearch.Field
            var snippet: String
            var match: Match
        }

        var format: String
        var version: Int
        var query: String
        var cases: Int
        var casesFound: Int
        var hits: [Hit]
    }
}
