import Testing
import JobsagCore
@testable import JobsagApp

@Suite struct StringsTests {
    @Test func bothLanguagesHaveTheSameKeys() {
        let danish = Set(Strings.loadTable(.da).keys)
        let english = Set(Strings.loadTable(.en).keys)
        #expect(!danish.isEmpty)
        #expect(danish.subtracting(english).sorted() == [])
        #expect(english.subtracting(danish).sorted() == [])
    }

    @Test func everyKeyTheCodeUsesExists() {
        for language in Language.allCases {
            let keys = Strings(language: language).keys
            var needed = UIText.allCases.map(\.rawValue)
            needed += Action.allCases.map { "action." + $0.rawValue }
            needed += KeyContext.allCases.map { "mode." + $0.rawValue }
            needed += DetailTab.allCases.flatMap { ["tab." + String(describing: $0), "emptyTab." + String(describing: $0)] }
            needed += labelKeys(TargetGroup.self) + labelKeys(Benefit.self) + labelKeys(ReadinessCategory.self)
            needed += labelKeys(Conversation.Kind.self) + labelKeys(Conversation.Form.self) + labelKeys(Conversation.Outcome.self)
            needed += labelKeys(Offer.OfferType.self) + labelKeys(Goal.Kind.self) + labelKeys(Goal.Status.self)
            needed += labelKeys(Subgoal.Kind.self) + labelKeys(Caseworker.Role.self) + labelKeys(AuditEvent.Action.self)
            needed += labelKeys(CaseSort.self) + labelKeys(AgendaBucket.self)
            let missing = needed.filter { !keys.contains($0) }
            #expect(missing == [], "missing in \(language): \(missing)")
        }
    }

    @Test func formatsArguments() {
        let strings = Strings(language: .da)
        #expect(strings.format(.caseCount, 62) == "62 sager")
        #expect(Strings(language: .en).format(.caseCount, 62) == "62 cases")
    }

    private func labelKeys<Value: LabeledValue>(_ type: Value.Type) -> [String] {
        Value.allCases.map { Value.labelKey($0) }
    }
}
