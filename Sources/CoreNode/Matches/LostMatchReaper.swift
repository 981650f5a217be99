import Foundation
import Logging
import Matches
import Prometheus
import Replication
import ServiceLifecycle

/// Ends matches that can no longer be played: open in the database, but their Redis
/// snapshot is gone (Redis lost its data, or the snapshot outlived its 2-hour TTL). No edge
/// can run a match without it, so without this it would stay "live" for ever: listed for
/// spectators, and, where the players' seat keys survived, keeping them out of the queue.
/// Such a match becomes `aborted` (no rating change) and its seats are released. Safe on
/// every core at once: the update only applies to a match that is still open.
final class LostMatchReaper: Service, Sendable {
    let store: MatchStore
    let redis: RedisClient
    let interval: Duration
    /// A new match's row is written just before its snapshot: younger ones are left alone.
    let grace: Duration
    let metrics: CoreMetrics
    let logger: Logger
    let schema: SchemaGate?

    init(
        store: MatchStore, redis: RedisClient, interval: Duration, grace: Duration = .seconds(120), metrics: CoreMetrics, logger: Logger,
        schema: SchemaGate? = nil
    ) {
        self.schema = schema
        self.store = store
        self.redis = redis
        self.interval = interval
        self.grace = grace
        self.metrics = metrics
        self.logger = logger
    }

    func run() async throws {
        await periodically(every: self.interval, after: self.schema, logger: self.logger, failure: "lost-match sweep failed") { _ = try await self.sweep() }
    }

    /// One pass; returns the matches it aborted.
    func sweep() async throws -> [String] {
        let candidates = try await self.store.openMatches(olderThan: self.grace)
        guard !candidates.isEmpty else { return [] }
        let ids = candidates.map { $0.uuidString.lowercased() }
        // If Redis cannot answer, nothing is judged lost: the pipeline throws.
        let exists = try await self.redis.pipeline(ids.map { ["EXISTS", MatchKeys.snapshot($0)] })
        var aborted: [String] = []
        for (index, id) in ids.enumerated() where exists[index].int == 0 {
            guard let players = try await self.store.abortLost(id: candidates[index]) else { continue }
            _ = try? await self.redis.pipeline(
                [["SREM", MatchKeys.liveMatches, id]]
                    + players.map { ["EVAL", MatchScripts.releaseLease, "1", MatchKeys.playerMatch($0), id] })
            self.metrics.lostMatches.increment()
            self.logger.warning("match aborted: its live state is gone from Redis", metadata: ["match": "\(id)", "players": "\(players)"])
            aborted.append(id)
        }
        return aborted
    }
}
