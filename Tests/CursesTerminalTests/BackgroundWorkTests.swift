import Foundation
import Testing
import CursesTerminal

/// The background work and its inbox: jobs run in the order given, off the caller's
/// thread; a post from any thread wakes the pipe the terminal loop polls.
@Suite struct BackgroundWorkTests {
    /// Waits (poll, no sleep) until the pipe is readable or `milliseconds` pass.
    private func isWoken(_ pipe: WakeUpPipe, within milliseconds: Int32) -> Bool {
        var watched = [pollfd(fd: pipe.readEnd, events: Int16(POLLIN), revents: 0)]
        return poll(&watched, 1, milliseconds) == 1
    }

    /// Takes from the inbox until `count` jobs have finished, waiting on the pipe between.
    private func collect(_ inbox: Inbox<Int>, jobs count: Int) -> [Int] {
        var messages: [Int] = []
        var finished = 0
        let deadline = Date().addingTimeInterval(10)
        while finished < count, Date() < deadline {
            _ = isWoken(inbox.wakeUp, within: 1000)
            inbox.wakeUp.drain()
            let taken = inbox.take()
            messages += taken.messages
            finished += taken.finishedJobs
        }
        return messages
    }

    @Test func jobsRunInOrderOneAtATimeOffTheCallersThread() throws {
        let pipe = try #require(WakeUpPipe())
        let work = BackgroundWork<Int>(inbox: Inbox(wakeUp: pipe))
        let running = Counter()
        let callerThread = pthread_self()
        for number in 0..<50 {
            work.run {
                let atOnce = running.add(1)
                defer { _ = running.add(-1) }
                // A slow first job must not let the second overtake it.
                if number == 0 { Thread.sleep(forTimeInterval: 0.05) }
                let offCaller = pthread_equal(pthread_self(), callerThread) == 0
                return atOnce == 1 && offCaller ? [number] : [-1]
            }
        }
        #expect(collect(work.inbox, jobs: 50) == Array(0..<50))
        #expect(work.waitUntilDone(seconds: 5))
    }

    @Test func aPostFromAnotherThreadWakesThePipeAndKeepsItsOrder() throws {
        let pipe = try #require(WakeUpPipe())
        let inbox = Inbox<Int>(wakeUp: pipe)
        #expect(!isWoken(pipe, within: 0))
        let poster = Thread { inbox.post([1, 2]); inbox.post([3]) }
        poster.start()
        #expect(isWoken(pipe, within: 5000))
        var messages: [Int] = []
        let deadline = Date().addingTimeInterval(5)
        while messages.count < 3, Date() < deadline {
            _ = isWoken(pipe, within: 1000)
            pipe.drain()
            messages += inbox.take().messages
        }
        #expect(messages == [1, 2, 3])
        // Drained and taken: the pipe waits again.
        pipe.drain()
        #expect(!isWoken(pipe, within: 0))
        #expect(inbox.take().finishedJobs == 0)
    }

    @Test func waitingUntilDoneGivesUpAfterItsTime() throws {
        let pipe = try #require(WakeUpPipe())
        let work = BackgroundWork<Int>(inbox: Inbox(wakeUp: pipe))
        let gate = DispatchSemaphore(value: 0)
        work.run {
            gate.wait()
            return [1]
        }
        #expect(!work.waitUntilDone(seconds: 0.05))
        gate.signal()
        #expect(work.waitUntilDone(seconds: 5))
        #expect(collect(work.inbox, jobs: 1) == [1])
    }
}

/// A counter shared between threads.
private final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var value = 0

    func add(_ delta: Int) -> Int {
        lock.lock()
        defer { lock.unlock() }
        value += delta
        return value
    }
}
