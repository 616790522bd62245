import Foundation
import Glibc
import Testing
@testable import JobsagStore

/// `FileSystem.list`: every name of a directory, sorted, without `.` and `..`, also when the
/// names fill `readdir`'s buffer (32 KB, some 800 names of a case file) several times over,
/// each time to within a few bytes of its end. Under AddressSanitizer (`scripts/test`'s second
/// run) a read past that end stops the test: copying each entry's whole name field did.
@Suite struct DirectoryListingTests {
    @Test func everyNameOfADirectoryOfThousandsSorted() throws {
        let directory = TemporaryDirectory()
        defer { directory.remove() }
        let names = (0..<3_000).map { String(format: "S-%06d.json", $0) } + ["æøå.json", "a", String(repeating: "n", count: 255)]
        for name in names {
            let descriptor = open(directory.sub(name), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
            try #require(descriptor >= 0, "\(name)")
            close(descriptor)
        }
        #expect(try FileSystem.list(directory.path) == names.sorted())
    }
}
