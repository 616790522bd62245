import Foundation
import Testing

/// The benchmark measures the program as it is shipped (`scripts/build-release`, the Swift
/// runtime linked in): a build with the runtime as shared libraries, as the tests' own is,
/// is refused before anything is measured, naming the build to make.
@Suite struct BenchmarkBuildEndToEndTests {
    @Test func aBuildWithTheSwiftRuntimeAsSharedLibrariesIsRefused() throws {
        try #require(dlopen("libswiftCore.so", RTLD_LAZY | RTLD_NOLOAD) != nil, "the tests' build links the Swift runtime as shared libraries")
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("jobsag-bench-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: work) }
        let bench = Tmux.testBuildDirectory.appendingPathComponent("jobsag-bench").path
        let run = try Tmux.executeWithStatus(bench, ["--sizes", "1", "--work", work.path])
        #expect(run.status == 1, "\(run.output)\(run.error)")
        #expect(run.error.contains("shared libraries") && run.error.contains("`scripts/build-release`"), "\(run.error)")
        let made = (try? FileManager.default.contentsOfDirectory(atPath: work.path)) ?? []
        #expect(made.isEmpty, "measured anyway: \(made)")
    }
}
