import ArenaShared
import Foundation
import Logging
import Replication

/// Tells every edge, over Redis pub/sub, which cached entries went stale. Pub/sub is a
/// hint, not a guarantee: edges also expire entries by TTL and flush everything after
/// a resubscription, so a lost message costs at most one TTL of staleness.
struct CacheInvalidationPublisher: Sendable {
    let redis: RedisClient
    let logger: Logger

    func problemsChanged(slugs: Set<String>, at position: LogSequenceNumber?) async {
        let message = CacheInvalidation(
            keys: [CacheInvalidation.problemListKey] + slugs.sorted().map(CacheInvalidation.problemKey), lsn: position)
        do {
            let payload = String(decoding: try ArenaJSON.encoder().encode(message), as: UTF8.self)
            let redis = self.redis
            _ = try await withDeadline(.milliseconds(500), "publish invalidation") {
                try await redis.publish(CacheInvalidation.channel, payload)
            }
        } catch {
            self.logger.warning("could not publish cache invalidation; edges will catch up by TTL", metadata: ["error": "\(error)"])
        }
    }
}
