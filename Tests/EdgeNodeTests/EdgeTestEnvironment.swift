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
        let core = try await TestCore.start(TestCore.configuration(cluster: cluster, database: database, redisPort: redis.port))
        var edges: [TestEdge] = []
        for region in regions {
            edges.append(try await TestEdge.start(region: region, coreURL: core.url, redisPort: redis.port, cacheTTL: cacheTTL))
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

final class TestEdge: Sendable {
    let region: String
    let port: Int
    let outboxDirectory: String
    let metrics: NodeMetrics
    private let runner: ServiceRunner

    var url: String { "http://127.0.0.1:\(self.port)" }
    var client: TestHTTPClient { TestHTTPClient(baseURL: self.url) }

    static func start(
        region: String, coreURL: String, redisPort: Int, cacheTTL: Duration = .seconds(3600), outboxDirectory: String? = nil,
        tls: EdgeConfiguration.TLSFiles? = nil
    ) async throws -> TestEdge {
        let outbox = try outboxDirectory ?? TemporaryDirectories.make(prefix: "arena-outbox")
        let configuration = EdgeConfiguration(
            region: region, host: "127.0.0.1", httpPort: tls == nil ? 0 : nil, httpsPort: tls == nil ? nil : 0, tls: tls,
            coreURL: coreURL, redis: Endpoint(host: "127.0.0.1", port: redisPort), tokenSecret: TestCore.tokenSecret,
            edgeSecret: TestCore.edgeSecret, outboxDirectory: outbox, cacheEntries: 100, cacheTTL: cacheTTL,
            submissionBurst: 3, submissionWindow: .seconds(10), coreTimeout: .seconds(3))
        let bound = Eventually<Int>()
        let metrics = NodeMetrics(node: "edge", region: region)
        let logger = makeTestLogger("test.edge.\(region)")
        let node = try EdgeNode(configuration: configuration, logger: logger, metrics: metrics) { _, port in bound.set(port) }
        let runner = ServiceRunner(node.services, logger: logger)
        return TestEdge(region: region, port: try await bound.wait(), outboxDirectory: outbox, metrics: metrics, runner: runner)
    }

    private init(region: String, port: Int, outboxDirectory: String, metrics: NodeMetrics, runner: ServiceRunner) {
        self.region = region
        self.port = port
        self.outboxDirectory = outboxDirectory
        self.metrics = metrics
        self.runner = runner
    }

    func stop() async {
        await self.runner.stop()
    }

    /// The current value of an unlabelled metric on this edge.
    func metric(_ name: String) -> Double? {
        for line in self.metrics.exposition().split(separator: "\n") where line.hasPrefix(name + " ") {
            return Double(line.split(separator: " ").last ?? "")
        }
        return nil
    }
}
