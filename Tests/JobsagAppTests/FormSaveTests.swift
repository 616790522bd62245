import Testing
import JobsagCore
import TerminalKit
@testable import JobsagApp

/// Valid forms: exactly one save (or create) with the expected case, and the form closes
/// when the runtime reports the save.
@Suite struct FormSaveTests {
    private let today = Fixtures.asOf

    /// Saves the open form and returns the one case it saves.
    private func saveOne(_ state: inout AppState, sourceLocation: SourceLocation = #_sourceLocation) throws -> Case {
        let effects = state.save()
        #expect(effects.count == 1, "effects: \(effects)", sourceLocation: sourceLocation)
        let saved = try #require(savedCases(effects).first, "no save; messages: \(state.form?.errors ?? [:])", sourceLocation: sourceLocation)
        state.store(effects)
        #expect(state.overlay == nil, "the form stayed open", sourceLocation: sourceLocation)
        return saved
    }

    /// Typing into a prefilled date replaces it (`-3` is three days ago, not `23.11.2026-3`);
    /// a cursor key first keeps it for editing.
    @Test func typingIntoAFilledInDateReplacesIt() throws {
        var state = FormFixtures.state()
        state.send(.character("s"))
        for _ in 0..<8 where state.form?.focusedField?.id != "date" { state.send(.backTab) }
        #expect(state.form?.focusedField?.id == "date")
        #expect(state.form?.text("date") == today.danish)
        state.type("-3")
        #expect(state.form?.text("date") == "-3")
        state.send(.tab)
        state.send(.backTab)
        state.send(.end)
        state.type("0")
        #expect(state.form?.text("date") == "-30")
    }

    @Test func aDiscardedFormLeavesNothingMarkedUnsaved() {
        var state = FormFixtures.state()
        state.send(.character("s"))
        state.type("Ærinde på Østerbro")
        #expect(state.saveIndicator == .unsaved)
        state.send(.escape)
        state.send(.character("j"))
        #expect(state.overlay == nil)
        #expect(state.saveIndicator == .none)
    }

    @Test func newCaseCreatesTheCitizenAndTheFirstEpisode() throws {
        var state = FormFixtures.state()
        state.send(.character("n"))
        #expect(state.form?.kind == .newCase)
        state.apply([.text("name", "  A\u{030A}se Ærø Åsmussen "), .text("cpr", "241178 4321")])
        #expect(state.leave("cpr") == state.strings[form: .cprWrongForm])
        state.apply([.text("cpr", "241178-4321"), .choice("benefit", "uddannelseshjaelp"), .choice("category.uddannelseshjaelp", "aktivitetsparat"),
                     .text("start", "01.11.2026"), .text("firstContact", "28.10.2026"), .text("phone", "+45 12 34 56 78"),
                     .choice("preferredForm", "video"), .checkbox("barrier.psykiske", true)])
        let effects = state.save()
        #expect(effects.count == 1)
        guard case .create(let created)? = effects.first else {
            Issue.record("expected a create, got \(effects)")
            return
        }
        #expect(created.citizen.name == "Åse Ærø Åsmussen")
        #expect(created.citizen.name.unicodeScalars.count == "Åse Ærø Åsmussen".precomposedStringWithCanonicalMapping.unicodeScalars.count)
        #expect(created.citizen.cpr.formatted == "241178-4321")
        #expect(created.citizen.preferredForm == .video)
        #expect(created.citizen.barriers == [.psykiske])
        #expect(created.caseworker == "MHJ")
        #expect(created.created == today)
        #expect(created.episodes.count == 1)
        let episode = try #require(created.episodes.first)
        #expect(episode.benefit == .uddannelseshjaelp && episode.category == .aktivitetsparat)
        #expect(episode.start == Fixtures.date("2026-11-01") && episode.firstContact == Fixtures.date("2026-10-28") && episode.end == nil)
        #expect(!episode.id.isEmpty)
        let storedCase = state.store(effects)
        let stored = try #require(storedCase)
        #expect(state.cases[stored.id]?.citizen.name == "Åse Ærø Åsmussen")
        #expect(state.selectedRow?.id == stored.id)
        #expect(state.message?.text.contains("ny sag for Åse Ærø Åsmussen") == true)
    }

