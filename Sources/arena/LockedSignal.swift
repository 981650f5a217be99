import Synchronization

final class LockedSignal: Sendable {
    private let value = Mutex<Int32?>(nil)
    func set(_ signal: Int32) { self.value.withLock { $0 = signal } }
    func get() -> Int32? { self.value.withLock { $0 } }
}
