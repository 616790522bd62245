import JobsagCore
import JobsagRules

/// The citizen's own plan (Min Plan) as the citizen is given it, in plain Danish: the goals
/// and subgoals, the offers running or coming, the next conversation, the rights and duties
/// and who to contact. Built from the case, its caseworkers, the rules' assessment and the
/// day; never the CPR number, the conversation log, journal notes, the caseworker's
/// assessments or follow-up notes. `html` and `markdown` write the same sections.
public struct CitizenPlan: Sendable {
    /// One point of a list: a title, lines under it and points under those (a goal's subgoals).
    public struct Item: Sendable, Equatable {
        public var title: String
        public var details: [String]
        public var subitems: [Item]
    }

    /// A part of a section: a paragraph or a list.
    public enum Block: Sendable, Equatable {
        case paragraph(String)
        case list([Item])
    }

    /// One section with its heading.
    public struct Section: Sendable, Equatable {
        public var heading: String
        public var blocks: [Block]
    }

    /// "Min plan – <name>".
    public var title: String
    /// The line under the title: the day the plan is as of and the case number.
    public var subtitle: String
    public var sections: [Section]

    /// The plan of `item` as of `asOf`. `caseworker` and `coordinating` are the case's
    /// caseworker and koordinerende sagsbehandler when they are known.
    public init(case item: Case, caseworker: Caseworker?, coordinating: Caseworker? = nil, assessment: CaseAssessment, asOf: CalendarDate) {
        title = "Min plan – " + item.citizen.name
        subtitle = "Planen, som den ser ud \(asOf.danish). Sagsnummer \(item.id)."
        sections = [
            Section(heading: "Mine mål", blocks: Self.goals(item.goals)),
            Section(heading: "Mine tilbud", blocks: Self.offers(item.offers, goals: item.goals, asOf: asOf)),
            Section(heading: "Næste samtale", blocks: [.paragraph(Self.nextConversation(item, assessment, asOf: asOf))]),
            Section(heading: RightsAndDuties.heading, blocks: RightsAndDuties.points.map { .paragraph($0) }),
            Section(heading: "Kontakt", blocks: Self.contact(caseworker: caseworker, initials: item.caseworker, coordinating: coordinating)),
        ]
    }

    // MARK: Goals

    static func goals(_ goals: [Goal]) -> [Block] {
        guard !goals.isEmpty else {
            return [.paragraph("Der står ingen mål i din plan endnu. Dem aftaler vi sammen ved din næste samtale.")]
        }
        return [.list(goals.map { goal in
            Item(
                title: (goal.kind == .job ? "Jobmål: " : "Uddannelsesmål: ") + goal.title,
                details: details(description: goal.description, status: goal.status, deadline: goal.deadline),
                subitems: goal.subgoals.map { subgoal in
                    Item(
                        title: "Delmål: " + subgoal.title,
                        details: details(description: subgoal.description, status: subgoal.status, deadline: subgoal.deadline),
                        subitems: [])
                })
        })]
    }

    private static func details(description: String, status: Goal.Status, deadline: CalendarDate?) -> [String] {
        var lines = description.isEmpty ? [] : [description]
        lines.append("Status: " + statusText(status) + (deadline.map { ". Skal være nået senest \($0.danish)." } ?? "."))
        return lines
    }

    static func statusText(_ status: Goal.Status) -> String {
        switch status {
        case .aktiv: return "i gang"
        case .opnaaet: return "nået"
        case .opgivet: return "opgivet"
        }
    }

    // MARK: Offers

    /// The offers that run on `asOf` or start later, by start date.
    static func offers(_ offers: [Offer], goals: [Goal], asOf: CalendarDate) -> [Block] {
        let current = offers.filter { offer in offer.effectiveEnd.map { $0 >= asOf } ?? true }.sorted { $0.start < $1.start }
        guard !current.isEmpty else { return [.paragraph("Du har ingen tilbud lige nu.")] }
        return [.list(current.map { offer in
            var details = [period(offer)]
            if let hours = offer.hoursPerWeek { details.append("Timer om ugen: " + hoursText(hours) + ".") }
            if !offer.purpose.isEmpty { details.append("Formål: " + offer.purpose) }
            if let goal = goals.first(where: { $0.id == offer.goalID }) { details.append("Hører til målet: " + goal.title) }
            if offer.rightAndDuty { details.append("Det er et ret- og pligttilbud: du har ret til det og pligt til at deltage.") }
            return Item(title: offerTypeText(offer.type) + (offer.provider.isEmpty ? "" : " hos " + offer.provider), details: details, subitems: [])
        })]
    }