    @Test func categoriesShownAreThoseTheBenefitAllows() throws {
        var state = FormFixtures.state()
        state.open(.newCase, nil)
        for benefit in Benefit.allCases {
            state.apply([.choice("benefit", benefit.rawValue)])
            let form = try #require(state.form)
            let shown = form.visibleIndices.map { form.fields[$0] }.filter { $0.id.hasPrefix("category.") }
            if benefit.allowedCategories.isEmpty {
                #expect(shown.isEmpty, "\(benefit) shows a category")
            } else {
                #expect(shown.count == 1)
                guard case .choice(let options, _)? = shown.first?.value else { continue }
                #expect(options.map(\.value) == benefit.allowedCategories.map(\.rawValue))
            }
            let integration = form.visibleIndices.contains { form.fields[$0].id == "arrivalDate" }
            #expect(integration == (benefit == .selvforsoergelsesydelse))
        }
    }

    @Test func caseDetailsEditTheCitizenAndKeepTheEpisodes() throws {
        var state = FormFixtures.state()
        state.open(.newCase, FormFixtures.richCaseID)
        #expect(state.form?.title == "Borgerens oplysninger")
        state.apply([.text("email", "mikkel.hansen@eksempel.dk"), .choice("coordinatingCaseworker", "MHJ")])
        let saved = try saveOne(&state)
        var expected = FormFixtures.richCase
        expected.citizen.email = "mikkel.hansen@eksempel.dk"
        expected.coordinatingCaseworker = "MHJ"
        #expect(saved == expected)
    }

    @Test func episodeChangeEndsTheOpenEpisodeTheDayBefore() throws {
        var state = FormFixtures.state()
        state.open(.episodeChange, "S-000001")
        state.apply([.choice("benefit", "sygedagpenge"), .text("start", "02.11.2026")])
        let saved = try saveOne(&state)
        #expect(saved.episodes.count == 2)
        #expect(saved.episodes[0].id == "e1" && saved.episodes[0].end == Fixtures.date("2026-11-01"))
        #expect(saved.episodes[1].benefit == .sygedagpenge && saved.episodes[1].start == Fixtures.date("2026-11-02") && saved.episodes[1].end == nil)
        #expect(saved.episodes[1].firstContact == nil)
        #expect(saved.targetGroup(on: today) == .sygedagpenge)
    }

    @Test func sameBenefitIsPointedOutButSaves() throws {
        var state = FormFixtures.state()
        state.open(.episodeChange, "S-000001")
        state.apply([.choice("benefit", "kontanthjaelp")])
        #expect(state.leave("benefit") == state.strings[form: .sameBenefit] || state.form?.errors["benefit"] == nil)
        state.apply([.text("start", "01.11.2026"), .text("firstContact", "30.10.2026")])
        _ = try saveOne(&state)
    }

    @Test func visitationRecordsTheCategoryAndWhoDecided() throws {
        var state = FormFixtures.state()
        state.open(.visitation, "S-000002")
        let form = try #require(state.form)
        guard case .choice(let options, _)? = form.fields.first(where: { $0.id == "category" })?.value else { return }
        #expect(options.map(\.value) == ["aabenlystUddannelsesparat", "uddannelsesparat", "aktivitetsparat"])
        // Uddannelsesparat needs no justification.
        state.apply([.choice("category", "uddannelsesparat"), .text("date", "20.11.2026")])
        let saved = try saveOne(&state)
        let visitation = try #require(saved.visitations.last)
        #expect(visitation.category == .uddannelsesparat && visitation.decidedBy == "MHJ" && visitation.date == Fixtures.date("2026-11-20"))
        #expect(saved.targetGroup(on: today) == .uhUddannelsesparat)
    }

    @Test func goalDefaultsToAnEducationGoalForUddannelseshjaelp() throws {
        var state = FormFixtures.state()
        state.open(.goal, "S-000002")
        #expect(state.form?.choice("kind") == "uddannelse")
        state.open(.goal, "S-000001")
        #expect(state.form?.choice("kind") == "job")
    }

