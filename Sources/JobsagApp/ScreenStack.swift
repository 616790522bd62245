/// The screens the user came through, the caseload at the bottom: Esc goes back one.
/// A screen is on the stack at most once (opening one already there moves it to the top),
/// so from anywhere a few Esc reach the caseload.
public struct ScreenStack: Hashable, Sendable {
    /// Bottom first; never empty, and always the caseload at the bottom.
    public private(set) var screens: [Screen] = [.caseload]

    public init() {}

    /// The screen shown.
    public var current: Screen { screens.last ?? .caseload }

    public func contains(_ screen: Screen) -> Bool { screens.contains(screen) }

    /// Shows `screen` on top; the caseload is shown by going back to it.
    mutating func open(_ screen: Screen) {
        guard screen != .caseload else {
            screens = [.caseload]
            return
        }
        screens.removeAll { $0 == screen }
        screens.append(screen)
    }

    /// Esc: back to the screen below; the caseload stays.
    mutating func back() {
        if screens.count > 1 { screens.removeLast() }
    }

    /// Takes away a screen whose content is gone (the caseload stays).
    mutating func remove(_ screen: Screen) {
        guard screen != .caseload else { return }
        screens.removeAll { $0 == screen }
    }
}
