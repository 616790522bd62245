// JobsagStoreTestSupport: deterministic sample cases (and a catch of store errors) for the store's tests, the crash
// child and the benchmark.

import JobsagCore

/// A small deterministic random generator (the core's SplitMix64), so that samples are reproducible.
public struct SeededGenerator: RandomNumberGenerator, Sendable {
    private var mixer: SplitMix64

    public init(seed: UInt64) {
        mixer = SplitMix64(state: seed)
    }

    public mutating func next() -> UInt64 {
        mixer.next()
    }
}

/// Realistic cases of about 5 KB of JSON each: a citizen with a Danish name, an episode,
/// goals with subgoals, conversations, offers and reminders.
public enum SampleCases {
    static let firstNames = ["Anne", "Søren", "Mette", "Jørgen", "Åse", "Bjørn", "Lærke", "Mads", "Sofie", "Rasmus", "Ægir", "Ida"]
    static let lastNames = ["Jensen", "Nielsen", "Hansen", "Pedersen", "Østergaard", "Kjær", "Sørensen", "Aagaard", "Møller", "Bæk"]
    public static let caseworkers: [Caseworker] = [
        Caseworker(initials: "MHJ", name: "Mette Hjorth", role: .sagsbehandler, team: "Team Nord"),
        Caseworker(initials: "SØK", name: "Søren Kjær", role: .sagsbehandler, team: "Team Nord"),
        Caseworker(initials: "ALB", name: "Anne Lund Bæk", role: .teamleder, team: "Team Nord"),
        Caseworker(initials: "JPØ", name: "Jørgen Østergaard", role: .sagsbehandler, team: "Team Syd"),
    ]

    /// `S-000001` for 1.
    public static func id(_ number: Int) -> CaseID {
        let digits = String(number)
        return "S-" + String(repeating: "0", count: max(0, 6 - digits.count)) + digits
    }

    public static func date(_ text: String) -> CalendarDate {
        CalendarDate(text) ?? CalendarDate(dayNumber: 0)
    }

    /// A synthetic CPR number that is valid in form.
    static func cpr(_ generator: inout SeededGenerator) -> CPR {
        while true {
            let day = Int.random(in: 1...28, using: &generator)
            let month = Int.random(in: 1...12, using: &generator)
            let year = Int.random(in: 60...99, using: &generator)
            let serial = Int.random(in: 0...3999, using: &generator)
            let text = pad(day, 2) + pad(month, 2) + pad(year, 2) + "-" + pad(serial, 4)
            if let value = CPR(text) { return value }
        }
    }

    static func pad(_ value: Int, _ width: Int) -> String {
        let text = String(value)
        return String(repeating: "0", count: max(0, width - text.count)) + text
    }