    @Test func aGenericJobTitleIsPointedOutAtTheFieldButDoesNotStopTheSave() throws {
        var state = FormFixtures.state()
        state.open(.goal, "S-000001")
        state.apply([.text("title", "Arbejde!")])
        #expect(state.leave("title") == state.strings.format(form: .genericJobTitle, "Arbejde!"))
        state.apply([.text("title", "Buschauffør")])
        #expect(state.leave("title") == nil)
        state.apply([.text("title", "job"), .text("deadline", "01.06.2027")])
        let saved = try saveOne(&state)
        let goal = try #require(saved.goals.last)
        #expect(goal.title == "job" && goal.kind == .job && goal.status == .aktiv)
        #expect(goal.created == today && goal.updated == today && goal.deadline == Fixtures.date("2027-06-01"))
        // An education goal with a short title is no warning.
        state.open(.goal, "S-000001")
        state.apply([.choice("kind", "uddannelse"), .text("title", "job")])
        #expect(state.leave("title") == nil)
    }

    @Test func editingAGoalKeepsItsIdCreatedAndSubgoalsAndSetsUpdated() throws {
        var state = FormFixtures.state()
        state.open(.goal, "S-000001", entry: "g1")
        state.apply([.text("title", "Lagermedarbejder hos Salling"), .choice("status", "opnaaet")])
        let saved = try saveOne(&state)
        #expect(saved.goals.count == 1)
        let goal = try #require(saved.goals.first)
        #expect(goal.id == "g1" && goal.title == "Lagermedarbejder hos Salling" && goal.status == .opnaaet)
        #expect(goal.created == Fixtures.date("2026-01-20") && goal.updated == today && goal.subgoals.map(\.id) == ["sg1", "sg2"])
    }

    @Test func subgoalGoesUnderTheGoalItWasOpenedOnAndCanMove() throws {
        var state = FormFixtures.state()
        state.open(.subgoal, FormFixtures.richCaseID, parent: "g7")
        #expect(state.form?.choice("goal") == "g7")
        state.apply([.text("title", "Søge tre stillinger om ugen"), .choice("kind", "jobsoegning")])
        var saved = try saveOne(&state)
        let added = try #require(saved.goals.first { $0.id == "g7" }?.subgoals.first)
        #expect(added.title == "Søge tre stillinger om ugen" && added.kind == .jobsoegning && added.created == today)
        // Moving an existing subgoal to the other goal keeps its id and links.
        state.open(.subgoal, FormFixtures.richCaseID, entry: "sg6", parent: "g6")
        #expect(state.form?.entryID == "sg6")
        state.apply([.choice("goal", "g7")])
        saved = try saveOne(&state)
        #expect(saved.goals.first { $0.id == "g6" }?.subgoals.isEmpty == true)
        #expect(saved.goals.first { $0.id == "g7" }?.subgoals.map(\.id) == [added.id, "sg6"])
        #expect(saved.offers.first?.goalID == "sg6")
    }

    @Test func offerLinksToTheGoalLastUsedAndSaves() throws {
        var state = FormFixtures.state()
        state.open(.offer, "S-000001")
        #expect(state.form?.choice("goal") == "sg1")  // the goal the last offer served
        state.apply([.choice("type", "loentilskud"), .checkbox("rightAndDuty", true), .text("start", "01.12.2026"), .text("end", "31.05.2027"),
                     .text("provider", "Coop Ølstykke"), .text("hoursPerWeek", "7,5"), .text("assessment", "Klar til løntilskud."),
                     .text("purpose", "Ordinære timer på lager.")])
        let saved = try saveOne(&state)
        let offer = try #require(saved.offers.last)
        #expect(offer.type == .loentilskud && offer.rightAndDuty && offer.hoursPerWeek == 7.5 && offer.goalID == "sg1")
        #expect(offer.start == Fixtures.date("2026-12-01") && offer.end == Fixtures.date("2027-05-31") && offer.internshipPurpose == nil)
    }

    @Test func offerWithoutAGoalIsPointedOutButSaves() throws {
        var state = FormFixtures.state()
        state.open(.offer, "S-000004")
        #expect(state.form?.choice("goal") == "")
        #expect(state.leave("goal") == state.strings[form: .offerWithoutGoal])
        let saved = try saveOne(&state)
        #expect(saved.offers.last?.goalID == nil)
    }

