import ArenaShared
import Foundation
import Judge
import Logging
import Matches
import Prometheus
import Replication
import ServiceLifecycle
import Synchronization

/// The match side of an edge: owns the engines of the matches whose lease it holds,
/// takes over matches whose owner died, and fans match events, `match:found` and global
/// chat out to the sockets on this edge. Every edge subscribes to the same channels, so a
/// player on one region's edge and a spectator on another see the same events.
final class MatchHost: Service, MatchRelay, Sendable {
    let region: String
    let holder: String
    let redis: RedisClient
    let subscriber: RedisSubscriber
    let core: CoreClient
    let hub: LiveHub
    let resumeTokens: ResumeToken
    let metrics: EdgeMetrics
    let logger: Logger
    /// Lease lifetime; renewed every second, so an owner is replaced within about this long after it dies.
    let leaseTTL: Duration
    private let engines = Mutex<[String: (engine: MatchEngine, task: Task<Void, Never>)]>([:])
    /// Matches seen without an owner at the last scan (taken at the next one, so the
    /// announced owner region gets the first chance).
    private let orphans = Mutex<Set<String>>([])
    /// A draining region takes no orphaned match: other regions' edges do.
    private let isDraining: @Sendable () -> Bool
    private let queued = Mutex<[Int64: MatchMode]>([:])

    static let channels = [MatchKeys.lobbyChannel, MatchKeys.eventsChannel, MatchKeys.commandsChannel, MatchKeys.chatChannel, MatchKeys.noticesChannel]

    init(
        region: String, redis: RedisClient, subscriber: RedisSubscriber, core: CoreClient, hub: LiveHub, tokenSecret: String,
        previousTokenSecrets: [String] = [], leaseTTL: Duration = .seconds(3), metrics: EdgeMetrics, logger: Logger, isDraining: @escaping @Sendable () -> Bool = { false }
    ) {
        self.isDraining = isDraining
        self.region = region
        self.holder = "\(region)-\(UUID().uuidString.prefix(8).lowercased())"
        self.redis = redis
        self.subscriber = subscriber
        self.core = core
        self.hub = hub
        self.resumeTokens = ResumeToken(secret: tokenSecret, previousSecrets: previousTokenSecrets)
        self.leaseTTL = leaseTTL
        self.metrics = metrics
        self.logger = logger
    }

    func run() async throws {
        await withDiscardingTaskGroup { group in
            group.addTask { await self.supervise() }
            group.addTask { await self.reportQueues() }
            for await event in self.subscriber.events.cancelOnGracefulShutdown() {
                switch event {
                case .message(let message): self.handle(message)
                case .subscribed(let isResubscription):
                    // Events published while we were cut off are lost: owners re-announce full state.
                    if isResubscription { for engine in self.ownedEngines { Task { await engine.reannounce() } } }
                case .disconnected: break
                }
            }
            group.cancelAll()
        }
        // Stopping: the engines stop; on a graceful shutdown their leases are handed back so
        // another edge takes over at once (after a crash the leases simply expire).
        let graceful = Task.isShuttingDownGracefully && !Task.isCancelled
        let owned = self.engines.withLock { engines in
            defer { engines.removeAll() }
            return Array(engines)
        }
        for (match, entry) in owned {
            entry.task.cancel()
            if graceful { _ = try? await self.redis.eval(MatchScripts.releaseLease, keys: [MatchKeys.lease(match)], arguments: [self.holder]) }
        }
    }

    var ownedEngines: [MatchEngine] { self.engines.withLock { $0.values.map(\.engine) } }
    var ownedMatches: Set<String> { self.engines.withLock { Set($0.keys) } }

    // MARK: Pub/sub

    func handle(_ message: RedisPubSubMessage) {
        switch message.channel {
        case MatchKeys.eventsChannel:
            guard let newline = message.payload.firstIndex(of: "\n") else { return }
            let match = String(message.payload[..<newline])
            let text = String(message.payload[message.payload.index(after: newline)...])
            self.hub.fanOut(match: match, text: text)
            self.metrics.matchEventsFannedOut.increment()
            if text.contains("\"type\":\"match:end\"") { self.hub.forget(match: match) }
            self.metrics.matchesWatched.set(Double(self.hub.watchedMatches))
        case MatchKeys.commandsChannel:
            self.engines.withLock { $0[message.payload]?.engine }?.poke()
        case MatchKeys.lobbyChannel:
            guard let found = try? ArenaJSON.decoder().decode(MatchFound.self, from: Data(message.payload.utf8)) else { return }
            Task { await self.matchFound(found) }
        case MatchKeys.chatChannel:
            self.hub.broadcast(text: message.payload)
        case MatchKeys.noticesChannel:
            // Challenge invitations and updates, for whichever of the players are connected here.
            guard let notice = try? ArenaJSON.decoder().decode(PlayerNotice.self, from: Data(message.payload.utf8)) else { return }
            for user in notice.users where self.hub.isConnected(user) { self.hub.send(text: notice.frame, to: user) }
        default:
            break
        }
    }

