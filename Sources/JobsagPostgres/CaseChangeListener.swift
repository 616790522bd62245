import JobsagCore
import JobsagStore
import PostgresNIO

/// Listens on its own connection to the `jobsag_case_changed` notifications the `cases`
/// trigger sends on every save (docs/database.md), and hands each on as a `CaseChange`. When
/// the server goes away it connects again every few seconds, as long as the program runs.
enum CaseChangeListener {
    static let channel = "jobsag_case_changed"
    private static let retrySeconds: UInt64 = 2

    static func start(_ url: DatabaseURL, onChange: @escaping @Sendable (CaseChange) -> Void) {
        Task.detached {
            while !Task.isCancelled {
                // The server away, refused or gone mid-way: the next try comes after a pause.
                if let connection = try? await DatabaseConnection.connect(url, id: 2, logger: DatabaseConnection.quietLogger).get() {
                    try? await connection.listen(on: channel) { notifications in
                        for try await notification in notifications {
                            if let change = change(payload: notification.payload) { onChange(change) }
                        }
                    }
                    try? await connection.close()
                }
                try? await Task.sleep(nanoseconds: retrySeconds * 1_000_000_000)
            }
        }
    }

    /// `S-000123 7 MHJ SØK` (the coordinating caseworker may be missing); nil for anything else.
    static func change(payload: String) -> CaseChange? {
        let parts = payload.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        guard parts.count == 4 || parts.count == 3, let revision = Int(parts[1]), revision > 0, !parts[0].isEmpty, !parts[2].isEmpty else {
            return nil
        }
        let coordinating = parts.count == 4 && !parts[3].isEmpty ? parts[3] : nil
        return CaseChange(id: parts[0], revision: revision, caseworker: parts[2], coordinatingCaseworker: coordinating)
    }
}
