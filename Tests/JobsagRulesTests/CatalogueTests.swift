import JobsagCore
@testable import JobsagRules
import Testing

/// The catalogue: every rule of RULES.md §3 and §4, with complete, consistent metadata.
@Suite struct CatalogueTests {
    static let section3 = [
        "KF.4I6", "KF.FOERSTE.FYSISK", "KF.FORM", "KF.EFTER6", "KF.FAELLES", "KF.FAELLES.16", "KF.FOERSTE.1U",
        "KF.SYG.UGE8", "KF.SYG.FOERSTE", "UH.VISITATION", "UH.PAALAEG", "UH.PAALAEG.OPFOELG", "UH.PAALAEG.FRIST",
        "UH.LSR", "UH.225.VEJL", "UH.KOORD", "UH.UDDMAAL", "UH.OPSTART", "UH.FRAFALD", "KA.KOORD", "TB.RETPLIGT",
        "TB.VO.IKKE.RP", "TB.AKTIV12", "TB.FORMAAL", "TB.PRAKTIK.FORMAAL", "TB.OPFOELG", "TB.PASSIV", "PL.FINDES",
        "PL.JOBMAAL", "PL.DELMAAL", "PL.AFTALER", "PL.ROED.TRAAD", "PL.STATUS", "PL.CV", "RD.VEJL", "RD.UDEBLIV",
        "RD.AP.KONTAKT", "RD.40A", "RD.40A.GODKEND", "TT.UNDTAG", "IN.KATEGORI", "IN.TILBUD1", "IN.PAUSE6U",
        "IN.DANSK", "FJ.REHAB", "FJ.ARBEJDSEVNE", "FJ.TIMER", "FJ.PROGRESSION",
    ]
    static let section4 = ["KF.UH.UP.2I3", "KF.UH.AP.2MD", "KF.KH.AP.4I12", "TB.UH.1MD", "PL.CV.AAUP"]
    /// Rules the seeds ask for beyond RULES.md: seed 001 R17's self-booking.
    static let fromSeeds = ["KF.SELVBOOK"]

    @Test func everyRuleOfTheSpecificationIsInTheCatalogueInOrder() {
        #expect(RuleCatalogue.ids == Self.section3 + Self.section4 + Self.fromSeeds)
    }

    @Test func everyVersionHasItsMetadata() {
        for rule in RuleCatalogue.rules {
            #expect(!rule.title.da.isEmpty && !rule.title.en.isEmpty, "\(rule.id)")
            #expect(!rule.requirement.da.isEmpty && !rule.requirement.en.isEmpty, "\(rule.id)")
            #expect(!rule.evidence.da.isEmpty && !rule.evidence.en.isEmpty, "\(rule.id)")
            #expect(!rule.anchor.da.isEmpty && !rule.anchor.en.isEmpty, "\(rule.id)")
            #expect(!rule.appliesTo.groups.isEmpty && !rule.appliesTo.description.da.isEmpty, "\(rule.id)")
            #expect(!rule.sources.isEmpty, "\(rule.id)")
            #expect(rule.validTo.map { rule.validFrom < $0 } ?? true, "\(rule.id)")
            #expect(rule.version >= 1, "\(rule.id)")
        }
    }

    @Test func versionsOfARuleDoNotOverlapAndCountUp() {
        for id in RuleCatalogue.ids {
            let versions = RuleCatalogue.versions(of: id)
            #expect(versions.map(\.version) == Array(1...versions.count), "\(id)")
            for (older, newer) in zip(versions, versions.dropFirst()) {
                #expect(older.validTo == newer.validFrom, "\(id) v\(older.version) must end when v\(newer.version) starts")
            }
        }
    }

    @Test func kindsAndLegalReferencesAsTheSourcesGiveThem() {
        func rule(_ id: String) -> Rule? { RuleCatalogue.versions(of: id).last }
        #expect(rule("PL.STATUS")?.kind == .note)
        #expect(rule("KF.EFTER6")?.kind == .lokal)
        #expect(rule("RD.40A.GODKEND")?.kind == .lokal)
        #expect(rule("FJ.PROGRESSION")?.kind == .lokal)
        #expect(rule("KF.SELVBOOK")?.kind == .lokal && RulePolicy.standard.isEnabled("KF.SELVBOOK") == false)
        #expect(rule("TB.AKTIV12")?.kind == .fokusmaal)
        #expect(rule("TB.OPFOELG")?.kind == .godPraksis)
        #expect(rule("KA.KOORD")?.legalReference == "LAB § 36, stk. 2")
        #expect(rule("UH.KOORD")?.legalReference == "LAB § 18 a, stk. 2")
        #expect(rule("UH.LSR")?.legalReference.hasPrefix("LAB § 75 q") == true)
        #expect(rule("RD.40A")?.legalReference == "LAS § 40 a, stk. 1")
        #expect(rule("PL.JOBMAAL")?.legalReference == "LAB § 41, stk. 2, nr. 1")
        #expect(rule("KF.FORM")?.legalReference == "Lov nr. 295 af 20. marts 2023")
        #expect(rule("KF.4I6")?.sources.first?.quote?.hasPrefix("Skifter borgeren ydelse") == true)
    }

    @Test func perEntryRulesNameTheirSubject() {
        #expect(RuleCatalogue.versions(of: "KF.FORM").first?.subjectKind == .conversation)
        #expect(RuleCatalogue.versions(of: "TB.FORMAAL").first?.subjectKind == .offer)
        #expect(RuleCatalogue.versions(of: "RD.40A").first?.subjectKind == .sanction)
        #expect(RuleCatalogue.versions(of: "KF.4I6").first?.subjectKind == nil)
    }

    @Test func lookups() {
        #expect(RuleCatalogue.rule(id: "TB.AKTIV12", version: 2)?.validFrom == day("2023-03-22"))
        #expect(RuleCatalogue.rule(id: "TB.AKTIV12", version: 3) == nil)
        #expect(RuleCatalogue.versions(of: "NOPE").isEmpty)
        #expect(RuleCatalogue.rules.count == Set(RuleCatalogue.rules).count)
    }

    @Test func catalogueTextHasOneLinePerVersion() {
        let text = RuleText.catalogue(language: .da)
        let lines = text.split(separator: "\n")
        #expect(lines.count == RuleCatalogue.rules.count)
        #expect(lines.contains { $0.hasPrefix("TB.AKTIV12") && $0.contains("v1") && $0.contains("01.01.2020–21.03.2023") })
        #expect(lines.contains { $0.hasPrefix("PL.STATUS") && $0.contains("note") })
        #expect(RuleText.catalogue(language: .en).contains("22.03.2023"))
    }

    @Test func describeShowsAllMetadata() throws {
        let rule = try #require(RuleCatalogue.rule(id: "TB.AKTIV12", version: 1))
        let text = RuleText.describe(rule, language: .da)
        for part in ["TB.AKTIV12 v1", "Type: fokusmål", "Gælder for:", "Regnes fra:", "Krav:", "Dokumentation:",
                     "Gyldighed: 01.01.2020–21.03.2023", "Lovgrundlag:", "000 l.1102-1103", "Andre versioner: v2"] {
            #expect(text.contains(part), "\(part)")
        }
        let english = RuleText.describe(rule, language: .en)
        #expect(english.contains("Validity: 01.01.2020–21.03.2023"))
        let none = try #require(RuleCatalogue.rule(id: "TB.OPFOELG", version: 1))
        #expect(RuleText.describe(none, language: .da).contains("Lovgrundlag: (ikke angivet i kilderne)"))
    }
}
