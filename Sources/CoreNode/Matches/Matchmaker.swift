import ArenaHTTP
import ArenaShared
import Foundation
import Logging
import Matches
import Prometheus
import Replication
import ServiceLifecycle

/// Pairs queued players into matches, on one core at a time: every core runs this
/// service, and only the holder of the `arena:mm:leader` lease (renewed every tick,
/// expiring after three missed ticks) forms matches, so two cores never seat one player twice
/// (seating is atomic in Redis anyway).
final class Matchmaker: Service, Sendable {
    let redis: RedisClient
    let creator: MatchCreator
    let settings: MatchSettings
    let interval: Duration
    let holder: String
    let metrics: CoreMetrics
    let logger: Logger

    init(redis: RedisClient, creator: MatchCreator, settings: MatchSettings, interval: Duration, metrics: CoreMetrics, logger: Logger) {
        self.redis = redis
        self.creator = creator
        self.settings = settings
        self.interval = interval
        self.holder = "core-\(UUID().uuidString.prefix(8))"
        self.metrics = metrics
        self.logger = logger
    }

    func run() async throws {
        // A graceful shutdown cancels the wait between ticks, however long the interval.
        await periodically(every: self.interval, logger: self.logger, failure: "matchmaking tick failed") {
            if try await self.holdsLease() { _ = try await self.tick(now: Date()) }
        }
        _ = try? await self.redis.eval(MatchScripts.releaseLease, keys: [MatchKeys.matchmakerLease], arguments: [self.holder])
    }

    func holdsLease() async throws -> Bool {
        let ttl = self.interval * 3
        let milliseconds = ttl.components.seconds * 1000 + ttl.components.attoseconds / 1_000_000_000_000_000
        return try await self.redis.eval(MatchScripts.acquireLease, keys: [MatchKeys.matchmakerLease], arguments: [self.holder, String(milliseconds)]).int == 1
    }

    /// One pass over every mode's queue; returns the matches it created.
    func tick(now: Date) async throws -> [MatchState] {
        let started = ContinuousClock.now
        var created: [MatchState] = []
        for mode in MatchMode.allCases {
            let entries = try await self.queued(mode)
            self.metrics.queuePlayers(mode).set(Double(entries.count))
            let groups = MatchmakingPlanner(groupSize: self.settings.players(for: mode)).plan(entries, now: now.timeIntervalSince1970)
            for group in groups {
                let members = try await self.redis.send(["HMGET", MatchKeys.queueMembers] + group.map { String($0.userID) }).elements ?? []
                let regions = members.map { $0.string?.split(separator: " ").dropFirst().first.map(String.init) ?? "" }
                let seats = zip(group, regions).map { MatchStore.Seat(userID: $0.userID, region: $1) }
                do {
                    created.append(
                        try await self.creator.create(mode: mode, seats: seats, isPrivate: false, ownerRegion: regions.first ?? "", mustBeQueued: true))
                } catch let failure as MatchCreator.Failure {
                    self.logger.debug("group skipped", metadata: ["reason": "\(failure)"])
                }
            }
        }
        let elapsed = ContinuousClock.now - started
        self.metrics.matchmakingTickSeconds.set(Double(elapsed.components.attoseconds) / 1e18 + Double(elapsed.components.seconds))
        self.metrics.matchmakingLastTick.set(Date().timeIntervalSince1970)
        return created
    }

    func queued(_ mode: MatchMode) async throws -> [MatchmakingPlanner.Entry] {
        try await MatchQueueReader.read(mode, from: self.redis)
    }
}
