import JobsagCore
import JobsagRules
import JobsagDemo
import JobsagReview
import Testing
import TerminalKit
@testable import JobsagApp

/// No input stops the program: seeded runs of random keys, clicks, wheel turns and terminal
/// sizes (down to one cell) over the demo's cases, for each role (one run in English, one in
/// colour), with every effect answered as the runtime would from an in-memory store (saves,
/// conflicts, scopes, rounds) and now and then a colleague's change announced. Every message
/// is followed by a frame drawn. A faglig konsulent's `T` to a scope with fewer rows, and a
/// letter typed in a choice with no options, stopped the program; such runs found both.
@Suite struct KeyMonkeyTests {
    static let today = CalendarDate("2026-11-23")!
    static let demo = DemoGenerator(today: today).generate(caseCount: 120)

    static let roles: [Caseworker.Role] = [.sagsbehandler, .teamleder, .fagligKonsulent]

    @Test(arguments: roles, [UInt64(1), 2, 3])
    func randomInputNeverStopsTheProgram(_ role: Caseworker.Role, _ seed: UInt64) throws {
        let user = try #require(Self.demo.caseworkers.first { $0.role == role })
        // Seed 1 answers as a database does: the colleagues' cases of a scope are listed locked.
        var runtime = MonkeyRuntime(cases: Self.demo.cases, caseworkers: Self.demo.caseworkers, user: user, locksOtherCases: seed == 1)
        let scope = AppState.initialScope(for: role)
        let context = AppContext(user: user, caseworkers: Self.demo.caseworkers, asOf: Self.today, isDemo: true)
        var state = AppState(
            context: context, cases: runtime.readable(in: scope), strings: Strings(language: seed == 3 ? .en : .da),
            theme: seed == 2 ? .color : .monochrome, size: Size(width: 100, height: 30), idSeed: seed)
        _ = state.update(.scopeLoaded(state.evaluated(runtime.readable(in: scope)), locked: runtime.locked(in: scope), scope))
        // The same keys in every process (a hash value would differ from one to the next).
        var random = SplitMix64(state: seed &* 0x9E37_79B9 &+ UInt64(Self.roles.firstIndex(of: role) ?? 0))
        var pending: [Msg] = []
        for step in 0..<3_000 {
            let message = pending.isEmpty ? Self.input(&random, step: step, runtime: &runtime) : pending.removeFirst()
            for effect in state.update(message) {
                pending += runtime.perform(effect)
            }
            _ = state.view()
        }
    }

    /// Mostly keys (printable, Danish letters, every special key), sometimes a click, a wheel
    /// turn, a new size or a colleague's save.
    static func input(_ random: inout SplitMix64, step: Int, runtime: inout MonkeyRuntime) -> Msg {
        let roll = random.next() % 100
        switch roll {
        case 0..<3:
            let sizes = [Size(width: 1, height: 1), Size(width: 12, height: 4), Size(width: 40, height: 12), Size(width: 80, height: 24),
                         Size(width: 100, height: 30), Size(width: 200, height: 60)]
            return .resize(sizes[pick(&random, sizes.count)])
        case 3..<6:
            let kinds: [MouseEvent.Kind] = [.press, .wheelUp, .wheelDown]
            return .mouse(MouseEvent(kinds[pick(&random, kinds.count)], x: pick(&random, 210) - 5, y: pick(&random, 70) - 5))
        case 6..<7:
            return runtime.colleagueSaves(&random, step: step)
        case 7..<9:
            return .busy(random.next() % 2 == 0)
        default:
            return .key(key(&random))
        }
    }

    static let characters = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPRSTUVWXYZ0123456789 æøåÆØÅ-./:?*#,;!+é\u{301}👍")
    static let specialKeys: [Key] = [
        .up, .down, .left, .right, .home, .end, .pageUp, .pageDown, .enter, .enter, .enter, .escape, .escape, .escape, .tab, .tab, .backTab,
        .backspace, .delete, .insert, .wordLeft, .wordRight, .function(1), .function(5), .function(10),
        .ctrl("s"), .ctrl("s"), .ctrl("a"), .ctrl("e"), .ctrl("u"), .ctrl("k"), .ctrl("w"), .ctrl("l"),
    ]

    /// Two keys in three are characters. Quitting (`q`) asks the runtime, which here goes on,
    /// and Ctrl-C is left out: a run goes deep instead of ending.
    static func key(_ random: inout SplitMix64) -> Key {
        if random.next() % 3 == 0 { return specialKeys[pick(&random, specialKeys.count)] }
        return .character(characters[pick(&random, characters.count)])
    }

    static func pick(_ random: inout SplitMix64, _ count: Int) -> Int {
        Int(random.next() % UInt64(count))
    }
}

/// The runtime's answers from an in-memory store: a save refused when the revision is stale,
/// a new case refused when its CPR number is taken, the scopes by caseworker; with
/// `locksOtherCases`, as a database answers a sagsbehandler: the colleagues' cases listed
/// locked until one is opened with a reason.
struct MonkeyRuntime {
    private var store: [CaseID: Case]
    let caseworkers: [Caseworker]
    let user: Caseworker
    let locksOtherCases: Bool
    private var opened: Set<CaseID> = []
    private var rounds: [String: ReviewRound] = [:]
    private var nextNumber = 900_000

