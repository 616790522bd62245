/// A place in the config file's tree: table and key names, and array indexes.
public struct ConfigPath: Hashable, Sendable, CustomStringConvertible {
    /// One step: a key of a table or an element of an array.
    public enum Component: Hashable, Sendable {
        case key(String)
        case index(Int)
    }

    public var components: [Component]

    public init(components: [Component] = []) {
        self.components = components
    }

    public init(keys: [String]) {
        self.components = keys.map(Component.key)
    }

    public func appending(keys: [String]) -> ConfigPath {
        ConfigPath(components: components + keys.map(Component.key))
    }

    public func appending(key: String) -> ConfigPath {
        appending(keys: [key])
    }

    public func appending(index: Int) -> ConfigPath {
        ConfigPath(components: components + [.index(index)])
    }

    /// As a user writes it: `keys.filter`, `keys.filter[1]`.
    public var description: String {
        var text = ""
        for component in components {
            switch component {
            case .key(let key):
                if !text.isEmpty { text += "." }
                text += key
            case .index(let index):
                text += "[\(index)]"
            }
        }
        return text
    }
}
