// How the C library hands memory to this process (jobsag's, and the benchmark's measures of its code): set once, before anything runs.
import CMalloc
import Glibc

/// glibc's `malloc` serves a block of 128 KB or more with fresh pages mapped for it alone
/// and unmaps them when it is freed, until a large block has been freed and it raises that
/// limit. The database's read buffers and the batches of decoded cases come and go by the
/// thousand, so each paid the kernel to map and zero pages again: half a second of `jobsag
/// check --database`'s 6.4 s at 50,000 cases. Here blocks up to 32 MB come from the heap
/// from the start, and the heap keeps up to 64 MB free before it gives memory back (the most
/// glibc raises its own limits to).
///
/// glibc also keeps 7 freed blocks of each size for its thread to hand out again at once
/// (its tcache); the rest go back to shared bins, slower to put in and take out. A case read
/// and judged frees some 270 blocks at once, so most went the slow way; kept 100 of each size,
/// a cold `jobsag check` of 50,000 cases takes about 5 % less time. That number is read only from
/// the environment (`GLIBC_TUNABLES`) as a program starts, so jobsag starts itself once more
/// with it added (the same process and arguments), unless the variable names it already.
public enum MemoryAllocator {
    private static let tunablesVariable = "GLIBC_TUNABLES"
    private static let freedBlocksKept = "glibc.malloc.tcache_count=100"

    public static func keepLargeBlocksInTheHeap() {
        _ = mallopt(M_MMAP_THRESHOLD, 32 << 20)
        _ = mallopt(M_TRIM_THRESHOLD, 64 << 20)
    }

    /// Starts this program again with `freedBlocksKept` among the tunables; returns when they
    /// name the count already, or when it cannot (the program then runs with glibc's 7).
    public static func keepMoreFreedBlocksPerThread() {
        let current = getenv(tunablesVariable).map { String(cString: $0) }
        guard let tunables = tunables(adding: current) else { return }
        // The program's own file by its name (started as `/proc/self/exe` it would be listed
        // as `exe`).
        var program = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let length = readlink("/proc/self/exe", &program, program.count - 1)
        guard length > 0, setenv(tunablesVariable, tunables, 1) == 0 else { return }
        execv(program, CommandLine.unsafeArgv)
        if let current { setenv(tunablesVariable, current, 1) } else { unsetenv(tunablesVariable) }
    }

    /// The tunables with `freedBlocksKept` added; nil when they set the count already.
    private static func tunables(adding current: String?) -> String? {
        guard let current, !current.isEmpty else { return freedBlocksKept }
        if current.contains("glibc.malloc.tcache_count=") { return nil }
        return current + ":" + freedBlocksKept
    }
}
