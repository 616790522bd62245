import JobsagCore

/// A type a `TapeReadable` type keeps as one of its raw texts (a conversation's kind, a
/// goal's status), read from the text's bytes by a table made once: `init(rawValue:)` wants
/// a `String` made for it and compares it with each case's text, four of them for each
/// conversation a case holds.
protocol TapeRawValue: RawRepresentable<String>, CaseIterable, Sendable, Decodable {
    static var tapeValues: TapeRawValues<Self> { get }
}

/// Every value of a `TapeRawValue` type beside the bytes of its raw text.
struct TapeRawValues<Value: TapeRawValue>: Sendable {
    private let values: [Value]
    private let texts: [[UInt8]]

    init() {
        values = Array(Value.allCases)
        texts = values.map { Array($0.rawValue.utf8) }
    }

    /// The value whose raw text has these bytes; nil when none has.
    func value(_ text: UnsafeRawBufferPointer) -> Value? {
        texts.firstIndex { $0.withUnsafeBytes { $0.equals(text) } }.map { values[$0] }
    }
}

extension Benefit: TapeRawValue { static let tapeValues = TapeRawValues<Self>() }
extension ReadinessCategory: TapeRawValue { static let tapeValues = TapeRawValues<Self>() }
extension Conversation.Kind: TapeRawValue { static let tapeValues = TapeRawValues<Self>() }
extension Conversation.Form: TapeRawValue { static let tapeValues = TapeRawValues<Self>() }
extension Conversation.FormChooser: TapeRawValue { static let tapeValues = TapeRawValues<Self>() }
extension Conversation.Outcome: TapeRawValue { static let tapeValues = TapeRawValues<Self>() }
extension Goal.Kind: TapeRawValue { static let tapeValues = TapeRawValues<Self>() }
extension Goal.Status: TapeRawValue { static let tapeValues = TapeRawValues<Self>() }
extension Subgoal.Kind: TapeRawValue { static let tapeValues = TapeRawValues<Self>() }
extension Guidance.Kind: TapeRawValue { static let tapeValues = TapeRawValues<Self>() }
extension Guidance.Answer: TapeRawValue { static let tapeValues = TapeRawValues<Self>() }
extension Guidance.Channel: TapeRawValue { static let tapeValues = TapeRawValues<Self>() }
extension Citizen.Barrier: TapeRawValue { static let tapeValues = TapeRawValues<Self>() }
extension Offer.OfferType: TapeRawValue { static let tapeValues = TapeRawValues<Self>() }
extension Meeting.State: TapeRawValue { static let tapeValues = TapeRawValues<Self>() }
extension Absence.ReasonableCause: TapeRawValue { static let tapeValues = TapeRawValues<Self>() }
extension ContactAttempt.Channel: TapeRawValue { static let tapeValues = TapeRawValues<Self>() }
