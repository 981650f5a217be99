import ArenaShared
import CoreNode
import Foundation
import Matches

/// A whole deployment in the test process: its own database on the shared PostgreSQL
/// cluster, its own Redis, a core with a fast matchmaker, and one judging edge per
/// region, all on random loopback ports.
public final class TestDeployment: Sendable {
    public let redis: TestRedis
    public let core: TestCore
    public let edges: [TestEdge]
    /// The deployment's mail server (exim), when started with `mail: true`.
    public let mail: TestMailServer?

    /// Reference Python solutions of the seeded problems (the same as migration 4's).
    public static let solutions = [
        "a-plus-b": "a, b = map(int, input().split())\nprint(a + b)\n",
        "reverse-words": "words = input().split()\nprint(\" \".join(reversed(words)))\n",
        "max-subarray": "n = int(input())\nxs = list(map(int, input().split()))\nbest = cur = xs[0]\nfor x in xs[1:]:\n    cur = max(x, cur + x)\n    best = max(best, cur)\nprint(best)\n",
    ]

    /// `firstUID`: sandbox uids of the first edge; each further edge gets the next 64.
    public static func start(
        regions: [String], matchSettings: MatchSettings = MatchSettings(), persistentRedis: Bool = false, pools: [Int]? = nil,
        firstUID: UInt32, submissionBurst: Int = 20, mail withMail: Bool = false
    ) async throws -> TestDeployment {
        let cluster = try await TestPostgresCluster.shared()
        let database = try await cluster.makeDatabase()
        let redis = try await TestRedis.start(persistent: persistentRedis)
        var configuration = TestCore.configuration(cluster: cluster, database: database, redis: redis)
        configuration.matchSettings = matchSettings
        configuration.matchmakingInterval = .milliseconds(300)
        let mail = withMail ? try await TestMailServer.start() : nil
        if let mail {
            configuration.mail.smtpPort = mail.port
            configuration.mail.linkBase = TestDeployment.mailLinkBase
            configuration.mail.pollInterval = .milliseconds(200)
        }
        let core: TestCore
        do {
            core = try await TestCore.start(configuration)
        } catch {
            try? await redis.stop()
            await mail?.stop()
            throw error
        }
        var edges: [TestEdge] = []
        do {
            for (index, region) in regions.enumerated() {
                edges.append(
                    try await TestEdge.start(
                        region: region, coreURL: core.url, redis: redis, submissionBurst: submissionBurst,
                        judgePoolSize: pools?[index] ?? 1, judgeFirstUID: firstUID + UInt32(index) * 64))
            }
        } catch {
            // Nothing half-started outlives a failed start.
            await TestDeployment(redis: redis, core: core, edges: edges, mail: mail).stop()
            throw error
        }
        return TestDeployment(redis: redis, core: core, edges: edges, mail: mail)
    }

    /// The web app's address in the deployment's mail (edges start after the core, on
    /// random ports, so tests open the link's path on an edge of their choice).
    public static let mailLinkBase = "https://play.example.test"

    private init(redis: TestRedis, core: TestCore, edges: [TestEdge], mail: TestMailServer?) {
        self.redis = redis
        self.core = core
        self.edges = edges
        self.mail = mail
    }

    public func stop() async {
        for edge in self.edges { await edge.stop() }
        await self.core.stop()
        try? await self.redis.stop()
        await self.mail?.stop()
    }
}
