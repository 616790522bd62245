import Foundation

/// The messages for the terminal loop, posted from any thread: the results of background
/// work and news from elsewhere (another person's save). A post wakes the loop's wait.
public final class Inbox<Message: Sendable>: @unchecked Sendable {
    /// What the loop's wait watches beside the terminal.
    public let wakeUp: WakeUpPipe
    private let lock = NSLock()
    private var messages: [Message] = []
    private var finishedJobs = 0

    public init(wakeUp: WakeUpPipe) {
        self.wakeUp = wakeUp
    }

    /// Adds messages, in order, after those posted before, and wakes the loop.
    public func post(_ batch: [Message]) {
        deliver(batch, finishingJobs: 0)
    }

    /// The messages a background job produced, counted as one job finished.
    func postResult(_ batch: [Message]) {
        deliver(batch, finishingJobs: 1)
    }

    private func deliver(_ batch: [Message], finishingJobs: Int) {
        lock.lock()
        messages += batch
        finishedJobs += finishingJobs
        lock.unlock()
        wakeUp.wake()
    }

    /// Everything posted since the last call, oldest first, and how many background jobs
    /// finished meanwhile (their messages are among these).
    public func take() -> (messages: [Message], finishedJobs: Int) {
        lock.lock()
        defer {
            messages = []
            finishedJobs = 0
            lock.unlock()
        }
        return (messages, finishedJobs)
    }
}
