import ArgumentParser
import JobsagConfig
import JobsagPostgres

/// `jobsag config check|show`: the user's config file.
struct ConfigCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "config",
        abstract: "Indstillingsfilen: kontrollér den, eller vis de indstillinger, der gælder.",
        discussion: """
            Indstillingsfilen er $XDG_CONFIG_HOME/jobsag/config.toml, ellers ~/.config/jobsag/config.toml \
            (--config fil vælger en anden). Nøglerne og deres standard står i README.
            """,
        subcommands: [ConfigCheckCommand.self, ConfigShowCommand.self]
    )
}

/// `jobsag config check`: every problem of the config file, with line and column.
struct ConfigCheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Kontrollér indstillingsfilen: hver ukendt nøgle, forkert type og tastekonflikt med linje og kolonne.",
        discussion: "Afslutter med status 0, når filen er i orden eller ikke findes, og med status 2, når den har problemer.")

    @OptionGroup var options: GlobalOptions

    func run() throws {
        let location = options.configLocation
        let settings = try options.settings()
        guard let file = settings.file else {
            Output.line("Ingen indstillingsfil i \(location.path); standardindstillingerne gælder.")
            return
        }
        if let url = file.databaseURL { _ = try options.databaseURL(url, from: .file, file: file) }
        Output.line("Ingen problemer i \(file.path).")
    }
}

/// `jobsag config show`: the settings in effect and where each came from.
struct ConfigShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Vis de indstillinger, der gælder, og hvor hver kommer fra (standard, filen, miljøet, et tilvalg).",
        discussion: "Udskriften er selv en gyldig indstillingsfil; standardværdierne står som kommentarer.")

    @OptionGroup var options: GlobalOptions

    func run() throws {
        let settings = try options.settings()
        let environment = options.environment
        Output.write(SettingsListing.text(settings, location: options.configLocation) { text in
            (try? DatabaseURL(parsing: text, environment: environment))?.displayed ?? text
        })
    }
}
