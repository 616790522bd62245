import Testing
import JobsagCore
import TerminalKit
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
            needed += labelKeys(CaseSort.self) + labelKeys(AgendaBucket.self) + labelKeys(CaseScope.self)
            needed += JournalText.allCases.map { "journal." + $0.rawValue } + SearchText.allCases.map { "search." + $0.rawValue }
            needed += labelKeys(LogSearch.Kind.self) + labelKeys(LogSearch.Field.self)
            let missing = needed.filter { !keys.contains($0) }
            #expect(missing == [], "missing in \(language): \(missing)")
        }
    }

    @Test func formatsArguments() {
        let strings = Strings(language: .da)
        #expect(strings.format(.caseCount, 62) == "62 sager")
        #expect(Strings(language: .en).format(.caseCount, 62) == "62 cases")
    }

    @Test func everyKeyTheFormsUseExists() {
        for language in Language.allCases {
            let strings = Strings(language: language)
            var needed = FormText.allCases.map(\.key)
            needed += FormKind.allCases.flatMap { ["form." + $0.rawValue + ".new", "form." + $0.rawValue + ".edit"] }
            needed += labelKeys(Absence.ReasonableCause.self) + labelKeys(ContactAttempt.Channel.self) + labelKeys(Guidance.Kind.self)
            needed += labelKeys(Guidance.Channel.self) + labelKeys(Guidance.Answer.self) + labelKeys(LiteracyTest.Result.self)
            needed += labelKeys(SanctionDecision.Kind.self) + Guidance.Kind.allCases.map { Guidance.Kind.shortLabelKey($0) }
            needed += ExemptionForm.scopes.map { "forms.exemptionScope." + $0 }
            needed += [Exemption.Scope.standby, Exemption.Scope.rule225].map { "forms.exemptionScope.short." + $0 }
            let missing = needed.filter { !strings.keys.contains($0) }
            #expect(missing == [], "missing in \(language): \(missing)")
            let empty = needed.filter { strings.entry($0).trimmingWhitespace().isEmpty }
            #expect(empty == [])
        }
    }

    /// Every form, new on every fixture case and edited on every entry of a case with an
    /// entry of each kind: a title and a label for every field, none of them a key.
    @Test func everyFieldOfEveryFormHasALabel() {
        for language in Language.allCases {
            var state = FormFixtures.state(language: language)
            var forms: [FormState] = []
            for kind in FormKind.allCases {
                state.open(kind, nil)
                if kind == .newCase, let form = state.form { forms.append(form) }
                for item in state.cases.values {
                    state.open(kind, item.id)
                    if let form = state.form { forms.append(form) }
                }
            }
            let rich = FormFixtures.richCase
            var refs: [EntryRef] = [.offerFollowUp("f6", offer: "t6"), .offerEvaluation(offer: "t6")]
            state.open(.sanctionApproval, rich.id, entry: "s7")
            if let form = state.form { forms.append(form) }
            for tab in DetailTab.allCases {
                refs += state.entries(tab, of: rich.id).compactMap { $0.ref(in: rich) }
            }
            for ref in refs {
                state.open(ref.formKind, rich.id, entry: ref.entryID, parent: ref.parentID)
                if let form = state.form { forms.append(form) }
            }
            #expect(Set(forms.map(\.kind)).count == FormKind.allCases.count)
            for form in forms {
                #expect(!form.title.hasPrefix("form.") && !form.title.isEmpty, "\(form.kind) has no title in \(language)")
                for field in form.fields {
                    #expect(!field.label.hasPrefix("field.") && !field.label.isEmpty, "\(form.kind).\(field.id) has no label in \(language)")
                    if case .choice(let options, _) = field.value {
                        #expect(options.allSatisfy { !$0.label.isEmpty && !$0.label.contains(".") || $0.label.contains(" ") },
                                "\(form.kind).\(field.id) has an option without a label in \(language)")
                    }
                    if let hint = field.hint { #expect(!hint.hasPrefix("forms."), "\(form.kind).\(field.id) has a key as hint") }
                }
            }
        }
    }

    private func labelKeys<Value: LabeledValue>(_ type: Value.Type) -> [String] {
        Value.allCases.map { Value.labelKey($0) }
    }
}

/// English explanations write dates as the Danish screens do, `dd.mm.yyyy`, never ISO (issue 14).
@Suite struct EnglishDateTests {
    @Test func englishRuleTextsUseDayMonthYear() throws {
        let state = Fixtures.state(language: .en)
        let iso = try Regex(#"\d{4}-\d{2}-\d{2}"#)
        for assessment in state.cases.keys.compactMap(state.assessment(of:)) {
            for obligation in assessment.obligations {
                let texts = [obligation.explanation.en, obligation.arithmetic?.en ?? ""] + obligation.evidence.map(\.summary.en)
                for text in texts { #expect(text.firstMatch(of: iso) == nil, "\(obligation.ruleID): \(text)") }
            }
        }
        let explanation = try #require(state.assessment(of: "S-000001")?.obligations.first { $0.ruleID == "RD.VEJL" }?.explanation.en)
        #expect(explanation.contains("07.01.2026"))
    }
}
