import ArgumentParser
import Foundation
import JobsagCore
import JobsagStore

/// `jobsag init` and `jobsag caseworker list | add | set`: a store that is not a demo and the
/// caseworkers who use it, each known by the login that proves who they are.
extension Caseworker.Role: ExpressibleByArgument {
    /// `sagsbehandler`, `teamleder`, `faglig-konsulent` (also `fagligKonsulent`, `konsulent`).
    public init?(argument: String) {
        switch argument.lowercased() {
        case "sagsbehandler": self = .sagsbehandler
        case "teamleder": self = .teamleder
        case "faglig-konsulent", "fagligkonsulent", "konsulent": self = .fagligKonsulent
        default: return nil
        }
    }

    public static var allValueStrings: [String] { ["sagsbehandler", "teamleder", "faglig-konsulent"] }
}

/// `jobsag init`: an empty store that is not a demo, with the current login as its first caseworker.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Opret en tom datamappe (ikke demo) med dig som første medarbejder, kendt ved dit login.",
        discussion: "Det, der ikke er givet som tilvalg, spørges der om i terminalen. Derefter tilføjer en teamleder eller faglig konsulent kollegerne med jobsag caseworker add.")

    @OptionGroup var options: GlobalOptions

    @Option(name: .customLong("initials"), help: ArgumentHelp("Dine initialer (1-8 bogstaver eller tal).", valueName: "initialer"))
    var initials: String?

    @Option(name: .customLong("name"), help: ArgumentHelp("Dit navn.", valueName: "navn"))
    var name: String?

    @Option(name: .customLong("role"), help: ArgumentHelp("Din rolle: sagsbehandler, teamleder eller faglig-konsulent.", valueName: "rolle"))
    var role: Caseworker.Role?

    @Option(name: .customLong("team"), help: ArgumentHelp("Dit team.", valueName: "team"))
    var team: String?

    func run() throws {
        let directory = try StoreAccess.dataDirectory(
            options, instead: "En database oprettes med jobsag db init; derefter tilføjes medarbejderne med jobsag caseworker add --login ROLLE.")
        guard let login = UserResolution.operatingSystemLogin() else {
            throw CommandFailure(message: "Styresystemet kender ikke brugeren, som Jobsag kører som (uid \(geteuid())); intet er oprettet.")
        }
        let prompt = Prompt()
        let first = Caseworker(
            initials: try initials ?? prompt.ask("Dine initialer", option: "--initials"),
            name: try name ?? prompt.ask("Dit navn", option: "--name"),
            role: try role ?? prompt.role(),
            team: try team ?? prompt.ask("Dit team", option: "--team"),
            login: login)
        let list: [Caseworker]
        switch CaseworkerChange.add(first).apply(to: [], by: nil) {
        case .success(let added): list = added
        case .failure(let refusal): throw CommandFailure.usage(refusal.message)
        }
        let now = SystemClock.now()
        try StoreAccess.call {
            _ = try FileStore.create(directory: directory, from: StoreSnapshot(
                identity: StoreIdentity(id: StoreIdentity.newID(), created: now), isDemo: false, settings: .emptyObject,
                caseworkers: list, cases: [],
                auditEvents: [AuditEvent(time: now, user: first.initials, action: .create, caseID: nil, changes: ["caseworkers[\(first.initials)]"])],
                reviews: [:]))
        }
        Output.line("Datamappen \(directory) er oprettet. Du er \(first.initials) \(first.name) (\(first.role.rawValue), team \(first.team)), kendt ved login »\(login)«.")
    }
}

/// Asks in the terminal for what `jobsag init` was not given; without a terminal, names the option.
private struct Prompt {
    let isInteractive = isatty(STDIN_FILENO) == 1

    func ask(_ question: String, option: String) throws -> String {
        guard isInteractive else { throw CommandFailure.usage("\(option) mangler (der er ingen terminal at spørge i).") }
        FileHandle.standardError.write(Data("\(question): ".utf8))
        guard let answer = readLine(strippingNewline: true)?.trimmingCharacters(in: .whitespaces), !answer.isEmpty else {
            throw CommandFailure.usage("\(question) mangler; intet er oprettet.")
        }
        return answer
    }

    func role() throws -> Caseworker.Role {
        let answer = try ask("Din rolle (sagsbehandler, teamleder, faglig-konsulent)", option: "--role")
        guard let role = Caseworker.Role(argument: answer) else {
            throw CommandFailure.usage("»\(answer)« er ikke en rolle: sagsbehandler, teamleder eller faglig-konsulent.")
        }
        return role
    }
}

