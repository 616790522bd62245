import Crypto
import Foundation
import JobsagCore

/// The content of `store.json` (besides `format` and `version`).
///
/// Versions: 2 added the required `id` (random, made when the store is created; null in a
/// store made by version 1, whose identity is then its `created` time); 3 says that the
/// audit log is hash-chained (`AuditChainLink`).
struct StoreManifest: Codable, Hashable, Sendable {
    var id: String?
    var created: Timestamp
    var isDemo: Bool
    /// Policy overrides and other settings: kept as they are, interpreted by the app.
    var settings: JSONValue

    static let rules = DocumentRules(
        format: StoreFormat.store,
        requiredKeys: ["id"],
        migrations: [
            1: .transform { object in
                if object["id"] == nil { object["id"] = .null }
            },
            // Version 3 chains the audit log (`FileStore.chainAuditLog`); store.json itself is unchanged.
            2: .addsOptionalFields,
        ])

    /// Writes `id` as null when there is none (a store made by version 1): version 2 requires the field.
    func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(created, forKey: .created)
        try container.encode(isDemo, forKey: .isDemo)
        try container.encode(settings, forKey: .settings)
    }

    /// Which store this is: a store replaced under a running program has another identity.
    var identity: StoreIdentity { StoreIdentity(id: id, created: created) }

}

/// A store's identity: its random id and its creation time (the id alone is null in a store
/// made before version 2 of `store.json`).
public struct StoreIdentity: Hashable, Sendable {
    public var id: String?
    public var created: Timestamp

    public init(id: String?, created: Timestamp) {
        self.id = id
        self.created = created
    }

    /// The store's name wherever something outside it must tell stores apart and keep its
    /// name for as long as the store lives (calendar UIDs, a database imported from it): the
    /// id, or for a store made before version 2 (no id) 32 hexadecimal digits derived from
    /// its creation time, the same on every run and after a backup or a restore.
    public var stableID: String {
        if let id { return id }
        return SHA256.hash(data: Data(("jobsag.store:" + created.iso).utf8)).prefix(16)
            .map { String($0, radix: 16) }
            .map { $0.count == 1 ? "0" + $0 : $0 }
            .joined()
    }

    /// A new store's id: 32 hexadecimal digits from the system's random source.
    public static func newID() -> String {
        var random = SystemRandomNumberGenerator()
        return [random.next() as UInt64, random.next() as UInt64]
            .map { String($0, radix: 16) }
            .map { String(repeating: "0", count: 16 - $0.count) + $0 }
            .joined()
    }
}

/// The content of `caseworkers.json` (besides `format` and `version`).
///
/// Versions: 2 added each caseworker's optional `login` (who the user is in a store that is
/// not a demo); a version-1 list has none.
struct CaseworkerList: Codable, Hashable, Sendable {
    var caseworkers: [Caseworker]

    static let rules = DocumentRules(format: StoreFormat.caseworkers, migrations: [1: .addsOptionalFields])
}
