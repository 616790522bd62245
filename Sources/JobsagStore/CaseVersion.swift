import JobsagCore

/// A case as it is stored now: its id and a stamp that changes whenever the case does (a
/// file's inode, size, modification and change times; a database row's revision), for
/// caches kept per case.
public struct CaseVersion: Hashable, Sendable {
    public var id: CaseID
    /// Opaque; equal stamps mean the case was not saved since.
    public var stamp: String

    public init(id: CaseID, stamp: String) {
        self.id = id
        self.stamp = stamp
    }

    init(id: CaseID, stamp: FileStamp) {
        self.init(id: id, stamp: "\(stamp.inode)-\(stamp.size)-\(stamp.modified)-\(stamp.changed)")
    }
}
