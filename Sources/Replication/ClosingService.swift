import ServiceLifecycle

/// Keeps a resource that has no run loop of its own (a client) open for the life of a
/// `ServiceGroup`, and closes it on graceful shutdown.
public struct ClosingService: Service {
    let name: String
    let close: @Sendable () async -> Void

    public init(name: String, close: @escaping @Sendable () async -> Void) {
        self.name = name
        self.close = close
    }

    public func run() async throws {
        try? await gracefulShutdown()
        await self.close()
    }
}
