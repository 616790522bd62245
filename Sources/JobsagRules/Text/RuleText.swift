import JobsagCore

/// The catalogue as text for the command line (`jobsag rules [ID]`).
public enum RuleText {
    /// One line per rule version: id, version, kind, validity, title.
    public static func catalogue(language: Language, rules: [Rule] = RuleCatalogue.rules) -> String {
        let idWidth = rules.map(\.id.count).max() ?? 0
        let kindWidth = rules.map { $0.kind.label.text(language).count }.max() ?? 0
        var lines: [String] = []
        for rule in rules {
            let id = pad(rule.id, idWidth)
            let kind = pad(rule.kind.label.text(language), kindWidth)
            lines.append("\(id)  v\(rule.version)  \(kind)  \(validity(rule, language: language, compact: true))  \(rule.title.text(language))")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// All metadata of one rule version: title, kind, applies to, anchor, requirement,
    /// evidence, validity, legal reference, source lines with quotes.
    public static func describe(_ rule: Rule, language: Language) -> String {
        let da = language == .da
        var lines: [String] = []
        lines.append("\(rule.id) v\(rule.version): \(rule.title.text(language))")
        func field(_ daLabel: String, _ enLabel: String, _ value: String) {
            lines.append("  " + (da ? daLabel : enLabel) + ": " + value)
        }
        field("Type", "Kind", rule.kind.label.text(language))
        field("Gælder for", "Applies to", rule.appliesTo.description.text(language)
            + " (" + rule.appliesTo.sortedGroups.map(\.rawValue).joined(separator: ", ") + ")")
        if let subject = rule.subjectKind {
            field("Vurderes pr.", "Judged per", subject.rawValue)
        }
        field("Regnes fra", "Anchor", rule.anchor.text(language))
        field("Krav", "Requirement", rule.requirement.text(language))
        field("Dokumentation", "Evidence", rule.evidence.text(language))
        field("Gyldighed", "Validity", validity(rule, language: language, compact: false))
        field("Lovgrundlag", "Legal reference", rule.legalReference.isEmpty ? (da ? "(ikke angivet i kilderne)" : "(not given in the sources)") : rule.legalReference)
        if !rule.exemptionScopes.isEmpty {
            field("Fritagelser", "Exemptions", rule.exemptionScopes.joined(separator: ", "))
        }
        lines.append("  " + (da ? "Kilder" : "Sources") + ":")
        for source in rule.sources {
            var line = "    " + source.document
            if !source.lines.isEmpty { line += (da ? " l." : " l.") + source.lines }
            if let quote = source.quote { line += ": \u{201C}" + quote + "\u{201D}" }
            lines.append(line)
        }
        let others = RuleCatalogue.versions(of: rule.id).filter { $0.version != rule.version }
        if !others.isEmpty {
            lines.append("  " + (da ? "Andre versioner" : "Other versions") + ": "
                + others.map { "v\($0.version) (\(validity($0, language: language, compact: true)))" }.joined(separator: ", "))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// "fra 01.01.2020" / "01.01.2014–31.12.2019" (the last day shown is `validTo − 1`).
    static func validity(_ rule: Rule, language: Language, compact: Bool) -> String {
        let from = format(rule.validFrom)
        guard let last = rule.lastValidDay else {
            if compact { return from + "–" + String(repeating: " ", count: from.count) }
            return (language == .da ? "fra " : "from ") + from
        }
        return from + "–" + format(last)
    }

    /// A date as `dd.mm.yyyy` in both languages (the English texts use the Danish form too).
    static func format(_ date: CalendarDate) -> String {
        date.danish
    }

    static func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
    }
}
