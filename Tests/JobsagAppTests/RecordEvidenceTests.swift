import Testing
import JobsagCore
import JobsagRules
import TerminalKit
@testable import JobsagApp

/// Everything a rule asks for can be recorded (issue 14): the CV on Jobnet, the citizen's
/// details on an existing case, and the episode a "kan ikke vurderes" obligation names.
@Suite struct RecordEvidenceTests {
    private let today = Fixtures.asOf

    @Test func theCVFormRecordsTheCVOnJobnet() throws {
        var state = FormFixtures.state()
        state.open(.cv, FormFixtures.richCaseID)
        #expect(state.form?.title == "CV på Jobnet")
        state.apply([.text("registered", "01.10.2026"), .text("visibleToEmployers", "30.09.2026")])
        #expect(state.leave("visibleToEmployers") == "Kan ikke ligge før registreringen (01.10.2026).")
        #expect(savedCases(state.save()).isEmpty)
        state.apply([.text("visibleToEmployers", "02.10.2026")])
        let effects = state.save()
        let saved = try #require(savedCases(effects).first)
        #expect(saved.cv == JobnetCV(registered: Fixtures.date("2026-10-01"), visibleToEmployers: Fixtures.date("2026-10-02")))
        state.store(effects)
        #expect(state.overlay == nil)
        #expect(state.message?.text.contains("CV på Jobnet registreret 01.10.2026") == true)
        #expect(state.assessment(of: FormFixtures.richCaseID)?.obligations.first { $0.ruleID == "PL.CV" }?.status == .met)
        state.open(.cv, FormFixtures.richCaseID)
        #expect(state.form?.title == "Ret CV på Jobnet")
        #expect(state.form?.text("registered") == "01.10.2026")
    }

    @Test func theCVFormIsInTheCommandPalette() {
        var state = FormFixtures.state()
        state.send(.character(":"))
        _ = state.type("CV på")
        state.send(.enter)
        #expect(state.form?.kind == .cv)
    }

    /// `e` on the PL.CV obligation on Overblik opens the CV form, as `A` opens the approval
    /// form from an RD.40A obligation.
    @Test func editOnThePLCVObligationOpensTheCVForm() throws {
        var state = FormFixtures.state()
        try select(ruleID: "PL.CV", in: FormFixtures.richCaseID, &state)
        state.send(.character("e"))
        #expect(state.form?.kind == .cv)
        #expect(state.form?.caseID == FormFixtures.richCaseID)
    }

