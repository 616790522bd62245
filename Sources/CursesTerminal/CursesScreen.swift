// CursesTerminal: the only module that talks to ncurses. It starts and stops curses,
// turns get_wch input into Keys, shows CellBuffers, handles resizing and colours, and
// restores the terminal on every exit path, signals and crashes included. Its wait for a
// key also ends when background work posts a message (Inbox, BackgroundWork, WakeUpPipe).
@preconcurrency import CNCursesW
import Foundation
import TerminalKit

/// The terminal under curses. Every curses call of the program goes through this class,
/// on one thread (ncurses is not thread-safe); all shim calls stay in this file.
public final class CursesScreen {
    /// Whether colours are drawn (off with `--no-color` or `NO_COLOR`).
    public let colorEnabled: Bool
    private var screen: OpaquePointer?
    private var colorPairs: [ColorPairKey: Int16] = [:]
    private var started = false
    private var mouseEnabled = false
    /// The descriptor keys are read from (the wait polls it).
    private var inputDescriptor: Int32 = STDIN_FILENO
    /// Whether the locale is UTF-8: then the C library's widths are the ones curses lays the
    /// screen out with, and a character it counts otherwise than DisplayWidth is replaced.
    private lazy var checksWidths: Bool = nl_langinfo(nl_item(CODESET)).map { String(cString: $0) } == "UTF-8"

    private struct ColorPairKey: Hashable {
        var foreground: Color
        var background: Color
    }

    /// Starts curses on the controlling terminal (the alternate screen, raw keys), or fails
    /// when curses does not know the terminal's type (`TERM`); the terminal is then untouched.
    public static func startOnTerminal(colorEnabled: Bool) throws(CursesStartFailure) -> CursesScreen {
        let curses = CursesScreen(colorEnabled: colorEnabled)
        let type = ProcessInfo.processInfo.environment["TERM"].flatMap { $0.isEmpty ? nil : $0 }
        guard curses.start(terminalType: nil, output: stdout, input: stdin) else {
            throw CursesStartFailure(terminalType: type, reason: .unknownType)
        }
        guard jobsag_can_address_cursor() != 0 else {
            curses.stop()
            throw CursesStartFailure(terminalType: type, reason: .noCursorAddressing)
        }
        return curses
    }

    /// Starts curses on any stream: used by tests with `/dev/null` as the terminal.
    public static func start(terminalType: String, file: UnsafeMutablePointer<FILE>, size: Size, colorEnabled: Bool) -> CursesScreen {
        let curses = CursesScreen(colorEnabled: colorEnabled)
        _ = curses.start(terminalType: terminalType, output: file, input: file)
        resize_term(Int32(size.height), Int32(size.width))
        return curses
    }

    private init(colorEnabled: Bool) {
        self.colorEnabled = colorEnabled
    }

    /// Starts curses; false when `newterm` knows no such terminal (nothing else is done then).
    private func start(terminalType: String?, output: UnsafeMutablePointer<FILE>, input: UnsafeMutablePointer<FILE>) -> Bool {
        setlocale(LC_ALL, "")
        if getenv("ESCDELAY") == nil { set_escdelay(25) }
        inputDescriptor = fileno(input)
        screen = terminalType.map { newterm($0, output, input) } ?? newterm(nil, output, input)
        guard let screen else { return false }
        set_term(screen)
        jobsag_install_signal_handlers()
        jobsag_set_curses_active(1)
        started = true
        raw()
        noecho()
        nonl()
        keypad(jobsag_stdscr(), true)
        meta(jobsag_stdscr(), true)
        curs_set(0)
        if colorEnabled, has_colors() {
            start_color()
            use_default_colors()
        }
        return true
    }

    /// Turns on the mouse: the terminal reports presses of the left button and turns of the
    /// wheel (no motion, no releases), each at once (no wait to tell a click from a press).
    /// False when the terminal type knows no mouse.
    @discardableResult
    public func enableMouse() -> Bool {
        mouseinterval(0)
        mouseEnabled = mousemask(jobsag_mouse_events(), nil) != 0
        return mouseEnabled
    }

    /// Ends curses and gives the terminal back as it was (mouse reporting off too). Safe to call twice.
    public func stop() {
        guard started else { return }
        started = false
        jobsag_set_wake_fd(-1)
        jobsag_set_curses_active(0)
        if mouseEnabled {
            mousemask(0, nil)
            mouseEnabled = false
        }
        endwin()
        if let screen {
            delscreen(screen)
            self.screen = nil
        }
    }

    deinit {
        stop()
    }

