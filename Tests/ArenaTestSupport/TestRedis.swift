import Foundation
import LocalDeployment
import Replication
import Synchronization

/// A real redis-server on a random free loopback port with a temp directory, for
/// integration tests (no persistence unless asked). Killed at process exit if a test forgets it.
public final class TestRedis: Sendable {
    public let host = "127.0.0.1"
    public let port: Int
    /// Holds `redis.log`.
    public let directory: URL
    private let server: Mutex<RedisServer>

    /// `persistent` turns on the append-only file, as `arena up` runs it (data survives `restart()`).
    /// `secure` (the default, as `arena up` runs it): TLS only, with a certificate from the
    /// test process's CA, and ACL users `admin`, `core`, `edge`; see ``configuration(as:)``.
    public static func start(persistent: Bool = false, secure: Bool = true) async throws -> TestRedis {
        let directory = try TemporaryDirectories.make(prefix: "arena-redis")
        var security: RedisSecurity?
        if secure {
            let (ca, identity) = try await TestCertificates.shared.redis()
            func password() -> String { (0..<24).map { _ in String(format: "%02x", UInt8.random(in: 0...255)) }.joined() }
            security = RedisSecurity(
                identity: identity, caCertificatePath: ca.certificatePath, adminPassword: password(), corePassword: password(), edgePassword: password())
        }
        let server = try await RedisServer.start(
            port: try findFreePort(), directory: directory, persistent: persistent, logFile: "\(directory)/redis.log", security: security)
        return TestRedis(server: server, directory: URL(fileURLWithPath: directory))
    }

    private init(server: RedisServer, directory: URL) {
        self.port = server.port
        self.directory = directory
        self.security = server.security
        self.server = Mutex(server)
    }

    public let security: RedisSecurity?

    public enum Role: String, Sendable { case admin, core, edge }

    /// How a client of `role` reaches this Redis (plain, without credentials, unless started `secure`).
    public func configuration(as role: Role = .admin) -> RedisConfiguration {
        guard let security else { return RedisConfiguration(host: self.host, port: self.port) }
        let password = switch role {
        case .admin: security.adminPassword
        case .core: security.corePassword
        case .edge: security.edgePassword
        }
        return RedisConfiguration(
            host: self.host, port: self.port, credentials: .init(username: role.rawValue, password: password),
            tls: .init(caCertificatePath: security.caCertificatePath))
    }

    /// SIGTERM, and wait until it has exited.
    public func stop() async throws {
        await self.server.withLock { $0 }.stop()
    }

    /// Stops (if running) and starts again on the same port: without persistence everything is gone.
    public func restart() async throws {
        let restarted = try await self.server.withLock { $0 }.restarted(logFile: "\(self.directory.path)/redis.log")
        self.server.withLock { $0 = restarted }
    }
}

/// One deployment CA and Redis identity for the whole test process (openssl runs once).
actor TestCertificates {
    static let shared = TestCertificates()
    private var made: Task<(DeploymentCA, DeploymentCA.Identity), any Error>?

    func redis() async throws -> (DeploymentCA, DeploymentCA.Identity) {
        if let made { return try await made.value }
        // One Task: callers arriving while openssl runs wait for the same CA.
        let made = Task {
            let ca = try await DeploymentCA.open(in: try TemporaryDirectories.make(prefix: "arena-ca") + "/ca")
            return (ca, try await ca.identity("redis", hosts: ["127.0.0.1", "localhost"]))
        }
        self.made = made
        return try await made.value
    }

    private var identities: [String: Task<DeploymentCA.Identity, any Error>] = [:]

    /// A node certificate from the same CA (issued once per name in this process; tests
    /// asking at the same time share the one openssl run).
    func identity(_ name: String, hosts: [String]) async throws -> (DeploymentCA, DeploymentCA.Identity) {
        let (ca, _) = try await self.redis()
        if let issuing = self.identities[name] { return (ca, try await issuing.value) }
        let issuing = Task { try await ca.identity(name, hosts: hosts) }
        self.identities[name] = issuing
        return (ca, try await issuing.value)
    }
}
