import CursesTerminal
import Foundation
import JobsagApp
import TerminalKit

/// Runs the program in the terminal: reads keys, updates the state, hands the effects to
/// background work, and draws one frame per change. The loop waits on the terminal and the
/// inbox at once, so a key never waits for the store and a result is drawn when it comes.
/// Curses is stopped on every way out; a terminal that curses cannot start is an error,
/// thrown before anything is drawn.
struct TerminalSession {
    let colorEnabled: Bool
    /// Clicks and the wheel reported (`mouse` in the config file, on by default).
    let mouseEnabled: Bool
    let log: Log?
    /// Runs the effects (other than quit) one after another off this thread; their
    /// messages, and those others post (`work.inbox.post`), come back through the inbox.
    let work: BackgroundWork<Msg>
    /// Performs an effect and returns the messages it produces (on the work's thread).
    let perform: @Sendable (Effect) -> [Msg]

    func run(_ initial: AppState) throws(CursesStartFailure) -> AppState {
        let body = { () throws(CursesStartFailure) -> AppState in
            let screen = try CursesScreen.startOnTerminal(colorEnabled: colorEnabled)
            defer { screen.stop() }
            if mouseEnabled { screen.enableMouse() }
            var state = initial
            var pending: [Msg] = [.resize(screen.size)]
            var busy = BusyMark()
            var endedReads = 0
            // Benchmark hook (jobsag-bench): leave, restoring the terminal, once the first frame is out.
            let exitAfterFirstPaint = ProcessInfo.processInfo.environment["JOBSAG_EXIT_AFTER_FIRST_PAINT"] == "1"
            for effect in state.startEffects {
                busy.started(at: Self.now())
                work.run { perform(effect) }
            }
            while true {
                if !pending.isEmpty {
                    while !pending.isEmpty {
                        let msg = pending.removeFirst()
                        for effect in state.update(msg) {
                            if effect == .quit { return state }
                            busy.started(at: Self.now())
                            work.run { perform(effect) }
                        }
                    }
                    screen.draw(state.view())
                    if exitAfterFirstPaint { return state }
                }
                let timeout = busy.millisecondsUntilDue(at: Self.now()).map { Int32(min($0, 60_000)) } ?? -1
                let wait = screen.nextEvent(orWakeUp: work.inbox.wakeUp, timeoutMilliseconds: timeout)
                // What came back first goes first: the inbox holds what was posted before the wait ended.
                let (messages, finished) = work.inbox.take()
                pending += messages
                busy.finished(finished)
                if let shown = busy.change(at: Self.now()) { pending.append(.busy(shown)) }
                switch wait {
                case .event(.key(let key)): pending.append(.key(key))
                case .event(.resize(let size)): pending.append(.resize(size))
                case .event(.mouse(let event)): pending.append(.mouse(event))
                case .wokenUp: break
                case .inputEnded:
                    // Input has gone (the terminal closed): leave rather than spin.
                    endedReads += 1
                    if endedReads > 100 { return state }
                    continue
                }
                endedReads = 0
            }
        }
        guard let log else { return try body() }
        return try log.redirectingStandardError(body)
    }

    /// Milliseconds of the monotonic clock, for the busy mark.
    private static func now() -> UInt64 {
        DispatchTime.now().uptimeNanoseconds / 1_000_000
    }
}