    /// UH.FRAFALD (a lovkrav) reads the reaction to a dropout-risk report: `e` on its
    /// obligation opens the report, and recording the reaction meets it.
    @Test func theReactionToADropoutReportIsRecordedFromItsObligation() throws {
        var state = FormFixtures.state()
        var item = FormFixtures.richCase
        item.injunctions[0].educationStart = .init(date: Fixtures.date("2026-08-01"), institution: "SOSU Øst")
        item.injunctions[0].dropoutReports = [.init(id: "dr1", date: Fixtures.date("2026-10-01"))]
        state.replaceCase(item)
        let obligation = try select(ruleID: "UH.FRAFALD", in: item.id, &state)
        #expect(obligation.status == .overdue)
        state.send(.character("e"))
        let form = try #require(state.form)
        #expect(form.kind == .dropoutReport && form.entryID == "dr1")
        #expect(form.title == "Ret besked om frafaldsrisiko")
        #expect(form.choice("injunction") == "i6")
        state.apply([.text("reacted", "30.09.2026")])
        #expect(state.leave("reacted") == "Kan ikke ligge før beskeden (01.10.2026).")
        state.apply([.text("reacted", "06.10.2026"), .text("reaction", "Mentor bevilget; samtale med skolen.")])
        let effects = state.save()
        let saved = try #require(savedCases(effects).first)
        #expect(saved.injunctions[0].dropoutReports == [.init(id: "dr1", date: Fixtures.date("2026-10-01"), reacted: Fixtures.date("2026-10-06"),
                                                              reaction: "Mentor bevilget; samtale med skolen.")])
        state.store(effects)
        #expect(state.assessment(of: item.id)?.obligations.first { $0.ruleID == "UH.FRAFALD" }?.status == .met)
    }

    @Test func aDropoutReportNeedsAStartedEducation() {
        var state = FormFixtures.state()
        state.open(.dropoutReport, FormFixtures.richCaseID)
        #expect(state.form?.title == "Besked om frafaldsrisiko")
        #expect(state.form?.errors["injunction"] == "Sagen har intet uddannelsespålæg med en registreret uddannelsesstart.")
        #expect(savedCases(state.save()).isEmpty)
    }

    /// FJ.REHAB (a lovkrav) needs the rehabilitation team's recommendation with its goal, job
    /// kinds and accommodations before the flex job: the form records all four.
    @Test func theRehabilitationTeamsRecommendationIsRecorded() throws {
        var state = FormFixtures.state()
        state.open(.rehabilitationRecommendation, FormFixtures.richCaseID)
        #expect(state.form?.title == "Rehabiliteringsteamets indstilling")
        state.apply([.text("date", "15.09.2026"), .text("employmentGoal", "Pædagogmedhjælper")])
        #expect(savedCases(state.save()).isEmpty)  // job kinds and accommodations are required
        state.apply([.text("jobKinds", "Børnehave, fritidshjem"), .text("accommodations", "Højst 4 timer om dagen; ingen løft.")])
        let effects = state.save()
        let saved = try #require(savedCases(effects).first)
        let recorded = try #require(saved.rehabilitationRecommendations.first)
        #expect(recorded.date == Fixtures.date("2026-09-15") && recorded.employmentGoal == "Pædagogmedhjælper")
        #expect(recorded.jobKinds == "Børnehave, fritidshjem" && recorded.accommodations == "Højst 4 timer om dagen; ingen løft.")
        state.store(effects)
        state.open(.rehabilitationRecommendation, FormFixtures.richCaseID, entry: recorded.id)
        #expect(state.form?.title == "Ret rehabiliteringsteamets indstilling")
        #expect(state.form?.text("accommodations") == "Højst 4 timer om dagen; ingen løft.")
    }

    /// FJ.ARBEJDSEVNE (a lovkrav) and FJ.TIMER read a flex job's work-capacity assessment:
    /// `e` on the obligation opens it on that job, and a written decision with complaint
    /// guidance meets it.
    @Test func theWorkCapacityInAFlexJobIsRecordedFromItsObligation() throws {
        var state = FormFixtures.state()
        var item = FormFixtures.richCase
        item.episodes.append(BenefitEpisode(id: "e6c", benefit: .fleksjob, start: Fixtures.date("2026-11-01")))
        item.episodes[1].end = Fixtures.date("2026-10-31")
        item.flexJobs = [FlexJob(id: "fj1", employer: "Bageriet Ørsted", start: Fixtures.date("2026-11-02"), hoursPerWeek: 15,
                                 effectiveHoursPerWeek: 10)]
        state.replaceCase(item)
        try select(ruleID: "FJ.ARBEJDSEVNE", in: item.id, &state)
        state.send(.character("e"))
        let form = try #require(state.form)
        #expect(form.kind == .workCapacity && form.entryID == "fj1")
        #expect(form.title == "Arbejdsevne i fleksjob")
        state.apply([.text("assessed", "10.11.2026"), .text("assessedHours", "12"), .text("intensity", "150")])
        #expect(state.leave("intensity") == "Skriv en intensitet mellem 1 og 100 %.")
        state.apply([.text("intensity", "67"), .checkbox("writtenDecision", true), .checkbox("complaintGuidance", true),
                     .text("hoursDifferenceReason", "Borgeren ønsker at prøve 15 timer.")])
        let effects = state.save()
        let saved = try #require(savedCases(effects).first)
        #expect(saved.flexJobs.first?.assessment == FlexJob.WorkCapacityAssessment(
            date: Fixtures.date("2026-11-10"), hoursPerWeek: 12, intensityPercent: 67, writtenDecision: true, complaintGuidance: true,
            hoursDifferenceReason: "Borgeren ønsker at prøve 15 timer."))
        state.store(effects)
        let obligations = try #require(state.assessment(of: item.id)?.obligations)
        #expect(obligations.first { $0.ruleID == "FJ.ARBEJDSEVNE" }?.status == .met)
        #expect(obligations.first { $0.ruleID == "FJ.TIMER" }?.status == .met)
    }

    /// A flex job can be recorded (issue 14): the form from the palette, checked (effective
    /// hours no more than the hours), and the FJ.* duties then count from it.
    @Test func aFlexJobIsRecordedFromThePaletteAndTheFlexJobDutiesFollow() throws {
        var state = FormFixtures.state()
        var item = FormFixtures.richCase
        item.episodes.append(BenefitEpisode(id: "e6c", benefit: .fleksjob, start: Fixtures.date("2026-11-01")))
        item.episodes[1].end = Fixtures.date("2026-10-31")
        state.replaceCase(item)
        _ = state.openCase(item.id, tab: .overview)
        state.send(.character(":"))
        _ = state.type("fleksjob")
        guard case .picker(let palette)? = state.overlay else {
            Issue.record("no palette")
            return
        }
        let index = try #require(palette.shownOptions.firstIndex { $0.choice == .form(.flexJob) })
        #expect(palette.shownOptions[index].label == "Fleksjob")
        for _ in 0..<index { state.send(.down) }
        state.send(.enter)
        let form = try #require(state.form)
        #expect(form.kind == .flexJob && form.title == "Fleksjob" && form.entryID == nil)
        Golden.check(state.view(), "form-flex-job-80x24")
        state.apply([.text("employer", "Bageriet Ørsted"), .text("start", "02.11.2026"), .text("end", "01.11.2026"),
                     .text("hoursPerWeek", "15"), .text("effectiveHours", "16")])
        #expect(state.leave("end") == "Slut kan ikke ligge før start (02.11.2026).")
        #expect(state.leave("effectiveHours") == "Skriv de effektive timer: over 0 og ikke flere end timerne pr. uge.")
        #expect(savedCases(state.save()).isEmpty)
        state.apply([.text("end", ""), .text("effectiveHours", "7,5")])
        let effects = state.save()
        let saved = try #require(savedCases(effects).first)
        let job = try #require(saved.flexJobs.first)
        #expect(job.employer == "Bageriet Ørsted" && job.start == Fixtures.date("2026-11-02") && job.end == nil)
        #expect(job.hoursPerWeek == 15 && job.effectiveHoursPerWeek == 7.5)
        state.store(effects)
        #expect(state.message?.text.contains("fleksjob hos Bageriet Ørsted fra 02.11.2026") == true)
        let ruleIDs = Set(state.assessment(of: item.id)?.obligations.map(\.ruleID) ?? [])
        #expect(ruleIDs.isSuperset(of: ["FJ.ARBEJDSEVNE", "FJ.PROGRESSION"]))
        // Edited: the work capacity recorded on it stays.
        var withAssessment = try #require(state.cases[item.id])
        withAssessment.flexJobs[0].assessment = FlexJob.WorkCapacityAssessment(
            date: Fixtures.date("2026-11-10"), hoursPerWeek: 12, intensityPercent: 60, writtenDecision: true, complaintGuidance: true)
        state.replaceCase(withAssessment)
        state.open(.flexJob, item.id, entry: job.id)
        #expect(state.form?.title == "Ret fleksjob" && state.form?.text("effectiveHours") == "7,5")
        state.apply([.text("hoursPerWeek", "20")])
        let edited = try #require(savedCases(state.save()).first?.flexJobs.first)
        #expect(edited.hoursPerWeek == 20 && edited.assessment?.intensityPercent == 60)
    }

    @Test func iOpensTheCitizensDetailsOnTheCaseAndSavesThem() throws {
        var state = FormFixtures.state()
        _ = state.openCase(FormFixtures.richCaseID, tab: .overview)
        state.send(.character("i"))
        let form = try #require(state.form)
        #expect(form.title == "Borgerens oplysninger")
        #expect(form.caseID == FormFixtures.richCaseID)
        #expect(form.text("phone") == "12 34 56 78")
        state.apply([.text("phone", "87 65 43 21"), .text("address", "Søndergade 4, 8000 Aarhus C"),
                     .choice("preferredForm", "video"), .checkbox("barrier.sociale", false)])
        let effects = state.save()
        let saved = try #require(savedCases(effects).first)
        #expect(saved.citizen.phone == "87 65 43 21")
        #expect(saved.citizen.address == "Søndergade 4, 8000 Aarhus C")
        #expect(saved.citizen.preferredForm == .video)
        #expect(saved.citizen.barriers == [.psykiske])
        #expect(saved.episodes == FormFixtures.richCase.episodes)
    }

    @Test func iOnTheCaseloadOpensTheSelectedCasesCitizen() {
        var state = FormFixtures.state()
        let selected = state.selectedRow?.id
        state.send(.character("i"))
        #expect(state.form?.kind == .newCase)
        #expect(state.form?.caseID == selected)
        #expect(state.form?.title == "Borgerens oplysninger")
    }

    /// A save the store refuses for another reason (the store replaced under the program): the
    /// form stays open with what was typed, and the message is shown in full above the fields.
    @Test func aRefusedSaveKeepsTheFormOpenWithTheStoresMessage() throws {
        var state = FormFixtures.state()
        state.open(.newCase, FormFixtures.richCaseID)
        state.apply([.text("cpr", "010203-1234")])
        #expect(!savedCases(state.save()).isEmpty)
        // The runtime passes the StoreError's message (JobsagStore) as it is.
        let refusal = "Intet gemt: datamappen /tmp/jobsag er erstattet af andre data, efter Jobsag åbnede den."
        _ = state.update(.saveFailed(message: refusal, isConflict: false))
        #expect(state.form?.text("cpr") == "010203-1234")
        #expect(state.message?.text == refusal + " Det, du har skrevet, er bevaret.")
        #expect(state.message?.kind == .error)
        #expect(state.form?.refusal == refusal)  // shown in full above the fields, not only in the status bar
        #expect(state.view().plainText.contains("Intet gemt: datamappen /tmp/jobsag er erstattet"))
    }

    /// A CPR number another case in the store has (a colleague's, not loaded): the form names
    /// the case and its caseworker and offers to open it; Enter reads it and asks for a work
    /// reason, as opening any colleague's case does (issue 14).
    @Test func aCPRNumberInUseOffersToOpenTheExistingCase() throws {
        var state = FormFixtures.state()
        state.open(.newCase, nil)
        state.apply([.text("name", "Ærling Østergård"), .text("cpr", "010203-1234")])
        let effects = state.save()
        #expect(effects.contains { if case .create = $0 { return true } else { return false } })
        _ = state.update(.cprInUse(caseID: "S-000042", caseworker: "ABC"))
        #expect(state.form?.text("name") == "Ærling Østergård")
        #expect(state.form?.refusal == "CPR-nummeret har allerede en sag: S-000042, sagsbehandler ABC. Intet er gemt; én borger har én sag.")
        #expect(state.keyContext == .confirm)
        let screen = state.view().plainText
        #expect(screen.contains("Enter eller j åbner S-000042 · en anden tast retter formularen"))
        Golden.check(state.view(), "form-cpr-in-use-80x24")
        // Another key goes back to the form, the refusal still shown.
        #expect(state.send(.character("x")).isEmpty)
        #expect(state.keyContext == .form && state.form?.text("name") == "Ærling Østergård")
        _ = state.update(.cprInUse(caseID: "S-000042", caseworker: "ABC"))
        #expect(state.send(.enter) == [.loadCase("S-000042")])
        #expect(state.overlay == nil)
        var colleagues = FormFixtures.richCase
        colleagues.id = "S-000042"
        colleagues.caseworker = "ABC"
        colleagues.coordinatingCaseworker = nil
        _ = state.update(.caseLoaded(colleagues))
        guard case .prompt(let prompt)? = state.overlay, case .accessReason("S-000042", _, _) = prompt.purpose else {
            Issue.record("no work reason asked")
            return
        }
        state.type("Borgeren søger igen; tjek sagen")
        let opened = state.send(.enter)
        #expect(opened.contains(.audit(action: .accessOutsideCaseload, caseID: "S-000042", changes: [], reason: "Borgeren søger igen; tjek sagen")))
        #expect(state.screen == .caseDetail && state.detail?.caseID == "S-000042")
        #expect(!state.rows.contains { $0.id == "S-000042" })
        state.send(.character("a"))
        #expect(!state.agenda.lines.contains { if case .item(let item) = $0 { return item.caseID == "S-000042" } else { return false } })
    }

    /// The same offer for a case the app holds, caught before the store is asked.
    @Test func aCPRNumberOfALoadedCaseOffersToOpenIt() throws {
        var state = FormFixtures.state()
        let other = try #require(state.cases.values.first { $0.id != FormFixtures.richCaseID })
        state.open(.newCase, nil)
        state.apply([.text("name", "Åge Ølund"), .text("cpr", other.citizen.cpr.formatted)])
        #expect(savedCases(state.save()).isEmpty)
        #expect(state.form?.offeredCase == other.id)
        state.send(.character("j"))
        #expect(state.screen == .caseDetail && state.detail?.caseID == other.id)
    }

    /// Enter on a "kan ikke vurderes" obligation opens the episode it names at the missing
    /// date; on any other obligation it shows *hvorfor?*.
    @Test func enterOnCannotEvaluateOpensTheEpisodeAtTheMissingDate() throws {
        var state = FormFixtures.state()
        var item = FormFixtures.richCase
        item.episodes[1].firstContact = nil
        state.replaceCase(item)
        let obligation = try select(ruleID: nil, in: item.id, &state) { $0.status == .cannotEvaluate }
        #expect(obligation.explanation.da.contains("ydelsesforløbet fra 01.01.2026 har ingen dato for første henvendelse"))
        state.send(.enter)
        let form = try #require(state.form)
        #expect(form.kind == .episodeChange)
        #expect(form.entryID == "e6b")
        #expect(form.focusedField?.id == "firstContact")
        state.apply([.text("firstContact", "20.12.2025")])
        let effects = state.save()
        state.store(effects)
        #expect(state.assessment(of: item.id)?.obligations.contains { $0.status == .cannotEvaluate } == false)

        try select(ruleID: "PL.CV", in: item.id, &state)
        state.send(.enter)
        guard case .why? = state.overlay else {
            Issue.record("Enter on an obligation that can be evaluated shows hvorfor?, got \(String(describing: state.overlay))")
            return
        }
    }

    /// Opens the case on Overblik and selects the first obligation of `ruleID` (or matching
    /// `where`); returns it.
    @discardableResult
    private func select(ruleID: String?, in caseID: CaseID, _ state: inout AppState,
                        where matches: (Obligation) -> Bool = { _ in true }) throws -> Obligation {
        _ = state.openCase(caseID, tab: .overview)
        let list = state.entries(.overview, of: caseID)
        let index = try #require(list.firstIndex { entry in
            guard case .obligation(let obligation) = entry.payload else { return false }
            return (ruleID == nil || obligation.ruleID == ruleID) && matches(obligation)
        })
        state.send(.home)
        for _ in 0..<index { state.send(.down) }
        return try #require(state.selectedObligation)
    }
}
