import ArgumentParser
import CursesTerminal
import Foundation
import JobsagApp
import JobsagConfig
import JobsagCore
import JobsagPostgres
import JobsagReview
import JobsagRules
import JobsagStore
import JobsagStoreRules
import TerminalKit

/// `jobsag` (no subcommand): opens the caseload in the terminal.
struct OpenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "open", abstract: "Åbn sagsstammen i terminalen (standard).")

    @OptionGroup var options: GlobalOptions

    func run() throws {
        let store = try StoreAccess.open(options, reportingWarnings: false, documentsPerPage: Self.documentsPerPage)
        try ProgramRunner(options: options, store: store).run()
    }

    /// The terminal reads a database's documents 250 at a time: it keeps what it read for the
    /// session, and pages of 500 held 20 MB more at its peak while the jobcenter-wide view read
    /// 50,000 cases. A command keeps nothing and reads 500 at a time: `jobsag check` was 7 %
    /// faster so (fewer statements, each page decoded while the next comes).
    static let documentsPerPage = 250
}

/// Opens a store for a command, turning store errors into Danish messages with the path.
enum StoreAccess {
    /// Opens the store the options name (a data directory or a database); what opening found
    /// (files others may read, links, what is wrong in the local policy) goes to stderr unless
    /// the caller shows it itself (the terminal does).
    static func open(_ options: GlobalOptions, reportingWarnings: Bool = true, documentsPerPage: Int = 500) throws -> any CaseStore {
        let store: any CaseStore
        do {
            switch try options.resolvedLocation() {
            case .files(let directory): store = try FileStore.open(directory: directory)
            case .database(let url):
                store = try PostgresStore.open(url, documentsPerPage: documentsPerPage, caseloadColumns: CaseloadColumns.fromRules)
            }
        } catch let error as StoreError {
            throw CommandFailure(message: error.message.da)
        }
        if reportingWarnings { Output.warnings(store.info.warnings + store.policyProblems) }
        return store
    }

    /// The data directory of a command that works on files only; on a database, `instead`
    /// says what to do there.
    static func dataDirectory(_ options: GlobalOptions, instead: String) throws -> String {
        switch try options.resolvedLocation() {
        case .files(let directory): return directory
        case .database: throw CommandFailure(message: instead)
        }
    }

    /// Runs store calls, turning a store error into its Danish message.
    static func call<Value>(_ body: () throws -> Value) throws -> Value {
        do {
            return try body()
        } catch let error as StoreError {
            throw CommandFailure(message: error.message.da)
        }
    }
}

/// Starts the program on an open store: picks the user, loads the caseload, runs the
/// terminal session and performs its effects (audit lines, history reads, saves) on a
/// background thread.
struct ProgramRunner {
    let options: GlobalOptions
    let store: any CaseStore

