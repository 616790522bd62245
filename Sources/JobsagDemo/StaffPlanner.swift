import JobsagCore

/// The teams of the demo jobcenter and the groups each serves.
enum DemoTeam: Int, CaseIterable, Sendable {
    case ledighed, unge, rehabilitering, sygedagpengeOgFleksjob

    var name: String {
        switch self {
        case .ledighed: return "Team Ledighed"
        case .unge: return "Team Unge"
        case .rehabilitering: return "Team Rehabilitering"
        case .sygedagpengeOgFleksjob: return "Team Sygedagpenge og Fleksjob"
        }
    }

    static func serving(_ group: TargetGroup) -> DemoTeam {
        switch group {
        case .dagpenge, .khJobparat, .shJobparat, .shUddannelsesparat: return .ledighed
        case .uhAabenlyst, .uhUddannelsesparat, .uhAktivitetsparat: return .unge
        case .khAktivitetsparat, .shAktivitetsparat, .ressourceforloeb, .jobafklaring, .revalidering: return .rehabilitering
        case .sygedagpenge, .fleksjob, .ledighedsydelse: return .sygedagpengeOgFleksjob
        }
    }
}

/// The staff of the demo and who has which case.
struct StaffPlan: Sendable {
    /// The first is the caseworker with the most unemployment-related cases; then the other
    /// caseworkers, the team leads and the faglig konsulent.
    var caseworkers: [Caseworker]
    /// For each case, the index of its caseworker in `caseworkers`.
    var assignment: [Int]
    /// Who approves § 40 a decisions (the faglig konsulent).
    var approver: Initials
}

/// Sizes the teams from the caseload targets, names the staff and shares the cases out so
/// that every caseworker's weighted caseload is about the same.
struct StaffPlanner {
    let profile: DemoProfile
    let vocabulary: DemoVocabulary

    /// Cases per caseworker for a group.
    func caseloadTarget(_ group: TargetGroup) -> Double {
        if group == .sygedagpenge || group == .fleksjob { return profile.caseloadSicknessAndFlexJob }
        return group.isUnemploymentRelated ? profile.caseloadUnemploymentRelated : profile.caseloadRehabilitating
    }

    func plan(groups: [TargetGroup], random: inout DemoRandom) -> StaffPlan {
        var names = StaffNames(vocabulary: vocabulary)
        var workers: [(caseworker: Caseworker, team: DemoTeam, load: Double, cases: [Int])] = []
        var leads: [Caseworker] = []

        for team in DemoTeam.allCases {
            let members = groups.indices.filter { DemoTeam.serving(groups[$0]) == team }
            guard !members.isEmpty || (groups.isEmpty && team == .ledighed) else { continue }
            let load = members.reduce(0.0) { $0 + 1 / max(1, caseloadTarget(groups[$1])) }
            let count = max(1, Int(load.rounded()))
            let maxPerTeam = max(1, profile.maxCaseworkersPerTeam)
            let teamCount = (count + maxPerTeam - 1) / maxPerTeam
            let firstWorker = workers.count
            for subteam in 0..<teamCount {
                let teamName = teamCount == 1 ? team.name : "\(team.name) \(subteam + 1)"
                leads.append(names.next(role: .teamleder, team: teamName, random: &random))
                let size = count / teamCount + (subteam < count % teamCount ? 1 : 0)
                for _ in 0..<size {
                    workers.append((names.next(role: .sagsbehandler, team: teamName, random: &random), team, 0, []))
                }
            }
            // Share the cases out in random order, each to the least loaded caseworker.
            var order = members
            random.shuffle(&order)
            var loads = [Double](repeating: 0, count: workers.count - firstWorker)
            var cases = [[Int]](repeating: [], count: loads.count)
            for caseIndex in order {
                let weight = 1 / max(1, caseloadTarget(groups[caseIndex]))
                var best = 0
                for w in loads.indices where loads[w] < loads[best] { best = w }
                loads[best] += weight
                cases[best].append(caseIndex)
            }
            for (offset, list) in cases.enumerated() {
                workers[firstWorker + offset].load = loads[offset]
                workers[firstWorker + offset].cases = list
            }
        }
        let consultant = names.next(role: .fagligKonsulent, team: "Faglig udvikling", random: &random)

        // The caseworker with the most unemployment-related cases goes first.
        let unemploymentCounts = workers.map { worker in worker.cases.filter { groups[$0].isUnemploymentRelated }.count }
        var firstIndex = 0
        for (index, count) in unemploymentCounts.enumerated()
        where (count, workers[index].cases.count) > (unemploymentCounts[firstIndex], workers[firstIndex].cases.count) {
            firstIndex = index
        }
        var ordered = [workers[firstIndex]]
        ordered.append(contentsOf: workers.enumerated().filter { $0.offset != firstIndex }.map(\.element))

        var assignment = [Int](repeating: 0, count: groups.count)
        for (index, worker) in ordered.enumerated() {
            for caseIndex in worker.cases { assignment[caseIndex] = index }
        }
        return StaffPlan(
            caseworkers: ordered.map(\.caseworker) + leads + [consultant],
            assignment: assignment, approver: consultant.initials)
    }
}

