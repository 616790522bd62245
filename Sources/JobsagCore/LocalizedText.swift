/// The languages of the user interface.
public enum Language: String, Sendable, RawTextCodable, CaseIterable {
    case da
    case en
}

/// A text in Danish and English, for rule titles, explanations and messages.
public struct LocalizedText: Hashable, Sendable, Codable {
    public var da: String
    public var en: String

    public init(da: String, en: String) {
        self.da = da
        self.en = en
    }

    public func text(_ language: Language) -> String {
        language == .da ? da : en
    }
}
