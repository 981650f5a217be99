import NIOHTTP1
import ArenaHTTP
import ArenaShared
import CoreNode
import Crypto
import Foundation
import Hummingbird
import Judge
import LocalDeployment
import Logging
import Replication
import ServiceLifecycle

/// A core node running in the test process against real PostgreSQL and Redis.
public final class TestCore: Sendable {
    public static let tokenSecret = "test-token-secret-0123456789abcdef"
    public static let edgeSecret = "test-edge-secret-0123456789abcdef"
    public static let adminUsername = "admin_user"
    /// The test deployment's Ed25519 token key (fixed, so tests can mint tokens as the core would).
    public static let tokenSigningKey = try! Curve25519.Signing.PrivateKey(rawRepresentation: Data(repeating: 7, count: 32))
    public static var tokenSigner: TokenSigner { TokenSigner(signingKey: tokenSigningKey) }
    /// As `ARENA_TOKEN_SIGNING_KEY` holds it, and the public half as `ARENA_TOKEN_PUBLIC_KEYS` does.
    public static var tokenSigningKeyBase64: String { tokenSigningKey.rawRepresentation.base64EncodedString() }
    public static var tokenPublicKeyBase64: String { tokenSigningKey.publicKey.rawRepresentation.base64EncodedString() }

    public let configuration: CoreConfiguration
    public let port: Int
    public let metrics: NodeMetrics
    private let runner: ServiceRunner

    public var url: String { "\(self.configuration.tls == nil ? "http" : "https")://127.0.0.1:\(self.port)" }
    public var client: TestHTTPClient { TestHTTPClient(baseURL: self.url) }

    public static func configuration(
        cluster: TestPostgresCluster, database: String, redis: TestRedis, port: Int = 0
    ) -> CoreConfiguration {
        var configuration = CoreConfiguration(
            host: "127.0.0.1", port: port,
            postgres: PostgresDeployment(
                database: database, user: TestPostgresCluster.applicationUser,
                primary: Endpoint(host: "127.0.0.1", port: cluster.primary.port),
                replicas: [ReplicaConfiguration(name: "replica-a", endpoint: Endpoint(host: "127.0.0.1", port: cluster.replica.port))]),
            regionReplicas: ["eu-west": "replica-a", "us-east": "replica-a"],
            redis: Endpoint(host: "127.0.0.1", port: redis.port),
            tokenSecret: tokenSecret, edgeSecret: edgeSecret,
            passwordHashRounds: 1_000,
            adminUsernames: [adminUsername],
            replicaCheckInterval: .milliseconds(100),
            secureCookies: false,
            maximumConnectionsPerPool: 8)
        configuration.starterTemplates = Dictionary(LanguageTable.all.map { ($0.id, $0.template) }, uniquingKeysWith: { first, _ in first })
        configuration.tokenSigningKey = tokenSigningKey
        // As `arena up` runs it: the application role's password, verified TLS to PostgreSQL.
        configuration.postgresPassword = cluster.applicationPassword
        configuration.postgresCACertificatePath = cluster.caCertificatePath
        // As `arena up` runs it: TLS to Redis, logged in as the core's ACL user.
        let access = redis.configuration(as: .core)
        configuration.redisCredentials = access.credentials
        configuration.redisTLS = access.tls
        configuration.plagiarismScanInterval = .milliseconds(300)
        // Every test signs its players up from 127.0.0.1 (AuthFlowTests checks the limit).
        configuration.signUp.accountsPerAddress = 100_000
        return configuration
    }

    public static func start(_ configuration: CoreConfiguration) async throws -> TestCore {
        try await StartSlots.cores.run {
            let bound = Eventually<Int>()
            let metrics = NodeMetrics(node: "core")
            let logger = makeTestLogger("test.core")
            let app = try buildCoreApplication(configuration: configuration, logger: logger, metrics: metrics) { channel in
                bound.set(channel.localAddress?.port ?? configuration.port)
            }
            let runner = ServiceRunner([app], logger: logger)
            do {
                let port = try await bound.wait()
                return TestCore(configuration: configuration, port: port, metrics: metrics, runner: runner)
            } catch {
                await runner.stop()
                throw error
            }
        }
    }

    private init(configuration: CoreConfiguration, port: Int, metrics: NodeMetrics, runner: ServiceRunner) {
        self.configuration = configuration
        self.port = port
        self.metrics = metrics
        self.runner = runner
    }

    public func stop() async {
        await self.runner.stop()
    }

    /// A new core on the same port (after `stop()`), as after a restart.
    public func restarted() async throws -> TestCore {
        var configuration = self.configuration
        configuration.port = self.port
        return try await TestCore.start(configuration)
    }

    /// A metric without labels from the core's exposition (nil when absent).
    public func metric(_ name: String) -> Double? {
        for line in self.metrics.exposition().split(separator: "\n") where line.hasPrefix(name + " ") {
            return Double(line.split(separator: " ").last ?? "")
        }
        return nil
    }

    /// Signs up a user (admin when named ``adminUsername``) and returns its access token.
    public func signUp(_ username: String, password: String = "correct horse battery") async throws -> AuthResponse {
        let reply = try await self.client.signUp(username: username, password: password)
        guard reply.status == 201 else { throw TestHarnessError.timeout("sign-up of \(username) failed: \(reply.status) \(reply.text)") }
        return try reply.decode(AuthResponse.self)
    }
}