    struct FoundFrame: Encodable {
        var type = "match:found"
        var match: String
        var mode: MatchMode
        var resumeToken: String
        var state: MatchState?
    }

    private func matchFound(_ found: MatchFound) async {
        let local = found.players.filter { self.hub.isConnected($0) }
        if !local.isEmpty {
            let state = try? await MatchEngine.load(match: found.match, redis: self.redis)
            for user in local {
                self.queued.withLock { _ = $0.removeValue(forKey: user) }
                self.hub.watch(match: found.match, user: user)
                self.hub.send(
                    FoundFrame(
                        match: found.match, mode: found.mode, resumeToken: self.resumeTokens.sign(match: found.match, userID: user),
                        state: state?.redacted(for: user)), to: user)
            }
        }
        if found.ownerRegion == self.region { await self.adopt(found.match, failover: false) }
    }

    // MARK: Ownership

    /// Renews this edge's leases every second and takes over matches nobody owns.
    private func supervise() async {
        while !Task.isCancelled && !Task.isShuttingDownGracefully {
            try? await Task.sleep(for: .seconds(1))
            await self.renewLeases()
            await self.adoptOrphans()
        }
    }

    private var leaseMilliseconds: String {
        String(self.leaseTTL.components.seconds * 1000 + self.leaseTTL.components.attoseconds / 1_000_000_000_000_000)
    }

    /// One pipelined round trip renews every lease this edge holds, however many matches it runs.
    private func renewLeases() async {
        let owned = self.engines.withLock { Array($0) }
        guard !owned.isEmpty else {
            self.metrics.matchesOwned.set(Double(0))
            return
        }
        let commands = owned.map { match, _ in
            ["EVAL", MatchScripts.acquireLease, "1", MatchKeys.lease(match), self.holder, self.leaseMilliseconds]
        }
        // Redis away: keep the engines; their fenced commits decide who owns a match.
        guard let replies = try? await self.redis.pipeline(commands) else { return }
        for ((match, entry), reply) in zip(owned, replies) where reply.int == 0 {
            self.logger.warning("lost a match lease", metadata: ["match": "\(match)"])
            entry.task.cancel()
            self.engines.withLock { _ = $0.removeValue(forKey: match) }
        }
        self.metrics.matchesOwned.set(Double(self.engines.withLock { $0.count }))
    }

    private func adoptOrphans() async {
        guard !self.isDraining() else { return }
        guard let live = try? await self.redis.send(["SMEMBERS", MatchKeys.liveMatches]).elements?.compactMap(\.string) else { return }
        let owned = self.ownedMatches
        let candidates = live.filter { !owned.contains($0) }
        guard !candidates.isEmpty, let leases = try? await self.redis.pipeline(candidates.map { ["EXISTS", MatchKeys.lease($0)] }) else {
            self.orphans.withLock { $0 = [] }
            return
        }
        let orphaned = Set(zip(candidates, leases).filter { $0.1.int == 0 }.map(\.0))
        let ready = self.orphans.withLock { previous in
            defer { previous = orphaned }
            return orphaned.intersection(previous)
        }
        for match in ready { await self.adopt(match, failover: true) }
    }

    /// Takes a match's lease and starts its engine from the snapshot.
    func adopt(_ match: String, failover: Bool) async {
        guard !self.ownedMatches.contains(match) else { return }
        do {
            guard try await self.redis.eval(MatchScripts.acquireLease, keys: [MatchKeys.lease(match)], arguments: [self.holder, self.leaseMilliseconds]).int == 1
            else { return }
            guard let state = try await MatchEngine.load(match: match, redis: self.redis) else {
                self.logger.error("a live match has no snapshot; it cannot be resumed", metadata: ["match": "\(match)"])
                _ = try? await self.redis.send(["SREM", MatchKeys.liveMatches, match])
                _ = try? await self.redis.eval(MatchScripts.releaseLease, keys: [MatchKeys.lease(match)], arguments: [self.holder])
                return
            }
            let engine = MatchEngine(state: state, holder: self.holder, redis: self.redis, core: self.core, logger: self.logger)
            let claimed = self.engines.withLock { engines -> Bool in
                guard engines[match] == nil else { return false }
                let task = Task {
                    let outcome = await engine.run(announce: failover)
                    // Only this engine's entry: the match may have been taken again meanwhile.
                    self.engines.withLock { if $0[match]?.engine === engine { $0[match] = nil } }
                    self.metrics.matchesOwned.set(Double(self.engines.withLock { $0.count }))
                    self.logger.debug("match engine stopped", metadata: ["match": "\(match)", "outcome": "\(outcome)"])
                }
                engines[match] = (engine, task)
                return true
            }
            guard claimed else { return }
            if failover { self.metrics.matchAdoptions.increment() }
            self.metrics.matchesOwned.set(Double(self.engines.withLock { $0.count }))
            self.logger.info(failover ? "took over a match" : "owning a new match", metadata: ["match": "\(match)"])
        } catch {
            self.logger.notice("could not take a match", metadata: ["match": "\(match)", "error": "\(error)"])
        }
    }

