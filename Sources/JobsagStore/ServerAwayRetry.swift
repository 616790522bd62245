import Foundation

/// Runs a store write again while the database server is away (cannot be reached, or the
/// connection broke mid-way), every `pause` seconds until it answers or `patience` is up.
/// Safe because a save sent again is never a second copy (the database takes a save it
/// already holds as done). `onAway` hears of the first failure, to say so while waiting.
public struct ServerAwayRetry: Sendable {
    public var pause: TimeInterval
    public var patience: TimeInterval

    public init(pause: TimeInterval = 2, patience: TimeInterval = 120) {
        self.pause = pause
        self.patience = patience
    }

    public func run<Value>(
        onAway: (StoreError) -> Void, _ write: () throws(StoreError) -> Value
    ) throws(StoreError) -> Value {
        let deadline = Date().addingTimeInterval(patience)
        var told = false
        while true {
            do throws(StoreError) {
                return try write()
            } catch {
                guard case .database(let failure) = error, failure.isTransient, Date().addingTimeInterval(pause) < deadline else {
                    throw error
                }
                if !told {
                    onAway(error)
                    told = true
                }
                Thread.sleep(forTimeInterval: pause)
            }
        }
    }
}
