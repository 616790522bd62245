import JobsagCore

/// The keys of the texts of a case's life: closing, reopening and transferring a case, and
/// how the caseload and Historik show them. Looked up as `life.<case>` in
/// Resources/Strings/<lang>-life.json (`strings[life: .newMark]`).
enum LifeText: String, StringTableKey, Sendable, CaseIterable {
    static let prefix = "life"

    case closeIntro
    case noteHint
    case reopenIntro
    case transferIntro
    case describeClosed
    case describeReopened
    case describeTransferred
    case closedReason
    case closedHeader
    case newMark
    case transferredToYou
    case closing
    case reopening
    case transfer
    case noOtherCaseworker
    case quickFilterClosed
}

extension Strings {
    /// The text of a case's life for `key` (`strings[life: .newMark]`).
    subscript(life key: LifeText) -> String { entry(of: key) }

    func format(life key: LifeText, _ arguments: CustomStringConvertible...) -> String { format(key, with: arguments) }
}

extension CaseClosing.Reason: LabeledValue { public static var labelPrefix: String { "closingReason" } }
