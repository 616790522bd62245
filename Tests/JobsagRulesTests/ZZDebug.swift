import JobsagCore
@testable import JobsagRules
import Testing

@Test func zzDump() {
    var c = CaseBuilder(.kontanthjaelp, .jobparat, start: "2024-01-08", firstContact: "2024-01-05")
    c.conversation("2024-01-10", .fysisk, rightsGuidance: true)
    c.guidance("2024-01-10", .rettigheder35_1, [.skriftligUdleveret, .eBoks])
    c.conversation("2024-02-14", .video, chosenBy: .jobcenter)
    c.conversation("2024-04-03", .telefon)
    c.visitation("2024-05-01", .aktivitetsparat)
    let g = c.goal(.job, "Arbejde", created: "2024-01-10", subgoals: [(.faglig, "Kursus")])
    c.offer(.vejledningOgOpkvalificering, start: "2024-02-01", end: "2024-03-01", rightAndDuty: true, goalID: g)
    c.offer(.virksomhedspraktik, start: "2024-05-01", purpose: "")
    c.absence("2024-05-10", cause: .ukendt)
    for language in [Language.da, .en] {
        let r = c.evaluate(asOf: "2024-06-20")
        for o in r.obligations {
            print(o.ruleID, "v\(o.ruleVersion)", o.status, o.deadline?.iso ?? "-", o.subjectID ?? "", "|", o.explanation(language), "|", o.arithmetic(language) ?? "", "|", o.evidence.map { $0.summary(language) })
        }
    }
    for language in [Language.da, .en] {
        let r = CaseBuilder(.uddannelseshjaelp, .uddannelsesparat, start: "2019-03-04", firstContact: "2019-03-04").evaluate(asOf: "2024-06-30")
        for o in r.obligations { print(o.ruleID, o.status, o.explanation(language)) }
    }
    print(RuleText.catalogue(language: .da))
    print(RuleText.describe(RuleCatalogue.rules[0], language: .da))
    print(RuleText.describe(RuleCatalogue.rules[0], language: .en))
}
