import Foundation
import ProcessTestSupport
import Testing

/// The Debian package of `scripts/build-deb`: what it holds and declares, and a program that
/// runs from where `dpkg` installed it, finding its resources there.
@Suite(.serialized) struct PackageEndToEndTests {
    static let repository = CompletionEndToEndTests.repository

    /// The build directory's resource bundle, which the binary would fall back to: hidden while
    /// the installed program runs, so that only the packaged bundle can serve it.
    static let builtResources = repository.appendingPathComponent(".build/package/release/Jobsag_JobsagResources.resources")

    private let environment: [String: String] = {
        var environment = ProcessInfo.processInfo.environment
        environment["LANG"] = "C.UTF-8"
        environment["TZ"] = "Europe/Copenhagen"
        environment["PATH"] = (environment["PATH"] ?? "/usr/bin:/bin") + ":/usr/sbin:/sbin"
        return environment
    }()

    private func run(_ program: String, _ arguments: [String], timeout: Double = 60) throws -> BoundedRun {
        try BoundedRun(program, arguments, environment: environment, timeout: timeout)
    }

    /// Where the build directory's resource bundle waits while the installed program runs.
    static let hiddenResources = builtResources.deletingLastPathComponent().appendingPathComponent("hidden-while-the-package-test-runs")

    @Test func thePackageInstallsWithDpkgAndItsProgramRunsFromThere() throws {
        // A run killed while the bundle was hidden left it aside: put it back before building.
        if FileManager.default.fileExists(atPath: Self.hiddenResources.path), !FileManager.default.fileExists(atPath: Self.builtResources.path) {
            try FileManager.default.moveItem(at: Self.hiddenResources, to: Self.builtResources)
        }
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("jobsag-package-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: work) }

        // A release build of its own, at the lowest priority: the other tests keep the cores.
        let built = try run("/usr/bin/nice", ["-n", "19", Self.repository.appendingPathComponent("scripts/build-deb").path, work.path], timeout: 3600)
        try #require(built.ending == .exited(0), "scripts/build-deb: \(built.ending)\n\(built.error.suffix(3000))")
        let package = built.output.trimmingCharacters(in: .whitespacesAndNewlines)
        let version = try run(Tmux.binary, ["--version"]).output.trimmingCharacters(in: .whitespacesAndNewlines)
        let architecture = try run("/usr/bin/dpkg", ["--print-architecture"]).output.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(package.hasSuffix("/jobsag_\(version.replacingOccurrences(of: "jobsag ", with: ""))_\(architecture).deb"), "\(package) for \(version)")

        let fields = try run("/usr/bin/dpkg-deb", ["--field", package, "Package", "Version", "Depends"]).output
        #expect(fields.contains("Package: jobsag"))
        for library in ["libc6", "libncursesw6", "zlib1g"] {
            #expect(fields.contains(library), "Depends lacks \(library):\n\(fields)")
        }
        #expect(!fields.contains("swift"), "the Swift runtime is linked in, not a dependency:\n\(fields)")
        let contents = try run("/usr/bin/dpkg-deb", ["--contents", package]).output
        for path in [
            "./usr/lib/jobsag/jobsag", "./usr/bin/jobsag -> ../lib/jobsag/jobsag", "./usr/lib/jobsag/Jobsag_JobsagResources.resources/Strings/",
            "./usr/share/man/man1/jobsag.1.gz", "./usr/share/bash-completion/completions/jobsag",
            "./usr/share/zsh/vendor-completions/_jobsag", "./usr/share/fish/vendor_completions.d/jobsag.fish",
        ] {
            #expect(contents.contains(path), "\(path) is not in the package:\n\(contents)")
        }
        let owners = contents.split(separator: "\n").filter { !$0.contains(" root/root ") }
        #expect(owners.isEmpty, "files not owned by root:\n\(owners.joined(separator: "\n"))")

        // An empty root with a dpkg database of its own.
        let root = work.appendingPathComponent("root")
        for directory in ["var/lib/dpkg/info", "var/lib/dpkg/updates"] {
            try FileManager.default.createDirectory(at: root.appendingPathComponent(directory), withIntermediateDirectories: true)
        }
        try Data().write(to: root.appendingPathComponent("var/lib/dpkg/status"))
        let dpkg = ["--root=\(root.path)", "--log=/dev/null", "--force-not-root", "--force-depends"]
        let installed = try run("/usr/bin/dpkg", dpkg + ["--install", package])
        try #require(installed.ending == .exited(0), "dpkg --install: \(installed.output)\(installed.error)")
        let status = try run("/usr/bin/dpkg-query", ["--admindir=\(root.path)/var/lib/dpkg", "--show", "--showformat=${Status} ${Version}", "jobsag"]).output
        #expect(status.hasPrefix("install ok installed"), "\(status)")

        let program = root.appendingPathComponent("usr/bin/jobsag").path
        try FileManager.default.moveItem(at: Self.builtResources, to: Self.hiddenResources)
        defer { try? FileManager.default.moveItem(at: Self.hiddenResources, to: Self.builtResources) }

        #expect(try run(program, ["--version"]).output.trimmingCharacters(in: .whitespacesAndNewlines) == version)
        let store = work.appendingPathComponent("store æøå").path
        let demo = try run(program, ["demo", "--data", store, "--cases", "20", "--seed", "7"])
        #expect(demo.ending == .exited(0), "jobsag demo: \(demo.error)")
        let validated = try run(program, ["validate", "--data", store])
        #expect(validated.ending == .exited(0), "jobsag validate: \(validated.output)\(validated.error)")
        let check = try run(program, ["check", "--data", store, "--json"])
        #expect(check.output.contains("\"format\""), "jobsag check --json: \(check.output)\(check.error)")
    }
}
