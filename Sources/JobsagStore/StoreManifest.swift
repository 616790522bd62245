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