    /// A case with `caseworker` (else one picked by the seed).
    public static func make(number: Int, seed: UInt64 = 1, caseworker: Initials? = nil) -> Case {
        var generator = SeededGenerator(seed: seed &* 1_000_003 &+ UInt64(number))
        let name = firstNames[Int.random(in: 0..<firstNames.count, using: &generator)] + " "
            + lastNames[Int.random(in: 0..<lastNames.count, using: &generator)]
        let start = date("2024-01-08").adding(days: Int.random(in: 0...400, using: &generator))
        let owner = caseworker ?? caseworkers[Int.random(in: 0..<caseworkers.count, using: &generator)].initials
        let citizen = Citizen(
            cpr: cpr(&generator), name: name, phone: "2\(Int.random(in: 1_000_000...9_999_999, using: &generator))",
            email: "borger\(number)@example.dk", address: "Strandvejen \(number % 300 + 1), 2900 Hellerup",
            preferredForm: .fysisk, hasYouthEducation: number % 3 == 0, barriers: [.fysiske, .psykiske],
            resources: "Gode sociale relationer, kører bil, har tidligere arbejdet i detailhandlen.")
        let episode = BenefitEpisode(id: "e\(number)", benefit: .kontanthjaelp, category: .aktivitetsparat, start: start)
        let goal = Goal(
            id: "g\(number)", kind: .job, title: "Job i detailhandlen", description: "Deltid 15 timer, senere mere.",
            created: start, deadline: start.adding(months: 12),
            subgoals: [
                Subgoal(id: "d\(number)a", kind: .stabiliserende, title: "Stabil døgnrytme", created: start),
                Subgoal(id: "d\(number)b", kind: .jobsoegning, title: "Søge to job om ugen", created: start.adding(days: 30)),
            ])
        var conversations: [Conversation] = []
        for index in 0..<Int.random(in: 3...6, using: &generator) {
            conversations.append(Conversation(
                id: "k\(number)-\(index)", date: start.adding(weeks: 6 * index), kind: .jobsamtale, form: .fysisk,
                outcome: index % 5 == 4 ? .udeblevet : .holdt, participants: "Borger, sagsbehandler",
                summary: "Samtale om jobønsker, praktik og helbred. Borgeren fortalte om søvnproblemer og ønsker deltid.",
                agreements: "Borgeren søger to stillinger inden næste samtale. Jobcentret undersøger praktik.",
                jobFocus: true, resourceFocus: index % 2 == 0, rightsGuidanceGiven: index == 0, recordedBy: owner))
        }
        let offer = Offer(
            id: "t\(number)", type: .virksomhedspraktik, start: start.adding(days: 45), end: start.adding(days: 45 + 13 * 7),
            provider: "Brugsen Hellerup", hoursPerWeek: 15, assessment: "Praktik afklarer arbejdsevnen.",
            purpose: "Afklare ressourcer i detailhandlen.", goalID: "g\(number)",
            followUps: [Offer.FollowUp(id: "f\(number)", date: start.adding(days: 60), companyInvolved: true, note: "Går godt.")])
        let reminder = Reminder(id: "p\(number)", due: start.adding(days: 90), text: "Ring til praktikstedet", createdBy: owner)
        return Case(
            id: id(number), revision: 1, created: start, caseworker: owner, citizen: citizen, episodes: [episode],
            goals: [goal], conversations: conversations, offers: [offer], reminders: [reminder])
    }

    /// Cases 1 through `count`.
    public static func make(count: Int, seed: UInt64 = 1) -> [Case] {
        (1...max(1, count)).prefix(count).map { make(number: $0, seed: seed) }
    }
}

/// The content the crash child writes: a function of the case id and its revision, so a
/// reader can tell the exact content of every revision. The file size varies a lot between
/// revisions (5 KB to 45 KB), so a torn write would be visible.
public enum CrashScenario {
    public static let caseCount = 4

    public static func content(number: Int, revision: Int) -> Case {
        var value = SampleCases.make(number: number, seed: 7, caseworker: "MHJ")
        value.revision = revision
        let length = (revision &* 7919 &+ number &* 104_729) % 40_000
        let letter = ["a", "æ", "ø", "å", "b"][revision % 5]
        value.reminders = [Reminder(
            id: "r", due: SampleCases.date("2026-01-01"), text: "revision \(revision) " + String(repeating: letter, count: length / 2),
            createdBy: "MHJ")]
        return value
    }

    /// The saves the crash child acknowledged in its output, one "ID REVISION" line each
    /// (a line cut by the kill is not an acknowledgement).
    public static func acknowledgements(in output: String) -> [(id: String, revision: Int)] {
        output.split(separator: "\n", omittingEmptySubsequences: false).dropLast().compactMap { line in
            let parts = line.split(separator: " ")
            guard parts.count == 2, let revision = Int(parts[1]) else { return nil }
            return (String(parts[0]), revision)
        }
    }

    public static func acknowledgedSaves(in output: String) -> Int {
        acknowledgements(in: output).count
    }

    /// Whether `stored` is exactly the content of its revision (ignoring the change stamp).
    public static func isIntact(_ stored: Case, number: Int) -> Bool {
        var expected = content(number: number, revision: stored.revision)
        expected.lastChange = stored.lastChange
        return expected == stored
    }
}