    init(cases: [Case], caseworkers: [Caseworker], user: Caseworker, locksOtherCases: Bool) {
        store = Dictionary(uniqueKeysWithValues: cases.map { ($0.id, $0) })
        self.caseworkers = caseworkers
        self.user = user
        self.locksOtherCases = locksOtherCases
    }

    /// The cases of a scope the user may read.
    func readable(in scope: CaseScope) -> [Case] {
        cases(in: scope).filter(mayRead)
    }

    /// The cases of a scope listed without their content.
    func locked(in scope: CaseScope) -> [LockedCase] {
        cases(in: scope).filter { !mayRead($0) }.map {
            LockedCase(id: $0.id, name: $0.citizen.name, maskedCPR: $0.citizen.cpr.masked, caseworker: $0.caseworker,
                       coordinatingCaseworker: $0.coordinatingCaseworker)
        }
    }

    private func cases(in scope: CaseScope) -> [Case] {
        let initials = AppState.initials(in: scope, user: user, caseworkers: caseworkers)
        return store.values.filter { initials.contains($0.caseworker) || $0.coordinatingCaseworker.map(initials.contains) == true }
            .sorted { $0.id < $1.id }
    }

    private func mayRead(_ item: Case) -> Bool {
        !locksOtherCases || user.role != .sagsbehandler || item.caseworker == user.initials
            || item.coordinatingCaseworker == user.initials || opened.contains(item.id)
    }

    mutating func perform(_ effect: Effect) -> [Msg] {
        switch effect {
        case .quit, .audit:
            return []
        case .loadHistory(let id):
            return [.historyLoaded(id, [], problems: [])]
        case .save(let item, _):
            guard let current = store[item.id] else { return [.saveFailed(message: "Sagen findes ikke.", isConflict: false)] }
            guard current.revision == item.revision else { return [.saveFailed(message: "En anden har gemt sagen.", isConflict: true)] }
            return [.saved(stored(item, revision: current.revision + 1))]
        case .create(let item):
            if let other = store.values.first(where: { $0.citizen.cpr == item.citizen.cpr }) {
                return [.cprInUse(caseID: other.id, caseworker: other.caseworker)]
            }
            var created = item
            nextNumber += 1
            created.id = "S-\(nextNumber)"
            return [.saved(stored(created, revision: 1))]
        case .reload(let id):
            return store[id].map { [.caseReloaded($0)] } ?? [.effectFailed(message: "Sagen findes ikke.")]
        case .refresh(let id):
            return store[id].map { [.caseRefreshed($0)] } ?? []
        case .loadCase(let id):
            return store[id].map { [.caseLoaded($0)] } ?? [.effectFailed(message: "Sagen findes ikke.")]
        case .openLocked(let id, let reason):
            guard let item = store[id] else { return [.effectFailed(message: "Sagen findes ikke.")] }
            opened.insert(id)
            return [.lockedCaseOpened(item, reason: reason)]
        case .loadScope(let scope):
            return [.scopeLoaded(AppState.evaluate(readable(in: scope), holding: { [user] in AppState.holds($0, user: user.initials) },
                                                   engine: RuleEngine(), strings: Strings(language: .da), asOf: KeyMonkeyTests.today),
                                 locked: locked(in: scope), scope)]
        case .holdCases(let ids):
            let read = ids.sorted().compactMap { id in store[id].flatMap { mayRead($0) ? $0 : nil } }
            let unread = ids.filter { id in !read.contains { $0.id == id } }
            let held = AppState.evaluate(read, holding: { _ in true }, engine: RuleEngine(), strings: Strings(language: .da), asOf: KeyMonkeyTests.today)
            return [.casesHeld(asked: ids, held, problems: Dictionary(uniqueKeysWithValues: unread.map { ($0, "Sagen kan ikke læses.") }))]
        case .loadRounds:
            return [.roundsLoaded(rounds.values.sorted { $0.id < $1.id }, problems: [])]
        case .saveRound(let round):
            rounds[round.id] = round
            return [.roundSaved(round.id)]
        case .writePlan:
            return [.planWritten(path: "/tmp/plan.html")]
        case .startSession:
            return [.newsLoaded(since: nil, events: [])]
        }
    }

    /// A colleague saves a case (a new phone number): the change is announced.
    mutating func colleagueSaves(_ random: inout SplitMix64, step: Int) -> Msg {
        let ids = store.keys.sorted()
        guard !ids.isEmpty, var item = store[ids[KeyMonkeyTests.pick(&random, ids.count)]] else { return .busy(false) }
        item.citizen.phone = String(20_000_000 + step)
        let saved = stored(item, revision: item.revision + 1)
        return .caseChanged(CaseChange(
            id: saved.id, revision: saved.revision, caseworker: saved.caseworker, coordinatingCaseworker: saved.coordinatingCaseworker))
    }

    private mutating func stored(_ item: Case, revision: Int) -> Case {
        var saved = item
        saved.revision = revision
        saved.lastChange = ChangeStamp(by: user.initials, at: Timestamp(secondsSince1970: 1_795_000_000 + Int64(revision)))
        store[saved.id] = saved
        return saved
    }
}
