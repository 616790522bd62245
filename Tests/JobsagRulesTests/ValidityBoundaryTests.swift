import JobsagCore
@testable import JobsagRules
import Testing

/// For every rule of the catalogue: its anchor the day before and on its first version's
/// `validFrom` (and, for the rules before 2020, around their `validTo`), and a recorded
/// exemption for the rule.
@Suite struct ValidityBoundaryTests {
    /// A case in which the rule's anchor falls on `anchor`, and the evaluation date.
    struct Scenario: Sendable, CustomTestStringConvertible {
        let rule: String
        let build: @Sendable (_ anchor: String) -> (CaseBuilder, asOf: String)
        var testDescription: String { rule }
    }

    static func shift(_ date: String, _ days: Int) -> String { day(date).adding(days: days).iso }

    /// A case that starts long before the anchor, evaluated on the anchor (rules anchored at
    /// the evaluation date).
    static func onDate(
        _ benefit: Benefit, _ category: ReadinessCategory? = nil, inProgramme: Bool = false,
        _ extra: @escaping @Sendable (inout CaseBuilder, String) -> Void = { _, _ in }
    ) -> @Sendable (String) -> (CaseBuilder, asOf: String) {
        { anchor in
            let start = shift(anchor, -400)
            var c = CaseBuilder(benefit, category, start: start, firstContact: start, arrival: start, inProgramme: inProgramme)
            extra(&c, anchor)
            return (c, anchor)
        }
    }

    /// A case whose episode starts (and first contact falls) on the anchor.
    static func startingOn(
        _ benefit: Benefit, _ category: ReadinessCategory? = nil, inProgramme: Bool = false,
        _ extra: @escaping @Sendable (inout CaseBuilder, String) -> Void = { _, _ in }
    ) -> @Sendable (String) -> (CaseBuilder, asOf: String) {
        { anchor in
            var c = CaseBuilder(benefit, category, start: anchor, firstContact: anchor, arrival: anchor, inProgramme: inProgramme)
            extra(&c, anchor)
            return (c, shift(anchor, 1))
        }
    }

    /// A case with an entry dated on the anchor (per-entry rules).
    static func entryOn(
        _ benefit: Benefit, _ category: ReadinessCategory? = nil,
        _ extra: @escaping @Sendable (inout CaseBuilder, String) -> Void
    ) -> @Sendable (String) -> (CaseBuilder, asOf: String) {
        { anchor in
            let start = shift(anchor, -200)
            var c = CaseBuilder(benefit, category, start: start, firstContact: start)
            extra(&c, anchor)
            return (c, shift(anchor, 1))
        }
    }

