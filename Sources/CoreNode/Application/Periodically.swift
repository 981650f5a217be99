import Logging
import ServiceLifecycle

/// The loop of the core's background services: `body` every `interval` until a graceful
/// shutdown (which also cuts the wait short). A failed pass is logged and the next one
/// runs on time; one bad pass never stops the service.
func periodically(
    every interval: Duration, logger: Logger, failure message: Logger.Message, _ body: @escaping @Sendable () async throws -> Void
) async {
    await cancelWhenGracefulShutdown {
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