    @Test func internshipPurposeShowsOnlyForVirksomhedspraktik() throws {
        var state = FormFixtures.state()
        state.open(.offer, "S-000002")
        let hidden = try #require(state.form)
        #expect(!hidden.visibleIndices.contains { hidden.fields[$0].id == "internshipPurpose" })
        state.apply([.choice("type", "virksomhedspraktik"), .choice("internshipPurpose", "2")])
        let shown = try #require(state.form)
        #expect(shown.visibleIndices.contains { shown.fields[$0].id == "internshipPurpose" })
        let saved = try saveOne(&state)
        #expect(saved.offers.last?.internshipPurpose == 2)
    }

    @Test func followUpAndEvaluationGoOnTheOffer() throws {
        var state = FormFixtures.state()
        state.open(.offerFollowUp, "S-000001", parent: "t1")
        state.apply([.text("date", "01.04.2026"), .checkbox("companyInvolved", true), .text("note", "Trives på lageret.")])
        var saved = try saveOne(&state)
        let followUp = try #require(saved.offers.first?.followUps.first)
        #expect(followUp.date == Fixtures.date("2026-04-01") && followUp.companyInvolved && followUp.note == "Trives på lageret.")
        state.open(.offerEvaluation, "S-000001", parent: "t1")
        #expect(state.form?.title == "Evaluering af tilbud")
        state.apply([.text("date", "20.05.2026"), .text("result", "Kan arbejde 20 timer; næste delmål: truckcertifikat.")])
        saved = try saveOne(&state)
        #expect(saved.offers.first?.evaluation == Offer.Evaluation(date: Fixtures.date("2026-05-20"), result: "Kan arbejde 20 timer; næste delmål: truckcertifikat."))
        // Opened again, the evaluation is edited, not added.
        state.open(.offerEvaluation, "S-000001", parent: "t1")
        #expect(state.form?.title == "Ret evaluering" && state.form?.entryID == "t1")
    }

    @Test func ordinaryHoursKeepTheFirstOfTheMonth() throws {
        var state = FormFixtures.state()
        state.open(.ordinaryHours, "S-000001")
        state.apply([.text("month", "17.10.2026"), .text("hours", "37,5")])
        let saved = try saveOne(&state)
        #expect(saved.ordinaryHours.last?.month == Fixtures.date("2026-10-01") && saved.ordinaryHours.last?.hours == 37.5)
    }

    @Test func reminderIsDueInAWeekByDefault() throws {
        var state = FormFixtures.state()
        state.open(.reminder, "S-000004")
        state.apply([.text("text", "Ring om jobsamtale")])
        let saved = try saveOne(&state)
        #expect(saved.reminders.last?.due == today.adding(days: 7) && saved.reminders.last?.createdBy == "MHJ" && saved.reminders.last?.done == nil)
    }

    @Test func exemptionIsDecidedByTheUser() throws {
        var state = FormFixtures.state()
        state.open(.exemption, "S-000003")
        #expect(state.form?.choice("scope") == Exemption.Scope.standby)
        state.apply([.choice("scope", "PL.CV"), .text("reason", "Meget svage IT-færdigheder."), .text("from", "i dag"), .text("to", "+90")])
        let saved = try saveOne(&state)
        let exemption = try #require(saved.exemptions.last)
        #expect(exemption.scope == "PL.CV" && exemption.decidedBy == "MHJ" && exemption.from == today && exemption.to == today.adding(days: 90))
        #expect(exemption.newAssessment)
    }

    @Test func exemptionFrom225HoursWantsAnIndividualReasonAndAPeriod() throws {
        var state = FormFixtures.state()
        state.open(.exemption, "S-000001")
        #expect(state.form?.choice("scope") == Exemption.Scope.rule225)
        state.apply([.text("reason", "Syg")])
        #expect(state.leave("reason") == state.strings[form: .exemptionReasonShort])
        #expect(state.leave("to") == state.strings[form: .exemptionNeedsPeriod])
        _ = try saveOne(&state)
    }

