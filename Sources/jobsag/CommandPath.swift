import Foundation
import Glibc
import JobsagStore

/// Paths given on the command line or in the environment: made absolute against the
/// working directory (a bare `dd` works for every command, and every message names the
/// whole path), the directories above a new store, and the export files written there.
enum CommandPath {
    /// `path` as an absolute path; relative paths are taken from the working directory.
    static func absolute(_ path: String) -> String {
        guard !path.isEmpty, !path.hasPrefix("/") else { return path }
        let directory = FileManager.default.currentDirectoryPath
        guard directory.hasPrefix("/") else { return path }
        var relative = Substring(path)
        while relative.hasPrefix("./") { relative = relative.dropFirst(2).drop { $0 == "/" } }
        if relative.isEmpty || relative == "." { return directory }
        return (directory == "/" ? "" : directory) + "/" + relative
    }

    /// Creates the missing directories above `path` (an absolute path), private to the user.
    static func createParentDirectories(of path: String) throws {
        try createDirectories((path as NSString).deletingLastPathComponent)
    }

    /// Creates `directory` (an absolute path) and the missing ones above it, private to the user.
    static func createDirectories(_ directory: String) throws {
        var prefix = ""
        for component in directory.split(separator: "/") {
            prefix += "/" + component
            guard mkdir(prefix, 0o700) != 0 else { continue }
            let failure = errno
            if failure == EEXIST {
                var status = stat()
                if stat(prefix, &status) == 0, status.st_mode & S_IFMT == S_IFDIR { continue }
                throw CommandFailure(message: StoreError.notADirectory(path: prefix).message.da)
            }
            throw CommandFailure(message: IOFailure(.create, path: prefix, errorNumber: failure).message.da
                + " Vælg en anden mappe, eller opret mappen først.")
        }
    }

    /// The file at `file` (an absolute path, at most 64 MB: an export read back, a file to
    /// import), or nil when there is none or it is a device or a pipe; a file that cannot be
    /// read is a Danish message.
    static func readIfPresent(_ file: String) throws -> Data? {
        do {
            return try FileStore.readExport(at: file)
        } catch {
            throw CommandFailure(message: "\(file) kunne ikke læses. " + error.message.da)
        }
    }

    /// Whether `path` is a terminal, which a backup is not written to.
    static func isTerminal(_ path: String) -> Bool {
        var status = stat()
        guard stat(path, &status) == 0, status.st_mode & S_IFMT == S_IFCHR else { return false }
        let descriptor = open(path, O_WRONLY | O_NOCTTY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        return isatty(descriptor) == 1
    }

    /// Writes an export (a report, a calendar) atomically, mode 0600, or fails with a Danish
    /// message naming the file and what to do; `-` writes it to standard output. Returns the
    /// file written, for the confirmation; nil for standard output, which gets no confirmation.
    @discardableResult
    static func writeExport(_ text: String, to path: String) throws -> String? {
        if path == "-" {
            Output.write(text)
            return nil
        }
        let file = absolute(path)
        do {
            try FileStore.writeExport(Data(text.utf8), to: file)
        } catch {
            throw CommandFailure(message: "\(file) blev ikke skrevet. " + error.message.da
                + " Vælg en fil i en mappe, der findes, og som du må skrive i.")
        }
        return file
    }
}
