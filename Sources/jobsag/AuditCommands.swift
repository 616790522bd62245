import ArgumentParser
import Foundation
import JobsagStore

/// `jobsag audit ...`: the audit log itself.
struct AuditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit", abstract: "Revisionsloggen: kontrollér, at ingen hændelse er ændret, indsat eller fjernet.",
        subcommands: [AuditVerifyCommand.self])
}

/// `jobsag audit verify`: checks the audit log's hash chain and names the first line that
/// was changed, inserted or removed.
struct AuditVerifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Kontrollér revisionsloggens hash-kæde (SHA-256) og vis den første linje, der er ændret, indsat eller fjernet.",
        discussion: """
            Hver hændelse har SHA-256 af hændelsen før sig. En linje, som et nedbrud afbrød, \
            er ikke manipulation og nævnes kun. Den seneste SHA-256 udskrives: gemt et andet \
            sted viser den senere, at loggen op til den hverken er ændret eller afkortet. \
            Afslutter med status 0, når kæden er intakt, 1 når den er brudt (eller loggen endnu \
            ikke er kædet), 2 når kommandoen ikke kunne køre.
            """)

    @OptionGroup var options: GlobalOptions

    func run() throws {
        let language = try options.resolvedLanguage()
        let store = try StoreAccess.open(options)
        let report = try StoreAccess.call { try store.verifyAuditChain() }
        for torn in report.tornLines { Output.line(torn.message.text(language)) }
        let head = report.head ?? "–"
        if let breakage = report.breakage {
            Output.line(breakage.message.text(language))
            Output.line(language == .da
                ? "Kæden er brudt. De \(report.count) hændelser før bruddet er uændrede (SHA-256 af den sidste: \(head))."
                : "The chain is broken. The \(report.count) events before the break are unchanged (SHA-256 of the last: \(head)).")
            throw ExitCode(1)
        }
        Output.line(language == .da
            ? "Revisionsloggen er intakt: \(report.count) hændelser i kæden. Seneste SHA-256: \(head)"
            : "The audit log is intact: \(report.count) events in the chain. Latest SHA-256: \(head)")
    }
}
