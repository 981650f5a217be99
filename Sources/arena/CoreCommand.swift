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

    @Option(help: "PEM certificate of the core's HTTPS listener (with --tls-key and --client-ca: mutual TLS to the edges).")
    var tlsCertificate: String?

    @Option(help: "PEM private key of the core's HTTPS listener.")
    var tlsKey: String?

    @Option(help: "The deployment CA (PEM) whose client certificates name the edges and the operator.")
    var clientCa: String?

    @Option(help: "Port of the mail server (MTA) on 127.0.0.1 that account mail is handed to (omit: mail waits in the outbox).")
    var smtpPort: Int?

    @Option(help: "The From address of account mail.")
    var mailFrom: String = "noreply@arena.localhost"

    @Option(help: "The web app's public address, for links in mail (e.g. https://play.example.com).")
    var mailLinkBase: String = "http://127.0.0.1:8080"

    func run() async throws {
        let deployment = try self.options.load()
        let logger = self.options.logger("arena.core")
        let metrics = NodeMetrics(node: "core")
        MetricsSystem.bootstrap(PrometheusMetricsFactory(registry: metrics.registry))
        let environment = NodeSecrets.environment
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
        // PostgreSQL: the application role's SCRAM password and the CA for verified TLS.
        configuration.postgresPassword = environment["ARENA_POSTGRES_PASSWORD"].flatMap { $0.isEmpty ? nil : $0 }
        configuration.postgresCACertificatePath = environment["ARENA_POSTGRES_CA"].flatMap { $0.isEmpty ? nil : $0 }
        (configuration.tokenSigningKey, configuration.previousTokenPublicKeys) = try NodeSecrets.tokenSigningKey()
        configuration.previousTokenSecrets = try NodeSecrets.previous(NodeSecrets.tokenSecretVariable)
        configuration.previousEdgeSecrets = try NodeSecrets.previous(NodeSecrets.edgeSecretVariable)
        // Bot defences (docs/fair-play.md, "Bots"): proof-of-work bits, accounts per address per hour.
        if let bits = try NodeSecrets.number("ARENA_SIGNUP_PROOF_BITS", in: 0...28) { configuration.signUp.proofDifficulty = bits }
        if let limit = try NodeSecrets.number("ARENA_SIGNUPS_PER_ADDRESS", in: 1...1_000_000) { configuration.signUp.accountsPerAddress = limit }
        configuration.mail.smtpPort = self.smtpPort
        configuration.mail.fromAddress = self.mailFrom
        configuration.mail.linkBase = self.mailLinkBase
        configuration.starterTemplates = Dictionary(LanguageTable.all.map { ($0.id, $0.template) }, uniquingKeysWith: { first, _ in first })
        switch (self.tlsCertificate, self.tlsKey, self.clientCa) {
        case (let certificate?, let key?, let ca?):
            configuration.tls = .init(certificatePath: certificate, privateKeyPath: key, clientCAPath: ca)
            configuration.edgeRegions = try EdgeRegionList(file: self.options.config)
        case (nil, nil, nil):
            break
        default:
            printError("--tls-certificate, --tls-key and --client-ca go together (mutual TLS needs all three)")
            throw ExitCode(1)
        }
        do {
            let app = try buildCoreApplication(configuration: configuration, logger: logger, metrics: metrics)
            try await app.runService()
        } catch let error as CoreConfigurationError {
            printError(error.description)
            throw ExitCode(1)
        }
    }
}
