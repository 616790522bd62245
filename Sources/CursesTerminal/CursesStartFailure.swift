/// Curses could not start on the terminal: `newterm` knows no terminal of this type (no
/// terminfo entry for `TERM`, or `TERM` is not set), or the type cannot move the cursor
/// (such as `dumb`), so no screen can be drawn.
public struct CursesStartFailure: Error, Hashable, Sendable {
    public enum Reason: Hashable, Sendable {
        case unknownType
        case noCursorAddressing
    }

    /// The value of `TERM`, or nil when it is not set (or empty).
    public let terminalType: String?
    public let reason: Reason
}