    // MARK: MatchRelay

    func progress(_ record: SubmissionRecord, test: Int, of total: Int, verdict: Verdict) {
        guard let match = record.match else { return }
        var event = MatchEvent(type: "match:verdict", match: match, at: Date())
        event.player = record.userID
        event.problem = record.problem
        event.test = test
        event.totalTests = total
        event.verdict = verdict
        event.final = false
        guard let text = LiveHub.encode(event) else { return }
        let redis = self.redis
        Task { _ = try? await redis.publish(MatchKeys.eventsChannel, "\(match)\n\(text)") }
    }

    func judged(_ record: SubmissionRecord, report: JudgeReport) async -> Bool {
        guard let match = record.match else { return true }
        let command = MatchCommand(
            key: "sub:\(record.idempotencyKey)", kind: .judged, userID: record.userID, problem: record.problem, verdict: report.verdict,
            language: record.language, bytes: record.source.utf8.count, source: record.matchOnly == true ? record.source : nil,
            submission: record.idempotencyKey, submittedAt: record.submittedAt)
        return await self.send(command, to: match)
    }

    /// Appends a command to the match's inbox (durable in Redis, whoever owns the match) and wakes the owner.
    func send(_ command: MatchCommand, to match: String) async -> Bool {
        guard let text = LiveHub.encode(command) else { return false }
        do {
            let replies = try await self.redis.pipeline([
                ["RPUSH", MatchKeys.inbox(match), text],
                ["EXPIRE", MatchKeys.inbox(match), String(MatchKeys.snapshotTTLSeconds)],
                ["PUBLISH", MatchKeys.commandsChannel, match],
            ])
            return replies.first?.int != nil
        } catch {
            self.logger.notice("match command not delivered yet", metadata: ["match": "\(match)", "error": "\(error)"])
            return false
        }
    }

    // MARK: Queues

    func queuedHere(_ user: Int64, mode: MatchMode?) {
        self.queued.withLock { $0[user] = mode }
    }

    func queuedMode(_ user: Int64) -> MatchMode? { self.queued.withLock { $0[user] } }

    /// Every 2 s, each queued player on this edge gets `queue:status` (position and window).
    private func reportQueues() async {
        while !Task.isCancelled && !Task.isShuttingDownGracefully {
            try? await Task.sleep(for: .seconds(2))
            let players = self.queued.withLock { Array($0) }
            guard !players.isEmpty else { continue }
            let commands = players.flatMap { user, mode in
                [
                    ["ZRANK", MatchKeys.queueByTime(mode), String(user)], ["ZCARD", MatchKeys.queueByTime(mode)],
                    ["ZSCORE", MatchKeys.queueByTime(mode), String(user)],
                ]
            }
            guard let replies = try? await self.redis.pipeline(commands) else { continue }
            let now = Date().timeIntervalSince1970
            for (index, (user, mode)) in players.enumerated() {
                guard let rank = replies[3 * index].int, let since = replies[3 * index + 2].string.flatMap(Double.init) else {
                    // Matched meanwhile (match:found is on its way) or left: nothing more to report.
                    self.queued.withLock { if $0[user] == mode { $0[user] = nil } }
                    continue
                }
                let waited = now - since
                self.hub.send(
                    QueueStatus(
                        mode: mode, position: rank + 1, queued: replies[3 * index + 1].int ?? 0, waitedSeconds: Int(waited),
                        window: MatchmakingWindow.window(waitedSeconds: waited)), to: user)
            }
        }
    }
}

extension MatchEngine {
    /// Publishes the full state with the next step (after a Redis outage cut subscribers off).
    func reannounce() async {
        _ = await self.step(extra: [self.fullState(at: Date())])
    }
}
