import Foundation
import JobsagCore

/// The text a store's settings are written in (`store.json`, or the database's settings
/// column), so that a problem found in the settings names the file, the line and the column.
public struct SettingsDocument: Hashable, Sendable {
    /// Where the settings are, for messages: the path of `store.json`, or the database and column.
    public var path: String
    /// The document as stored.
    var text: Data
    /// The keys from the top of the document down to the settings object.
    var settingsKeyPath: [String]

    public init(path: String, text: Data, settingsKeyPath: [String]) {
        self.path = path
        self.text = text
        self.settingsKeyPath = settingsKeyPath
    }

    /// A problem in the settings at `keyPath` (from the settings object down): pointing at
    /// the key itself (`atKey`, e.g. an unknown key) or at its value.
    public func problem(
        _ severity: StoreProblem.Severity, _ kind: StoreProblem.Kind, at keyPath: [String], atKey: Bool, detail: LocalizedText
    ) -> StoreProblem {
        StoreProblem(severity, kind, path: path, position: position(of: settingsKeyPath + keyPath, atKey: atKey), detail: detail)
    }

    /// Where the value (or key) at `keyPath` starts; as far down the path as it exists.
    func position(of keyPath: [String], atKey: Bool) -> TextPosition? {
        text.withUnsafeBytes { bytes -> TextPosition? in
            guard case .success(let root) = JSONParser.parse(bytes) else { return nil }
            var node = root
            var offset = root.offset
            for (index, key) in keyPath.enumerated() {
                guard case .object(let members) = node.value, let member = members.last(where: { $0.key == key }) else { break }
                node = member.value
                offset = atKey && index == keyPath.count - 1 ? member.keyOffset : member.value.offset
            }
            return TextPosition(offset: offset, in: bytes)
        }
    }
}