    static let scenarios: [Scenario] = [
        Scenario(rule: "KF.4I6", build: startingOn(.dagpenge)),
        Scenario(rule: "KF.FOERSTE.FYSISK", build: entryOn(.dagpenge) { c, anchor in c.conversation(anchor, .telefon) }),
        Scenario(rule: "KF.FORM", build: entryOn(.dagpenge) { c, anchor in c.conversation(anchor, .skriftlig) }),
        Scenario(rule: "KF.EFTER6", build: onDate(.kontanthjaelp, .aktivitetsparat)),
        Scenario(rule: "KF.FAELLES", build: startingOn(.dagpenge)),
        Scenario(rule: "KF.FAELLES.16", build: startingOn(.dagpenge)),
        Scenario(rule: "KF.FOERSTE.1U", build: startingOn(.kontanthjaelp, .jobparat)),
        Scenario(rule: "KF.SYG.UGE8", build: startingOn(.sygedagpenge)),
        Scenario(rule: "KF.SYG.FOERSTE", build: entryOn(.sygedagpenge) { c, anchor in c.conversation(anchor, .telefon, kind: .opfoelgning) }),
        Scenario(rule: "UH.VISITATION", build: startingOn(.uddannelseshjaelp, .uddannelsesparat)),
        Scenario(rule: "UH.PAALAEG", build: startingOn(.uddannelseshjaelp, .uddannelsesparat)),
        Scenario(rule: "UH.PAALAEG.OPFOELG", build: entryOn(.uddannelseshjaelp, .uddannelsesparat) { c, anchor in
            c.conversation(shift(anchor, -100))
            c.injunction(given: shift(anchor, -100))
            c.conversation(anchor)
        }),
        Scenario(rule: "UH.PAALAEG.FRIST", build: onDate(.uddannelseshjaelp, .uddannelsesparat) { c, anchor in
            c.injunction(given: shift(anchor, -100), changes: [(1, shift(anchor, -50), "")])
        }),
        Scenario(rule: "UH.LSR", build: startingOn(.uddannelseshjaelp, .uddannelsesparat)),
        Scenario(rule: "UH.225.VEJL", build: onDate(.uddannelseshjaelp, .uddannelsesparat)),
        Scenario(rule: "UH.KOORD", build: entryOn(.uddannelseshjaelp, .uddannelsesparat) { c, anchor in c.visitation(anchor, .aktivitetsparat) }),
        Scenario(rule: "UH.UDDMAAL", build: onDate(.uddannelseshjaelp, .uddannelsesparat)),
        Scenario(rule: "UH.OPSTART", build: entryOn(.uddannelseshjaelp, .uddannelsesparat) { c, anchor in
            c.injunction(given: shift(anchor, -100), educationStart: .init(date: day(anchor), institution: "TEC"))
        }),
        Scenario(rule: "UH.FRAFALD", build: entryOn(.uddannelseshjaelp, .uddannelsesparat) { c, anchor in
            c.injunction(
                given: shift(anchor, -100), educationStart: .init(date: day(shift(anchor, -30)), institution: "TEC"),
                dropoutReports: [.init(id: "d1", date: day(anchor))])
        }),
        Scenario(rule: "KA.KOORD", build: entryOn(.kontanthjaelp, .jobparat) { c, anchor in c.visitation(anchor, .aktivitetsparat) }),
        Scenario(rule: "TB.RETPLIGT", build: startingOn(.dagpenge)),
        Scenario(rule: "TB.VO.IKKE.RP", build: entryOn(.dagpenge) { c, anchor in
            c.offer(.vejledningOgOpkvalificering, start: anchor, rightAndDuty: true)
        }),
        Scenario(rule: "TB.AKTIV12", build: onDate(.dagpenge)),
        Scenario(rule: "TB.FORMAAL", build: entryOn(.dagpenge) { c, anchor in c.offer(.virksomhedspraktik, start: anchor, purpose: "") }),
        Scenario(rule: "TB.PRAKTIK.FORMAAL", build: entryOn(.uddannelseshjaelp, .uddannelsesparat) { c, anchor in
            c.offer(.virksomhedspraktik, start: anchor)
        }),
        Scenario(rule: "TB.OPFOELG", build: entryOn(.dagpenge) { c, anchor in c.offer(.virksomhedspraktik, start: anchor, end: anchor) }),
        Scenario(rule: "TB.PASSIV", build: onDate(.dagpenge)),
        Scenario(rule: "PL.FINDES", build: onDate(.dagpenge)),
        Scenario(rule: "PL.JOBMAAL", build: onDate(.dagpenge)),
        Scenario(rule: "PL.DELMAAL", build: onDate(.kontanthjaelp, .aktivitetsparat)),
        Scenario(rule: "PL.AFTALER", build: onDate(.dagpenge) { c, anchor in c.conversation(shift(anchor, -1), agreements: "") }),
        Scenario(rule: "PL.ROED.TRAAD", build: onDate(.dagpenge) { c, anchor in c.offer(.nytteindsats, start: shift(anchor, -10)) }),
        Scenario(rule: "PL.STATUS", build: onDate(.dagpenge)),
        Scenario(rule: "PL.CV", build: onDate(.dagpenge)),
        Scenario(rule: "RD.VEJL", build: onDate(.kontanthjaelp, .jobparat)),
        Scenario(rule: "RD.UDEBLIV", build: entryOn(.kontanthjaelp, .jobparat) { c, anchor in c.absence(anchor, cause: .ukendt) }),
        Scenario(rule: "RD.AP.KONTAKT", build: entryOn(.kontanthjaelp, .aktivitetsparat) { c, anchor in
            c.sanction(ordinarySanction(id: "s1", decided: anchor))
        }),
        Scenario(rule: "RD.40A", build: entryOn(.kontanthjaelp, .jobparat) { c, anchor in
            c.sanction(completeAggravatedSanction(decided: anchor, absences: [], priors: [], warning: nil))
        }),
        Scenario(rule: "RD.40A.GODKEND", build: entryOn(.kontanthjaelp, .jobparat) { c, anchor in
            c.sanction(completeAggravatedSanction(decided: anchor, absences: [], priors: [], warning: nil))
        }),
        Scenario(rule: "TT.UNDTAG", build: entryOn(.kontanthjaelp, .aktivitetsparat) { c, anchor in
            c.exemption(Exemption.Scope.rule225, from: anchor, to: shift(anchor, 90), reason: "Kort")
        }),
        Scenario(rule: "IN.KATEGORI", build: startingOn(.selvforsoergelsesydelse, .jobparat, inProgramme: true)),
        Scenario(rule: "IN.TILBUD1", build: startingOn(.selvforsoergelsesydelse, .jobparat, inProgramme: true)),
        Scenario(rule: "IN.PAUSE6U", build: onDate(.selvforsoergelsesydelse, .jobparat, inProgramme: true) { c, anchor in
            c.offer(.virksomhedspraktik, start: shift(anchor, -300), end: shift(anchor, -200))
        }),
        Scenario(rule: "IN.DANSK", build: startingOn(.selvforsoergelsesydelse, .jobparat, inProgramme: true)),
        Scenario(rule: "FJ.REHAB", build: startingOn(.fleksjob)),
        Scenario(rule: "FJ.ARBEJDSEVNE", build: entryOn(.fleksjob) { c, anchor in c.flexJob(start: anchor) }),
        Scenario(rule: "FJ.TIMER", build: entryOn(.fleksjob) { c, anchor in
            c.flexJob(
                start: anchor, hours: 15,
                assessment: .init(date: day(anchor), hoursPerWeek: 12, intensityPercent: 60, writtenDecision: true, complaintGuidance: true))
        }),
        Scenario(rule: "FJ.PROGRESSION", build: entryOn(.fleksjob) { c, anchor in c.flexJob(start: anchor, effective: 6) }),
        Scenario(rule: "KF.UH.UP.2I3", build: startingOn(.uddannelseshjaelp, .uddannelsesparat)),
        Scenario(rule: "KF.UH.AP.2MD", build: onDate(.uddannelseshjaelp, .aktivitetsparat)),
        Scenario(rule: "KF.KH.AP.4I12", build: onDate(.kontanthjaelp, .aktivitetsparat)),
        Scenario(rule: "TB.UH.1MD", build: startingOn(.uddannelseshjaelp, .uddannelsesparat)),
        Scenario(rule: "PL.CV.AAUP", build: startingOn(.uddannelseshjaelp, .aabenlystUddannelsesparat)),
        Scenario(rule: "KF.SELVBOOK", build: startingOn(.dagpenge)),
    ]

