import JobsagCore

/// A sentence in Danish and English kept as a template and its values, rendered only when
/// shown. Evaluating thousands of cases produces many obligations whose text nobody reads;
/// keeping the values (dates, counts) instead of formatted strings keeps evaluation fast.
///
/// Templates use `{0}`, `{1}`, ... for the arguments. Dates render as `DD.MM.YYYY` in Danish
/// and `YYYY-MM-DD` in English.
struct RuleMessage: Hashable, Sendable {
    enum Argument: Hashable, Sendable {
        case date(CalendarDate)
        case number(Int)
        /// Hours and similar: no decimals when whole, a decimal comma in Danish.
        case decimal(Double)
        case text(String)
        case localized(LocalizedText)
        /// "1 jobsamtale" / "3 jobsamtaler".
        case counted(Int, Noun)
        /// "a, b og c" / "a, b and c".
        case list([Argument])
        indirect case message(RuleMessage)
    }

    /// The counted nouns, singular and plural.
    enum Noun: Hashable, Sendable {
        case day, week, month, conversation, jobConversation, jointMeeting, writtenConversation

        var singular: LocalizedText {
            switch self {
            case .day: return LocalizedText(da: "dag", en: "day")
            case .week: return LocalizedText(da: "uge", en: "week")
            case .month: return LocalizedText(da: "måned", en: "month")
            case .conversation: return LocalizedText(da: "samtale", en: "conversation")
            case .jobConversation: return LocalizedText(da: "jobsamtale", en: "job interview")
            case .jointMeeting: return LocalizedText(da: "fællessamtale", en: "joint meeting")
            case .writtenConversation: return LocalizedText(da: "skriftlig samtale", en: "written conversation")
            }
        }

        var plural: LocalizedText {
            switch self {
            case .day: return LocalizedText(da: "dage", en: "days")
            case .week: return LocalizedText(da: "uger", en: "weeks")
            case .month: return LocalizedText(da: "måneder", en: "months")
            case .conversation: return LocalizedText(da: "samtaler", en: "conversations")
            case .jobConversation: return LocalizedText(da: "jobsamtaler", en: "job interviews")
            case .jointMeeting: return LocalizedText(da: "fællessamtaler", en: "joint meetings")
            case .writtenConversation: return LocalizedText(da: "skriftlige samtaler", en: "written conversations")
            }
        }
    }

    /// The sentence with its placeholders. Templates written in the code are static strings,
    /// which copy without reference counting.
    enum Template: Hashable, Sendable {
        case fixed(da: StaticString, en: StaticString)
        case dynamic(LocalizedText)

        func text(_ language: Language) -> String {
            switch self {
            case .fixed(let da, let en): return (language == .da ? da : en).description
            case .dynamic(let text): return text.text(language)
            }
        }

        static func == (lhs: Template, rhs: Template) -> Bool {
            lhs.text(.da) == rhs.text(.da) && lhs.text(.en) == rhs.text(.en)
        }

        func hash(into hasher: inout Hasher) {
            hasher.combine(text(.da))
        }
    }

    let template: Template
    let arguments: [Argument]

    init(da: StaticString, en: StaticString, _ arguments: Argument...) {
        self.template = .fixed(da: da, en: en)
        self.arguments = arguments
    }

    /// Any number of arguments, as an array.
    init(da: StaticString, en: StaticString, _ arguments: [Argument]) {
        self.template = .fixed(da: da, en: en)
        self.arguments = arguments
    }

    /// A finished text, e.g. one given through a public initialiser.
    static func literal(_ text: LocalizedText) -> RuleMessage {
        RuleMessage(template: .dynamic(text))
    }

    private init(template: Template) {
        self.template = template
        self.arguments = []
    }

    func text(_ language: Language) -> String {
        let pattern = template.text(language)
        if arguments.isEmpty { return pattern }
        let bytes = pattern.utf8
        var result = ""
        result.reserveCapacity(bytes.count + 16 * arguments.count)
        var copiedUpTo = bytes.startIndex
        var index = bytes.startIndex
        while index < bytes.endIndex {
            guard bytes[index] == UInt8(ascii: "{") else {
                index = bytes.index(after: index)
                continue
            }
            // Parse "{digits}".
            var cursor = bytes.index(after: index)
            var value = 0
            var digitCount = 0
            while cursor < bytes.endIndex, bytes[cursor] >= UInt8(ascii: "0"), bytes[cursor] <= UInt8(ascii: "9") {
                value = value * 10 + Int(bytes[cursor] - UInt8(ascii: "0"))
                digitCount += 1
                cursor = bytes.index(after: cursor)
            }
            if digitCount > 0, cursor < bytes.endIndex, bytes[cursor] == UInt8(ascii: "}"), value < arguments.count {
                result += pattern[copiedUpTo..<index]
                result += RuleMessage.render(arguments[value], language)
                index = bytes.index(after: cursor)
                copiedUpTo = index
            } else {
                index = bytes.index(after: index)
            }
        }
        result += pattern[copiedUpTo..<bytes.endIndex]
        return result
    }

    var localized: LocalizedText {
        LocalizedText(da: text(.da), en: text(.en))
    }

    static func render(_ argument: Argument, _ language: Language) -> String {
        switch argument {
        case .date(let date):
            return date.danish  // dd.mm.yyyy in both languages
        case .number(let value):
            return String(value)
        case .decimal(let value):
            return RuleMessage.format(value, language)
        case .text(let text):
            return text
        case .localized(let text):
            return text.text(language)
        case .counted(let count, let noun):
            return String(count) + " " + (count == 1 ? noun.singular : noun.plural).text(language)
        case .list(let items):
            let parts = items.map { render($0, language) }
            switch parts.count {
            case 0: return ""
            case 1: return parts[0]
            default:
                let conjunction = language == .da ? " og " : " and "
                return parts.dropLast().joined(separator: ", ") + conjunction + (parts.last ?? "")
            }
        case .message(let message):
            return message.text(language)
        }
    }

    static func format(_ value: Double, _ language: Language) -> String {
        let tenths = Int((value * 10).rounded())
        let whole = tenths / 10
        let fraction = abs(tenths % 10)
        if fraction == 0 { return String(whole) }
        return String(whole) + (language == .da ? "," : ".") + String(fraction)
    }
}
