import JobsagCore

/// What the store knows about itself: from `store.json`, or the database's settings row.
public struct StoreInfo: Hashable, Sendable {
    /// Where the store is, for messages: the data directory, or the database URL (without a password).
    public var location: String
    /// Which store this is (`store.json`'s id and creation time).
    public var identity: StoreIdentity
    /// The version of `store.json` (the layout), or of the database schema.
    public var formatVersion: Int
    public var created: Timestamp { identity.created }
    /// A generated demo store: every screen says DEMO.
    public var isDemo: Bool
    public var settings: JSONValue
    /// The text the settings were read from, for problems that point into it.
    public var settingsDocument: SettingsDocument
    /// Found when the store was opened: e.g. files readable by others.
    public var warnings: [StoreProblem]

    public init(
        location: String, identity: StoreIdentity, formatVersion: Int, isDemo: Bool, settings: JSONValue,
        settingsDocument: SettingsDocument, warnings: [StoreProblem]
    ) {
        self.location = location
        self.identity = identity
        self.formatVersion = formatVersion
        self.isDemo = isDemo
        self.settings = settings
        self.settingsDocument = settingsDocument
        self.warnings = warnings
    }
}