    /// Every local rule on, also those off by default (KF.SELVBOOK).
    static let everyRuleOn: RulePolicy = {
        var policy = RulePolicy.standard
        for rule in RuleCatalogue.rules where rule.kind == .lokal { policy.localRulesEnabled[rule.id] = true }
        return policy
    }()

    @Test func everyRuleHasAScenario() {
        #expect(Set(Self.scenarios.map(\.rule)) == Set(RuleCatalogue.ids))
    }

    func judged(_ scenario: Scenario, anchor: CalendarDate) -> [Obligation] {
        let (builder, asOf) = scenario.build(anchor.iso)
        return builder.evaluate(asOf: asOf, policy: Self.everyRuleOn).obligations(for: scenario.rule)
    }

    static func isRegimeNote(_ obligation: Obligation) -> Bool {
        obligation.status == .notApplicable
            && (obligation.explanation.da.hasPrefix("Reglen gælder, når") || obligation.explanation.da.hasPrefix("Reglen gjaldt, når"))
    }

    @Test(arguments: scenarios)
    func theDayBeforeAndOnValidFrom(_ scenario: Scenario) throws {
        let first = try #require(RuleCatalogue.versions(of: scenario.rule).first)
        let before = judged(scenario, anchor: first.validFrom.adding(days: -1))
        if first.isPerEntry {
            #expect(before.isEmpty)  // an entry from before the rule is not judged by it
        } else {
            #expect(before.count == 1)
            #expect(before.allSatisfy(Self.isRegimeNote))
        }
        let on = judged(scenario, anchor: first.validFrom)
        #expect(!on.isEmpty)
        #expect(!on.contains(where: Self.isRegimeNote))
        #expect(on.allSatisfy { $0.ruleVersion == first.version })
    }

    @Test(arguments: scenarios.filter { RuleCatalogue.versions(of: $0.rule).last?.validTo != nil })
    func theDayBeforeAndOnValidTo(_ scenario: Scenario) throws {
        let last = try #require(RuleCatalogue.versions(of: scenario.rule).last)
        let validTo = try #require(last.validTo)
        #expect(!judged(scenario, anchor: validTo.adding(days: -1)).contains(where: Self.isRegimeNote))
        let after = judged(scenario, anchor: validTo)
        #expect(after.count == 1 && after.allSatisfy(Self.isRegimeNote))
    }

    /// A recorded exemption for the rule (covering the evaluation date) makes every unmet
    /// obligation "not applicable", with the exemption as evidence; met ones stay met.
    @Test(arguments: scenarios)
    func anExemptionForTheRule(_ scenario: Scenario) throws {
        let versions = RuleCatalogue.versions(of: scenario.rule)
        let anchor = try #require(versions.last).validFrom.adding(days: 30)
        let (plain, asOf) = scenario.build(anchor.iso)
        var exempt = plain
        let exemption = exempt.exemption(scenario.rule, from: Self.shift(anchor.iso, -2), reason: "Fritaget efter konkret vurdering")
        let before = plain.evaluate(asOf: asOf, policy: Self.everyRuleOn).obligations(for: scenario.rule)
        let after = exempt.evaluate(asOf: asOf, policy: Self.everyRuleOn).obligations(for: scenario.rule)
        #expect(before.count == after.count && !before.isEmpty)
        for (original, judged) in zip(before, after) {
            if original.status == .met || original.status == .notApplicable {
                #expect(judged.status == original.status)
            } else {
                #expect(judged.status == .notApplicable)
                #expect(judged.evidence.last?.entryID == exemption)
            }
        }
    }
}
