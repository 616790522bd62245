import JobsagCore
import JobsagReview
import TerminalKit

/// What a one-line text prompt is for, and so what Enter does with the text.
public enum PromptPurpose: Hashable, Sendable {
    /// Why the user opens a case outside their caseload (logged), then opens it at `tab`
    /// with the line of `select` selected.
    case accessReason(CaseID, tab: DetailTab, select: EntrySelection?)
    /// The note of a spot-check checkpoint, answering it with `answer` (nil keeps the answer).
    case checkpointNote(checkpointID: String, answer: CheckpointAnswer?)
}

/// A one-line text the user must give before something happens: a reason or a note.
public struct TextPromptState: Sendable {
    public var purpose: PromptPurpose
    public var title: String
    public var intro: String
    public var label: String
    public var keys: String
    public var input: TextInput
    /// The fewest characters accepted (the message when fewer is `tooShort`).
    public var minimumLength: Int
    public var tooShort: String
    public var problem: String?

    public init(purpose: PromptPurpose, title: String, intro: String, label: String, keys: String, text: String = "",
                minimumLength: Int, tooShort: String) {
        self.purpose = purpose
        self.title = title
        self.intro = intro
        self.label = label
        self.keys = keys
        self.input = TextInput(text)
        self.minimumLength = minimumLength
        self.tooShort = tooShort
    }
}

extension AppState {
    /// Keys in a prompt: Enter gives the text (when long enough), Esc cancels.
    mutating func handlePrompt(_ key: Key, _ current: TextPromptState) -> [Effect] {
        var state = current
        switch key {
        case .escape:
            overlay = nil
            return promptCancelled(state.purpose)
        case .enter, .ctrl("s"):
            let text = state.input.text.trimmingWhitespace()
            guard text.count >= state.minimumLength else {
                state.problem = state.tooShort
                overlay = .prompt(state)
                return []
            }
            overlay = nil
            return promptGiven(state.purpose, text: text)
        case .ctrl("c"):
            return [.quit]
        default:
            if state.input.handle(key) { state.problem = nil }
            overlay = .prompt(state)
            return []
        }
    }

    private mutating func promptGiven(_ purpose: PromptPurpose, text: String) -> [Effect] {
        switch purpose {
        case .accessReason(let id, let tab, let selection): return accessReasonGiven(text, caseID: id, tab: tab, select: selection)
        case .checkpointNote(let checkpointID, let answer): return checkpointNoteGiven(text, checkpointID: checkpointID, answer: answer)
        }
    }

    private mutating func promptCancelled(_ purpose: PromptPurpose) -> [Effect] {
        switch purpose {
        case .accessReason: message = StatusMessage(strings[.accessCancelled])
        case .checkpointNote: message = StatusMessage(strings[.reviewNoteCancelled])
        }
        return []
    }
}
