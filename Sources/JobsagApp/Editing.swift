import JobsagCore
import JobsagRules

/// A change `u` can undo: the case as it was before.
public struct UndoStep: Sendable {
    public var before: Case
    public var description: String
}

/// What to do when the runtime reports a save.
struct PendingSave: Sendable {
    enum Purpose: Sendable {
        /// A form's save: close the form when it is on disk.
        case form
        /// A change made without a form (a delete, a reminder marked done).
        case change
        /// An undo of the latest step.
        case undo
    }

    var caseID: CaseID?
    /// The case before the change (nil for a new case): what undo restores.
    var before: Case?
    var description: String
    var purpose: Purpose
}

/// The "gemt" state of the status bar.
public enum SaveIndicator: Sendable {
    case none
    /// The last change is on disk.
    case saved
    /// A form holds changes that are not saved.
    case unsaved
}

/// An entry of a case that can be edited, deleted or marked done.
public enum EntryRef: Hashable, Sendable {
    case conversation(EntryID)
    /// A booked meeting: `e` moves it.
    case meeting(EntryID)
    case note(EntryID)
    case goal(EntryID)
    case subgoal(EntryID, goal: EntryID)
    case offer(EntryID)
    case reminder(EntryID)
    case episode(EntryID)
    case visitation(EntryID)
    case offerFollowUp(EntryID, offer: EntryID)
    /// The evaluation of an offer (an offer has at most one).
    case offerEvaluation(offer: EntryID)
    case ordinaryHours(EntryID)
    case exemption(EntryID)
    case guidance(EntryID)
    case injunction(EntryID)
    /// A step (1-3) of an uddannelsespålæg.
    case injunctionStep(Int, injunction: EntryID)
    case literacyTest(EntryID)
    case absence(EntryID)
    case contactAttempt(EntryID)
    case sanction(EntryID)

    /// The form that edits it.
    var formKind: FormKind {
        switch self {
        case .conversation: return .conversation
        case .meeting: return .booking
        case .note: return .journalNote
        case .goal: return .goal
        case .subgoal: return .subgoal
        case .offer: return .offer
        case .reminder: return .reminder
        case .episode: return .episodeChange
        case .visitation: return .visitation
        case .offerFollowUp: return .offerFollowUp
        case .offerEvaluation: return .offerEvaluation
        case .ordinaryHours: return .ordinaryHours
        case .exemption: return .exemption
        case .guidance: return .guidance
        case .injunction: return .injunction
        case .injunctionStep: return .injunctionStep
        case .literacyTest: return .literacyTest
        case .absence: return .absence
        case .contactAttempt: return .contactAttempt
        case .sanction: return .sanction
        }
    }

    /// The id the form edits (FormTarget.entryID): the entry's id; for an evaluation its
    /// offer's, for a step its number.
    var entryID: EntryID {
        switch self {
        case .conversation(let id), .meeting(let id), .note(let id), .goal(let id), .subgoal(let id, _), .offer(let id), .reminder(let id),
             .episode(let id), .visitation(let id), .offerFollowUp(let id, _), .offerEvaluation(let id),
             .ordinaryHours(let id), .exemption(let id), .guidance(let id), .injunction(let id), .literacyTest(let id),
             .absence(let id), .contactAttempt(let id), .sanction(let id):
            return id
        case .injunctionStep(let number, _):
            return String(number)
        }
    }

    /// The entry it belongs under (FormTarget.parentID).
    var parentID: EntryID? {
        switch self {
        case .subgoal(_, let goal): return goal
        case .offerFollowUp(_, let offer), .offerEvaluation(let offer): return offer
        case .injunctionStep(_, let injunction): return injunction
        default: return nil
        }
    }
}

