import Logging
import ServiceLifecycle

/// The loop of the core's background services: `body` every `interval` until a graceful
/// shutdown (which also cuts the wait short). A failed pass is logged and the next one
/// runs on time; one bad pass never stops the service. With `schema`, the first pass waits
/// for the migrations.
func periodically(
    every interval: Duration, after schema: SchemaGate? = nil, logger: Logger, failure message: Logger.Message,
    _ body: @escaping @Sendable () async throws -> Void
) async {
    await cancelWhenGracefulShutdown {
        // Passes that read tables start once the migrations ran.
        await schema?.ready()
        while !Task.isCancelled {
            do {
                try await body()
            } catch {
                logger.warning(message, metadata: ["error": "\(error)"])
            }
            try? await Task.sleep(for: interval)
        }
    }
}
