import Foundation

/// A cache a data directory keeps beside its data: what a program worked out per case file,
/// reused while the file is unchanged. Never the truth: its reader checks its format, its key
/// and every entry against the case file's version, and rebuilds anything else; a failed
/// write costs only speed. A database keeps only each login's caseload cache, in its own
/// tables under row-level security (nothing personal is cached on a client).
public enum StoreCache: String, CaseIterable, Sendable {
    /// What `jobsag check` found per case file (`CheckCache`).
    case check = "check.cache"
    /// The caseload's row, unsettled obligations and due items of each case of a team or a
    /// jobcenter that the program does not hold (`CaseloadCache`).
    case caseload = "caseload.cache"

    /// The file's name in the store's directory.
    public var fileName: String { rawValue }

    /// A cache's first two lines, its format and its key (a database keeps them as the
    /// cache's head), or all of it when it has fewer.
    public static func head(of data: Data) -> Data {
        guard let first = data.firstIndex(of: 0x0A), let second = data[data.index(after: first)...].firstIndex(of: 0x0A) else { return data }
        return Data(data[...second])
    }
}
