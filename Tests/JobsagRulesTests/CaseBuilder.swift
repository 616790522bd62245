import JobsagCore
@testable import JobsagRules
import Testing

// Small builders so that the tests read like the worked examples of RULES.md §6.

/// "2024-01-08" as a date.
func day(_ text: String) -> CalendarDate {
    guard let date = CalendarDate(text) else {
        Issue.record("not a date: \(text)")
        return CalendarDate(dayNumber: 0)
    }
    return date
}

/// A case under construction: one citizen, an open benefit episode, and entries added with
/// short calls. Entry ids are generated in order (`c1`, `o1`, ...).
struct CaseBuilder {
    var value: Case
    private var counter = 0

    init(
        _ benefit: Benefit, _ category: ReadinessCategory? = nil, start: String?, firstContact: String? = nil,
        arrival: String? = nil, inProgramme: Bool = false, hasYouthEducation: Bool = false
    ) {
        let citizen = Citizen(
            cpr: CPR("010190-1234")!, name: "Test Testesen", hasYouthEducation: hasYouthEducation)
        value = Case(
            id: "S-TEST", created: start.map(day) ?? day("2020-01-01"), caseworker: "TST", citizen: citizen,
            episodes: [
                BenefitEpisode(
                    id: "e1", benefit: benefit, category: category, start: start.map(day),
                    firstContact: firstContact.map(day), arrivalDate: arrival.map(day), inIntegrationProgramme: inProgramme),
            ])
    }

    /// A case with no episode at all.
    static func withoutEpisode() -> CaseBuilder {
        var builder = CaseBuilder(.kontanthjaelp, start: "2024-01-01")
        builder.value.episodes = []
        return builder
    }

    mutating func nextID(_ prefix: String) -> EntryID {
        counter += 1
        return "\(prefix)\(counter)"
    }

    // MARK: Episodes and visitations

    /// Ends the open episode the day before `start` and opens a new one.
    mutating func newEpisode(_ benefit: Benefit, _ category: ReadinessCategory? = nil, start: String, firstContact: String? = nil) {
        let begin = day(start)
        for index in value.episodes.indices where value.episodes[index].end == nil {
            value.episodes[index].end = begin.adding(days: -1)
        }
        value.episodes.append(
            BenefitEpisode(id: nextID("e"), benefit: benefit, category: category, start: begin, firstContact: firstContact.map(day)))
    }

    @discardableResult
    mutating func visitation(_ date: String, _ category: ReadinessCategory, justification: String = "Faglig begrundelse") -> EntryID {
        let id = nextID("v")
        value.visitations.append(Visitation(id: id, date: day(date), category: category, justification: justification, decidedBy: "TST"))
        return id
    }

    // MARK: Conversations

    @discardableResult
    mutating func conversation(
        _ date: String, _ form: Conversation.Form = .fysisk, kind: Conversation.Kind = .jobsamtale,
        outcome: Conversation.Outcome = .holdt, chosenBy: Conversation.FormChooser = .borger, formReason: String = "",
        agreements: String = "Aftaler", summary: String = "", followedUp: Bool = false, rightsGuidance: Bool = false
    ) -> EntryID {
        let id = nextID("c")
        value.conversations.append(
            Conversation(
                id: id, date: day(date), kind: kind, form: form, formChosenBy: chosenBy, formReason: formReason, outcome: outcome,
                summary: summary, agreements: agreements, injunctionFollowedUp: followedUp, rightsGuidanceGiven: rightsGuidance))
        return id
    }

    // MARK: Offers and hours

    @discardableResult
    mutating func offer(
        _ type: Offer.OfferType, start: String, end: String? = nil, rightAndDuty: Bool = false, assessment: String = "Vurdering",
        purpose: String = "Formål", goalID: EntryID? = nil, internshipPurpose: Int? = nil, followUps: [String] = [],
        evaluation: String? = nil, interrupted: String? = nil
    ) -> EntryID {
        let id = nextID("o")
        value.offers.append(
            Offer(
                id: id, type: type, rightAndDuty: rightAndDuty, start: day(start), end: end.map(day), provider: "Virksomhed",
                assessment: assessment, purpose: purpose, goalID: goalID, internshipPurpose: internshipPurpose,
                followUps: followUps.enumerated().map {
                    Offer.FollowUp(id: "\(id)-f\($0.offset)", date: day($0.element), companyInvolved: true, note: "")
                },
                evaluation: evaluation.map { Offer.Evaluation(date: day($0), result: "Evalueret") },
                interruption: interrupted.map { Offer.Interruption(date: day($0), reason: "Afbrudt") }))
        return id
    }