    @Test func guidanceRecordsTheChannelsAndTheAnswer() throws {
        var state = FormFixtures.state()
        state.open(.guidance, "S-000001")
        state.apply([.choice("kind", "koordinerendeTilbudt"), .choice("answer", "accepteret"), .checkbox("channel.eBoks", true)])
        let saved = try saveOne(&state)
        let guidance = try #require(saved.guidance.last)
        #expect(guidance.kind == .koordinerendeTilbudt && guidance.answer == .accepteret && guidance.channels == [.mundtlig, .eBoks])
        // The § 35 stk. 1 guidance wants all three channels.
        state.open(.guidance, "S-000001")
        #expect(state.leave("channel.eBoks") == state.strings[form: .rightsGuidanceChannels])
    }

    @Test func injunctionGetsThreeStepsInOrder() throws {
        var state = FormFixtures.state()
        state.open(.injunction, "S-000002")
        state.apply([.text("education", "PAU"), .text("step1", "01.01.2027"), .text("step2", "01.03.2027"), .text("step3", "01.08.2027")])
        let saved = try saveOne(&state)
        let injunction = try #require(saved.injunctions.last)
        #expect(injunction.given == today && injunction.education == "PAU")
        #expect(injunction.steps.map(\.number) == [1, 2, 3])
        #expect(injunction.steps.map(\.deadline) == ["2027-01-01", "2027-03-01", "2027-08-01"].map(Fixtures.date))
    }

