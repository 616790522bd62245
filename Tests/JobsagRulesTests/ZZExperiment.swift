import JobsagCore
@testable import JobsagRules
import Testing

@Test func zzExperiment() {
    let asOf = CalendarDate("2026-11-23")!
    let cases = (0..<2_000).map { PerformanceTests.syntheticCase($0, asOf: asOf) }
    let perEntry: Set<String> = ["KF.FORM", "TB.FORMAAL", "TB.OPFOELG", "UH.PAALAEG.OPFOELG"]
    for (name, catalogue) in [("all", RuleCatalogue.rules), ("no per-entry", RuleCatalogue.rules.filter { !perEntry.contains($0.id) }), ("only KF.4I6", RuleCatalogue.rules.filter { $0.id == "KF.4I6" }), ("none", [])] {
        let engine = RuleEngine(catalogue: catalogue)
        let clock = ContinuousClock()
        var n = 0
        let t = clock.measure { for c in cases { n += engine.evaluate(c, asOf: asOf).obligations.count } }
        print("EXP", name, t, n / cases.count)
    }
}
