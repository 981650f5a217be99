import ArenaHTTP
import ArenaShared
import ArenaTestSupport
import EdgeNode
import Foundation
import Logging

/// A core plus edges of several regions, on real PostgreSQL and Redis, all on loopback.
final class EdgeTestEnvironment: Sendable {
    let redis: TestRedis
    let database: String
    let cluster: TestPostgresCluster
    let core: TestCore
    let edges: [TestEdge]

    static func start(regions: [String] = ["eu-west"], cacheTTL: Duration = .seconds(3600)) async throws -> EdgeTestEnvironment {
        let cluster = try await TestPostgresCluster.shared()
        let database = try await cluster.makeDatabase()
        let redis = try await TestRedis.start()
        let core = try await TestCore.start(TestCore.configuration(cluster: cluster, database: database, redis: redis))
        var edges: [TestEdge] = []
        for region in regions {
            edges.append(try await TestEdge.start(region: region, coreURL: core.url, redis: redis, cacheTTL: cacheTTL))
        }
        return EdgeTestEnvironment(redis: redis, database: database, cluster: cluster, core: core, edges: edges)
    }

    private init(redis: TestRedis, database: String, cluster: TestPostgresCluster, core: TestCore, edges: [TestEdge]) {
        self.redis = redis
        self.database = database
        self.cluster = cluster
        self.core = core
        self.edges = edges
    }

    var edge: TestEdge { self.edges[0] }

    func stop() async {
        for edge in self.edges { await edge.stop() }
        await self.core.stop()
        try? await self.redis.stop()
    }
}

