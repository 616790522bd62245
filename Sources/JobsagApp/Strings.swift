// JobsagApp: the terminal program as pure logic (the Elm architecture): AppState, Msg,
// update, view (state -> CellBuffer), the keymap and the UI strings. No curses, no disk:
// effects such as writing the audit log are values that the runtime performs.
import Foundation
import JobsagCore
import JobsagResources

/// The UI strings of one language, loaded from `Resources/Strings/<lang>.json`.
public struct Strings: Sendable {
    public let language: Language
    private let table: [String: String]

    /// Loads the strings of `language` from the resource bundle.
    public init(language: Language) {
        self.language = language
        self.table = Strings.loadTable(language)
    }

    /// The raw table of a language: `Strings/<lang>.json` merged with every
    /// `Strings/<lang>-<part>.json` (so each part of the program can keep its own file).
    public static func loadTable(_ language: Language) -> [String: String] {
        guard let directory = JobsagResources.bundle.url(forResource: "Strings", withExtension: nil),
              let files = try? FileManager.default.contentsOfDirectory(atPath: directory.path)
        else { return [:] }
        var table: [String: String] = [:]
        for file in files.sorted() where file == language.rawValue + ".json" || (file.hasPrefix(language.rawValue + "-") && file.hasSuffix(".json")) {
            guard let data = try? Data(contentsOf: directory.appendingPathComponent(file)),
                  let part = try? JSONDecoder().decode([String: String].self, from: data)
            else { continue }
            table.merge(part) { first, _ in first }
        }
        return table
    }

    /// The text for `key`; the key itself when missing (a test keeps the tables complete).
    public subscript(_ key: UIText) -> String {
        table[key.rawValue] ?? key.rawValue
    }

    /// The text for `key` with `{0}`, `{1}`, ... replaced by `arguments`.
    public func format(_ key: UIText, _ arguments: CustomStringConvertible...) -> String {
        Strings.fill(self[key], with: arguments)
    }

    /// The text of a key of a part of the tables (`journal.heading`).
    func entry<Key: StringTableKey>(of key: Key) -> String {
        entry(Key.prefix + "." + key.rawValue)
    }

    /// The text of a key of a part of the tables with `{0}`, `{1}`, ... replaced by `arguments`.
    func format<Key: StringTableKey>(_ key: Key, with arguments: [CustomStringConvertible]) -> String {
        Strings.fill(entry(of: key), with: arguments)
    }

    /// `template` with `{0}`, `{1}`, ... replaced by `arguments`.
    static func fill(_ template: String, with arguments: [CustomStringConvertible]) -> String {
        var text = template
        for (index, argument) in arguments.enumerated() {
            text = text.replacingOccurrences(of: "{\(index)}", with: argument.description)
        }
        return text
    }

    /// The label of a domain value, looked up as `<prefix>.<rawValue>`.
    public func label<Value: LabeledValue>(_ value: Value) -> String {
        table[Value.labelKey(value)] ?? value.rawValue
    }

    /// The short label of a domain value (`<prefix>.short.<rawValue>`), else the label.
    public func shortLabel<Value: LabeledValue>(_ value: Value) -> String {
        table[Value.shortLabelKey(value)] ?? label(value)
    }

    /// Picks the Danish or English side of a text from the rules module.
    public func text(_ localized: LocalizedText) -> String {
        localized.text(language)
    }
}

/// The keys of one part of the string tables, looked up as `<prefix>.<rawValue>`.
protocol StringTableKey: RawRepresentable, CaseIterable where RawValue == String {
    static var prefix: String { get }
}

/// A domain enum whose values have UI labels in the string tables.
public protocol LabeledValue: RawRepresentable, CaseIterable where RawValue == String {
    static var labelPrefix: String { get }
}

extension LabeledValue {
    public static func labelKey(_ value: Self) -> String { labelPrefix + "." + value.rawValue }
    public static func shortLabelKey(_ value: Self) -> String { labelPrefix + ".short." + value.rawValue }
}

extension TargetGroup: LabeledValue { public static var labelPrefix: String { "targetGroup" } }
extension Benefit: LabeledValue { public static var labelPrefix: String { "benefit" } }
extension ReadinessCategory: LabeledValue { public static var labelPrefix: String { "category" } }
extension Conversation.Kind: LabeledValue { public static var labelPrefix: String { "conversationKind" } }
extension Conversation.Form: LabeledValue { public static var labelPrefix: String { "conversationForm" } }
extension Conversation.Outcome: LabeledValue { public static var labelPrefix: String { "conversationOutcome" } }
extension Offer.OfferType: LabeledValue { public static var labelPrefix: String { "offerType" } }
extension Goal.Kind: LabeledValue { public static var labelPrefix: String { "goalKind" } }
extension Goal.Status: LabeledValue { public static var labelPrefix: String { "goalStatus" } }
extension Subgoal.Kind: LabeledValue { public static var labelPrefix: String { "subgoalKind" } }
extension Caseworker.Role: LabeledValue { public static var labelPrefix: String { "role" } }
extension AuditEvent.Action: LabeledValue { public static var labelPrefix: String { "auditAction" } }

extension Strings {
    /// What an action does, as the help screen says it; a context may word it its own way
    /// (`action.<action>.<context>`).
    public func actionDescription(_ action: Action, in context: KeyContext? = nil) -> String {
        let general = entry("action." + action.rawValue)
        guard let context else { return general }
        return entry("action." + action.rawValue + "." + context.rawValue, fallback: general)
    }

    /// A text looked up by a key built at run time (`mode.<context>`, `hint.<action>`).
    func entry(_ key: String, fallback: String? = nil) -> String {
        table[key] ?? fallback ?? key
    }

    /// Every key of the table (for the completeness test).
    public var keys: Set<String> { Set(table.keys) }
}
