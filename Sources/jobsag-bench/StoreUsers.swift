// Whom the start-up measures open the demo store as: its first caseworker (one caseload) and its faglig konsulent (every case).
import JobsagCore
import JobsagStore

struct StoreUsers {
    /// The first sagsbehandler: the caseworker's view.
    let caseworker: Initials
    /// The faglig konsulent, who serves every team: the jobcenter-wide view.
    let consultant: Initials

    struct Missing: Error, CustomStringConvertible {
        var description: String
    }

    init(storeDirectory: String) throws {
        let caseworkers = try FileStore.open(directory: storeDirectory).caseworkers()
        guard let caseworker = caseworkers.first(where: { $0.role == .sagsbehandler })?.initials,
              let consultant = caseworkers.first(where: { $0.role == .fagligKonsulent })?.initials
        else { throw Missing(description: "the store in \(storeDirectory) has no caseworker or no faglig konsulent") }
        self.caseworker = caseworker
        self.consultant = consultant
    }
}