    mutating func hours(_ month: String, _ hours: Double) {
        value.ordinaryHours.append(OrdinaryHours(id: nextID("h"), month: day(month), hours: hours))
    }

    // MARK: Plan

    @discardableResult
    mutating func goal(
        _ kind: Goal.Kind, _ title: String, created: String, updated: String? = nil, status: Goal.Status = .aktiv,
        subgoals: [(Subgoal.Kind, String)] = []
    ) -> EntryID {
        let id = nextID("g")
        value.goals.append(
            Goal(
                id: id, kind: kind, title: title, status: status, created: day(created), updated: updated.map(day),
                subgoals: subgoals.enumerated().map {
                    Subgoal(id: "\(id)-s\($0.offset)", kind: $0.element.0, title: $0.element.1, created: day(created))
                }))
        return id
    }

    mutating func cv(registered: String, visible: String? = nil) {
        value.cv = JobnetCV(registered: day(registered), visibleToEmployers: visible.map(day))
    }

    // MARK: Uddannelseshjælp

    @discardableResult
    mutating func injunction(
        given: String, steps: [Int] = [1, 2, 3], stepDeadline: String = "2030-01-01",
        changes: [(step: Int, on: String, reason: String)] = [], educationStart: EducationInjunction.EducationStart? = nil,
        dropoutReports: [EducationInjunction.DropoutReport] = []
    ) -> EntryID {
        let id = nextID("p")
        value.injunctions.append(
            EducationInjunction(
                id: id, given: day(given),
                steps: steps.map { number in
                    EducationInjunction.Step(
                        number: number, deadline: day(stepDeadline),
                        deadlineChanges: changes.filter { $0.step == number }.map {
                            EducationInjunction.DeadlineChange(
                                changedOn: day($0.on), previousDeadline: day(stepDeadline), newDeadline: day(stepDeadline),
                                reason: $0.reason)
                        })
                },
                educationStart: educationStart, dropoutReports: dropoutReports))
        return id
    }

    mutating func literacyTest(
        _ date: String?, result: LiteracyTest.Result? = .intetBehov, exemptionReason: String = "", courseOffered: String? = nil,
        recorded: String? = nil
    ) {
        value.literacyTests.append(
            LiteracyTest(
                id: nextID("l"), date: date.map(day), result: result, exemptionReason: exemptionReason,
                courseOffered: courseOffered.map(day), recorded: day(recorded ?? date ?? "2020-01-01")))
    }

    // MARK: Guidance, exemptions, absences, sanctions

    @discardableResult
    mutating func guidance(
        _ date: String, _ kind: Guidance.Kind, _ channels: [Guidance.Channel] = [], answer: Guidance.Answer? = nil,
        allElements: Bool = false
    ) -> EntryID {
        let id = nextID("vg")
        value.guidance.append(
            Guidance(id: id, date: day(date), kind: kind, channels: channels, answer: answer, allElementsGiven: allElements))
        return id
    }

    @discardableResult
    mutating func exemption(
        _ scope: String, from: String, to: String? = nil, reason: String = "Indlagt på hospital i længere tid",
        newAssessment: Bool = true
    ) -> EntryID {
        let id = nextID("x")
        value.exemptions.append(
            Exemption(id: id, scope: scope, reason: reason, from: day(from), to: to.map(day), decidedBy: "TL", newAssessment: newAssessment))
        return id
    }

