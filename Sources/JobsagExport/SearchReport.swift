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
        self.hits = Array(search.hits(for: query))
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
            let kind = Self.pad(Self.label(hit.kind, language), to: 8)
            let field = Self.pad(Self.label(hit.field, language), to: 12)
            lines.append(hit.date.danish + "  " + hit.caseID + name + "  " + kind + field
                + snippet.before + "»" + snippet.match + "«" + snippet.after)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func pad(_ text: String, to width: Int) -> String {
        text + String(repeating: " ", count: max(1, width - text.count))
    }

    /// What a hit is and where it was found, in words (`samtale`, `resumé`).
    static func label<Value: RawRepresentable>(_ value: Value, _ language: Language) -> String where Value.RawValue == String {
        let words = labels[value.rawValue]
        return (language == .da ? words?.da : words?.en) ?? value.rawValue
    }

    private static let labels: [String: (da: String, en: String)] = [
        LogSearch.Kind.conversation.rawValue: ("samtale", "talk"), LogSearch.Kind.note.rawValue: ("notat", "note"),
        LogSearch.Kind.goal.rawValue: ("mål", "goal"), LogSearch.Kind.subgoal.rawValue: ("delmål", "subgoal"),
        LogSearch.Field.summary.rawValue: ("resumé", "summary"), LogSearch.Field.agreements.rawValue: ("aftaler", "agreements"),
        LogSearch.Field.participants.rawValue: ("deltagere", "participants"), LogSearch.Field.subject.rawValue: ("emne", "subject"),
        LogSearch.Field.text.rawValue: ("tekst", "text"), LogSearch.Field.title.rawValue: ("titel", "title"),
        LogSearch.Field.description.rawValue: ("beskrivelse", "description"),
    ]

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
        return ReportJSON.text(document)
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
