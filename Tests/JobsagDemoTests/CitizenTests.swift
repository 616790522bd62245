import JobsagCore
import Testing
@testable import JobsagDemo

@Suite struct CitizenTests {
    let data = Fixtures.large
    let today = Fixtures.today

    @Test func cprNumbersAreValidSyntheticAndUnique() throws {
        var seen = Set<String>()
        for item in data.cases {
            let cpr = item.citizen.cpr
            let parsed = try #require(CPR(cpr.formatted), "\(cpr.formatted) does not parse")
            #expect(parsed == cpr)
            let digits = cpr.digits.compactMap(\.wholeNumberValue)
            #expect(digits.count == 10)
            #expect(digits[7] == 9 && digits[8] == 9, "\(cpr.formatted) is not in the demo pattern")
            #expect(!CPRFactory.passesModulus11(digits), "\(cpr.formatted) passes modulus 11")
            #expect(seen.insert(cpr.digits).inserted, "\(cpr.formatted) is used twice")
            let birth = try #require(cpr.birthDate)
            #expect(CPRFactory.centuryDigits(for: birth.year).contains(digits[6]))
        }
    }

    @Test func agesFitTheGroupsAndTheEpisodes() throws {
        for item in data.cases {
            let birth = try #require(item.citizen.cpr.birthDate)
            let group = try #require(item.targetGroup(on: today))
            let age = try #require(item.citizen.cpr.age(on: today))
            #expect(age <= 67, "\(item.id) is \(age)")
            for episode in item.episodes {
                let start = try #require(episode.start)
                #expect(birth.wholeMonths(until: start) / 12 >= 18, "\(item.id) was under 18 when an episode started")
                if episode.benefit == .uddannelseshjaelp {
                    let last = episode.end ?? today
                    #expect(birth.wholeMonths(until: last) / 12 < 30, "\(item.id) was 30 on uddannelseshjælp")
                }
            }
            if group.isUddannelseshjaelp { #expect(age < 30) }
        }
    }

    @Test func namesAreDanishWithAeOeAaAndSomeForeign() {
        let names = data.cases.map(\.citizen.name)
        for letter in ["æ", "ø", "å", "Æ", "Ø", "Å"] {
            #expect(names.contains { $0.contains(letter) }, "no citizen name contains \(letter)")
        }
        let withLetters = names.filter { $0.contains(where: { "æøåÆØÅ".contains($0) }) }.count
        #expect(percent(withLetters, of: names.count) > 20)
        let integration = data.cases.filter { $0.targetGroup(on: today)?.isSelvforsoergelse == true }
        #expect(!integration.isEmpty)
        let danishSurnames = Set(DemoVocabulary.shared.surnames.elements)
        let foreign = integration.filter { !danishSurnames.contains(String($0.citizen.name.split(separator: " ").last ?? "")) }
        #expect(percent(foreign.count, of: integration.count) > 95)
        #expect(names.allSatisfy { $0.split(separator: " ").count >= 2 })
    }

    @Test func theFirstCaseloadHoldsAeroAndNamesStartingWithAaAndOe() throws {
        for store in [Fixtures.large, Fixtures.small, Fixtures.older] {
            let first = try #require(store.caseworkers.first)
            let names = store.cases.filter { $0.caseworker == first.initials }.map(\.citizen.name)
            #expect(names.contains { $0.contains("Ærø") })
            let parts = names.flatMap { $0.split(separator: " ") }
            #expect(parts.contains { $0.hasPrefix("Å") })
            #expect(parts.contains { $0.hasPrefix("Ø") })
        }
    }

    @Test func caseworkersHaveDanishNamesAndUniqueInitials() {
        let staff = Fixtures.large.caseworkers
        let allowed = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZÆØÅ")
        #expect(Set(staff.map(\.initials)).count == staff.count)
        for caseworker in staff {
            #expect((2...4).contains(caseworker.initials.count), "\(caseworker.initials)")
            #expect(caseworker.initials.allSatisfy { allowed.contains($0) }, "\(caseworker.initials)")
            #expect(!caseworker.team.isEmpty)
        }
        #expect(staff.contains { $0.name.contains(where: { "æøåÆØÅ".contains($0) }) })
        let teams = Set(staff.map(\.team))
        for team in teams where team != "Faglig udvikling" {
            #expect(staff.filter { $0.team == team && $0.role == .teamleder }.count == 1, "\(team) has one team lead")
        }
    }

    @Test func contactDetailsAndEducationLookReal() {
        for item in data.cases.prefix(500) {
            let citizen = item.citizen
            #expect(citizen.address.contains(", "))
            #expect(citizen.phone.count == 11)
            #expect(citizen.email.isEmpty || citizen.email.hasSuffix("@eksempel.invalid"))
            #expect(!citizen.resources.isEmpty)
            if item.targetGroup(on: today)?.isUddannelseshjaelp == true { #expect(!citizen.hasVocationalQualification) }
        }
    }
}
