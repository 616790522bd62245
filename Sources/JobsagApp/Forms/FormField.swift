import JobsagCore
import TerminalKit

/// One option of a choice field: the value the form reads and the label it shows.
public struct ChoiceOption: Hashable, Sendable {
    public var value: String
    public var label: String

    public init(value: String, label: String) {
        self.value = value
        self.label = label
    }
}

/// What a field holds and how it is edited.
public enum FieldValue: Hashable, Sendable {
    /// Free text; multi-line fields take Enter as a new line.
    case text(TextInput, multiline: Bool)
    /// A date typed as the user likes (`22.11.2026`, `i morgen`, `+14`), shown with its weekday.
    case date(TextInput)
    /// A number (hours, months); a comma is the decimal sign.
    case number(TextInput)
    /// One of a list, chosen with ← → or Space, or by typing its first letter.
    case choice([ChoiceOption], selected: Int)
    case checkbox(Bool)

    /// The value as text, for telling whether the form was changed.
    var snapshot: String {
        switch self {
        case .text(let input, _), .date(let input), .number(let input): return input.text
        case .choice(let options, let selected): return selected < options.count ? options[selected].value : ""
        case .checkbox(let on): return on ? "1" : "0"
        }
    }

    /// Whether typed characters go into the field (so letter shortcuts must not act).
    var takesText: Bool {
        switch self {
        case .text, .date, .number: return true
        case .choice, .checkbox: return false
        }
    }
}

/// A field is shown only while another (choice) field has one of some values.
public struct FieldCondition: Hashable, Sendable {
    public var fieldID: String
    public var values: Set<String>

    public init(_ fieldID: String, in values: Set<String>) {
        self.fieldID = fieldID
        self.values = values
    }
}

/// One field of a form.
public struct FormField: Hashable, Sendable {
    public var id: String
    public var label: String
    public var value: FieldValue
    public var isRequired: Bool
    public var visibleWhen: FieldCondition?
    /// A hint shown while the field has focus.
    public var hint: String?

    public init(_ id: String, _ label: String, _ value: FieldValue, required: Bool = false,
                visibleWhen: FieldCondition? = nil, hint: String? = nil) {
        self.id = id
        self.label = label
        self.value = value
        self.isRequired = required
        self.visibleWhen = visibleWhen
        self.hint = hint
    }

    // MARK: Building fields

    public static func text(_ id: String, _ label: String, _ text: String = "", required: Bool = false,
                            multiline: Bool = false, visibleWhen: FieldCondition? = nil, hint: String? = nil) -> FormField {
        FormField(id, label, .text(TextInput(text), multiline: multiline), required: required, visibleWhen: visibleWhen, hint: hint)
    }

    public static func date(_ id: String, _ label: String, _ date: CalendarDate?, required: Bool = true,
                            visibleWhen: FieldCondition? = nil, hint: String? = nil) -> FormField {
        FormField(id, label, .date(TextInput(date?.danish ?? "")), required: required, visibleWhen: visibleWhen, hint: hint)
    }

    public static func number(_ id: String, _ label: String, _ value: Double?, required: Bool = false,
                              visibleWhen: FieldCondition? = nil, hint: String? = nil) -> FormField {
        let text = value.map { $0 == $0.rounded() ? String(Int($0)) : String($0).replacingOccurrences(of: ".", with: ",") } ?? ""
        return FormField(id, label, .number(TextInput(text)), required: required, visibleWhen: visibleWhen, hint: hint)
    }

    public static func choice(_ id: String, _ label: String, _ options: [ChoiceOption], selected value: String?,
                              visibleWhen: FieldCondition? = nil, hint: String? = nil) -> FormField {
        let index = options.firstIndex { $0.value == value } ?? 0
        return FormField(id, label, .choice(options, selected: index), visibleWhen: visibleWhen, hint: hint)
    }

    public static func checkbox(_ id: String, _ label: String, _ on: Bool, visibleWhen: FieldCondition? = nil,
                                hint: String? = nil) -> FormField {
        FormField(id, label, .checkbox(on), visibleWhen: visibleWhen, hint: hint)
    }
}
