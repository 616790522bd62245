import JobsagCore

/// One problem found in a store: which file, where in it, and what is wrong. Never quotes
/// the file's content, so personal data does not leak into messages or logs.
public struct StoreProblem: Hashable, Sendable, Error, CustomStringConvertible {
    public enum Severity: String, Hashable, Sendable {
        /// The file cannot be used (its case is not loaded, saves to it are refused).
        case error
        /// The store works, but something should be looked at.
        case warning
    }

    public enum Kind: String, Hashable, Sendable {
        /// Not valid JSON (a syntax error).
        case notJSON
        /// The bytes are not valid UTF-8.
        case invalidUTF8
        /// The file ends in the middle of the JSON (a truncated write).
        case truncated
        /// Valid JSON that breaks the schema: a wrong type, a missing field, a bad value.
        case schema
        /// Written by a newer Jobsag: read-only here.
        case newerVersion
        /// The `format` field names another kind of file.
        case wrongFormat
        /// The case id in the file differs from its file name.
        case idMismatch
        /// The file or directory could not be read.
        case unreadable
        /// Readable or writable by others than the owner.
        case permissions
        /// A temporary file left by an interrupted save.
        case strayTemporaryFile
        /// The last line of an audit file is incomplete (a crash during an append).
        case tornAuditLine
        /// The audit log's hash chain breaks: a line was changed, inserted or removed.
        case auditChain
        /// A file the store does not know.
        case unexpectedFile
        /// A case names a caseworker who is not in `caseworkers.json`.
        case unknownCaseworker
        /// A file the store needs is missing.
        case missingFile
        /// A directory inside the store is a symbolic link.
        case link
    }

    public var severity: Severity
    public var kind: Kind
    /// The full path of the file (or directory).
    public var path: String
    /// The case the file holds, when known from its name.
    public var caseID: CaseID?
    /// Where in the file, when the problem is in its content.
    public var position: TextPosition?
    /// What is wrong, without the file's path or position.
    public var detail: LocalizedText

    public init(
        _ severity: Severity, _ kind: Kind, path: String, caseID: CaseID? = nil, position: TextPosition? = nil,
        detail: LocalizedText
    ) {
        self.severity = severity
        self.kind = kind
        self.path = path
        self.caseID = caseID
        self.position = position
        self.detail = detail
    }

    /// `path, linje 3, kolonne 14: detail`.
    public var message: LocalizedText {
        var da = path
        var en = path
        if let position {
            da += ", linje \(position.line), kolonne \(position.column)"
            en += ", line \(position.line), column \(position.column)"
        }
        return LocalizedText(da: da + ": " + detail.da, en: en + ": " + detail.en)
    }

    public var description: String { message.da }
}