/// Danish staff names with unique initials (2-4 upper-case letters, Æ Ø Å allowed).
struct StaffNames {
    let vocabulary: DemoVocabulary
    private var usedNames: Set<String> = []
    private var usedInitials: Set<String> = []

    init(vocabulary: DemoVocabulary) {
        self.vocabulary = vocabulary
    }

    mutating func next(role: Caseworker.Role, team: String, random: inout DemoRandom) -> Caseworker {
        var name = ""
        var parts: [String] = []
        for attempt in 0..<50 {
            let female = random.chance(0.7)
            let first = (female ? vocabulary.danishFemale : vocabulary.danishMale).pickCommon(&random, skew: 1.3)
            parts = [first]
            if random.chance(0.4) { parts.append(vocabulary.middleNames.pick(&random)) }
            parts.append(vocabulary.surnames.pickCommon(&random, skew: 1.5))
            name = parts.joined(separator: " ")
            if !usedNames.contains(name) || attempt == 49 { break }
        }
        usedNames.insert(name)
        let initials = uniqueInitials(for: parts, random: &random)
        return Caseworker(initials: initials, name: name, role: role, team: team, login: Login.demo(for: initials))
    }

    private static let allowed: Set<Character> = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZÆØÅ")

    private mutating func uniqueInitials(for parts: [String], random: inout DemoRandom) -> String {
        let words = parts.flatMap { $0.split(whereSeparator: { $0 == " " || $0 == "-" }) }.map { Array($0.uppercased()) }
        guard let first = words.first, let last = words.last, !first.isEmpty, !last.isEmpty else {
            return randomInitials(random: &random)
        }
        let middle = words.dropFirst().dropLast().compactMap(\.first)
        var candidates: [[Character]] = []
        candidates.append([first[0]] + middle + [last[0]])
        candidates.append([first[0], last[0]])
        if last.count > 1 { candidates.append([first[0], last[0], last[1]]) }
        if first.count > 1 { candidates.append([first[0], first[1], last[0]]) }
        if first.count > 1, last.count > 1 { candidates.append([first[0], first[1], last[0], last[1]]) }
        if last.count > 2 { candidates.append([first[0], last[0], last[1], last[2]]) }
        if first.count > 2 { candidates.append([first[0], first[1], first[2], last[0]]) }
        for candidate in candidates {
            let text = String(candidate.prefix(4))
            guard text.count >= 2, text.allSatisfy({ StaffNames.allowed.contains($0) }), !usedInitials.contains(text) else {
                continue
            }
            usedInitials.insert(text)
            return text
        }
        return randomInitials(random: &random)
    }

    private mutating func randomInitials(random: inout DemoRandom) -> String {
        let letters = Array("ABCDEFGHIJKLMNOPRSTUVWÆØ")
        while true {
            let text = String((0..<4).map { _ in letters[random.int(below: letters.count)] })
            if !usedInitials.contains(text) {
                usedInitials.insert(text)
                return text
            }
        }
    }
}
