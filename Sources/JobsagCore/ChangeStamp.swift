/// Who last saved something, and when: written by the store on every save of a case, so
/// that a refused save can say who changed the case in the meantime.
public struct ChangeStamp: Hashable, Sendable, Codable {
    public var by: Initials
    public var at: Timestamp

    public init(by: Initials, at: Timestamp) {
        self.by = by
        self.at = at
    }
}
