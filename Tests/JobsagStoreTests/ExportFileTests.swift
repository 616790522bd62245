import Foundation
import Glibc
import Testing
import JobsagStoreTestSupport
@testable import JobsagStore

/// An export (a plan, a calendar, a CSV file) replaces a file by rename, and is written into a
/// device or a pipe as it is.
@Suite struct ExportFileTests {
    @Test func anExportIntoAPipeIsWrittenIntoItAndLeavesItAPipe() throws {
        let directory = TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.sub("pipe")
        #expect(mkfifo(path, 0o600) == 0)
        // Opened for reading first, without waiting for a writer: the export's open finds a reader.
        let reader = open(path, O_RDONLY | O_NONBLOCK)
        try #require(reader >= 0)
        defer { close(reader) }
        let text = Array("BEGIN:VCALENDAR\n".utf8)
        try FileStore.writeExport(Data(text), to: path)
        var buffer = [UInt8](repeating: 0, count: 64)
        let count = read(reader, &buffer, buffer.count)
        #expect(count == text.count)
        #expect(Array(buffer.prefix(max(count, 0))) == text)
        // Still the pipe, and nothing beside it; a pipe keeps no earlier export to read back.
        #expect(try FileSystem.status(path)?.kind == .other)
        #expect(try FileSystem.list(directory.path) == ["pipe"])
        #expect(try FileStore.readExport(at: path) == nil)
    }

    @Test func anExportToAFileReplacesItAndIsReadBack() throws {
        let directory = TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.sub("plan.md")
        #expect(try FileStore.readExport(at: path) == nil)
        try FileStore.writeExport(Data("one".utf8), to: path)
        let first = try #require(try FileSystem.status(path))
        try FileStore.writeExport(Data("two".utf8), to: path)
        let second = try #require(try FileSystem.status(path))
        #expect(first.inode != second.inode)
        #expect(try FileStore.readExport(at: path) == Data("two".utf8))
        #expect(try FileSystem.list(directory.path) == ["plan.md"])
    }
}
