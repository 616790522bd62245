import TerminalKit

/// The styles of the screens. `monochrome` keeps every distinction readable without
/// colour (reverse, bold, underline), for `NO_COLOR` and `--no-color`.
public struct Theme: Sendable {
    public var title: Style
    public var demoBadge: Style
    public var heading: Style
    public var columnHeader: Style
    public var selected: Style
    /// The selection of a pane that does not have the keyboard.
    public var selectedInactive: Style
    public var muted: Style
    public var red: Style
    public var yellow: Style
    public var green: Style
    public var keyName: Style
    public var keyLabel: Style
    public var mode: Style
    public var tab: Style
    public var tabSelected: Style
    public var border: Style
    public var error: Style
    public var success: Style
    /// What a search found, within its text (kept with the selection's reverse).
    public var match: Style

    public static let color = Theme(
        title: Style(foreground: .brightWhite, background: .blue, bold: true),
        demoBadge: Style(foreground: .black, background: .yellow, bold: true),
        heading: Style(bold: true),
        columnHeader: Style(foreground: .cyan, bold: true),
        selected: Style(reverse: true),
        selectedInactive: Style(underline: true),
        muted: Style(foreground: .brightBlack),
        red: Style(foreground: .red, bold: true),
        yellow: Style(foreground: .yellow, bold: true),
        green: Style(foreground: .green),
        keyName: Style(foreground: .black, background: .cyan),
        keyLabel: Style(),
        mode: Style(foreground: .black, background: .green, bold: true),
        tab: Style(),
        tabSelected: Style(foreground: .brightWhite, background: .blue, bold: true),
        border: Style(foreground: .cyan),
        error: Style(foreground: .brightWhite, background: .red, bold: true),
        success: Style(foreground: .green, bold: true),
        match: Style(foreground: .yellow, bold: true, underline: true)
    )

    /// High contrast: bright colours only, no grey, marks in bold, the selection in bold
    /// reverse on bright white (`theme = "high-contrast"` in the config file).
    public static let highContrast = Theme(
        title: Style(foreground: .black, background: .brightWhite, bold: true),
        demoBadge: Style(foreground: .black, background: .brightYellow, bold: true),
        heading: Style(foreground: .brightWhite, bold: true),
        columnHeader: Style(foreground: .brightWhite, bold: true, underline: true),
        selected: Style(foreground: .brightWhite, bold: true, reverse: true),
        selectedInactive: Style(bold: true, underline: true),
        muted: Style(foreground: .brightWhite),
        red: Style(foreground: .brightRed, bold: true),
        yellow: Style(foreground: .brightYellow, bold: true),
        green: Style(foreground: .brightGreen, bold: true),
        keyName: Style(foreground: .black, background: .brightWhite, bold: true),
        keyLabel: Style(foreground: .brightWhite),
        mode: Style(foreground: .black, background: .brightGreen, bold: true),
        tab: Style(foreground: .brightWhite),
        tabSelected: Style(foreground: .black, background: .brightYellow, bold: true),
        border: Style(foreground: .brightWhite),
        error: Style(foreground: .brightWhite, background: .red, bold: true),
        success: Style(foreground: .brightGreen, bold: true),
        match: Style(foreground: .brightCyan, bold: true, underline: true)
    )

    public static let monochrome = Theme(
        title: Style(reverse: true),
        demoBadge: Style(bold: true, reverse: false),
        heading: Style(bold: true),
        columnHeader: Style(bold: true, underline: true),
        selected: Style(reverse: true),
        selectedInactive: Style(underline: true),
        muted: Style(),
        red: Style(bold: true),
        yellow: Style(bold: true),
        green: Style(),
        keyName: Style(reverse: true),
        keyLabel: Style(),
        mode: Style(bold: true, reverse: true),
        tab: Style(),
        tabSelected: Style(bold: true, reverse: true),
        border: Style(),
        error: Style(bold: true, reverse: true),
        success: Style(bold: true),
        match: Style(bold: true, underline: true)
    )
}
