import Foundation
import Testing

/// jobsag starts itself once more with glibc's per-thread cache of freed blocks raised
/// (`MemoryAllocator`): the running program, under its own name, has the setting in its
/// environment, added to an operator's other tunables and never over an operator's own count.
@Suite(.serialized) struct MemoryAllocatorEndToEndTests {
    /// The environment of the app running in the pane, one variable a line, and its name as
    /// `ps` lists it. (glibc reads `GLIBC_TUNABLES` in place as the program starts and may end
    /// each tunable with a NUL: a second one shows as a line of its own.)
    private static func runningProgram(_ tmux: Tmux) throws -> (environment: [String], name: String) {
        try CaseloadEndToEndTests.makeDemo(tmux, cases: 20)
        try tmux.shell("jobsag")
        try tmux.waitFor(text: "Sagsstamme")
        let pid = try tmux.programPID()
        let environment = try Data(contentsOf: URL(fileURLWithPath: "/proc/\(pid)/environ"))
            .split(separator: 0).map { String(decoding: $0, as: UTF8.self) }
        let name = try String(contentsOfFile: "/proc/\(pid)/comm", encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)
        try tmux.press("q")
        try tmux.waitForShell()
        return (environment, name)
    }

    @Test func theProgramRunsWithMoreFreedBlocksKept() throws {
        let running = try Self.runningProgram(try Tmux())
        #expect(running.environment.contains("GLIBC_TUNABLES=glibc.malloc.tcache_count=100"))
        #expect(running.name == "jobsag")
    }

    @Test func anOperatorsTunablesAreKeptAndTheirCountWins() throws {
        let added = try Self.runningProgram(try Tmux(extraEnvironment: ["GLIBC_TUNABLES": "glibc.malloc.arena_max=2"]))
        #expect(added.environment.contains("GLIBC_TUNABLES=glibc.malloc.arena_max=2"))
        #expect(added.environment.contains { $0.hasSuffix("glibc.malloc.tcache_count=100") })
        let own = try Self.runningProgram(try Tmux(extraEnvironment: ["GLIBC_TUNABLES": "glibc.malloc.tcache_count=7"]))
        #expect(own.environment.contains("GLIBC_TUNABLES=glibc.malloc.tcache_count=7"))
        #expect(!own.environment.contains { $0.contains("tcache_count=100") })
    }
}
