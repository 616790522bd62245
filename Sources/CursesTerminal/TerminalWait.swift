import TerminalKit

/// How a wait for the terminal ended.
public enum TerminalWait: Sendable {
    /// A key or a new size.
    case event(TerminalEvent)
    /// The wake-up pipe was written (a message is posted, or a signal came) or the time ran out.
    case wokenUp
    /// The terminal reported an error or hung up: there is no more input to wait for.
    case inputEnded
}
