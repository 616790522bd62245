import ArgumentParser
import Foundation

/// The argument parser's own errors (an unknown option, a missing value or argument, an
/// invalid value, an unknown command) in Danish, with where to find help; exit status 2.
/// The parser only gives its messages as English text, so they are recognised by form.
enum ArgumentErrorTranslation {
    static func failure(message english: String, fullMessage: String) -> CommandFailure {
        let path = commandPath(in: fullMessage)
        let help = " Se »" + (path + ["--help"]).joined(separator: " ") + "«."
        return .usage(danish(english, path: path) + help)
    }

    /// The Danish sentence for one parser message.
    static func danish(_ english: String, path: [String]) -> String {
        if let option = quoted(english, after: "Unknown option '") {
            let suggestion = quoted(english, after: "Did you mean '").map { " Mente du »\($0)«?" } ?? ""
            return "Ukendt tilvalg »\(option)«." + suggestion
        }
        if let option = quoted(english, after: "Missing value for '") {
            return "Tilvalget \(name(option)) mangler en værdi."
        }
        if let argument = quoted(english, after: "Missing expected argument '") {
            let missing = name(argument)
            return missing.hasPrefix("-") ? "Tilvalget \(missing) skal angives." : "Argumentet \(argument) mangler."
        }
        if english.hasPrefix("Missing one of: ") {
            return "Angiv et af: " + english.dropFirst("Missing one of: ".count).replacingOccurrences(of: "'", with: "") + "."
        }
        if let value = text(english, after: "The value '", before: "' is invalid for '") {
            let option = quoted(english, after: "' is invalid for '").map(name) ?? ""
            return "Værdien »\(value)« passer ikke til \(option)."
        }
        if let option = quoted(english, after: "The option '"), let value = text(english, after: "but '", before: "' was specified") {
            return "Tilvalget \(option) tager ingen værdi, men fik »\(value)«."
        }
        if english.hasPrefix("Unexpected argument '") || english.contains(" unexpected arguments: ") {
            let arguments = english.split(separator: "'", omittingEmptySubsequences: false).enumerated()
                .filter { $0.offset % 2 == 1 }.map { "»\($0.element)«" }.joined(separator: ", ")
            let commands = subcommands(of: path)
            guard !commands.isEmpty else { return "Uventet argument: \(arguments)." }
            return "Ukendt kommando eller argument: \(arguments). Kommandoerne er: " + commands.joined(separator: ", ") + "."
        }
        if english.hasPrefix("Value to be set with") {
            return "Det samme tilvalg er angivet flere gange."
        }
        return "Kommandolinjen kan ikke forstås (\(english))."
    }

    /// The command the parser was reading, from its "See 'jobsag demo --help'" line.
    private static func commandPath(in fullMessage: String) -> [String] {
        guard let command = text(fullMessage, after: "See '", before: " --help'") else { return ["jobsag"] }
        return command.split(separator: " ").map(String.init)
    }

    /// The subcommands of the command at `path`; for the default command, those of `jobsag`.
    private static func subcommands(of path: [String]) -> [String] {
        var command: ParsableCommand.Type = Jobsag.self
        for name in path.dropFirst() {
            guard let next = command.configuration.subcommands.first(where: { $0.configuration.commandName == name }) else { break }
            command = next
        }
        if command == OpenCommand.self { command = Jobsag.self }
        return command.configuration.subcommands.compactMap { $0.configuration.commandName }
    }

    /// `--cases` from `--cases <cases>`.
    private static func name(_ synopsis: String) -> String {
        String(synopsis.split(separator: " ").first ?? Substring(synopsis))
    }

    /// The text between `marker` and the next `'`.
    private static func quoted(_ text: String, after marker: String) -> String? {
        guard let start = text.range(of: marker)?.upperBound else { return nil }
        let rest = text[start...]
        return String(rest.prefix { $0 != "'" })
    }

    /// The text between `marker` and the last `end`.
    private static func text(_ text: String, after marker: String, before end: String) -> String? {
        guard let start = text.range(of: marker)?.upperBound,
              let stop = text.range(of: end, options: .backwards, range: start..<text.endIndex)?.lowerBound
        else { return nil }
        return String(text[start..<stop])
    }
}
