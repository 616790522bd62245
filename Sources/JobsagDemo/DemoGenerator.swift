import JobsagCore

/// Generates a realistic demo store from a seed and an "as of" date: the same seed, date and
/// case count give the same data, byte for byte, on every machine. Every history is placed
/// relative to `today`; nothing is dated after it except planned deadlines, reminders, offer
/// and exemption ends and a pending sanction's effective date.
public struct DemoGenerator: Sendable {
    /// The seed `jobsag demo` uses when none is given.
    public static let defaultSeed: UInt64 = 0x4A4F_4253_4147_2026

    public let seed: UInt64
    /// The demo's "as of" date.
    public let today: CalendarDate
    public let profile: DemoProfile
    let vocabulary: DemoVocabulary

    /// A generator with the word lists of the resource bundle (loaded once per process).
    public init(seed: UInt64 = DemoGenerator.defaultSeed, today: CalendarDate, profile: DemoProfile = .standard) {
        self.init(seed: seed, today: today, profile: profile, vocabulary: .shared)
    }

    public init(seed: UInt64, today: CalendarDate, profile: DemoProfile, vocabulary: DemoVocabulary) {
        self.seed = seed
        self.today = today
        self.profile = profile
        self.vocabulary = vocabulary
    }

    /// The largest number of cases (case ids have six digits and grow beyond).
    public static let maximumCaseCount = 5_000_000

    public func generate(caseCount: Int) -> DemoData {
        let count = max(0, min(caseCount, DemoGenerator.maximumCaseCount))
        var mixRandom = DemoRandom(seed: seed, stream: 0)
        var staffRandom = DemoRandom(seed: seed, stream: 1 << 40)
        var scenarioRandom = DemoRandom(seed: seed, stream: 2 << 40)
        var linkRandom = DemoRandom(seed: seed, stream: 3 << 40)

        let groups = GroupAllocation.allocate(count, weights: profile.groupWeights, random: &mixRandom)
        let caseIDs = (0..<count).map { "S-" + String($0 + 1).leftPadded(to: 6) }
        let staff = StaffPlanner(profile: profile, vocabulary: vocabulary).plan(groups: groups, random: &staffRandom)
        let firstCaseload = groups.indices.filter { staff.assignment[$0] == 0 }
        let scenarios = ScenarioPlanner(profile: profile, today: today)
            .plan(groups: groups, caseIDs: caseIDs, preferred: Set(firstCaseload), random: &scenarioRandom)

        var nameParts: [Int: NameRequirement] = [:]
        if firstCaseload.count >= 3 {
            nameParts[firstCaseload[0]] = .aeroMiddleName
            nameParts[firstCaseload[1]] = .firstNameWithAring
            nameParts[firstCaseload[2]] = .surnameWithOslash
        } else if let first = firstCaseload.first {
            nameParts[first] = .all
        }
        let requirements = nameParts

        var keyMixer = SplitMix64(state: seed ^ 0x5DEE_CE66_D1CE_4E5B)
        let context = BuildContext(
            today: today, profile: profile, vocabulary: vocabulary,
            municipality: vocabulary.municipalities.elements.first { $0.name == profile.municipality }
                ?? vocabulary.municipalities.first,
            approver: staff.approver, idKey: keyMixer.next())
        // Every case depends only on its own random stream, so they are built in parallel
        // chunks; the result is the same on any number of cores.
        let caseworkers = staff.caseworkers
        let assignment = staff.assignment
        var cases = Parallel.map(count: count) { index in
            var builder = CaseBuilder(
                context: context, index: index, caseID: caseIDs[index], scenario: scenarios[index],
                caseworker: caseworkers[assignment[index]], nameRequirement: requirements[index], seed: seed)
            return builder.build()
        }
        var cprs = CPRFactory()
        var cprRandom = DemoRandom(seed: seed, stream: 4 << 40)
        for index in cases.indices {
            cases[index].citizen.cpr = cprs.makeUnique(cases[index].citizen.cpr, random: &cprRandom)
        }
        SpouseLinker.link(&cases, groups: groups, random: &linkRandom)
        return DemoData(caseworkers: staff.caseworkers, cases: cases, scenarios: scenarios, jobcenter: context.municipality.jobcenter)
    }
}

/// Turns the group weights into exact counts (largest remainder) in a random order.
enum GroupAllocation {
    static func allocate(_ count: Int, weights: [TargetGroup: Double], random: inout DemoRandom) -> [TargetGroup] {
        let groups = TargetGroup.allCases.filter { (weights[$0] ?? 0) > 0 }
        let total = groups.reduce(0) { $0 + (weights[$1] ?? 0) }
        guard count > 0, total > 0 else { return [TargetGroup](repeating: .dagpenge, count: max(0, count)) }
        let exact = groups.map { Double(count) * (weights[$0] ?? 0) / total }
        var counts = exact.map { Int($0) }
        let byRemainder = groups.indices.sorted { exact[$0] - Double(counts[$0]) > exact[$1] - Double(counts[$1]) }
        for index in byRemainder.prefix(count - counts.reduce(0, +)) { counts[index] += 1 }
        var result: [TargetGroup] = []
        result.reserveCapacity(count)
        for (index, group) in groups.enumerated() {
            result.append(contentsOf: [TargetGroup](repeating: group, count: counts[index]))
        }
        random.shuffle(&result)
        return result
    }
}

/// Marries a few citizens on kontanthjælp or S&H to each other: the spouse's case is noted
/// (a § 40 a decision reaches the spouse) and they share an address.
enum SpouseLinker {
    static func link(_ cases: inout [Case], groups: [TargetGroup], random: inout DemoRandom) {
        var waiting: [Bool: [Benefit: Int]] = [true: [:], false: [:]]
        for index in cases.indices {
            let benefit = groups[index].benefit
            guard benefit == .selvforsoergelsesydelse || benefit == .kontanthjaelp else { continue }
            guard random.chance(benefit == .selvforsoergelsesydelse ? 0.35 : 0.1) else { continue }
            let male = (cases[index].citizen.cpr.digits.last?.wholeNumberValue ?? 0) % 2 == 1
            if let partner = waiting[!male]?[benefit] {
                waiting[!male]?[benefit] = nil
                cases[index].citizen.spouseCaseID = cases[partner].id
                cases[partner].citizen.spouseCaseID = cases[index].id
                cases[index].citizen.address = cases[partner].citizen.address
            } else {
                waiting[male]?[benefit] = index
            }
        }
    }
}
