/// The id of a case, e.g. `S-000123`. Stable for the life of the case; names its file.
public typealias CaseID = String

/// The id of an entry inside a case (a conversation, goal, offer, ...). Unique within the
/// store, so that the log, reviews and undo can point at it.
public typealias EntryID = String

/// A caseworker's initials, e.g. `MHJ`: the id of a caseworker.
public typealias Initials = String

extension CaseID {
    /// Whether a text is safe as a case id: it names a file, so only `A-Z a-z 0-9 - _`,
    /// 1 to 64 characters.
    public var isValidCaseID: Bool {
        !isEmpty && utf8.count <= 64 && utf8.allSatisfy { byte in
            (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
                || (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z"))
                || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
                || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_")
        }
    }
}