    private static func period(_ offer: Offer) -> String {
        if let interruption = offer.interruption { return "Fra \(offer.start.danish), stoppet \(interruption.date.danish)." }
        if let end = offer.end { return "Fra \(offer.start.danish) til \(end.danish)." }
        return "Fra \(offer.start.danish), uden fast slutdato."
    }

    private static func hoursText(_ hours: Double) -> String {
        let tenths = (hours * 10).rounded()
        guard tenths.isFinite, abs(tenths) < 1e9 else { return "?" }
        let whole = Int(tenths) / 10
        let fraction = abs(Int(tenths) % 10)
        return fraction == 0 ? "\(whole)" : "\(whole),\(fraction)"
    }

    static func offerTypeText(_ type: Offer.OfferType) -> String {
        switch type {
        case .virksomhedspraktik: return "Virksomhedspraktik"
        case .loentilskud: return "Job med løntilskud"
        case .vejledningOgOpkvalificering: return "Vejledning og opkvalificering"
        case .ordinaerUddannelse: return "Uddannelse"
        case .nytteindsats: return "Nytteindsats"
        case .mentor: return "Mentor"
        case .lsrKursus: return "Kursus i læsning, skrivning og regning"
        case .danskundervisning: return "Danskundervisning"
        case .andet: return "Tilbud"
        }
    }

    // MARK: Next conversation

    /// The next booked meeting (today or later): its day, time, form and place. Without one,
    /// the conversation the contact course (the `KF.` rules) requires next: the earliest
    /// deadline of such a rule still to be met, the last day it must be held by.
    static func nextConversation(_ item: Case, _ assessment: CaseAssessment, asOf: CalendarDate) -> String {
        if let meeting = item.bookedMeetings.first(where: { $0.date >= asOf }) {
            let form: String
            switch meeting.form {
            case .telefon: form = "Jobcentret ringer til dig"
            case .video: form = "Samtalen er på video"
            case .fysisk, .skriftlig: form = "Du møder op hos jobcentret"
            }
            let place = meeting.place.isEmpty ? "" : " (" + meeting.place + ")"
            return "Din næste samtale er \(meeting.date.danish) kl. \(meeting.time.text). \(form)\(place)."
        }
        let due = assessment.obligations
            .filter { $0.ruleID.hasPrefix("KF.") && $0.subjectID == nil && [.open, .dueSoon, .overdue].contains($0.status) }
            .compactMap(\.deadline)
            .min()
        guard let due else {
            return "Der er ikke planlagt en samtale endnu. Jobcentret indkalder dig, når der skal holdes en samtale."
        }
        guard due >= asOf else {
            return "Du skal have en samtale med jobcentret hurtigst muligt. Jobcentret indkalder dig og fortæller tid og sted."
        }
        return "Du skal have din næste samtale med jobcentret senest \(due.danish). Jobcentret indkalder dig og fortæller tid og sted."
    }

    // MARK: Contact

    static func contact(caseworker: Caseworker?, initials: Initials, coordinating: Caseworker?) -> [Block] {
        var blocks: [Block] = [.paragraph(
            "Din sagsbehandler er " + (caseworker.map { "\($0.name) (\($0.initials)), \($0.team)" } ?? initials) + ".")]
        if let coordinating, coordinating.initials != caseworker?.initials {
            blocks.append(.paragraph("Din koordinerende sagsbehandler er \(coordinating.name) (\(coordinating.initials)), \(coordinating.team)."))
        }
        blocks.append(.paragraph("Har du spørgsmål til din plan, eller passer den ikke længere, så kontakt din sagsbehandler på jobcentret."))
        return blocks
    }
}

extension CitizenPlan {
    /// The plan of `item` as of `asOf`, with its caseworkers looked up in `caseworkers` and
    /// the case evaluated by `engine`.
    public init(case item: Case, caseworkers: [Caseworker], engine: RuleEngine, asOf: CalendarDate) {
        let byInitials = Dictionary(caseworkers.map { ($0.initials, $0) }, uniquingKeysWith: { first, _ in first })
        self.init(
            case: item, caseworker: byInitials[item.caseworker], coordinating: item.coordinatingCaseworker.flatMap { byInitials[$0] },
            assessment: engine.evaluate(item, asOf: asOf), asOf: asOf)
    }

    /// The file the program writes a case's plan to when no name is given: `min-plan-S-000123.html`.
    public static func defaultFileName(caseID: CaseID, format: Format) -> String {
        "min-plan-\(caseID).\(format.rawValue)"
    }

    /// The two ways a plan is written.
    public enum Format: String, Sendable, CaseIterable {
        case html
        case md

        /// The audit log's name for a plan written this way (`plan.html`).
        public var auditName: String { "plan." + rawValue }
    }

    /// The plan written as `format`.
    public func text(_ format: Format) -> String {
        switch format {
        case .html: return html()
        case .md: return markdown()
        }
    }
}
