import Synchronization

/// Opened once the core's migrations ran: background services that read the schema wait for
/// it instead of failing (and logging) every round while a fresh database is being built.
final class SchemaGate: Sendable {
    private let open = Mutex(false)

    func markReady() { self.open.withLock { $0 = true } }

    var isReady: Bool { self.open.withLock { $0 } }

    /// Returns once the schema is ready, or when the task is cancelled (a shutdown).
    func ready() async {
        while !self.isReady && !Task.isCancelled {
            try? await Task.sleep(for: .milliseconds(100))
        }
    }
}
