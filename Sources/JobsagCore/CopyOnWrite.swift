/// A value kept in one heap object that its copies share until one of them changes it (copy
/// on write), for the fields of an entry a case holds by the dozen: the rules copy
/// conversations and offers out of their lists for every case they judge, and a copy of the
/// fields themselves counted a reference to every text they hold (a fifth of the evaluation).
@propertyWrapper
public struct CopyOnWrite<Value: Sendable>: Sendable {
    /// Never changed in place: a variable of a class is checked for exclusive access at
    /// every read (7 % of the evaluation, when it was one).
    private final class Storage: Sendable {
        let value: Value
        init(_ value: Value) { self.value = value }
    }

    private var storage: Storage

    public init(wrappedValue: Value) {
        storage = Storage(wrappedValue)
    }

    /// A change makes a storage of its own (entries change in forms, a few at a time).
    public var wrappedValue: Value {
        get { storage.value }
        set { storage = Storage(newValue) }
    }

    /// Whether two values share one storage (and so are equal).
    fileprivate func shares(with other: Self) -> Bool {
        storage === other.storage
    }
}

extension CopyOnWrite: Equatable where Value: Equatable {
    public static func == (lhs: Self, rhs: Self) -> Bool {
        lhs.shares(with: rhs) || lhs.wrappedValue == rhs.wrappedValue
    }
}

extension CopyOnWrite: Hashable where Value: Hashable {
    public func hash(into hasher: inout Hasher) {
        hasher.combine(wrappedValue)
    }
}
