import JobsagCore

/// Which entry a form opens on: the case, the entry being edited (nil for new), and the
/// entry it belongs under (the goal of a subgoal, the offer of a follow-up).
public struct FormTarget: Sendable {
    public var caseID: CaseID?
    public var entryID: EntryID?
    public var parentID: EntryID?

    public init(caseID: CaseID?, entryID: EntryID? = nil, parentID: EntryID? = nil) {
        self.caseID = caseID
        self.entryID = entryID
        self.parentID = parentID
    }
}

/// Every form by kind: how to open it and how to check and apply it.
enum FormRegistry {
    static func spec(_ kind: FormKind) -> FormSpec? {
        switch kind {
        case .conversation: return ConversationForm.spec
        default: return nil
        }
    }

    static func make(_ kind: FormKind, for item: Case?, target: FormTarget, context: FormContext) -> FormState? {
        switch kind {
        case .conversation:
            return item.map { ConversationForm.make(for: $0, editing: target.entryID, context: context) }
        default:
            return nil
        }
    }
}
