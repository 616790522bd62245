import JobsagStore

/// Runs `body` and returns the `StoreError` it throws (nil when it does not throw).
public func storeError<T>(_ body: () throws(StoreError) -> T) -> StoreError? {
    do {
        _ = try body()
        return nil
    } catch {
        return error
    }
}
