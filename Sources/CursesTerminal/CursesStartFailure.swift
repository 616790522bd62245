/// Curses could not start on the terminal: `newterm` knows no terminal of this type (no
/// terminfo entry for `TERM`, or `TERM` is not set).
public struct CursesStartFailure: Error, Hashable, Sendable {
    /// The value of `TERM`, or nil when it is not set (or empty).
    public let terminalType: String?
}
