// How the C library hands memory to this process: set once, before anything runs.
import CMalloc

/// glibc's `malloc` serves a block of 128 KB or more with fresh pages mapped for it alone
/// and unmaps them when it is freed, until a large block has been freed and it raises that
/// limit. The database's read buffers and the batches of decoded cases come and go by the
/// thousand, so each paid the kernel to map and zero pages again: half a second of `jobsag
/// check --database`'s 6.4 s at 50,000 cases. Here blocks up to 32 MB come from the heap
/// from the start, and the heap keeps up to 64 MB free before it gives memory back (the most
/// glibc raises its own limits to).
enum MemoryAllocator {
    static func keepLargeBlocksInTheHeap() {
        _ = mallopt(M_MMAP_THRESHOLD, 32 << 20)
        _ = mallopt(M_TRIM_THRESHOLD, 64 << 20)
    }
}