/// `jobsag caseworker`: the caseworkers of the store.
struct CaseworkerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "caseworker", abstract: "Vis og ændr medarbejderne (tilføj og ændre: en teamleders eller faglig konsulents opgave, logget).",
        subcommands: [CaseworkerListCommand.self, CaseworkerAddCommand.self, CaseworkerSetCommand.self])
}

/// `jobsag caseworker list`.
struct CaseworkerListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "Vis medarbejderne: initialer, navn, rolle, team og login.")

    @OptionGroup var options: GlobalOptions

    func run() throws {
        let store = try StoreAccess.open(options)
        let caseworkers = try StoreAccess.call { try store.caseworkers() }
        for caseworker in caseworkers.sorted(by: { $0.initials < $1.initials }) {
            let fields = [caseworker.initials, caseworker.name, caseworker.role.rawValue, caseworker.team, caseworker.login ?? "(intet login)"]
            Output.line(fields.joined(separator: "\t"))
        }
    }
}

/// `jobsag caseworker add INITIALS`.
struct CaseworkerAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "add", abstract: "Tilføj en medarbejder.")

    @OptionGroup var options: GlobalOptions

    @Argument(help: ArgumentHelp("Medarbejderens initialer.", valueName: "initialer"))
    var initials: String

    @Option(name: .customLong("name"), help: ArgumentHelp("Navnet.", valueName: "navn"))
    var name: String

    @Option(name: .customLong("role"), help: ArgumentHelp("Rollen: sagsbehandler, teamleder eller faglig-konsulent.", valueName: "rolle"))
    var role: Caseworker.Role

    @Option(name: .customLong("team"), help: ArgumentHelp("Teamet.", valueName: "team"))
    var team: String

    @Option(name: .customLong("login"), help: ArgumentHelp("Login på maskinen (eller databasens rolle), som er denne medarbejder.", valueName: "login"))
    var login: String?

    func run() throws {
        try CaseworkerChanging.apply(.add(Caseworker(initials: initials, name: name, role: role, team: team, login: login)), options: options)
    }
}

/// `jobsag caseworker set INITIALS`.
struct CaseworkerSetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "set", abstract: "Ændr en medarbejders navn, rolle, team eller login.")

    @OptionGroup var options: GlobalOptions

    @Argument(help: ArgumentHelp("Medarbejderens initialer.", valueName: "initialer"))
    var initials: String

    @Option(name: .customLong("name"), help: ArgumentHelp("Det nye navn.", valueName: "navn"))
    var name: String?

    @Option(name: .customLong("role"), help: ArgumentHelp("Den nye rolle.", valueName: "rolle"))
    var role: Caseworker.Role?

    @Option(name: .customLong("team"), help: ArgumentHelp("Det nye team.", valueName: "team"))
    var team: String?

    @Option(name: .customLong("login"), help: ArgumentHelp("Login på maskinen (eller databasens rolle), som er denne medarbejder.", valueName: "login"))
    var login: String?

    func run() throws {
        guard name != nil || role != nil || team != nil || login != nil else {
            throw CommandFailure.usage("Angiv det, der skal ændres: --name, --role, --team eller --login.")
        }
        try CaseworkerChanging.apply(.set(initials, name: name, role: role, team: team, login: login), options: options)
    }
}

/// What `caseworker add` and `set` share: who changes, the change under the store's lock, the answer.
private enum CaseworkerChanging {
    static func apply(_ change: CaseworkerChange, options: GlobalOptions) throws {
        let store = try StoreAccess.open(options)
        let caseworkers = try StoreAccess.call { try store.caseworkers() }
        // The first caseworker of an empty database is added by whoever set it up.
        let user = caseworkers.isEmpty ? change.initials : try UserResolution.resolve(store, options: options, caseworkers: caseworkers, demoFallback: false).initials
        let changed = try StoreAccess.call { try store.changeCaseworkers(change, by: user, at: SystemClock.now()) }
        guard let caseworker = changed.first(where: { $0.initials.uppercased() == change.initials.uppercased() }) else { return }
        Output.line("\(caseworker.initials) \(caseworker.name): \(caseworker.role.rawValue), team \(caseworker.team), login \(caseworker.login ?? "(intet)").")
    }
}
