import CursesTerminal
import Foundation
import JobsagApp
import TerminalKit

/// Runs the program in the terminal: reads keys, updates the state, performs the effects,
/// and draws one frame per change. Curses is stopped on every way out; a terminal that
/// curses cannot start is an error, thrown before anything is drawn.
struct TerminalSession {
    let colorEnabled: Bool
    let log: Log?
    /// Performs an effect (other than quit) and returns the messages it produces.
    let perform: (Effect) -> [Msg]

    func run(_ initial: AppState) throws(CursesStartFailure) -> AppState {
        let body = { () throws(CursesStartFailure) -> AppState in
            let screen = try CursesScreen.startOnTerminal(colorEnabled: colorEnabled)
            defer { screen.stop() }
            var state = initial
            var pending: [Msg] = [.resize(screen.size)]
            var failedReads = 0
            // Benchmark hook (jobsag-bench): leave, restoring the terminal, once the first frame is out.
            let exitAfterFirstPaint = ProcessInfo.processInfo.environment["JOBSAG_EXIT_AFTER_FIRST_PAINT"] == "1"
            while true {
                while !pending.isEmpty {
                    let msg = pending.removeFirst()
                    for effect in state.update(msg) {
                        if effect == .quit { return state }
                        pending += perform(effect)
                    }
                }
                screen.draw(state.view())
                if exitAfterFirstPaint { return state }
                guard let event = screen.nextEvent() else {
                    // Input has gone (the terminal closed): leave rather than spin.
                    failedReads += 1
                    if failedReads > 100 { return state }
                    continue
                }
                failedReads = 0
                switch event {
                case .key(let key): pending.append(.key(key))
                case .resize(let size): pending.append(.resize(size))
                }
            }
        }
        guard let log else { return try body() }
        return try log.redirectingStandardError(body)
    }
}