    @discardableResult
    mutating func absence(
        _ date: String, cause: Absence.ReasonableCause = .nej, hearingSent: String? = nil, hearingAnswered: String? = nil
    ) -> EntryID {
        let id = nextID("a")
        value.absences.append(
            Absence(
                id: id, date: day(date), from: "samtale", reasonableCause: cause, hearingSent: hearingSent.map(day),
                hearingAnswered: hearingAnswered.map(day)))
        return id
    }

    mutating func contactAttempt(_ date: String, _ channel: ContactAttempt.Channel, consent: Bool = false) {
        value.contactAttempts.append(ContactAttempt(id: nextID("k"), date: day(date), channel: channel, consent: consent))
    }

    @discardableResult
    mutating func sanction(_ decision: SanctionDecision) -> EntryID {
        value.sanctions.append(decision)
        return decision.id
    }

    // MARK: Flex jobs

    @discardableResult
    mutating func flexJob(
        start: String, hours: Double = 15, effective: Double = 12, assessment: FlexJob.WorkCapacityAssessment? = nil,
        progressionGoals: String? = nil
    ) -> EntryID {
        let id = nextID("f")
        value.flexJobs.append(
            FlexJob(
                id: id, employer: "Bageriet", start: day(start), hoursPerWeek: hours, effectiveHoursPerWeek: effective,
                assessment: assessment, progressionGoals: progressionGoals))
        return id
    }

    mutating func rehabilitation(_ date: String, goal: String = "Pedel", kinds: String = "Pedelfunktioner", accommodations: String = "Korte dage") {
        value.rehabilitationRecommendations.append(
            RehabilitationRecommendation(id: nextID("r"), date: day(date), employmentGoal: goal, jobKinds: kinds, accommodations: accommodations))
    }

    // MARK: Evaluation

    func evaluate(asOf: String, policy: RulePolicy = .standard, catalogue: [Rule] = RuleCatalogue.rules) -> CaseAssessment {
        RuleEngine(policy: policy, catalogue: catalogue).evaluate(value, asOf: day(asOf))
    }

    /// The single obligation of `ruleID` as of `asOf` (nil, and a recorded issue, when there
    /// is not exactly one).
    func obligation(_ ruleID: String, asOf: String, policy: RulePolicy = .standard) -> Obligation? {
        evaluate(asOf: asOf, policy: policy).only(ruleID)
    }
}

extension CaseAssessment {
    /// The single obligation of a rule; records an issue when there is not exactly one.
    func only(_ ruleID: String, sourceLocation: SourceLocation = #_sourceLocation) -> Obligation? {
        let found = obligations(for: ruleID)
        guard found.count == 1 else {
            Issue.record("expected one \(ruleID) obligation, found \(found.count)", sourceLocation: sourceLocation)
            return nil
        }
        return found[0]
    }

    /// Whether the assessment has any obligation of the rule.
    func has(_ ruleID: String) -> Bool {
        obligations.contains { $0.ruleID == ruleID }
    }
}

/// A § 40 a decision with every documented precondition, for tests to break one at a time.
func completeAggravatedSanction(
    id: EntryID = "s40a", decided: String, absences: [EntryID], priors: [EntryID], warning: EntryID?,
    effective: String? = nil, approval: SanctionDecision.Approval? = nil
) -> SanctionDecision {
    SanctionDecision(
        id: id, kind: .skaerpet40a, paragraph: "LAS § 40 a", decided: day(decided), effective: effective.map(day),
        lengthMonths: 1, lengthReason: "Første skærpede sanktion; kortest mulige længde.", absenceIDs: absences,
        priorSanctionIDs: priors, warningID: warning,
        checklist: SanctionDecision.Checklist(
            unwillingnessAssessment: "Gentagne udeblivelser trods vejledning viser manglende vilje.", activityOfferedSameDay: true,
            calendarMonthDecisionSameTime: true, categoryStated: true, notUsedToTestResidence: true,
            promotesAvailabilityAssessment: "Sanktionen vurderes at fremme rådigheden."),
        approval: approval)
}

/// An ordinary sanction.
func ordinarySanction(id: EntryID, decided: String, absences: [EntryID] = []) -> SanctionDecision {
    SanctionDecision(id: id, kind: .ordinaer, paragraph: "LAS § 36", decided: day(decided), absenceIDs: absences)
}
