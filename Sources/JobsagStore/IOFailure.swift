import Glibc
import JobsagCore

/// A failed system call on a path: what was attempted, where, and the `errno`.
public struct IOFailure: Hashable, Sendable, Error {
    public enum Operation: String, Sendable {
        case open, read, write, create, rename, sync, lock, list, remove, changePermissions, inspect
    }

    public var operation: Operation
    public var path: String
    public var errorNumber: Int32

    public init(_ operation: Operation, path: String, errorNumber: Int32) {
        self.operation = operation
        self.path = path
        self.errorNumber = errorNumber
    }

    public var message: LocalizedText {
        LocalizedText(
            da: "Kunne ikke \(danishVerb) \(path): \(reason.da).",
            en: "Could not \(englishVerb) \(path): \(reason.en).")
    }

    private var danishVerb: String {
        switch operation {
        case .open: return "åbne"
        case .read: return "læse"
        case .write: return "skrive"
        case .create: return "oprette"
        case .rename: return "omdøbe"
        case .sync: return "skrive til disken (fsync)"
        case .lock: return "låse"
        case .list: return "læse indholdet af mappen"
        case .remove: return "slette"
        case .changePermissions: return "ændre rettighederne for"
        case .inspect: return "undersøge"
        }
    }

    private var englishVerb: String {
        switch operation {
        case .open: return "open"
        case .read: return "read"
        case .write: return "write"
        case .create: return "create"
        case .rename: return "rename"
        case .sync: return "flush to disk (fsync)"
        case .lock: return "lock"
        case .list: return "list the directory"
        case .remove: return "remove"
        case .changePermissions: return "change the permissions of"
        case .inspect: return "inspect"
        }
    }

    /// The reason in words, Danish for the common cases.
    public var reason: LocalizedText {
        switch errorNumber {
        case ENOSPC: return LocalizedText(da: "disken er fuld", en: "the disk is full")
        case EDQUOT: return LocalizedText(da: "diskkvoten er brugt op", en: "the disk quota is exhausted")
        case EACCES, EPERM: return LocalizedText(da: "ingen adgang", en: "permission denied")
        case EROFS: return LocalizedText(da: "filsystemet er skrivebeskyttet", en: "read-only file system")
        case EIO: return LocalizedText(da: "I/O-fejl på disken", en: "input/output error")
        case ENOENT: return LocalizedText(da: "findes ikke", en: "does not exist")
        case EEXIST: return LocalizedText(da: "findes allerede", en: "already exists")
        case ENOTDIR: return LocalizedText(da: "en del af stien er ikke en mappe", en: "a part of the path is not a directory")
        case EISDIR: return LocalizedText(da: "er en mappe", en: "is a directory")
        case ELOOP: return LocalizedText(da: "er et symbolsk link", en: "is a symbolic link")
        case EMFILE, ENFILE: return LocalizedText(da: "for mange åbne filer", en: "too many open files")
        case ENAMETOOLONG: return LocalizedText(da: "navnet er for langt", en: "the name is too long")
        case EBUSY: return LocalizedText(da: "er optaget", en: "is busy")
        case EXDEV: return LocalizedText(da: "ligger på et andet filsystem", en: "is on another file system")
        case EFBIG: return LocalizedText(da: "filen er for stor", en: "the file is too large")
        case ENOTEMPTY: return LocalizedText(da: "mappen er ikke tom", en: "the directory is not empty")
        default:
            let text = strerror(errorNumber).map { String(cString: $0) } ?? "errno \(errorNumber)"
            return LocalizedText(da: "systemfejl \(errorNumber) (\(text))", en: "system error \(errorNumber) (\(text))")
        }
    }
}
