import Foundation
import JobsagCore

/// The content of `store.json` (besides `format` and `version`).
struct StoreManifest: Codable, Hashable, Sendable {
    var created: Timestamp
    var isDemo: Bool
    /// Policy overrides and other settings: kept as they are, interpreted by the app.
    var settings: JSONValue

    static let rules = DocumentRules(format: StoreFormat.store)
}

/// The content of `caseworkers.json` (besides `format` and `version`).
struct CaseworkerList: Codable, Hashable, Sendable {
    var caseworkers: [Caseworker]

    static let rules = DocumentRules(format: StoreFormat.caseworkers)
}

/// What the store knows about itself, from `store.json`.
public struct StoreInfo: Hashable, Sendable {
    public var directory: String
    /// The version of `store.json` (the layout).
    public var formatVersion: Int
    public var created: Timestamp
    /// A generated demo store: every screen says DEMO.
    public var isDemo: Bool
    public var settings: JSONValue
    /// Found when the store was opened: e.g. files readable by others.
    public var warnings: [StoreProblem]
}
