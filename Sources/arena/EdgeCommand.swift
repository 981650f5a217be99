import ArenaHTTP
import ArenaShared
import ArgumentParser
import EdgeNode
import Foundation
import Judge
import Logging
import Metrics
import Prometheus
import ServiceLifecycle
import UnixSignals

struct EdgeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "edge", abstract: "Run one region's edge: HTTPS + WebSocket, problem cache, write forwarding.")

    @OptionGroup var options: NodeOptions

    @Option(help: "The region (a name in regions.yaml).")
    var region: String

    @Option(name: .customLong("trusted-proxy"), help: "A reverse proxy (address or network, e.g. 127.0.0.1 or 10.0.0.0/8) whose X-Forwarded-For / Forwarded names the player's address; repeatable.")
    var trustedProxies: [String] = []

    @Option(help: "PEM certificate for the HTTPS listener.")
    var tlsCertificate: String?

    @Option(help: "PEM private key for the HTTPS listener.")
    var tlsKey: String?

    @Option(help: "The deployment CA (PEM) that signed the core's certificate; with it the edge calls the core over https.")
    var coreCa: String?

    @Option(help: "The edge's client certificate for the core (PEM, naming REGION.edge.arena.internal).")
    var coreClientCertificate: String?

    @Option(help: "The key of --core-client-certificate.")
    var coreClientKey: String?

    @Option(help: "Directory of the durable outbox (default .arena/outbox/REGION).")
    var outbox: String?

    @Option(help: "Where the judge's cgroups go below each cgroup hierarchy's root (e.g. the edge service's delegated subtree).")
    var judgeCgroup: String = "arena-judge"

    func run() async throws {
        let deployment = try self.options.load()
        guard let region = deployment.region(named: self.region) else {
            printError("no region '\(self.region)' in \(self.options.config); regions: \(deployment.regions.map(\.name).joined(separator: ", "))")
            throw ExitCode(1)
        }
        let logger = self.options.logger("arena.edge")
        let metrics = NodeMetrics(node: "edge", region: region.name)
        MetricsSystem.bootstrap(PrometheusMetricsFactory(registry: metrics.registry))
        var tls: EdgeConfiguration.TLSFiles?
        if let certificate = self.tlsCertificate, let key = self.tlsKey {
            tls = .init(certificatePath: certificate, privateKeyPath: key)
        }
        var configuration = EdgeConfiguration(
            region: region.name,
            host: region.host,
            httpPort: region.httpPort,
            httpsPort: tls == nil ? nil : region.httpsPort,
            tls: tls,
            coreURL: "\(self.coreCa == nil ? "http" : "https")://\(deployment.core.endpoint.host):\(deployment.core.endpoint.port)",
            redis: deployment.core.redis,
            tokenSecret: try NodeSecrets.require(NodeSecrets.tokenSecretVariable),
            edgeSecret: try NodeSecrets.require(NodeSecrets.edgeSecretVariable),
            outboxDirectory: self.outbox ?? ".arena/outbox/\(region.name)",
            cacheEntries: region.cacheEntries,
            cacheTTL: .seconds(region.cacheTTLSeconds),
            judgePoolSize: region.judgePool,
            judgeDirectory: self.outbox.map { "\($0)/../judge-\(region.name)" } ?? ".arena/judge/\(region.name)",
            judgeFirstUID: 61000 + 64 * UInt32(deployment.regions.firstIndex { $0.name == region.name } ?? 0))
        switch (self.coreCa, self.coreClientCertificate, self.coreClientKey) {
        case (let ca?, let certificate?, let key?):
            configuration.coreTLS = CoreLinkTLS(caCertificatePath: ca, certificatePath: certificate, privateKeyPath: key)
        case (nil, nil, nil):
            break
        default:
            printError("--core-ca, --core-client-certificate and --core-client-key go together (mutual TLS needs all three)")
            throw ExitCode(1)
        }
        (configuration.redisCredentials, configuration.redisTLS) = try NodeSecrets.redisAccess(role: "edge")
        configuration.tokenPublicKeys = try NodeSecrets.publicKeys("ARENA_TOKEN_PUBLIC_KEYS", required: true)
        do {
            configuration.trustedProxies = try TrustedProxies(self.trustedProxies)
        } catch {
            printError("--trusted-proxy: \(error)")
            throw ExitCode(1)
        }
        configuration.previousTokenSecrets = try NodeSecrets.previous(NodeSecrets.tokenSecretVariable)
        guard SandboxConfiguration.isValidCgroupParent(self.judgeCgroup) else {
            printError("--judge-cgroup must be a relative path of letters, digits, '.', '_' and '-' (no '..'), got '\(self.judgeCgroup)'")
            throw ExitCode(1)
        }
        configuration.judgeCgroupParent = self.judgeCgroup
        let judge = await EdgeNode.startJudge(configuration: configuration, logger: logger)
        let node: EdgeNode
        do {
            node = try EdgeNode(configuration: configuration, judge: judge, logger: logger, metrics: metrics)
        } catch {
            printError("\(error)")
            throw ExitCode(1)
        }
        let group = ServiceGroup(
            configuration: .init(services: node.services, gracefulShutdownSignals: [.sigterm, .sigint], logger: logger))
        try await group.run()
    }
}
