import Replication
import ArenaHTTP
import ArenaShared
import EdgeNode
import Crypto
import Foundation
import Judge
import Logging

/// An edge node running in the test process (plain HTTP on a random loopback port).
public final class TestEdge: Sendable {
    public let region: String
    public let port: Int
    public let outboxDirectory: String
    public let metrics: NodeMetrics
    private let runner: ServiceRunner

    public var url: String { "http://127.0.0.1:\(self.port)" }
    public var client: TestHTTPClient { TestHTTPClient(baseURL: self.url) }

    public static func start(
        region: String, coreURL: String, redis: TestRedis, cacheTTL: Duration = .seconds(3600), outboxDirectory: String? = nil,
        tls: EdgeConfiguration.TLSFiles? = nil, submissionBurst: Int = 3, judgeQueueCapacity: Int = 64,
        judgeCgroups: SandboxConfiguration.CgroupMode = .detect, judgePoolSize: Int = 2, judgeFirstUID: UInt32? = nil, webRoot: URL? = nil,
        compileBudget: Duration? = nil, configure: @Sendable (inout EdgeConfiguration) -> Void = { _ in }
    ) async throws -> TestEdge {
        let outbox = try outboxDirectory ?? TemporaryDirectories.make(prefix: "arena-outbox")
        var configuration = EdgeConfiguration(
            region: region, host: "127.0.0.1", httpPort: tls == nil ? 0 : nil, httpsPort: tls == nil ? nil : 0, tls: tls,
            coreURL: coreURL, redis: Endpoint(host: "127.0.0.1", port: redis.port), tokenSecret: TestCore.tokenSecret,
            edgeSecret: TestCore.edgeSecret, outboxDirectory: outbox, cacheEntries: 100, cacheTTL: cacheTTL,
            judgePoolSize: judgePoolSize, judgeQueueCapacity: judgeQueueCapacity, judgeCgroups: judgeCgroups, judgeFirstUID: judgeFirstUID ?? 61000, submissionBurst: submissionBurst, submissionWindow: .seconds(10), coreTimeout: .seconds(10))
        // As `arena up` runs it: TLS to Redis, logged in as the edges' ACL user.
        let access = redis.configuration(as: .edge)
        configuration.redisCredentials = access.credentials
        configuration.redisTLS = access.tls
        configuration.webRoot = webRoot
        if let compileBudget { configuration.compileBudget = compileBudget }
        configuration.heartbeatInterval = .milliseconds(300)
        configuration.tokenPublicKeys = [TestCore.tokenSigningKey.publicKey]
        configure(&configuration)
        let bound = Eventually<Int>()
        let metrics = NodeMetrics(node: "edge", region: region)
        let logger = makeTestLogger("test.edge.\(region)")
        let judge = await EdgeNode.startJudge(configuration: configuration, logger: logger)
        let node = try EdgeNode(configuration: configuration, judge: judge, logger: logger, metrics: metrics) { _, port in bound.set(port) }
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

    public func stop() async {
        await self.runner.stop()
    }

    /// Stops without a graceful shutdown (a crash): leases and sockets are dropped, not handed over.
    public func kill() async {
        await self.runner.kill()
    }

    /// The current value of an unlabelled metric on this edge.
    public func metric(_ name: String) -> Double? {
        for line in self.metrics.exposition().split(separator: "\n") where line.hasPrefix(name + " ") {
            return Double(line.split(separator: " ").last ?? "")
        }
        return nil
    }
}