extension Case {
    /// A short description of an entry for confirmations and messages ("samtale 11.05.2026 (jobsamtale)").
    func describe(_ ref: EntryRef, strings: Strings) -> String? {
        switch ref {
        case .conversation(let id):
            guard let conversation = conversations.first(where: { $0.id == id }) else { return nil }
            return strings.format(.describeConversation, conversation.date.danish, strings.label(conversation.kind).lowercased())
        case .meeting(let id):
            return meetings.first { $0.id == id }.map { AbsenceForm.describeSource(.meeting($0), strings) }
        case .note(let id):
            guard let note = notes.first(where: { $0.id == id }) else { return nil }
            return EntryText(strings: strings, asOf: note.date).describe(note)
        case .goal(let id):
            guard let goal = goals.first(where: { $0.id == id }) else { return nil }
            return strings.format(.describeGoal, strings.label(goal.kind).lowercased(), goal.title)
        case .subgoal(let id, let goalID):
            guard let subgoal = goals.first(where: { $0.id == goalID })?.subgoals.first(where: { $0.id == id }) else { return nil }
            return strings.format(.describeSubgoal, subgoal.title)
        case .offer(let id):
            guard let offer = offers.first(where: { $0.id == id }) else { return nil }
            return strings.format(.describeOffer, strings.label(offer.type).lowercased(), offer.start.danish)
        case .reminder(let id):
            guard let reminder = reminders.first(where: { $0.id == id }) else { return nil }
            return strings.format(.describeReminder, reminder.text)
        case .episode, .visitation, .offerFollowUp, .offerEvaluation, .ordinaryHours, .exemption, .guidance, .injunction,
             .injunctionStep, .literacyTest, .absence, .contactAttempt, .sanction:
            return describeRecord(ref, strings: strings)
        }
    }

    /// The case without the entry (a goal goes with its subgoals; offers linked to it lose the link).
    func removing(_ ref: EntryRef) -> Case {
        var copy = self
        switch ref {
        case .conversation(let id):
            copy.conversations.removeAll { $0.id == id }
        case .meeting(let id):
            copy.meetings.removeAll { $0.id == id }
        case .note(let id):
            copy.notes.removeAll { $0.id == id }
        case .goal(let id):
            let removed = Set([id] + (goals.first { $0.id == id }?.subgoals.map(\.id) ?? []))
            copy.goals.removeAll { $0.id == id }
            for index in copy.offers.indices where removed.contains(copy.offers[index].goalID ?? "") {
                copy.offers[index].goalID = nil
            }
        case .subgoal(let id, let goalID):
            if let index = copy.goals.firstIndex(where: { $0.id == goalID }) {
                copy.goals[index].subgoals.removeAll { $0.id == id }
            }
            for index in copy.offers.indices where copy.offers[index].goalID == id {
                copy.offers[index].goalID = nil
            }
        case .offer(let id):
            copy.offers.removeAll { $0.id == id }
        case .reminder(let id):
            copy.reminders.removeAll { $0.id == id }
        case .episode, .visitation, .offerFollowUp, .offerEvaluation, .ordinaryHours, .exemption, .guidance, .injunction,
             .injunctionStep, .literacyTest, .absence, .contactAttempt, .sanction:
            return removingRecord(ref)
        }
        return copy
    }
}

extension TabEntry {
    /// The entry a tab line stands for, when it can be edited or deleted.
    func ref(in item: Case) -> EntryRef? {
        switch payload {
        case .conversation(let conversation): return .conversation(conversation.id)
        case .meeting(let meeting): return .meeting(meeting.id)
        case .note(let note): return .note(note.id)
        case .goal(let goal): return .goal(goal.id)
        case .subgoal(let subgoal):
            guard let goal = item.goals.first(where: { $0.subgoals.contains { $0.id == subgoal.id } }) else { return nil }
            return .subgoal(subgoal.id, goal: goal.id)
        case .offer(let offer), .linkedOffer(let offer): return .offer(offer.id)
        case .reminder(let reminder): return .reminder(reminder.id)
        case .record(let record): return record.ref
        case .obligation, .auditEvent: return nil
        }
    }
}
