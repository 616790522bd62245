import CursesTerminal

/// What to tell the user when curses cannot start on their terminal: which `TERM` it did
/// not know, and what to set instead. Printed after the terminal is given back.
enum TerminalTypeMessage {
    static func failure(_ failure: CursesStartFailure) -> CommandFailure {
        guard let type = failure.terminalType else {
            return CommandFailure(message: "TERM er ikke sat, så Jobsag ved ikke, hvilken slags terminal den kører i, og kan ikke "
                + "tegne skærmen. Sæt TERM foran kommandoen, fx: TERM=xterm-256color jobsag")
        }
        if failure.reason == .noCursorAddressing {
            return CommandFailure(message: "Terminaltypen TERM=\(type) kan ikke flytte markøren, så Jobsag kan ikke tegne skærmen. "
                + "Brug en terminal, der kan, og sæt TERM efter den, fx: TERM=xterm-256color jobsag")
        }
        return CommandFailure(message: "Terminaltypen TERM=\(type) kendes ikke på denne maskine (der er ingen terminfo-beskrivelse "
            + "af den), så Jobsag kan ikke tegne skærmen. Brug en kendt type foran kommandoen, fx: TERM=xterm-256color jobsag "
            + "(eller installér terminalens terminfo, fx pakken ncurses-term).")
    }
}
