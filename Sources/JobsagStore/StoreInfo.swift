import JobsagCore

/// What the store knows about itself, from `store.json`.
public struct StoreInfo: Hashable, Sendable {
    public var directory: String
    /// Which store this is (`store.json`'s id and creation time).
    public var identity: StoreIdentity
    /// The version of `store.json` (the layout).
    public var formatVersion: Int
    public var created: Timestamp { identity.created }
    /// A generated demo store: every screen says DEMO.
    public var isDemo: Bool
    public var settings: JSONValue
    /// Found when the store was opened: e.g. files readable by others.
    public var warnings: [StoreProblem]
}
