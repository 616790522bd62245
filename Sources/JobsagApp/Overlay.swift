import JobsagCore
import JobsagRules
import TerminalKit

/// A window over the screen that has the keyboard until it closes.
public enum Overlay: Sendable {
    /// `?`: the keys of the screen below, searchable.
    case help(HelpState)
    /// "hvorfor?": the rule behind an obligation, its source and the deadline arithmetic.
    case why(WhyState)
    /// A list to choose one option from, with type-ahead.
    case picker(PickerState)
    /// A form for an entry.
    case form(FormState)
    /// A question that needs a yes before something happens (a delete).
    case confirm(ConfirmState)
}

/// What a confirmed question does.
public enum ConfirmAction: Sendable {
    case deleteEntry(EntryRef)
}

public struct ConfirmState: Sendable {
    public var question: String
    public var action: ConfirmAction
}

public struct HelpState: Sendable {
    /// The context whose keys are listed.
    public var context: KeyContext
    public var search = TextInput()
    public var scroll = ListScroll()
}

public struct WhyState: Sendable {
    public var caseID: CaseID
    public var obligation: Obligation
    /// The first line shown (the text scrolls when it is longer than the window).
    public var top = 0
}

/// What a picker's choice does.
public enum PickerPurpose: Sendable {
    case quickFilter
}

public struct PickerOption: Sendable {
    public var label: String
    public var quickFilter: QuickFilter
}

public struct PickerState: Sendable {
    public var title: String
    public var purpose: PickerPurpose
    public var options: [PickerOption]
    public var scroll = ListScroll()
}

/// A message in the status line.
public struct StatusMessage: Hashable, Sendable {
    public enum Kind: Sendable { case info, success, error }
    public var text: String
    public var kind: Kind

    public init(_ text: String, kind: Kind = .info) {
        self.text = text
        self.kind = kind
    }
}
