import Testing
import JobsagCore
import TerminalKit
@testable import JobsagApp

/// One invalid input of one form: what is typed, the field the message belongs to and the
/// message. `needsCase` marks rules that read the case (or other cases): they run when the
/// form is saved, and when a field is left only once the app gives the form its cases.
struct InvalidInput: Sendable, CustomTestStringConvertible {
    let name: String
    let kind: FormKind
    let caseID: CaseID?
    var entry: EntryID? = nil
    let edits: [FieldEdit]
    let field: String
    let message: @Sendable (Strings) -> String
    var needsCase = false

    var testDescription: String { name }

    static let da = Strings(language: .da)
}

private func form(_ key: FormText) -> @Sendable (Strings) -> String { { $0[form: key] } }
private func form(_ key: FormText, _ arguments: String...) -> @Sendable (Strings) -> String {
    let arguments = arguments
    return { strings in
        var text = strings[form: key]
        for (index, argument) in arguments.enumerated() { text = text.replacingOccurrences(of: "{\(index)}", with: argument) }
        return text
    }
}
private func ui(_ key: UIText) -> @Sendable (Strings) -> String { { $0[key] } }
private func date(_ problem: DateInput.Problem) -> @Sendable (Strings) -> String { { $0.text(problem.message) } }

private let rich = FormFixtures.richCaseID

