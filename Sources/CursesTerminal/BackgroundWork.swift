import Foundation

/// Work kept off the terminal's thread: jobs run one at a time, in the order they were
/// given (a save and then a reload stay in that order), and what each returns is posted
/// to the inbox.
public final class BackgroundWork<Message: Sendable>: Sendable {
    public let inbox: Inbox<Message>
    private let queue = DispatchQueue(label: "jobsag.background-work")
    private let running = DispatchGroup()

    public init(inbox: Inbox<Message>) {
        self.inbox = inbox
    }

    /// Queues a job after those queued before.
    public func run(_ job: @escaping @Sendable () -> [Message]) {
        running.enter()
        queue.async { [inbox, running] in
            inbox.postResult(job())
            running.leave()
        }
    }

    /// Waits until every queued job has finished, at most `seconds`; false when some has not.
    public func waitUntilDone(seconds: Double) -> Bool {
        running.wait(timeout: .now() + seconds) == .success
    }
}
