import Foundation
import JobsagCore
import JobsagReview
import TerminalKit

/// The forms Jobsag has: one per kind of entry.
public enum FormKind: String, Sendable, CaseIterable {
    case newCase, episodeChange, visitation, conversation, goal, subgoal, offer, offerFollowUp, offerEvaluation
    case ordinaryHours, reminder, exemption, guidance, injunction, injunctionStep, literacyTest, absence
    case contactAttempt, sanction, sanctionApproval, reviewRound, followUpAction, flexJobProgression, cv, dropoutReport
    case rehabilitationRecommendation, workCapacity, flexJob, journalNote, closeCase, reopenCase, transferCase, booking

    /// Whether the form writes to a case that must be chosen first.
    var needsCase: Bool { self != .newCase && self != .reviewRound }
}

/// A line of read-only text at the top of a form (what the approver of a sanction must see).
public struct FormIntroLine: Hashable, Sendable {
    public var text: String
    /// Shown as a problem (something missing).
    public var isProblem: Bool

    public init(_ text: String, isProblem: Bool = false) {
        self.text = text
        self.isProblem = isProblem
    }
}

/// An open form: its fields, which one has focus, the messages at the fields, and what it
/// edits (a new entry, or an existing one).
public struct FormState: Sendable {
    public var kind: FormKind
    public var title: String
    /// The case the form writes to (nil for a new case).
    public var caseID: CaseID?
    /// The entry being edited, or nil for a new entry.
    public var entryID: EntryID?
    public var fields: [FormField]
    /// Read-only lines above the fields.
    public var intro: [FormIntroLine] = []
    /// The index of the field with focus.
    public var focus: Int {
        didSet { typingReplacesDate = focusIsOnDate }
    }
    /// A date field was just entered: the first letter typed replaces its date (typing `+14`
    /// or `i morgen` over a prefilled date gives that date, not `02.12.2026+14`).
    var typingReplacesDate = false
    /// Messages at the fields, by field id, in the user's language.
    public var errors: [String: String] = [:]
    /// "Discard what you typed?" is being asked, and what a yes does.
    public var discardQuestion: DiscardQuestion?
    /// Whether a question about discarding what was typed is being asked.
    public var isConfirmingDiscard: Bool { discardQuestion != nil }
    /// The save was refused because someone else changed the case: what to tell the user.
    public var conflict: String?
    /// The store refused the last save for another reason (a CPR number another case has):
    /// shown in full above the fields until the next save.
    public var refusal: String?
    /// The case that already has the CPR number typed in a new-case form: Enter opens it
    /// while the form offers it (any other key goes back to the form).
    public var offeredCase: CaseID?
    /// After a reload: what they changed that the user must decide on (shown at the fields).
    public var theirs: TheirChange?
    /// What the form was opened on (set when it is opened): how to open it again on the case
    /// as reloaded, to see the entry as they saved it.
    public var target: FormTarget?
    /// The value of every field as stored when the form opened (or was last merged): what
    /// `isDirty` and a merge compare with.
    private var initial: [String: String]

    public init(kind: FormKind, title: String, caseID: CaseID?, entryID: EntryID? = nil, fields: [FormField], focus: String? = nil) {
        self.kind = kind
        self.title = title
        self.caseID = caseID
        self.entryID = entryID
        self.fields = fields
        self.focus = focus.flatMap { id in fields.firstIndex { $0.id == id } } ?? 0
        self.initial = Dictionary(uniqueKeysWithValues: fields.map { ($0.id, $0.value.snapshot) })
        typingReplacesDate = focusIsOnDate
    }

    private var focusIsOnDate: Bool {
        guard focus < fields.count, case .date = fields[focus].value else { return false }
        return true
    }

    /// Anything typed or changed since the form opened.
    public var isDirty: Bool {
        fields.contains { initial[$0.id] != $0.value.snapshot }
    }

    /// The stored value of a field as the form knows it (see `initial`).
    func initialSnapshot(_ id: String) -> String? {
        initial[id]
    }

    /// Takes `stored`'s values (this form opened on the case as now stored) as what is stored.
    mutating func rebase(on stored: FormState) {
        for field in stored.fields where initial[field.id] != nil {
            initial[field.id] = field.value.snapshot
        }
    }

    public var focusedField: FormField? {
        focus < fields.count ? fields[focus] : nil
    }

    /// Whether a field is shown with the current values.
    public func isVisible(_ field: FormField) -> Bool {
        guard let condition = field.visibleWhen else { return true }
        return condition.values.contains(choice(condition.fieldID) ?? "")
    }

    public var visibleIndices: [Int] {
        fields.indices.filter { isVisible(fields[$0]) }
    }

    // MARK: Reading values

    private func field(_ id: String) -> FormField? {
        fields.first { $0.id == id }
    }

    /// The text of a text, date or number field, trimmed and in NFC.
    public func text(_ id: String) -> String {
        switch field(id)?.value {
        case .text(let input, _)?, .date(let input)?, .number(let input)?: return input.text.trimmingWhitespace()
        default: return ""
        }
    }

    /// The value of a choice field.
    public func choice(_ id: String) -> String? {
        guard case .choice(let options, let selected)? = field(id)?.value, selected < options.count else { return nil }
        return options[selected].value
    }

    public func bool(_ id: String) -> Bool {
        if case .checkbox(let on)? = field(id)?.value { return on }
        return false
    }

    /// A date field parsed relative to `today`; nil when empty.
    public func date(_ id: String, today: CalendarDate) -> Result<CalendarDate?, DateInput.Problem> {
        let typed = text(id)
        if typed.isEmpty { return .success(nil) }
        return DateInput.parse(typed, today: today).map { Optional($0) }
    }

    /// A number field: digits with at most one decimal comma or point (`7`, `7,5`, `7.5`),
    /// spaces around them ignored; nil when empty or anything else. (Swift's own reading of a
    /// number also took `0x10` as 16 hours, `1e1` as 10 and `nan`.)
    public func number(_ id: String) -> Double? {
        let typed = text(id).trimmingWhitespace()
        var digits = 0, separators = 0
        for scalar in typed.unicodeScalars {
            switch scalar {
            case "0"..."9": digits += 1
            case ",", ".": separators += 1
            default: return nil
            }
        }
        guard digits > 0, separators <= 1 else { return nil }
        return Double(typed.replacingOccurrences(of: ",", with: "."))
    }

    // MARK: Changing values

    mutating func setValue(_ value: FieldValue, at index: Int) {
        guard index < fields.count else { return }
        fields[index].value = value
    }
}

/// What a yes to "discard what you typed?" does: close the form (Esc) or quit Jobsag (Ctrl-C,
/// or `q` while the terminal is too small).
public enum DiscardQuestion: Sendable {
    case closeForm
    case quit
}

/// What saving a form does to the store.
public enum FormOutcome: Sendable {
    /// A changed case, with the words for "gemt: …" and the audit action.
    case update(Case, description: String, action: AuditEvent.Action)
    /// A new case (the store gives it its id).
    case create(Case, description: String)
    /// A new spot-check round: its title and what to draw.
    case startRound(title: String, request: SampleRequest)
}