let invalidInputs: [InvalidInput] = [
    // Ny sag
    InvalidInput(name: "CPR of the wrong form", kind: .newCase, caseID: nil, edits: [.text("name", "Søren Ærø Åsmussen"), .text("cpr", "12345")],
                 field: "cpr", message: form(.cprWrongForm)),
    InvalidInput(name: "CPR with letters", kind: .newCase, caseID: nil, edits: [.text("name", "Ida"), .text("cpr", "1203851A35")],
                 field: "cpr", message: form(.cprWrongForm)),
    InvalidInput(name: "CPR with an impossible birth date", kind: .newCase, caseID: nil,
                 edits: [.text("name", "Ida"), .text("cpr", "310285-1234")], field: "cpr", message: form(.cprImpossibleBirthDate)),
    InvalidInput(name: "no name", kind: .newCase, caseID: nil, edits: [.text("name", "   "), .text("cpr", "241178-4321")],
                 field: "name", message: ui(.validationRequired)),
    InvalidInput(name: "no CPR", kind: .newCase, caseID: nil, edits: [.text("name", "Ida")], field: "cpr", message: ui(.validationRequired)),
    InvalidInput(name: "impossible episode start", kind: .newCase, caseID: nil,
                 edits: [.text("name", "Ida"), .text("cpr", "241178-4321"), .text("start", "31.11.2026")],
                 field: "start", message: date(.impossibleDate)),
    InvalidInput(name: "no first contact for kontanthjælp", kind: .newCase, caseID: nil,
                 edits: [.text("name", "Ida"), .text("cpr", "241178-4321"), .choice("benefit", "kontanthjaelp"), .text("firstContact", "")],
                 field: "firstContact", message: ui(.validationRequired)),
    InvalidInput(name: "first contact in the future", kind: .newCase, caseID: nil,
                 edits: [.text("name", "Ida"), .text("cpr", "241178-4321"), .choice("benefit", "uddannelseshjaelp"), .text("firstContact", "+3")],
                 field: "firstContact", message: form(.firstContactInFuture)),
    InvalidInput(name: "e-mail without a domain", kind: .newCase, caseID: nil,
                 edits: [.text("name", "Ida"), .text("cpr", "241178-4321"), .text("email", "ida@")], field: "email", message: form(.emailForm)),
    InvalidInput(name: "phone too short", kind: .newCase, caseID: nil,
                 edits: [.text("name", "Ida"), .text("cpr", "241178-4321"), .text("phone", "12 34")], field: "phone", message: form(.phoneForm)),
    InvalidInput(name: "case details: CPR with an impossible birth date", kind: .newCase, caseID: rich,
                 edits: [.text("cpr", "300299-1234")], field: "cpr", message: form(.cprImpossibleBirthDate)),
    // Ydelsesforløb
    InvalidInput(name: "new episode before the open one", kind: .episodeChange, caseID: "S-000001",
                 edits: [.choice("benefit", "sygedagpenge"), .text("start", "01.01.2026")], field: "start",
                 message: form(.episodeStartsTooEarly, "05.01.2026"), needsCase: true),
    InvalidInput(name: "episode start of an unknown form", kind: .episodeChange, caseID: "S-000001",
                 edits: [.text("start", "i overmorgen")], field: "start", message: date(.unknownForm)),
    InvalidInput(name: "closed episode ending before it starts", kind: .episodeChange, caseID: rich, entry: "e6a",
                 edits: [.text("end", "01.01.2025")], field: "end", message: form(.endBeforeStart, "01.03.2025")),
    // Visitation
    InvalidInput(name: "visitation in the future", kind: .visitation, caseID: "S-000001", edits: [.text("date", "+1")],
                 field: "date", message: form(.dateInFuture)),
    InvalidInput(name: "visitation without justification", kind: .visitation, caseID: "S-000001",
                 edits: [.choice("category", "aktivitetsparat"), .text("justification", "")], field: "justification",
                 message: form(.justificationRequired)),
    InvalidInput(name: "visitation under a benefit without categories", kind: .visitation, caseID: "S-000004", edits: [],
                 field: "category", message: form(.benefitHasNoCategories, "Dagpenge"), needsCase: true),
    InvalidInput(name: "visitation before any episode", kind: .visitation, caseID: "S-000001",
                 edits: [.choice("category", "jobparat"), .text("justification", "Kan tage job nu."), .text("date", "01.01.2020")], field: "date",
                 message: form(.noEpisodeOn, "01.01.2020"), needsCase: true),
    // Mål og delmål
    InvalidInput(name: "goal without a title", kind: .goal, caseID: "S-000001", edits: [.text("title", " ")], field: "title",
                 message: ui(.validationRequired)),
    InvalidInput(name: "new goal with a deadline before today", kind: .goal, caseID: "S-000001",
                 edits: [.text("title", "Buschauffør"), .text("deadline", "-1")], field: "deadline", message: form(.deadlineInPast)),
    InvalidInput(name: "goal deadline 30 February", kind: .goal, caseID: "S-000001",
                 edits: [.text("title", "Buschauffør"), .text("deadline", "30.02.2027")], field: "deadline", message: date(.impossibleDate)),
    InvalidInput(name: "subgoal in a case without goals", kind: .subgoal, caseID: "S-000004", edits: [.text("title", "CV på Jobnet")],
                 field: "goal", message: form(.noGoalForSubgoal)),
    InvalidInput(name: "subgoal without a title", kind: .subgoal, caseID: "S-000001", edits: [], field: "title",
                 message: ui(.validationRequired)),
    // Tilbud
    InvalidInput(name: "offer ending before it starts", kind: .offer, caseID: "S-000001",
                 edits: [.text("start", "10.12.2026"), .text("end", "01.12.2026")], field: "end", message: form(.offerEndsBeforeStart)),
    InvalidInput(name: "offer of 70 hours a week", kind: .offer, caseID: "S-000001", edits: [.text("hoursPerWeek", "70")],
                 field: "hoursPerWeek", message: form(.hoursPerWeekRange)),
    InvalidInput(name: "offer hours that are not a number", kind: .offer, caseID: "S-000001", edits: [.text("hoursPerWeek", "mange")],
                 field: "hoursPerWeek", message: ui(.validationNumber)),
    InvalidInput(name: "offer hours written as a hexadecimal number", kind: .offer, caseID: "S-000001", edits: [.text("hoursPerWeek", "0x10")],
                 field: "hoursPerWeek", message: ui(.validationNumber)),
    InvalidInput(name: "offer hours with an exponent", kind: .offer, caseID: "S-000001", edits: [.text("hoursPerWeek", "1e1")],
                 field: "hoursPerWeek", message: ui(.validationNumber)),
    InvalidInput(name: "offer hours that are not a number (nan)", kind: .offer, caseID: "S-000001", edits: [.text("hoursPerWeek", "nan")],
                 field: "hoursPerWeek", message: ui(.validationNumber)),
    InvalidInput(name: "offer hours with two decimal commas", kind: .offer, caseID: "S-000001", edits: [.text("hoursPerWeek", "7,5,5")],
                 field: "hoursPerWeek", message: ui(.validationNumber)),
    InvalidInput(name: "praktik under uddannelseshjælp without a purpose", kind: .offer, caseID: "S-000002",
                 edits: [.choice("type", "virksomhedspraktik")], field: "internshipPurpose", message: form(.internshipPurposeRequired),
                 needsCase: true),
    InvalidInput(name: "interruption without a reason", kind: .offer, caseID: "S-000001", edits: [.text("interruptedOn", "i dag")],
                 field: "interruptionReason", message: form(.interruptionReasonRequired)),
    InvalidInput(name: "interruption before the start", kind: .offer, caseID: "S-000001",
                 edits: [.text("start", "10.11.2026"), .text("interruptedOn", "01.11.2026"), .text("interruptionReason", "Syg")],
                 field: "interruptedOn", message: form(.interruptionBeforeStart, "10.11.2026")),
    InvalidInput(name: "follow-up before the offer", kind: .offerFollowUp, caseID: "S-000001", edits: [.text("date", "01.02.2026")],
                 field: "date", message: form(.beforeOfferStart, "16.02.2026"), needsCase: true),
    InvalidInput(name: "follow-up tomorrow", kind: .offerFollowUp, caseID: "S-000001", edits: [.text("date", "i morgen")],
                 field: "date", message: form(.dateInFuture)),
    InvalidInput(name: "follow-up in a case without offers", kind: .offerFollowUp, caseID: "S-000004", edits: [],
                 field: "offer", message: form(.noOffer)),
    InvalidInput(name: "evaluation without a result", kind: .offerEvaluation, caseID: "S-000001", edits: [.text("result", "")],
                 field: "result", message: ui(.validationRequired)),
    // Løntimer
    InvalidInput(name: "zero hours", kind: .ordinaryHours, caseID: "S-000001", edits: [.text("hours", "0")], field: "hours",
                 message: form(.hoursPositive)),
    InvalidInput(name: "hours of a future month", kind: .ordinaryHours, caseID: "S-000001",
                 edits: [.text("month", "01.12.2026"), .text("hours", "10")], field: "month", message: form(.monthInFuture)),
    InvalidInput(name: "a month already recorded", kind: .ordinaryHours, caseID: rich,
                 edits: [.text("month", "15.10.2026"), .text("hours", "10")], field: "month", message: form(.monthTaken, "oktober 2026"),
                 needsCase: true),
    // Påmindelse
    InvalidInput(name: "reminder without text", kind: .reminder, caseID: "S-000001", edits: [], field: "text", message: ui(.validationRequired)),
    InvalidInput(name: "reminder without a date", kind: .reminder, caseID: "S-000001", edits: [.text("text", "Ring"), .text("due", "")],
                 field: "due", message: ui(.validationRequired)),
    // Fritagelse
    InvalidInput(name: "exemption without a reason", kind: .exemption, caseID: "S-000001", edits: [], field: "reason",
                 message: ui(.validationRequired)),
    InvalidInput(name: "exemption ending before it starts", kind: .exemption, caseID: "S-000001",
                 edits: [.text("reason", "Ordblind; kan ikke lave CV."), .text("from", "01.11.2026"), .text("to", "31.10.2026")],
                 field: "to", message: form(.endBeforeStart, "01.11.2026")),
    // Vejledning
    InvalidInput(name: "guidance through no channel", kind: .guidance, caseID: "S-000001",
                 edits: [.checkbox("channel.mundtlig", false)], field: "channel.mundtlig", message: form(.channelRequired)),
    InvalidInput(name: "guidance in the future", kind: .guidance, caseID: "S-000001", edits: [.text("date", "+7")], field: "date",
                 message: form(.dateInFuture)),
    // Uddannelsespålæg
    InvalidInput(name: "step 2 before step 1", kind: .injunction, caseID: "S-000002",
                 edits: [.text("step1", "01.02.2027"), .text("step2", "01.01.2027")], field: "step2",
                 message: form(.stepsInOrder, "2", "1", "01.02.2027")),
    InvalidInput(name: "step 1 before the injunction", kind: .injunction, caseID: "S-000002",
                 edits: [.text("given", "20.11.2026"), .text("step1", "01.11.2026")], field: "step1",
                 message: form(.stepBeforeGiven, "20.11.2026")),
    InvalidInput(name: "moving a step deadline without a reason", kind: .injunctionStep, caseID: rich, entry: "3",
                 edits: [.text("deadline", "15.01.2027")], field: "reason", message: form(.deadlineReasonRequired, "15.12.2026"),
                 needsCase: true),
    InvalidInput(name: "step completed in the future", kind: .injunctionStep, caseID: rich, entry: "3",
                 edits: [.text("completed", "+2")], field: "completed", message: form(.dateInFuture)),
    InvalidInput(name: "step in a case without an injunction", kind: .injunctionStep, caseID: "S-000001", edits: [],
                 field: "injunction", message: form(.noInjunction)),
    // LSR-test
    InvalidInput(name: "test without a result", kind: .literacyTest, caseID: "S-000002", edits: [], field: "result",
                 message: form(.resultRequired)),
    InvalidInput(name: "no test and no reason", kind: .literacyTest, caseID: "S-000002", edits: [.choice("mode", "undtaget")],
                 field: "exemptionReason", message: ui(.validationRequired)),
    InvalidInput(name: "course before the test", kind: .literacyTest, caseID: "S-000002",
                 edits: [.choice("result", "behov"), .text("date", "10.11.2026"), .text("courseOffered", "01.11.2026")],
                 field: "courseOffered", message: form(.courseBeforeTest, "10.11.2026")),
    // Udeblivelse, kontaktforsøg, sanktion
    InvalidInput(name: "hearing answered but never sent", kind: .absence, caseID: "S-000001", edits: [.text("hearingAnswered", "i dag")],
                 field: "hearingAnswered", message: form(.answerWithoutHearing)),
    InvalidInput(name: "hearing answered before it was sent", kind: .absence, caseID: "S-000001",
                 edits: [.text("date", "01.11.2026"), .text("hearingSent", "10.11.2026"), .text("hearingAnswered", "05.11.2026")],
                 field: "hearingAnswered", message: form(.answerBeforeHearing, "10.11.2026")),
    InvalidInput(name: "absence from nothing", kind: .absence, caseID: "S-000001", edits: [.choice("fromEntry", ""), .text("fromText", "")],
                 field: "fromText", message: ui(.validationRequired)),
    InvalidInput(name: "family contact without consent", kind: .contactAttempt, caseID: "S-000001",
                 edits: [.choice("channel", "familie"), .choice("consent", "nej")], field: "consent", message: form(.consentRequired)),
    InvalidInput(name: "§ 40 a of four months", kind: .sanction, caseID: rich,
                 edits: [.choice("kind", "skaerpet40a"), .text("paragraph", "LAS § 40 a"), .text("lengthMonths", "4"), .text("lengthReason", "Gentagen")],
                 field: "lengthMonths", message: form(.lengthRange)),
    InvalidInput(name: "§ 40 a length without reasons", kind: .sanction, caseID: rich,
                 edits: [.choice("kind", "skaerpet40a"), .text("paragraph", "LAS § 40 a"), .text("lengthMonths", "2")],
                 field: "lengthReason", message: ui(.validationRequired)),
    InvalidInput(name: "sanction in effect before the decision", kind: .sanction, caseID: rich,
                 edits: [.text("paragraph", "LAS § 36"), .text("decided", "10.11.2026"), .text("effective", "01.11.2026")],
                 field: "effective", message: form(.effectiveBeforeDecided, "10.11.2026")),
    InvalidInput(name: "sanction without a paragraph", kind: .sanction, caseID: rich, edits: [], field: "paragraph",
                 message: ui(.validationRequired)),
    // Samtale
    InvalidInput(name: "conversation in the future", kind: .conversation, caseID: "S-000001",
                 edits: [.text("date", "+1"), .text("summary", "Planlagt")], field: "date", message: ui(.validationConversationInFuture)),
]

