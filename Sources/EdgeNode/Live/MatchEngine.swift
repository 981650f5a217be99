import ArenaShared
import Foundation
import Logging
import Matches
import NIOCore
import NIOHTTP1
import Replication

/// Runs one match on its owner edge: applies the commands waiting in the match's Redis
/// inbox, moves the server clock (ticks, rounds, the end), commits the snapshot fenced by
/// the lease, then publishes the events. Because the snapshot and the inbox trim commit
/// together and only while this edge holds the lease, a new owner after a crash starts
/// from exactly the last committed step: a command is either in the snapshot or still in
/// the inbox, never lost and never applied twice.
actor MatchEngine {
    let matchID: String
    let holder: String
    let redis: RedisClient
    let core: CoreClient
    let logger: Logger
    private(set) var state: MatchState
    private var lastTick = Date.distantPast
    /// Steps never overlap (an actor re-enters at every await): a step asked for while
    /// one runs leaves its extra events here for the next.
    private var stepping = false
    private var pendingExtra: [MatchEvent] = []
    private let wake = AsyncStream<Void>.makeStream(bufferingPolicy: .bufferingNewest(1))

    /// How a run ended.
    enum Outcome: Sendable {
        case finished
        case leaseLost
        case stopped
    }

    static let commandsPerStep = 100
    static let coreTimeout = Duration.seconds(5)

    init(state: MatchState, holder: String, redis: RedisClient, core: CoreClient, logger: Logger) {
        self.matchID = state.id
        self.state = state
        self.holder = holder
        self.redis = redis
        self.core = core
        var logger = logger
        logger[metadataKey: "match"] = "\(state.id)"
        self.logger = logger
    }

    /// Loads the snapshot of a match whose lease this edge just took.
    static func load(match: String, redis: RedisClient) async throws -> MatchState? {
        guard let text = try await redis.send(["HGET", MatchKeys.snapshot(match), "state"]).string else { return nil }
        return try ArenaJSON.decoder().decode(MatchState.self, from: Data(text.utf8))
    }

    nonisolated func poke() { self.wake.continuation.yield() }

    /// Steps every second and whenever poked, until the match is over or the lease is gone.
    func run(announce: Bool) async -> Outcome {
        let ticker = Task { [wake] in
            while !Task.isCancelled {
                try? await Task.sleep(for: .seconds(1))
                wake.continuation.yield()
            }
        }
        defer { ticker.cancel() }
        if announce, let outcome = await self.step(extra: [self.fullState(at: Date())]) { return outcome }
        for await _ in self.wake.stream {
            if Task.isCancelled { return .stopped }
            switch await self.step(extra: []) {
            case .some(let outcome): return outcome
            case .none: continue
            }
        }
        return .stopped
    }

    func fullState(at now: Date) -> MatchEvent {
        var event = MatchEvent(type: "match:state", match: self.matchID, at: now)
        event.state = self.state.redacted(for: nil)
        return event
    }

    /// One engine step; nil while the match goes on.
    func step(extra: [MatchEvent]) async -> Outcome? {
        if self.stepping {
            self.pendingExtra += extra
            self.poke()
            return nil
        }
        self.stepping = true
        defer { self.stepping = false }
        let extra = self.pendingExtra + extra
        self.pendingExtra = []
        let now = Date()
        let replies: [RESPValue]
        do {
            replies = try await self.redis.pipeline([
                ["LRANGE", MatchKeys.inbox(self.matchID), "0", String(Self.commandsPerStep - 1)],
                ["HGET", MatchKeys.snapshot(self.matchID), "spectators"],
            ])
        } catch {
            self.logger.notice("match step postponed: Redis unavailable", metadata: ["error": "\(error)"])
            self.pendingExtra = extra + self.pendingExtra
            return nil
        }
        let raw = replies[0].elements ?? []
        var working = self.state
        var events = extra
        for item in raw {
            guard let text = item.string, let command = try? ArenaJSON.decoder().decode(MatchCommand.self, from: Data(text.utf8)) else {
                self.logger.warning("unreadable match command dropped")
                continue
            }
            events += MatchRules.receive(command, to: &working, now: now)
        }
        events += MatchRules.advance(&working, now: now)
        // The core gets the standings only once the ending snapshot is saved, so a retry or a
        // new owner always sends the same table the core may already have committed.
        if self.state.status == .ending, self.state.ratingChanges == nil, let results = self.state.results {
            if let (changes, held) = await self.commitResult(results, reason: self.state.endReason ?? "over") {
                working.ratingChanges = changes
                // Copied code between the players: the result stands, its rating changes wait for review.
                if held { working.endReason = (working.endReason ?? "over") + "; rating changes held for a fair-play review" }
                working.status = .finished
                var end = MatchEvent(type: "match:end", match: self.matchID, at: now)
                end.results = results
                end.ratingChanges = changes
                end.reason = working.endReason
                end.state = working.redacted(for: nil)
                events.append(end)
            }
        }
        if working.status == .live, now.timeIntervalSince(self.lastTick) >= 0.95 {
            var tick = MatchEvent(type: "match:tick", match: self.matchID, at: now)
            tick.remainingMs = MatchEvent.milliseconds(from: now, to: working.endsAt)
            tick.roundRemainingMs = working.roundEndsAt.map { MatchEvent.milliseconds(from: now, to: $0) }
            tick.round = working.mode == .royale ? working.round : nil
            tick.phase = working.mode == .sabotage ? working.phase : nil
            tick.spectators = max(0, replies[1].int ?? 0)
            events.append(tick)
            self.lastTick = now
        }
        for index in events.indices {
            working.sequence += 1
            events[index].seq = working.sequence
        }
        guard !events.isEmpty || !raw.isEmpty || working != self.state else { return nil }
        let committed: Bool
        do {
            let snapshot = String(decoding: try ArenaJSON.encoder().encode(working), as: UTF8.self)
            committed = try await self.redis.eval(
                MatchScripts.commitStep, keys: [MatchKeys.lease(self.matchID), MatchKeys.snapshot(self.matchID), MatchKeys.inbox(self.matchID)],
                arguments: [self.holder, snapshot, String(raw.count), String(MatchKeys.snapshotTTLSeconds)]
            ).int == 1
        } catch {
            // Nothing was published, and the step is recomputed from the same snapshot next time.
            self.logger.notice("match step not committed: Redis unavailable", metadata: ["error": "\(error)"])
            self.pendingExtra = extra + self.pendingExtra
            return nil
        }
        guard committed else {
            self.logger.warning("match lease lost; another edge owns the match now")
            return .leaseLost
        }
        let justDecided = self.state.status == .live && working.status == .ending
        self.state = working
        if justDecided { self.poke() }
        // Each event is kept in the match's history before it is published, so a client
        // that reads the history after seeing an event finds it there (they dedupe by seq).
        let messages = events.flatMap { event -> [[String]] in
            guard let text = LiveHub.encode(event) else { return [] }
            let publish = ["PUBLISH", MatchKeys.eventsChannel, "\(self.matchID)\n\(text)"]
            // (The owner's verdicts are the final ones; per-test progress is published by the judging edge.)
            guard MatchKeys.historyEventTypes.contains(event.type) else { return [publish] }
            return MatchKeys.appendCommands(MatchKeys.history(self.matchID), text, limit: MatchKeys.historyLimit) + [publish]
        }
        if (try? await self.redis.pipeline(messages)) == nil {
            self.logger.notice("match events not published (Redis unavailable); clients resync from match:state")
        }
        if working.status == .finished {
            await self.cleanUp()
            return .finished
        }
        return nil
    }

    /// The core commits standings and ratings once; nil when it could not be reached (retried next step).
    private func commitResult(_ results: [MatchStanding], reason: String) async -> (changes: [RatingChange], held: Bool)? {
        let request = MatchResultRequest(mode: self.state.mode, standings: results, endReason: reason)
        do {
            let body = try ArenaJSON.encoder().encode(request)
            let reply = try await self.core.send(
                method: .POST, path: "/internal/matches/\(self.matchID)/result", headers: [("content-type", "application/json")],
                body: ByteBuffer(bytes: body), internalCall: true)
            guard reply.status == 200 else {
                self.logger.warning("core refused the match result", metadata: ["status": "\(reply.status)", "body": "\(String(buffer: reply.body).prefix(300))"])
                // A result the core can never take (invalid, unknown or aborted match) ends the match
                // without ratings; anything else (a wrong edge secret, an outage) is retried.
                return [400, 404, 409].contains(reply.status) ? ([], false) : nil
            }
            let decoded = try ArenaJSON.decoder().decode(MatchResultReply.self, from: Data(reply.body.readableBytesView))
            return (decoded.ratingChanges, decoded.held == true)
        } catch {
            self.logger.notice("match result not committed yet", metadata: ["error": "\(error)"])
            return nil
        }
    }

    private func cleanUp() async {
        let keys = self.state.players.map { MatchKeys.playerMatch($0.userID) }
        _ = try? await self.redis.pipeline([
            ["SREM", MatchKeys.liveMatches, self.matchID],
            ["DEL", MatchKeys.inbox(self.matchID)],
        ] + keys.map { ["EVAL", MatchScripts.releaseLease, "1", $0, self.matchID] })
        _ = try? await self.redis.eval(MatchScripts.releaseLease, keys: [MatchKeys.lease(self.matchID)], arguments: [self.holder])
        self.logger.info("match finished", metadata: ["reason": "\(self.state.endReason ?? "")"])
    }
}
