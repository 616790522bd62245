import Foundation
import JobsagCore
import Testing
@testable import JobsagDemo

@Suite struct VocabularyTests {
    @Test func theBundledListsLoadAndPassTheirChecks() {
        #expect(DemoVocabulary.loadingProblem == nil, "\(String(describing: DemoVocabulary.loadingProblem))")
        let vocabulary = DemoVocabulary.shared
        #expect(vocabulary.surnames.count >= 80)
        #expect(vocabulary.danishMale.count >= 50 && vocabulary.danishFemale.count >= 50)
        #expect(vocabulary.origins.count >= 8)
        #expect(vocabulary.sectors.count >= 10)
        #expect(vocabulary.educations.count >= 15)
        #expect(vocabulary.templateCount >= 2 * TextKey.allCases.count)
        for key in TextKey.allCases { #expect(vocabulary.text(key).count >= 2, "\(key.rawValue) has one template") }
    }

    @Test func theNameListsHaveAeOeAa() {
        let vocabulary = DemoVocabulary.shared
        let names = vocabulary.danishMale.elements + vocabulary.danishFemale.elements + vocabulary.surnames.elements
        for letter in ["æ", "ø", "å", "Å", "Ø", "Æ"] { #expect(names.contains { $0.contains(letter) }, "\(letter)") }
        #expect(vocabulary.middleNames.elements.contains("Ærø"))
        #expect(vocabulary.danishFemale.elements.contains { $0.hasPrefix("Å") })
        #expect(vocabulary.danishMale.elements.contains { $0.hasPrefix("Å") })
        #expect(vocabulary.surnames.elements.contains { $0.hasPrefix("Ø") })
    }

    @Test func templatesAreParsedIntoTextAndSlots() throws {
        let template = try TextTemplate(parsing: "Job som {stilling} hos {virksomhed}.")
        #expect(template.slots == [.stilling, .virksomhed])
        var values = SlotValues()
        values.stilling = "lagermedarbejder"
        values.virksomhed = "Nordlager A/S"
        #expect(template.render(values) == "Job som lagermedarbejder hos Nordlager A/S.")
        #expect(throws: TextTemplate.Problem.unknownSlot("navn")) { try TextTemplate(parsing: "Hej {navn}") }
        #expect(throws: TextTemplate.Problem.unclosedBrace) { try TextTemplate(parsing: "Hej {fornavn") }
    }

    @Test func aBundleWithoutTheListsIsReportedNotFatal() {
        let empty = Bundle(path: NSTemporaryDirectory()) ?? Bundle.main
        #expect(throws: DemoVocabularyError.missingFile("names.json")) { try DemoVocabulary.load(from: empty) }
        let data = DemoGenerator(seed: 1, today: Fixtures.today, profile: .standard, vocabulary: DemoVocabulary.fallback)
            .generate(caseCount: 50)
        #expect(data.cases.count == 50)
    }

    @Test func jobTitlesReadAsLowerCaseInSentences() {
        #expect("Lagermedarbejder".lowercasingFirstWord() == "lagermedarbejder")
        #expect("IT-supporter".lowercasingFirstWord() == "IT-supporter")
        #expect("VVS-montør".lowercasingFirstWord() == "VVS-montør")
        #expect("Søren Ærø".emailPart == "sorenaero".replacingOccurrences(of: "soren", with: "soeren").replacingOccurrences(of: "aero", with: "aeroe"))
        #expect("Åse".emailPart == "aase")
        #expect("Yılmaz".emailPart == "yilmaz")
        #expect(12.5.formattedHours == "12,5" && 12.0.formattedHours == "12")
    }
}