@Suite struct FormValidationTests {
    /// Every invalid input: a Danish message at the field when it is left (and from the
    /// form's own check given the cases), the same message on Ctrl-S, and no save.
    @Test(arguments: invalidInputs)
    func invalidInputGivesADanishMessageAtTheFieldAndNoSave(_ input: InvalidInput) throws {
        var state = FormFixtures.state()
        state.open(input.kind, input.caseID, entry: input.entry)
        state.apply(input.edits)
        let form = try #require(state.form, "the form did not open")
        let expected = input.message(state.strings)
        #expect(!expected.hasPrefix("forms.") && !expected.isEmpty, "no Danish text for the message")

        // The form's check, given the app's cases, as when a field is left.
        let index = try #require(form.fields.firstIndex { $0.id == input.field }, "no field \(input.field)")
        let spec = try #require(FormRegistry.spec(input.kind))
        #expect(form.validate(index, spec: spec, context: FormFixtures.context(state)) == expected)

        // Leaving the field in the app.
        let atLeave = state.leave(input.field)
        if !input.needsCase { #expect(atLeave == expected) }

        // Saving: nothing is saved, the message is at the field.
        let effects = state.save()
        #expect(savedCases(effects).isEmpty)
        #expect(state.form != nil, "the form closed")
        if input.needsCase {
            #expect(state.form?.errors[input.field] != nil)
        } else {
            #expect(state.form?.errors[input.field] == expected)
        }
        #expect(state.message?.kind == .error)
    }

    @Test func aCPRAlreadyUsedByAnotherCaseIsRefusedAtTheField() throws {
        var state = FormFixtures.state()
        state.open(.newCase, nil)
        state.apply([.text("name", "Søren Andersen"), .text("cpr", "1203851235")])
        let form = try #require(state.form)
        let context = FormFixtures.context(state)
        let spec = try #require(FormRegistry.spec(.newCase))
        let index = try #require(form.fields.firstIndex { $0.id == "cpr" })
        #expect(form.validate(index, spec: spec, context: context) == state.strings.format(form: .cprInUse, "S-000001"))
        var ids = context
        guard case .failure(let errors) = spec.apply(form, nil, &ids) else {
            Issue.record("a used CPR number was accepted")
            return
        }
        #expect(errors.messages["cpr"] == state.strings.format(form: .cprInUse, "S-000001"))
        // Editing the case that has the number is no clash.
        state.open(.newCase, "S-000001")
        let edit = try #require(state.form)
        let editIndex = try #require(edit.fields.firstIndex { $0.id == "cpr" })
        #expect(edit.validate(editIndex, spec: spec, context: context) == nil)
    }

    @Test func correctingAFieldClearsItsMessageAsTheUserTypes() {
        var state = FormFixtures.state()
        state.open(.newCase, nil)
        state.apply([.text("name", "Ida"), .text("cpr", "310285-123")])
        #expect(state.leave("cpr") == state.strings[form: .cprWrongForm])
        // Back in the field, typing the last digit makes it a valid number again.
        state.send(.backTab)
        #expect(state.form?.focusedField?.id == "cpr")
        state.send(.end)
        state.type("4")
        #expect(state.form?.errors["cpr"] == state.strings[form: .cprImpossibleBirthDate])
        state.send(.ctrl("u"))
        state.type("241178-4321")
        #expect(state.form?.errors["cpr"] == nil)
    }

    @Test func messagesAreEnglishInEnglish() {
        var state = FormFixtures.state(language: .en)
        state.open(.offer, "S-000001")
        state.apply([.text("start", "10.12.2026"), .text("end", "01.12.2026")])
        #expect(state.leave("end") == "The offer cannot end before it starts.")
    }

    /// Digits with a decimal comma or point, spaces around them ignored; nothing else.
    @Test func aNumberFieldReadsTheFormsOfANumberAUserTypes() throws {
        var state = FormFixtures.state()
        state.open(.offer, "S-000001")
        for (typed, read) in [("7", 7.0), ("7,5", 7.5), ("7.5", 7.5), (" 12 ", 12), ("0,5", 0.5), (",5", 0.5), ("37,", 37)] as [(String, Double)] {
            state.apply([.text("hoursPerWeek", typed)])
            #expect(state.form?.number("hoursPerWeek") == read, "»\(typed)«")
            #expect(state.leave("hoursPerWeek") == nil, "»\(typed)« was refused")
        }
        for typed in ["", " ", ",", "-1", "+1", "1e1", "0x10", "inf", "nan", "1 000", "٣"] {
            state.apply([.text("hoursPerWeek", typed)])
            #expect(state.form?.number("hoursPerWeek") == nil, "»\(typed)« was read as a number")
        }
    }

    @Test func everyDateFieldAcceptsTheDanishFormsOfADate() throws {
        var state = FormFixtures.state()
        state.open(.reminder, "S-000001")
        state.apply([.text("text", "Ring til borgeren")])
        for typed in ["22.11.2026", "22/11", "i dag", "i morgen", "+14", "-3", "22-11-26", "2026-11-22"] {
            state.apply([.text("due", typed)])
            #expect(state.leave("due") == nil, "\(typed) was refused")
        }
        state.apply([.text("due", "+14")])
        let saved = try #require(savedCases(state.save()).first)
        #expect(saved.reminders.last?.due == Fixtures.date("2026-12-07"))
    }
}
