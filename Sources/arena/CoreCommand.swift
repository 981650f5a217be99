import ArenaHTTP
import ArenaShared
import ArgumentParser
import CoreNode
import Foundation
import Hummingbird
import Judge
import Logging
import Metrics
import Prometheus
import ServiceLifecycle

struct CoreCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "core", abstract: "Run the core: the authoritative API over PostgreSQL (primary + replicas) and Redis.")

    @OptionGroup var options: NodeOptions

    func run() async throws {
        let deployment = try self.options.load()
        let logger = self.options.logger("arena.core")
        let metrics = NodeMetrics(node: "core")
        MetricsSystem.bootstrap(PrometheusMetricsFactory(registry: metrics.registry))
        let environment = ProcessInfo.processInfo.environment
        var regionReplicas: [String: String] = [:]
        for region in deployment.regions { regionReplicas[region.name] = region.readReplica }
        var configuration = CoreConfiguration(
            host: deployment.core.endpoint.host,
            port: deployment.core.endpoint.port,
            postgres: deployment.core.postgres,
            regionReplicas: regionReplicas,
            redis: deployment.core.redis,
            tokenSecret: try NodeSecrets.require(NodeSecrets.tokenSecretVariable),
            edgeSecret: try NodeSecrets.require(NodeSecrets.edgeSecretVariable),
            adminUsernames: Set((environment["ARENA_ADMIN_USERS"] ?? "").split(separator: ",").map { String($0).trimmingCharacters(in: .whitespaces) }),
            secureCookies: environment["ARENA_INSECURE_COOKIES"] == nil)
        (configuration.redisCredentials, configuration.redisTLS) = try NodeSecrets.redisAccess(role: "core")
        (configuration.tokenSigningKey, configuration.previousTokenPublicKeys) = try NodeSecrets.tokenSigningKey()
        configuration.previousTokenSecrets = try NodeSecrets.previous(NodeSecrets.tokenSecretVariable)
        configuration.previousEdgeSecrets = try NodeSecrets.previous(NodeSecrets.edgeSecretVariable)
        // Bot defences (docs/fair-play.md, "Bots"): proof-of-work bits, accounts per address per hour.
        if let bits = try NodeSecrets.number("ARENA_SIGNUP_PROOF_BITS", in: 0...28) { configuration.signUp.proofDifficulty = bits }
        if let limit = try NodeSecrets.number("ARENA_SIGNUPS_PER_ADDRESS", in: 1...1_000_000) { configuration.signUp.accountsPerAddress = limit }
        configuration.starterTemplates = Dictionary(LanguageTable.all.map { ($0.id, $0.template) }, uniquingKeysWith: { first, _ in first })
        let app = buildCoreApplication(configuration: configuration, logger: logger, metrics: metrics)
        try await app.runService()
    }
}