    /// The terminal's size now.
    public var size: Size {
        Size(width: Int(jobsag_cols()), height: Int(jobsag_lines()))
    }

    // MARK: Input

    /// Waits for the next key or resize, or until `wakeUp` is written or the timeout (when
    /// >= 0) passes, without spinning: one `poll` on the terminal and the pipe. What curses
    /// has read already (a key given back after an Esc, a resize) comes first. Input that is
    /// no key (an escape sequence the program has no use for, a stray control character) is
    /// skipped. Ctrl-Z suspends the program here (the shell's `fg` resumes it); after a
    /// suspension or any stop and continue the whole screen is drawn again, announced as a resize.
    public func nextEvent(orWakeUp wakeUp: WakeUpPipe, timeoutMilliseconds: Int32 = -1) -> TerminalWait {
        jobsag_set_wake_fd(wakeUp.writeEnd)
        if let event = readBufferedEvent().event { return .event(event) }
        var watched = [
            pollfd(fd: inputDescriptor, events: Int16(POLLIN), revents: 0),
            pollfd(fd: wakeUp.readEnd, events: Int16(POLLIN), revents: 0),
        ]
        let ready = poll(&watched, nfds_t(watched.count), timeoutMilliseconds)
        if ready < 0, errno != EINTR { return .inputEnded }
        let woken = watched[1].revents != 0
        if woken { wakeUp.drain() }
        // A signal (resize, continue) interrupts the poll or writes the pipe; curses has the news.
        let read = readBufferedEvent()
        if let event = read.event { return .event(event) }
        let terminal = watched[0].revents
        if terminal & Int16(POLLHUP | POLLERR | POLLNVAL) != 0 { return .inputEnded }
        // Readable, yet not one byte to read: the terminal has gone.
        if terminal & Int16(POLLIN) != 0, !woken, !read.consumedInput { return .inputEnded }
        return .wokenUp
    }

    /// The next key or resize that can be had without waiting, skipping input that is no
    /// key; and whether any input was read.
    private func readBufferedEvent() -> (event: TerminalEvent?, consumedInput: Bool) {
        var consumedInput = false
        while true {
            if jobsag_take_continued() != 0 { return (redrawAfterContinue(), consumedInput) }
            wtimeout(jobsag_stdscr(), 0)
            var value: wint_t = 0
            let event: TerminalEvent?
            switch wget_wch(jobsag_stdscr(), &value) {
            case KEY_CODE_YES:
                if Int32(value) == KEY_RESIZE { return (.resize(size), true) }
                if Int32(value) == KEY_MOUSE {
                    event = readMouse().map(TerminalEvent.mouse)
                    break
                }
                event = KeyDecoder.functionKey(Int32(value), name: keyName(Int32(value))).map(TerminalEvent.key)
            case OK:
                if value == 27 {
                    event = afterEscape()
                } else if value == Self.suspendKey {
                    return (suspend(), true)
                } else {
                    event = KeyDecoder.character(UInt32(value)).map(TerminalEvent.key)
                }
            default:
                if jobsag_take_continued() != 0 { return (redrawAfterContinue(), consumedInput) }
                return (nil, consumedInput)
            }
            consumedInput = true
            if let event { return (event, true) }
        }
    }

    /// The mouse event ncurses decoded (`KEY_MOUSE`), if it is one the program uses.
    private func readMouse() -> MouseEvent? {
        var event = MEVENT()
        guard getmouse(&event) == OK else { return nil }
        return KeyDecoder.mouse(
            buttons: event.bstate, x: Int(event.x), y: Int(event.y),
            press: jobsag_mouse_press(), wheelUp: jobsag_mouse_wheel_up(), wheelDown: jobsag_mouse_wheel_down())
    }

    /// Ctrl-Z: raw mode delivers it as a character instead of a signal.
    private static let suspendKey: wint_t = 0x1A

    /// Gives the terminal back, stops until the shell continues the program, and then
    /// draws the whole screen again.
    private func suspend() -> TerminalEvent {
        jobsag_set_curses_active(0)
        endwin()
        jobsag_stop_process()
        jobsag_set_curses_active(1)
        _ = jobsag_take_continued()
        return redrawAfterContinue()
    }

    /// After a stop: curses' terminal modes again, and every cell drawn anew on the next
    /// frame (the shell has written over the screen meanwhile).
    private func redrawAfterContinue() -> TerminalEvent {
        reset_prog_mode()
        clearok(jobsag_curscr(), true)
        return .resize(size)
    }

