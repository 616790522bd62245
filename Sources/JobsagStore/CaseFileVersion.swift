import JobsagCore

/// A case file as it is on disk now: its case id and a stamp that changes whenever the file
/// does (inode, size, modification and change times), for caches kept per file.
public struct CaseFileVersion: Hashable, Sendable {
    public var id: CaseID
    /// Opaque; equal stamps mean the file was not written since.
    public var stamp: String

    init(id: CaseID, stamp: FileStamp) {
        self.id = id
        self.stamp = "\(stamp.inode)-\(stamp.size)-\(stamp.modified)-\(stamp.changed)"
    }
}
