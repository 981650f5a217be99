import ArenaShared
import ArenaTestSupport
import CoreNode
import Foundation
import HummingbirdWSClient
import Logging
import Matches
import NIOHTTP1
import NIOWebSocket
import Replication
import Synchronization

#if canImport(Glibc)
import Glibc
#endif

/// Live-match figures: matchmaking over 10,000 queued players, rating commits, WebSocket
/// connections held by one edge (memory), and fan-out of match events from the owner
/// edge to 1,000 spectator sockets on another region's edge.
enum MatchBench {
    static func run() async throws -> [Row] {
        var rows: [Row] = []
        raiseOpenFileLimit()
        let spectators = Int(ProcessInfo.processInfo.environment["ARENA_BENCH_SPECTATORS"] ?? "") ?? 1000
        let clock = ContinuousClock()

        // 1. Matchmaking: the planner alone, and the queue read it needs, for 10,000 players.
        let now = Date().timeIntervalSince1970
        let entries = (0..<10_000).map { index in
            MatchmakingPlanner.Entry(userID: Int64(index + 1), rating: Int.random(in: 800..<2400), joinedAt: now - Double.random(in: 0..<120))
        }
        var plans: [Duration] = []
        var groups = 0
        for _ in 0..<20 {
            let start = clock.now
            groups = MatchmakingPlanner(groupSize: 2).plan(entries, now: now).count
            plans.append(clock.now - start)
        }
        rows.append(Row(name: "matchmaking: plan 10,000 queued (\(groups) pairs)", latencies: plans, throughput: 1 / Row(name: "", latencies: plans, throughput: 0).p50!.seconds))

        let cluster = try await TestPostgresCluster.start()
        let redis = try await TestRedis.start(persistent: true)
        let database = try await cluster.makeDatabase()
        var configuration = TestCore.configuration(cluster: cluster, database: database, redis: redis)
        configuration.maximumConnectionsPerPool = 32
        configuration.matchmakingInterval = .seconds(3600)  // the bench drives matches itself
        // The bench replays many rated pairings quickly: the anti-farming limits would refuse them.
        configuration.challenges.ratedPerPairPerDay = 1_000
        configuration.challenges.creationLimit = 1_000
        let core = try await TestCore.start(configuration)
        let client = RedisClient(configuration: redis.configuration(), logger: Logger(label: "bench"))
        _ = try await client.pipeline(entries.flatMap { entry in
            [["ZADD", MatchKeys.queueByRating(.blitz), String(entry.rating), String(entry.userID)],
             ["ZADD", MatchKeys.queueByTime(.blitz), String(entry.joinedAt), String(entry.userID)]]
        })
        var reads: [Duration] = []
        for _ in 0..<20 {
            let start = clock.now
            _ = MatchmakingPlanner(groupSize: 2).plan(try await MatchQueueReader.read(.blitz, from: client), now: now)
            reads.append(clock.now - start)
        }
        rows.append(Row(name: "matchmaking tick: read 10,000 from Redis + plan", latencies: reads, throughput: 1 / Row(name: "", latencies: reads, throughput: 0).p50!.seconds))
        _ = try await client.send(["DEL", MatchKeys.queueByRating(.blitz), MatchKeys.queueByTime(.blitz)])

        // 2. Rating commits: results of 300 matches among 30 players, 8 at a time.
        var players: [(name: String, id: Int64, token: String)] = []
        for index in 0..<30 {
            let auth = try await core.signUp("bench_p\(index)")
            players.append(("bench_p\(index)", auth.user.id, auth.accessToken))
        }
        struct Created: Decodable { var match: String }
        var matches: [(id: String, a: Int, b: Int)] = []
        for index in 0..<300 {
            let a = index % 30, b = (index * 7 + 1) % 30 == a ? (a + 1) % 30 : (index * 7 + 1) % 30
            let reply = try await core.client.startMatch(
                ChallengeRequest(mode: .blitz, players: [players[a].name, players[b].name], rated: true), tokens: [players[a].token, players[b].token])
            guard reply.status == 200 else { throw BenchError(description: "match creation failed: \(reply.text)") }
            matches.append((try reply.decode(Created.self).match, a, b))
            _ = try await client.send(["DEL", MatchKeys.playerMatch(players[a].id), MatchKeys.playerMatch(players[b].id)])
        }
        // These matches are only here for their results: no edge should run them.
        _ = try await client.send(["DEL", MatchKeys.liveMatches])
        let pending = Mutex(matches)
        let coreClient = core.client
        let seated = players
        rows.append(try await Bench.measure("core: commit match result + Elo (row locks)", matches.count, 8) {
            guard let match = pending.withLock({ $0.popLast() }) else { return false }
            let standings = [
                MatchStanding(userID: seated[match.a].id, username: seated[match.a].name, place: 1, score: 100),
                MatchStanding(userID: seated[match.b].id, username: seated[match.b].name, place: 2, score: 0),
            ]
            let reply = try await coreClient.send(
                .POST, "/internal/matches/\(match.id)/result", json: MatchResultRequest(mode: .blitz, standings: standings, endReason: "bench"),
                headers: [("X-Arena-Edge-Secret", TestCore.edgeSecret)])
            return reply.status == 200
        })

        // 3 + 4. One match owned by eu-west, watched by spectator sockets on us-east.
        let owner = try await TestEdge.start(region: "eu-west", coreURL: core.url, redis: redis, judgePoolSize: 1, judgeFirstUID: 65_100)
        let watcher = try await TestEdge.start(region: "us-east", coreURL: core.url, redis: redis, judgePoolSize: 1, judgeFirstUID: 65_164)
        let created = try await owner.client.startMatch(
            ChallengeRequest(mode: .blitz, players: [players[0].name, players[1].name]), tokens: [players[0].token, players[1].token])
        let match = try created.decode(Created.self).match
        try await waitUntil(timeout: .seconds(20), "the owner edge runs the match") { owner.metric("arena_matches_owned") == 1 }
        let viewer = try await core.signUp("bench_viewer").accessToken
        let probe = Probe()
        let stop = AsyncStream<Void>.makeStream()
        let rssBefore = residentKiB()
        let connections = Task {
            try await withThrowingTaskGroup(of: Void.self) { group in
                for index in 0..<spectators {
                    if index % 50 == 49 { try await Task.sleep(for: .milliseconds(20)) }
                    group.addTask {
                        try await WebSocketClient.connect(url: "ws://127.0.0.1:\(watcher.port)/ws?access_token=\(viewer)", logger: Logger(label: "bench.ws")) { inbound, outbound, _ in
                            try await outbound.write(.text(#"{"type":"spectate:join","match":"\#(match)"}"#))
                            var counted = false
                            for try await message in inbound.messages(maxSize: 1 << 20) {
                                guard case .text(let text) = message else { continue }
                                if !counted && text.contains("\"match:state\"") {
                                    counted = true
                                    probe.joined.withLock { $0 += 1 }
                                }
                                guard text.contains("\"match:tick\""), probe.measuring.withLock({ $0 }), let sent = serverTime(text) else { continue }
                                let received = Date().timeIntervalSince1970 * 1000
                                probe.latencies.withLock { $0.append(.microseconds(Int64((received - sent) * 1000))) }
                            }
                        }
                    }
                }
                group.addTask { for await _ in stop.stream {} }
                try await group.next()
                group.cancelAll()
            }
        }
        let connectStart = clock.now
        try await waitUntil(timeout: .seconds(120), "\(spectators) spectators connected") { probe.joined.withLock { $0 } == spectators }
        rows.append(Row(name: "edge: open \(spectators) WebSockets + spectate:join", single: clock.now - connectStart))
        let rssAfter = residentKiB()
        probe.measuring.withLock { $0 = true }
        try await Task.sleep(for: .seconds(8))
        probe.measuring.withLock { $0 = false }
        let samples = probe.latencies.withLock { $0 }
        guard !samples.isEmpty else { throw BenchError(description: "no match ticks reached the spectators") }
        rows.append(Row(name: "fan-out: owner edge → \(spectators) spectators on another edge (match:tick)", latencies: samples, throughput: Double(samples.count) / 8))
        let perConnection = Double(rssAfter - rssBefore) / Double(spectators)
        rows.append(Row(name: String(format: "memory per WebSocket (client and server side in this process): %.1f KiB", perConnection), single: .zero))
        stop.continuation.finish()
        connections.cancel()
        _ = await connections.result

        await client.close()
        await watcher.stop()
        await owner.stop()
        await core.stop()
        try await redis.stop()
        await cluster.stop()
        return rows
    }

    static func serverTime(_ text: String) -> Double? {
        guard let range = text.range(of: "\"serverTime\":") else { return nil }
        let digits = text[range.upperBound...].prefix { $0.isNumber }
        return Double(digits)
    }

    static func residentKiB() -> Int {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
            let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmRSS:") })
        else { return 0 }
        return Int(line.split(separator: " ").dropFirst().first ?? "") ?? 0
    }

    static func raiseOpenFileLimit() {
        var limit = rlimit()
        getrlimit(Int32(RLIMIT_NOFILE.rawValue), &limit)
        limit.rlim_cur = max(limit.rlim_cur, min(limit.rlim_max, 65_536))
        setrlimit(Int32(RLIMIT_NOFILE.rawValue), &limit)
    }
}

/// What the spectator sockets report back.
final class Probe: Sendable {
    let latencies = Mutex<[Duration]>([])
    let measuring = Mutex(false)
    let joined = Mutex(0)
}
