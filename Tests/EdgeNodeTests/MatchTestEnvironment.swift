import ArenaShared
import ArenaTestSupport
import CoreNode
import EdgeNode
import Foundation
import Matches

/// A core with short matches and a fast matchmaker, and one edge per region, for live-match tests.
final class MatchTestEnvironment: Sendable {
    let redis: TestRedis
    let core: TestCore
    let edges: [TestEdge]

    static let settings = MatchSettings(
        blitzSeconds: 240, blitzProblems: 2, golfSeconds: 120, royalePlayers: 3, royaleRoundSeconds: 60, sabotagePlantSeconds: 10,
        sabotageRepairSeconds: 120)

    /// Reference Python solutions of the seeded problems (the same as migration 4's).
    static let solutions = [
        "a-plus-b": "a, b = map(int, input().split())\nprint(a + b)\n",
        "reverse-words": "words = input().split()\nprint(\" \".join(reversed(words)))\n",
        "max-subarray": "n = int(input())\nxs = list(map(int, input().split()))\nbest = cur = xs[0]\nfor x in xs[1:]:\n    cur = max(x, cur + x)\n    best = max(best, cur)\nprint(best)\n",
    ]

    static func start(regions: [String], persistentRedis: Bool = false, pools: [Int]? = nil) async throws -> MatchTestEnvironment {
        let cluster = try await TestPostgresCluster.shared()
        let database = try await cluster.makeDatabase()
        let redis = try await TestRedis.start(persistent: persistentRedis)
        var configuration = TestCore.configuration(cluster: cluster, database: database, redisPort: redis.port)
        configuration.matchSettings = Self.settings
        configuration.matchmakingInterval = .milliseconds(300)
        let core = try await TestCore.start(configuration)
        var edges: [TestEdge] = []
        for (index, region) in regions.enumerated() {
            edges.append(
                try await TestEdge.start(
                    region: region, coreURL: core.url, redisPort: redis.port, submissionBurst: 20, judgePoolSize: pools?[index] ?? 1,
                    judgeFirstUID: 66_000 + UInt32(index) * 64))
        }
        return MatchTestEnvironment(redis: redis, core: core, edges: edges)
    }

    private init(redis: TestRedis, core: TestCore, edges: [TestEdge]) {
        self.redis = redis
        self.core = core
        self.edges = edges
    }

    /// Signs up `name` and opens a socket to `edge`.
    func player(_ name: String, on edge: TestEdge) async throws -> (client: LiveTestClient, auth: AuthResponse) {
        let auth = try await self.core.signUp(name)
        let client = LiveTestClient(name: name, port: edge.port, token: auth.accessToken)
        _ = try await client.next(type: "hello")
        return (client, auth)
    }

    func stop() async {
        for edge in self.edges { await edge.stop() }
        await self.core.stop()
        try? await self.redis.stop()
    }
}
