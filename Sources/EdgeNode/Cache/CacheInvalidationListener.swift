import Prometheus
import ArenaShared
import Foundation
import Logging
import Replication
import ServiceLifecycle

/// Applies the core's cache invalidations (Redis pub/sub) to this edge's cache. Since
/// pub/sub is at-most-once, a resubscription after a Redis outage flushes the whole
/// cache instead of trusting that nothing was missed.
struct CacheInvalidationListener: Service {
    let subscriber: RedisSubscriber
    let cache: ProblemCache
    let metrics: EdgeMetrics
    let logger: Logger
    /// Also told of every invalidation (the judge's test-data cache).
    var onInvalidation: @Sendable () -> Void = {}

    func run() async throws {
        for await event in self.subscriber.events.cancelOnGracefulShutdown() {
            switch event {
            case .message(let message):
                guard let invalidation = try? ArenaJSON.decoder().decode(CacheInvalidation.self, from: Data(message.payload.utf8)) else {
                    self.logger.warning("ignoring malformed invalidation message", metadata: ["payload": "\(message.payload.prefix(200))"])
                    continue
                }
                let dropped = self.cache.invalidate(tags: invalidation.keys, at: invalidation.lsn)
                self.onInvalidation()
                self.metrics.cacheInvalidations.increment()
                self.logger.debug("cache invalidated", metadata: ["keys": "\(invalidation.keys)", "dropped": "\(dropped)"])
            case .subscribed(let isResubscription):
                self.metrics.redisConnected.set(1.0)
                if isResubscription {
                    self.cache.removeAll()
                    self.onInvalidation()
                    self.logger.notice("resubscribed to invalidations; cache flushed")
                }
            case .disconnected:
                self.metrics.redisConnected.set(0.0)
            }
        }
    }
}
