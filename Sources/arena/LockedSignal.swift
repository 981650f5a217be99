import Synchronization

final class LockedSignal: Sendable {
    private let value = Mutex<Int32?>(nil)
    func set(_ signal: Int32) { self.value.withLock { $0 = signal } }
    func get() -> Int32? { self.value.withLock { $0 } }
    /// The signal, cleared: for signals that ask for something once (a reload).
    func take() -> Int32? {
        self.value.withLock { value in
            defer { value = nil }
            return value
        }
    }
}
