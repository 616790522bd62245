// The disk brought to rest before saves are timed: what the measures before them wrote is written out first.
import Glibc
import JobsagPostgres
import JobsagStore

enum QuietDisk {
    /// Settles the database (`PostgresDatabase.settle`: `VACUUM`, then `CHECKPOINT`), then
    /// asks the kernel to write every changed file (`sync`, which on Linux returns when all
    /// is written). A save's flush otherwise waits behind the writing of what the measures
    /// before it changed: one writer's p99 was 15 ms on a quiet disk and 120 ms with 200 MB
    /// waiting to be written, and in the benchmark 40-130 MB waited when the saves alone
    /// began (BENCHMARKS.md, the twenty-fifth session). Returns why the database did not
    /// settle, for the log; the kernel's part is done whatever the database said.
    static func settle(database url: DatabaseURL) -> String? {
        var refusal: String?
        do throws(StoreError) {
            try PostgresDatabase.settle(url)
        } catch {
            refusal = error.message.en
        }
        sync()
        return refusal
    }
}
