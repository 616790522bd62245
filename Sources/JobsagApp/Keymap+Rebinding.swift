import TerminalKit

/// Two actions that a rebinding gives the same key where both apply.
public struct KeyConflict: Error, Sendable, Equatable {
    public var key: Key
    /// The action the config file rebound (the one to name first).
    public var rebound: Action
    public var other: Action
}

/// The keymap with some actions bound to other keys: the config file's `[keys]`.
extension Keymap {
    /// Where typing goes to a text (a filter, a search, a form, the help's and the palette's
    /// searches): a printable key is never bound there, or it could not be typed.
    public static let typingContexts: Set<KeyContext> = [.filter, .search, .form, .help, .picker]

    /// The contexts an action has in this keymap.
    public func contexts(of action: Action) -> Set<KeyContext> {
        bindings.filter { $0.action == action }.reduce(into: Set<KeyContext>()) { $0.formUnion($1.contexts) }
    }

    /// Whether `key` could be bound to `action` anywhere: a printable key only outside the
    /// contexts where text is typed.
    public func canBind(_ key: Key, to action: Action) -> Bool {
        !contexts(for: key, action: action).isEmpty
    }

    private func contexts(for key: Key, action: Action) -> Set<KeyContext> {
        let all = contexts(of: action)
        guard case .character = key else { return all }
        return all.subtracting(Self.typingContexts)
    }

    /// Each action of `rebound` loses its keys and gets the keys given: a key it had already
    /// where it applied (the standard `q` quits the caseload alone, so `quit = ["q", "Ctrl-C"]`
    /// is the standard keymap), a new key in all the contexts the action had (a printable key
    /// not where text is typed). A key that then means two actions where both apply, one of
    /// them rebound, is a conflict; the first is reported.
    public func rebinding(_ rebound: [(action: Action, keys: [Key])]) -> Result<Keymap, KeyConflict> {
        let reboundActions = Set(rebound.map(\.action))
        var given: [KeyBinding] = []
        for (action, keys) in rebound {
            for key in keys {
                let had = bindings.filter { $0.action == action && $0.key == key }
                guard had.isEmpty else {
                    given += had
                    continue
                }
                let contexts = contexts(for: key, action: action)
                guard !contexts.isEmpty else { continue }
                given.append(KeyBinding(key, action, contexts))
            }
        }
        let keymap = Keymap(bindings: bindings.filter { !reboundActions.contains($0.action) } + given)
        for binding in given {
            if let other = keymap.bindings.first(where: {
                $0.key == binding.key && $0.action != binding.action && !$0.contexts.isDisjoint(with: binding.contexts)
            }) {
                return .failure(KeyConflict(key: binding.key, rebound: binding.action, other: other.action))
            }
        }
        return .success(keymap)
    }
}
