/// An enum stored as its raw text. It reads and writes itself as the standard library's
/// default for a `String` raw value does, but in code specialized for each type: the
/// default is generic and looks up its types at every value, about a fifth of the time of
/// reading a case's conversations.
public protocol RawTextCodable: RawRepresentable<String>, Codable {}

extension RawTextCodable {
    public init(from decoder: Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let value = Self(rawValue: text) else {
            throw DecodingError.dataCorrupted(DecodingError.Context(
                codingPath: decoder.codingPath, debugDescription: "Cannot initialize \(Self.self) from invalid String value \(text)"))
        }
        self = value
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}
