import JobsagCore
import JobsagReview
import JobsagRules
import TerminalKit

/// A window over the screen that has the keyboard until it closes.
public enum Overlay: Sendable {
    /// `?`: the keys of the screen below, searchable.
    case help(HelpState)
    /// "hvorfor?": the rule behind an obligation, its source and the deadline arithmetic.
    case why(ReadingState)
    /// A whole entry to read (a journal note), scrolled like "hvorfor?".
    case reading(ReadingState)
    /// A list to choose one option from, with type-ahead.
    case picker(PickerState)
    /// A form for an entry.
    case form(FormState)
    /// A question that needs a yes before something happens (a delete).
    case confirm(ConfirmState)
    /// Something the user must read (files that could not be read), closed with Esc or Enter.
    case notice(NoticeState)
    /// A reason or a note the user must give before something happens.
    case prompt(TextPromptState)
}

public struct NoticeState: Sendable {
    public var title: String
    public var paragraphs: [String]
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

/// Labelled text in a window to read: "hvorfor?" on an obligation, or a whole journal note.
public struct ReadingState: Sendable {
    /// One labelled paragraph (the label stands beside its first line), and the case tab it
    /// leads to when it names a case.
    public struct Paragraph: Sendable {
        public var label: String
        public var text: String
        public var link: ReadingLink?
    }

    public var title: String
    public var paragraphs: [Paragraph]
    /// The first line shown (the text scrolls when it is longer than the window).
    public var top = 0
    /// Whether a key the window does not use closes it and then acts on the screen below
    /// ("Nyt siden sidst" never stands in the way of the work).
    public var passesOtherKeys = false
    /// The paragraph chosen with ↑ and ↓ among those with a link (Enter opens its case); nil
    /// when no paragraph has one, and the arrows scroll.
    public var selected: Int?

    public init(title: String, paragraphs: [(label: String, text: String)], passesOtherKeys: Bool = false) {
        self.init(title: title, linked: paragraphs.map { ($0.label, $0.text, nil) }, passesOtherKeys: passesOtherKeys)
    }

    public init(title: String, linked paragraphs: [(label: String, text: String, link: ReadingLink?)], passesOtherKeys: Bool = false) {
        self.title = title
        self.paragraphs = paragraphs.map { Paragraph(label: $0.label, text: $0.text, link: $0.link) }
        self.passesOtherKeys = passesOtherKeys
        selected = self.paragraphs.firstIndex { $0.link != nil }
    }

    /// The next paragraph with a link after (or, `forward` false, before) the selected one.
    func nextLinked(forward: Bool) -> Int? {
        guard let selected else { return nil }
        let indices = forward ? Array(paragraphs.indices.dropFirst(selected + 1)) : Array(paragraphs.indices.prefix(selected).reversed())
        return indices.first { paragraphs[$0].link != nil }
    }
}

/// Where a paragraph of a reading window leads: a case, at a tab.
public struct ReadingLink: Hashable, Sendable {
    public var caseID: CaseID
    public var tab: DetailTab
}

/// What choosing a picker's option does.
public enum PickerChoice: Hashable, Sendable {
    case quickFilter(QuickFilter)
    /// Run an action as if its key was pressed (the command palette).
    case action(Action)
    /// Open a form for a new entry (the command palette).
    case form(FormKind)
    /// Start a new spot-check round, or open one.
    case newRound
    case openRound(String)
    /// The overall verdict of a case review.
    case verdict(Verdict)
}

public struct PickerOption: Sendable {
    public var label: String
    /// Shown at the right of the label: the key that does the same, or how many cases a
    /// quick filter gives.
    public var aside: String?
    public var choice: PickerChoice

    public init(label: String, aside: String? = nil, choice: PickerChoice) {
        self.label = label
        self.aside = aside
        self.choice = choice
    }
}

/// A list to choose from. With `search` (the command palette) typing filters the list;
/// without it a typed letter jumps to the next option starting with it.
public struct PickerState: Sendable {
    public var title: String
    public var options: [PickerOption]
    public var scroll = ListScroll()
    public var search: TextInput?

    /// The options that match the search.
    public var shownOptions: [PickerOption] {
        guard let search, !search.isEmpty else { return options }
        let query = DanishText.searchKey(search.text)
        return options.filter { DanishText.matches(DanishText.searchKey($0.label), query: query) }
    }
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
