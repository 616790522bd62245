// Files dropped from the kernel's memory of them, so that the next run reads them from the disk, as the night's first run on a server does.
import Foundation
import Glibc

enum PageCache {
    /// Asks the kernel to forget the contents of every regular file under `directory`
    /// (`posix_fadvise` `DONTNEED`: pages no program has changed are dropped; no privilege is
    /// needed, as it is to drop the whole cache). Files that cannot be opened are left as they are.
    static func forget(_ directory: String) {
        guard let files = FileManager.default.enumerator(atPath: directory) else { return }
        for case let name as String in files {
            let descriptor = open(directory + "/" + name, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
            guard descriptor >= 0 else { continue }
            _ = posix_fadvise(descriptor, 0, 0, POSIX_FADV_DONTNEED)
            close(descriptor)
        }
    }
}
