import JobsagApp

/// The colour themes a user can choose (`theme` in the config file).
public enum ThemeChoice: String, Sendable, CaseIterable {
    case standard
    /// Bright text on black, bold marks: for weak eyes and bright rooms.
    case highContrast = "high-contrast"
    /// No colour at all (what `NO_COLOR` and `--no-color` give whatever the file says).
    case monochrome

    public var theme: Theme {
        switch self {
        case .standard: return .color
        case .highContrast: return .highContrast
        case .monochrome: return .monochrome
        }
    }
}