    @Test func movingAStepDeadlineWithAReasonKeepsTheHistory() throws {
        var state = FormFixtures.state()
        state.open(.injunctionStep, FormFixtures.richCaseID, entry: "3", parent: "i6")
        #expect(state.form?.title == "Ret trin")
        state.apply([.text("deadline", "15.01.2027"), .text("reason", "Optag udskudt til januar.")])
        let saved = try saveOne(&state)
        let step = try #require(saved.injunctions.first?.steps.first { $0.number == 3 })
        #expect(step.deadline == Fixtures.date("2027-01-15"))
        #expect(step.deadlineChanges == [EducationInjunction.DeadlineChange(
            changedOn: today, previousDeadline: Fixtures.date("2026-12-15"), newDeadline: Fixtures.date("2027-01-15"),
            reason: "Optag udskudt til januar.")])
        // Marking it completed without moving it needs no reason.
        state.open(.injunctionStep, FormFixtures.richCaseID, entry: "3", parent: "i6")
        state.apply([.text("completed", "i dag")])
        let completed = try saveOne(&state)
        let done = try #require(completed.injunctions.first?.steps.first { $0.number == 3 })
        #expect(done.completed == today && done.deadlineChanges.count == 1)
    }

    /// FJ.PROGRESSION (RULES.md §3) reads `FlexJob.progressionGoals`: the palette's form
    /// "Progressionsmål i fleksjob" writes it on the chosen flex job, and only there.
    @Test func progressionGoalsAreWrittenOnTheChosenFlexJob() throws {
        var state = FormFixtures.state()
        var item = FormFixtures.richCase
        item.flexJobs = [
            FlexJob(id: "fj0", employer: "Gartneriet", start: Fixtures.date("2024-01-01"), end: Fixtures.date("2025-06-30"),
                    hoursPerWeek: 20, effectiveHoursPerWeek: 14),
            FlexJob(id: "fj1", employer: "Bageriet", start: Fixtures.date("2026-09-01"), hoursPerWeek: 12, effectiveHoursPerWeek: 6),
        ]
        state.replaceCase(item)
        state.open(.flexJobProgression, item.id)
        let form = try #require(state.form)
        #expect(form.title == "Progressionsmål i fleksjob")
        #expect(form.choice("flexJob") == "fj1")  // the job under 10 effective hours without goals
        #expect(state.save().isEmpty)  // the goals are required
        state.apply([.text("progressionGoals", "Fra 6 til 8 effektive timer inden 1. marts 2027.")])
        let saved = try saveOne(&state)
        #expect(saved.flexJobs.first { $0.id == "fj1" }?.progressionGoals == "Fra 6 til 8 effektive timer inden 1. marts 2027.")
        #expect(saved.flexJobs.first { $0.id == "fj0" }?.progressionGoals == nil)
        #expect(state.message?.text.contains("progressionsmål i fleksjob hos Bageriet fra 01.09.2026") == true)
        state.open(.flexJobProgression, item.id, entry: "fj1")
        #expect(state.form?.title == "Ret progressionsmål")
        #expect(state.form?.text("progressionGoals") == "Fra 6 til 8 effektive timer inden 1. marts 2027.")
    }

    @Test func progressionGoalsNeedAFlexJob() {
        var state = FormFixtures.state()
        state.open(.flexJobProgression, FormFixtures.richCaseID)
        #expect(state.form?.errors["flexJob"] == "Sagen har intet fleksjob; opret det først (: → Fleksjob).")
        state.apply([.text("progressionGoals", "Flere timer")])
        #expect(savedCases(state.save()).isEmpty)
    }

    /// A message under a field wraps in the value's column: at 80 columns it was cut at the
    /// form's edge ("… opret det først (: → Fle").
    @Test func aLongMessageUnderAFieldIsShownWholeAt80Columns() {
        var state = FormFixtures.state(size: Size(width: 80, height: 24))
        state.open(.flexJobProgression, FormFixtures.richCaseID)
        let lines = state.view().plainText.split(separator: "\n")
        let first = lines.firstIndex { $0.contains("↳ Sagen har intet fleksjob;") }
        #expect(first.map { lines[$0].contains("først (: →") && lines[$0 + 1].contains("  Fleksjob).") } == true,
                "\(lines.joined(separator: "\n"))")
    }

    /// A choice with nothing to choose from (a case without a flex job): a letter there
    /// stopped the program (the key monkey found it); now no key changes it.
    @Test func aChoiceWithoutOptionsTakesEveryKey() {
        var state = FormFixtures.state()
        state.open(.flexJobProgression, FormFixtures.richCaseID)
        #expect(state.form?.focusedField?.id == "flexJob")
        state.send(.character("a"), .character("Æ"), .right, .left, .home, .end, .character(" "))
        #expect(state.form?.focusedField?.id == "flexJob")
        #expect(state.form?.choice("flexJob") == nil)
    }

    @Test func literacyTestIsATestOrAnExemption() throws {
        var state = FormFixtures.state()
        state.open(.literacyTest, "S-000002")
        state.apply([.choice("mode", "undtaget"), .text("exemptionReason", "Har en ungdomsuddannelse (HF).")])
        var saved = try saveOne(&state)
        #expect(saved.literacyTests.last?.date == nil && saved.literacyTests.last?.exemptionReason == "Har en ungdomsuddannelse (HF).")
        state.open(.literacyTest, "S-000002")
        state.apply([.text("date", "-2"), .choice("result", "behov")])
        #expect(state.leave("courseOffered") == state.strings[form: .courseWanted])
        saved = try saveOne(&state)
        let test = try #require(saved.literacyTests.last)
        #expect(test.date == today.adding(days: -2) && test.result == .behov && test.exemptionReason.isEmpty && test.recorded == today)
    }

    @Test func absenceFromAConversationAndItsHearing() throws {
        var state = FormFixtures.state()
        state.open(.absence, "S-000001")
        #expect(state.form?.choice("fromEntry") == "c3")  // the no-show
        #expect(state.leave("hearingSent") == state.strings[form: .hearingWanted])
        state.apply([.text("date", "11.05.2026"), .text("hearingSent", "12.05.2026"), .text("hearingAnswered", "19.05.2026"),
                     .choice("reasonableCause", "nej")])
        let saved = try saveOne(&state)
        let absence = try #require(saved.absences.last)
        #expect(absence.from == "c3" && absence.reasonableCause == .nej && absence.hearingAnswered == Fixtures.date("2026-05-19"))
    }

    @Test func contactThroughTheFamilyWithConsent() throws {
        var state = FormFixtures.state()
        state.open(.contactAttempt, "S-000001")
        state.apply([.choice("channel", "familie"), .choice("consent", "ja"), .checkbox("reached", true), .text("note", "Talte med søsteren.")])
        let saved = try saveOne(&state)
        let attempt = try #require(saved.contactAttempts.last)
        #expect(attempt.channel == .familie && attempt.consent && attempt.reachedCitizen)
    }

    @Test func aggravatedSanctionRecordsItsPreconditions() throws {
        var state = FormFixtures.state()
        state.open(.sanction, FormFixtures.richCaseID)
        state.apply([.choice("kind", "skaerpet40a"), .text("paragraph", "LAS § 40 a"), .text("decided", "20.11.2026"), .text("effective", "21.11.2026"),
                     .text("lengthMonths", "2"), .text("lengthReason", "Anden skærpede sanktion."), .checkbox("absence.a6", true),
                     .checkbox("prior.s6", true), .checkbox("prior.s7", true), .choice("warning", "gd7"), .text("unwillingness", "Manglende vilje."),
                     .checkbox("activitySameDay", true), .checkbox("calendarMonth", true), .checkbox("categoryStated", true),
                     .checkbox("notResidenceTest", true)])
        let saved = try saveOne(&state)
        let sanction = try #require(saved.sanctions.last)
        #expect(sanction.kind == .skaerpet40a && sanction.lengthMonths == 2 && sanction.absenceIDs == ["a6"])
        #expect(sanction.priorSanctionIDs == ["s6", "s7"] && sanction.warningID == "gd7")
        #expect(sanction.checklist.activityOfferedSameDay && sanction.checklist.calendarMonthDecisionSameTime && sanction.checklist.categoryStated)
        #expect(sanction.approval == nil)  // approved by someone else, in SanctionApprovalTests
        // An ordinary sanction has no length, priors or warning.
        state.open(.sanction, FormFixtures.richCaseID)
        state.apply([.text("paragraph", "LAS § 36"), .checkbox("absence.a6", true)])
        let ordinarySaved = try saveOne(&state)
        let ordinary = try #require(ordinarySaved.sanctions.last)
        #expect(ordinary.kind == .ordinaer && ordinary.lengthMonths == nil && ordinary.priorSanctionIDs.isEmpty && ordinary.warningID == nil)
    }

    /// Every entry of the rich case: `e`, then Ctrl-S without a change, saves the case as it
    /// was (the entry keeps its id; a goal only gets today's date as changed).
    @Test func editingEveryEntryUnchangedSavesTheSameCase() throws {
        let original = FormFixtures.richCase
        var refs: [(EntryRef, DetailTab)] = []
        var probe = FormFixtures.state()
        for tab in [DetailTab.overview, .plan, .conversations, .offers, .reminders] {
            for entry in probe.entries(tab, of: original.id) {
                if let ref = entry.ref(in: original), !refs.contains(where: { $0.0 == ref }) { refs.append((ref, tab)) }
            }
        }
        #expect(refs.count == 23)
        for (ref, tab) in refs {
            var state = FormFixtures.state()
            let selected = state.select(ref, in: original.id, tab: tab)
            #expect(selected, "cannot select \(ref)")
            state.send(.character("e"))
            let form = try #require(state.form, "e opened no form on \(ref)")
            #expect(form.kind == ref.formKind)
            #expect(form.entryID == ref.entryID, "\(ref) opened as new")
            let effects = state.save()
            let saved = try #require(savedCases(effects).first, "\(ref) did not save: \(state.form?.errors ?? [:])")
            #expect(effects.count == 1)
            if ref.formKind == .goal || ref.formKind == .subgoal {
                #expect(saved.touchingGoals(on: Fixtures.asOf) == original.touchingGoals(on: Fixtures.asOf), "editing \(ref) changed the case")
            } else {
                #expect(saved == original, "editing \(ref) changed the case")
            }
        }
        // The follow-up and evaluation are edited from the offer.
        for ref in [EntryRef.offerFollowUp("f6", offer: "t6"), .offerEvaluation(offer: "t6")] {
            probe = FormFixtures.state()
            probe.open(ref.formKind, original.id, entry: ref.entryID, parent: ref.parentID)
            #expect(probe.form?.entryID == ref.entryID)
            #expect(savedCases(probe.save()).first == original, "editing \(ref) changed the case")
        }
    }
}
