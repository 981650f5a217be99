import Logging
import ServiceLifecycle
import Synchronization

/// Runs a node's services in a `ServiceGroup` for a test and shuts them down
/// gracefully on `stop()`, as SIGTERM would.
public final class ServiceRunner: Sendable {
    private let group: ServiceGroup
    private let task: Task<Void, any Error>

    public init(_ services: [any Service], logger: Logger) {
        let group = ServiceGroup(configuration: .init(services: services, logger: logger))
        self.group = group
        self.task = Task { try await group.run() }
    }

    public func stop() async {
        await self.group.triggerGracefulShutdown()
        _ = await self.task.result
    }

    /// Cancels the services without a graceful shutdown, as close to a crash as a
    /// process can get while staying alive: nothing is handed over.
    public func kill() async {
        self.task.cancel()
        _ = await self.task.result
    }
}

/// A value set once by a callback (a bound port) and awaited by the test.
public final class Eventually<Value: Sendable>: Sendable {
    private let value = Mutex<Value?>(nil)

    public init() {}

    public func set(_ newValue: Value) {
        self.value.withLock { $0 = newValue }
    }

    public func wait(timeout: Duration = .seconds(60)) async throws -> Value {
        let deadline = ContinuousClock.now + timeout
        // Looks at least once, so a zero timeout reads a value already there.
        repeat {
            if let value = self.value.withLock({ $0 }) { return value }
            try await Task.sleep(for: .milliseconds(10))
        } while ContinuousClock.now < deadline
        throw TestHarnessError.timeout("value never arrived")
    }
}

/// Retries `body` until it returns true or the timeout passes.
public func waitUntil(timeout: Duration = .seconds(20), _ what: String, _ body: @Sendable () async throws -> Bool) async throws {
    let deadline = ContinuousClock.now + timeout
    while ContinuousClock.now < deadline {
        if (try? await body()) == true { return }
        try await Task.sleep(for: .milliseconds(50))
    }
    throw TestHarnessError.timeout(what)
}