    private func keyName(_ code: Int32) -> String {
        guard let name = keyname(code) else { return "" }
        return String(cString: name)
    }

    /// After an Esc: a key's escape sequence that the terminfo entry does not know (read to
    /// its end, and ignored when it means no key), Alt+b / Alt+f, or a plain Esc; input that
    /// belongs to the next key is given back to ncurses. Nil when a sequence meant nothing:
    /// the caller's loop then waits on for the next key.
    private func afterEscape() -> TerminalEvent? {
        let outcome = EscapeSequenceDecoder.decode { insideSequence in
            wtimeout(jobsag_stdscr(), insideSequence ? get_escdelay() : 0)
            var next: wint_t = 0
            switch wget_wch(jobsag_stdscr(), &next) {
            case OK: return .character(UInt32(next))
            case KEY_CODE_YES: return .keyCode(Int32(next))
            default: return nil
            }
        }
        switch outcome.leftOver {
        case .character(let code)?: unget_wch(wchar_t(code))
        case .keyCode(let code)?: ungetch(code)
        case nil: break
        }
        return outcome.key.map(TerminalEvent.key)
    }

    // MARK: Output

    /// Shows a frame: writes every cell and updates the terminal once.
    public func draw(_ buffer: CellBuffer) {
        let window = jobsag_stdscr()
        werase(window)
        let rows = min(buffer.size.height, Int(jobsag_lines()))
        let columns = min(buffer.size.width, Int(jobsag_cols()))
        var character = cchar_t()
        for y in 0..<rows {
            for x in 0..<columns {
                let cell = buffer[x, y]
                if cell.isContinuation { continue }
                var scalars = cell.grapheme.unicodeScalars.prefix(5).map { wchar_t(bitPattern: $0.value) }
                if checksWidths, !cell.grapheme.isASCII, let first = cell.grapheme.unicodeScalars.first {
                    // The screen was laid out with DisplayWidth (glibc 2.36's widths); a C
                    // library that counts this character otherwise (another glibc) gets U+FFFD
                    // (1 column) in its place, and the cell's second column stays blank, so
                    // no row shifts.
                    let laidOut = x + 1 < buffer.size.width && buffer[x + 1, y].isContinuation ? 2 : 1
                    if Int(jobsag_wcwidth(first.value)) != laidOut { scalars = [0xFFFD] }
                }
                scalars.append(0)
                let (attributes, pair) = attributes(for: cell.style)
                setcchar(&character, scalars, attributes, pair, nil)
                mvwadd_wch(window, Int32(y), Int32(x), &character)
            }
        }
        if let cursor = buffer.cursor, cursor.x < columns, cursor.y < rows {
            wmove(window, Int32(cursor.y), Int32(cursor.x))
            curs_set(1)
        } else {
            curs_set(0)
        }
        wnoutrefresh(window)
        doupdate()
    }

    /// Reads back one row of the screen as text (for the curses read-back tests).
    public func readRow(_ y: Int) -> String {
        let width = Int(jobsag_cols())
        var buffer = [wchar_t](repeating: 0, count: width + 1)
        mvinnwstr(Int32(y), 0, &buffer, Int32(width))
        let scalars = buffer.prefix { $0 != 0 }.compactMap { Unicode.Scalar(UInt32(bitPattern: $0)) }
        var text = String(String.UnicodeScalarView(scalars))
        while text.last == " " { text.removeLast() }
        return text
    }

    private func attributes(for style: Style) -> (attr_t, Int16) {
        var attributes = jobsag_attr_normal()
        if style.bold { attributes |= jobsag_attr_bold() }
        if style.reverse { attributes |= jobsag_attr_reverse() }
        if style.underline { attributes |= jobsag_attr_underline() }
        if style.dim { attributes |= jobsag_attr_dim() }
        guard colorEnabled, has_colors(), style.foreground != .default || style.background != .default else {
            return (attributes, 0)
        }
        return (attributes, colorPair(foreground: style.foreground, background: style.background))
    }

    private func colorPair(foreground: Color, background: Color) -> Int16 {
        let key = ColorPairKey(foreground: foreground, background: background)
        if let pair = colorPairs[key] { return pair }
        let next = Int16(colorPairs.count + 1)
        guard Int32(next) < COLOR_PAIRS else { return 0 }
        let limit = Int(COLORS)
        func code(_ color: Color) -> Int16 {
            color == .default || color.rawValue >= limit ? -1 : Int16(color.rawValue)
        }
        init_pair(next, code(foreground), code(background))
        colorPairs[key] = next
        return next
    }
}