    func run() throws {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
            throw CommandFailure(message: "Jobsag skal køre i en terminal. Til scripts: jobsag check, jobsag reminders, jobsag validate.")
        }
        let settings = try options.settings()
        let language = settings.language.value
        let log = Log()
        // Seconds for a view of every case of a jobcenter: the terminal says what it waits for
        // until the first frame.
        Output.transientLine(Strings(language: language)[.loadingCases])
        let state: AppState
        let keepCaseload: (@Sendable () -> Void)?
        do {
            defer { Output.eraseTransientLine() }
            (state, keepCaseload) = try initialState(settings: settings, log: log)
        }
        let user = state.context.user
        let caseworkers = state.context.caseworkers
        let reader = ScopeReader(user: user.initials, engine: state.engine, strings: state.strings, asOf: state.context.asOf)
        guard let wakeUp = WakeUpPipe() else {
            throw CommandFailure(message: "Jobsag kunne ikke starte: styresystemet gav ingen flere fildeskriptorer.")
        }
        let inbox = Inbox<Msg>(wakeUp: wakeUp)
        let work = BackgroundWork<Msg>(inbox: inbox)
        // The rows kept for the next start are written while the first frame is drawn, on a
        // queue of their own: the user's reads and saves never wait for them.
        let keeping = BackgroundWork<Msg>(inbox: inbox)
        if let keepCaseload { keeping.run { keepCaseload(); return [] } }
        // Other people's saves come in as messages, like the effects' results.
        store.watchCaseChanges { change in inbox.post([.caseChanged(change)]) }
        let store = self.store
        let storeDelay = Self.testStoreDelay(options.environment)
        let session = TerminalSession(colorEnabled: settings.theme.value != .monochrome, mouseEnabled: settings.mouse.value, log: log, work: work) { effect in
            if storeDelay > 0 { Thread.sleep(forTimeInterval: storeDelay) }
            // A write that meets a server away is sent again until it answers; meanwhile the
            // status bar says so (the form waits as it is).
            let away = { (error: StoreError) in
                log?.write("server away, trying again: " + error.message.en)
                inbox.post([.serverAway])
            }
            return Self.perform(effect, on: store, user: user, caseworkers: caseworkers, reader: reader, keeping: keeping, log: log, away: away)
        }
        let final: AppState
        do {
            final = try session.run(state)
        } catch {
            log?.write("terminal not started: TERM=\(error.terminalType ?? "") (\(error.reason))")
            throw TerminalTypeMessage.failure(error)
        }
        // What is still in flight (an audit line, a read) finishes before the program ends.
        guard work.waitUntilDone(seconds: Self.finishingSeconds) else {
            log?.write("store calls still running at exit after \(Self.finishingSeconds) s")
            throw CommandFailure(message: "Datamappen eller serveren svarede ikke inden for \(Int(Self.finishingSeconds)) sekunder; det sidste er måske ikke gemt eller logget.")
        }
        // A cache not written costs the next start only speed.
        if !keeping.waitUntilDone(seconds: Self.finishingSeconds) { log?.write("the caseload cache still being written at exit") }
        Self.keepUntilExit([state, final])
    }

    /// The user's caseload, read and evaluated (what was read is let go once the state has
    /// it: the state shares its rows and cases), and the writing of `caseload.cache` when it
    /// changed (`ScopeReader.ScopeRead`).
    private func initialState(settings: EffectiveSettings, log: Log?) throws -> (AppState, keep: (@Sendable () -> Void)?) {
        let caseworkers: [Caseworker]
        let user: Caseworker
        let (asOf, overridden) = try options.resolvedAsOf()
        let language = settings.language.value
        let strings = Strings(language: language)
        let engine = RuleEngine(policy: store.policy)
        let read: ScopeReader.ScopeRead
        do {
            caseworkers = try store.caseworkers()
            user = try UserResolution.resolve(store, options: options, caseworkers: caseworkers)
            let scope = AppState.initialScope(for: user.role)
            let reader = ScopeReader(user: user.initials, engine: engine, strings: strings, asOf: asOf)
            read = try reader.read(AppState.initials(in: scope, user: user, caseworkers: caseworkers), from: store)
        } catch let error as StoreError {
            throw CommandFailure(message: error.message.da)
        }
        let problems = store.info.warnings + store.policyProblems + read.cases.problems
        for problem in problems { log?.write("problem: " + problem.message.en) }
        let context = AppContext(
            user: user, caseworkers: caseworkers, asOf: asOf, asOfIsOverridden: overridden, isDemo: store.info.isDemo,
            loadProblems: problems.map { $0.message.text(language) })
        let state = AppState(
            context: context, evaluated: read.cases.values, strings: strings, keymap: settings.keymap,
            engine: engine, theme: settings.theme.value.theme, size: Size(width: 80, height: 24),
            idSeed: UInt64.random(in: 0...UInt64.max))
        return (state, read.keep)
    }

    /// Keeps what the session held from being freed: the program ends now, and the system
    /// takes its memory back at once, where freeing every case one by one kept the user
    /// waiting to quit (2.5 s with 50,000 cases). The store is closed as usual.
    private static func keepUntilExit(_ values: [Any]) {
        _ = Unmanaged.passRetained(KeptUntilExit(values))
    }

    private final class KeptUntilExit {
        let values: [Any]

        init(_ values: [Any]) {
            self.values = values
        }
    }

    /// How long the program waits at exit for store calls still running.
    private static let finishingSeconds = 10.0

    /// Test hook for the end-to-end tests, like `JOBSAG_EXIT_AFTER_FIRST_PAINT`:
    /// `JOBSAG_TEST_STORE_DELAY_MS` makes every store call of the terminal session wait that
    /// long first (at most a minute), as on a slow server. Zero when unset.
    private static func testStoreDelay(_ environment: [String: String]) -> TimeInterval {
        guard let milliseconds = environment["JOBSAG_TEST_STORE_DELAY_MS"].flatMap(UInt32.init) else { return 0 }
        return Double(min(milliseconds, 60_000)) / 1000
    }

    /// How long writes are tried again while the server is away.
    private static let retry = ServerAwayRetry()

    private static func perform(_ effect: Effect, on store: any CaseStore, user caseworker: Caseworker, caseworkers: [Caseworker],
                                reader: ScopeReader, keeping: BackgroundWork<Msg>, log: Log?, away: (StoreError) -> Void) -> [Msg] {
        let user = caseworker.initials
        let language = reader.strings.language
        switch effect {
        case .quit:
            return []
        case .audit(let action, let caseID, let changes, let reason):
            do {
                try retry.run(onAway: away) { () throws(StoreError) in
                    try store.record(AuditEvent(time: SystemClock.now(), user: user, action: action, caseID: caseID, changes: changes, reason: reason))
                }
            } catch {
                log?.write("audit failed: " + error.message.en)
            }
            return []
        case .loadHistory(let caseID):
            do {
                let history = try store.auditEvents(caseID: caseID)
                return [.historyLoaded(caseID, history.events, problems: history.problems.map { $0.message.text(language) })]
            } catch {
                return [.historyLoaded(caseID, [], problems: [error.message.text(language)])]
            }
        case .save(let item, let action):
            do {
                return [.saved(try retry.run(onAway: away) { () throws(StoreError) in try store.save(item, by: user, at: SystemClock.now(), action: action) })]
            } catch {
                log?.write("save refused: " + error.message.en)
                if case .staleRevision = error { return [.saveFailed(message: error.message.text(language), isConflict: true)] }
                if case .cprInUse(let caseID, let caseworker) = error { return [.cprInUse(caseID: caseID, caseworker: caseworker)] }
                return [.saveFailed(message: error.message.text(language), isConflict: false)]
            }
        case .create(let item):
            do {
                return [.saved(try retry.run(onAway: away) { () throws(StoreError) in try store.create(item, by: user, at: SystemClock.now()) })]
            } catch {
                log?.write("create refused: " + error.message.en)
                if case .cprInUse(let caseID, let caseworker) = error { return [.cprInUse(caseID: caseID, caseworker: caseworker)] }
                return [.saveFailed(message: error.message.text(language), isConflict: false)]
            }
        case .loadScope(let scope):
            do {
                let initials = AppState.initials(in: scope, user: caseworker, caseworkers: caseworkers)
                let read = try reader.read(initials, from: store)
                if let keep = read.keep { keeping.run { keep(); return [] } }
                for problem in read.cases.problems { log?.write("problem: " + problem.message.en) }
                return [.scopeLoaded(read.cases.values, locked: try store.lockedCases(of: initials), scope)]
            } catch {
                return [.effectFailed(message: error.message.text(language))]
            }
        case .openLocked(let caseID, let reason):
            do {
                try retry.run(onAway: away) { () throws(StoreError) in
                    try store.record(AuditEvent(
                        time: SystemClock.now(), user: user, action: .accessOutsideCaseload, caseID: caseID, changes: [], reason: reason))
                }
                return [.lockedCaseOpened(try store.loadCase(id: caseID), reason: reason)]
            } catch {
                log?.write("access refused: " + error.message.en)
                return [.effectFailed(message: error.message.text(language))]
            }
        case .reload(let caseID):
            do {
                return [.caseReloaded(try store.loadCase(id: caseID))]
            } catch {
                return [.effectFailed(message: error.message.text(language))]
            }
        case .refresh(let caseID):
            do {
                return [.caseRefreshed(try store.loadCase(id: caseID))]
            } catch {
                log?.write("changed case not read: " + error.message.en)
                return []
            }
        case .holdCases(let ids):
            do {
                let load = try reader.hold(ids, from: store)
                var problems: [CaseID: String] = [:]
                for problem in load.problems {
                    log?.write("problem: " + problem.message.en)
                    if let id = problem.caseID { problems[id] = problem.message.text(language) }
                }
                return [.casesHeld(asked: ids, load.values, problems: problems)]
            } catch {
                log?.write("cases not read: " + error.message.en)
                let text = error.message.text(language)
                return [.casesHeld(asked: ids, [], problems: Dictionary(uniqueKeysWithValues: ids.map { ($0, text) }))]
            }
        case .loadCase(let caseID):
            do {
                return [.caseLoaded(try store.loadCase(id: caseID))]
            } catch {
                return [.saveFailed(message: error.message.text(language), isConflict: false)]
            }
        case .loadRounds:
            var rounds: [ReviewRound] = []
            var problems: [String] = []
            do {
                for id in try store.reviewIDs() {
                    do {
                        rounds.append(try store.loadReview(ReviewRound.self, id: id, format: ReviewCLI.format))
                    } catch {
                        log?.write("review not read: " + error.message.en)
                        problems.append(error.message.text(language))
                    }
                }
            } catch {
                problems.append(error.message.text(language))
            }
            return [.roundsLoaded(rounds, problems: problems)]
        case .writePlan(let item, let asOf):
            do {
                let path = CitizenPlanFile.keyPath(for: item.id)
                _ = try CitizenPlanFile.write(
                    item, to: [(format: .html, path: path)], store: store, user: user, caseworkers: caseworkers, asOf: asOf)
                return [.planWritten(path: path)]
            } catch let failure as CommandFailure {
                log?.write("plan not written: " + failure.message)
                return [.effectFailed(message: failure.message)]
            } catch {
                return [.effectFailed(message: String(describing: error))]
            }
        case .startSession:
            do throws(StoreError) {
                let (since, history) = try store.auditEventsAfterLatest(of: user)
                for problem in history.problems { log?.write("problem: " + problem.message.en) }
                try store.record(AuditEvent(time: SystemClock.now(), user: user, action: .sessionStart, caseID: nil))
                return [.newsLoaded(since: since, events: history.events)]
            } catch {
                log?.write("news not read: " + error.message.en)
                return [.effectFailed(message: error.message.text(language))]
            }
        case .saveRound(let round):
            do {
                try retry.run(onAway: away) { () throws(StoreError) in
                    try store.saveReview(round, id: round.id, format: ReviewCLI.format, by: user, at: SystemClock.now())
                }
                return [.roundSaved(round.id)]
            } catch {
                log?.write("review save refused: " + error.message.en)
                return [.effectFailed(message: error.message.text(language))]
            }
        }
    }
}
