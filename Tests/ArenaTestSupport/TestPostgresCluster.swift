import Foundation
import LocalDeployment
import NIOSSL
import PostgresNIO
import Synchronization

#if canImport(Glibc)
import Glibc
#endif

/// A real PostgreSQL primary with a streaming hot-standby replica on random loopback
/// ports and temp data directories, for integration tests. `shared()` starts one per
/// test process (each suite then makes its own database in it); `start()` gives a
/// private cluster to tests that disturb replication (pausing replay).
public final class TestPostgresCluster: Sendable {
    public let primary: PostgresServer
    public let replica: PostgresServer
    public let directory: String
    /// Locked down as `arena up` does it: TLS-only TCP, SCRAM passwords, superuser on the socket only.
    public let security: PostgresSecurity
    /// The superuser (Unix socket only) and the role the core logs in as (owns each test database).
    public static let superuser = PostgresSecurity.superuser
    public static let applicationUser = "arena"
    public var applicationPassword: String { self.security.applicationPassword }
    public var caCertificatePath: String { self.security.caCertificatePath }

    private static let sharedCluster = Mutex<Task<TestPostgresCluster, any Error>?>(nil)

    public static func shared() async throws -> TestPostgresCluster {
        let task = Self.sharedCluster.withLock { task in
            if let task { return task }
            let created = Task { try await TestPostgresCluster.start() }
            task = created
            return created
        }
        return try await task.value
    }

    public static func start() async throws -> TestPostgresCluster {
        let directory = try TemporaryDirectories.make(prefix: "arena-pg")
        let primaryData = "\(directory)/primary"
        let replicaData = "\(directory)/replica"
        let (ca, identity) = try await TestCertificates.shared.identity("postgres", hosts: ["127.0.0.1", "localhost"])
        func password() -> String { UUID().uuidString.replacingOccurrences(of: "-", with: "") }
        let security = PostgresSecurity(
            identity: identity, caCertificatePath: ca.certificatePath, applicationUser: applicationUser, applicationPassword: password(),
            replicationPassword: password())
        try await PostgresServer.preparePrimary(dataDirectory: primaryData, superuser: superuser, durable: false)
        let primary = try await PostgresServer.start(
            name: "postgres-primary", dataDirectory: primaryData, port: try findFreePort(), superuser: superuser,
            logFile: "\(directory)/primary.log", security: security)
        try await primary.applyRoles()
        try await PostgresServer.prepareReplica(dataDirectory: replicaData, primaryPort: primary.port, superuser: superuser, security: security)
        let replica = try await PostgresServer.start(
            name: "postgres-replica", dataDirectory: replicaData, port: try findFreePort(), superuser: superuser,
            logFile: "\(directory)/replica.log", security: security)
        return TestPostgresCluster(primary: primary, replica: replica, directory: directory, security: security)
    }

    private init(primary: PostgresServer, replica: PostgresServer, directory: String, security: PostgresSecurity) {
        self.primary = primary
        self.replica = replica
        self.directory = directory
        self.security = security
    }

    /// A PostgresNIO configuration as the core's: the application role over verified TLS.
    public func clientConfiguration(port: Int, database: String) throws -> PostgresClient.Configuration {
        var tls = TLSConfiguration.makeClientConfiguration()
        tls.trustRoots = .certificates(try NIOSSLCertificate.fromPEMFile(self.caCertificatePath))
        return PostgresClient.Configuration(
            host: "127.0.0.1", port: port, username: Self.applicationUser, password: self.applicationPassword, database: database,
            tls: .require(tls))
    }

    /// A fresh database for one suite; returns once the replica has it too.
    public func makeDatabase() async throws -> String {
        let name = "test_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased().prefix(16)
        try await self.primary.createDatabaseIfMissing(String(name))
        let deadline = ContinuousClock.now + .seconds(30)
        while ContinuousClock.now < deadline {
            if try await self.replica.psql("SELECT 1 FROM pg_database WHERE datname = '\(name)'") == "1" { return name }
            try await Task.sleep(for: .milliseconds(50))
        }
        throw TestHarnessError.timeout("replica never saw database \(name)")
    }

    /// Stops WAL replay on the replica, so it falls behind every later write.
    public func pauseReplay() async throws {
        try await self.replica.psql("SELECT pg_wal_replay_pause()")
    }

    public func resumeReplay() async throws {
        try await self.replica.psql("SELECT pg_wal_replay_resume()")
    }

    public func stop() async {
        await self.replica.stop()
        await self.primary.stop()
        try? FileManager.default.removeItem(atPath: self.directory)
    }
}

public enum TestHarnessError: Error, CustomStringConvertible {
    case timeout(String)
    public var description: String {
        switch self {
        case .timeout(let what): "timed out: \(what)"
        }
    }
}

/// Temp directories made by the harness, removed when the test process exits.
public enum TemporaryDirectories {
    private static let made = Mutex<[String]>([])
    private static let installExitHook: Void = {
        atexit { TemporaryDirectories.cleanUp() }
        // A test run stopped by a signal (Ctrl-C, CI's timeout) runs no atexit handlers:
        // stop the servers and remove the folders here too.
        for number in [SIGINT, SIGTERM, SIGHUP] {
            signal(number) { received in
                ManagedProcess.terminateAll()
                TemporaryDirectories.cleanUp()
                _exit(128 + received)
            }
        }
    }()

    static func cleanUp() {
        ManagedProcess.terminateAll()
        for path in TemporaryDirectories.made.withLock({ $0 }) { try? FileManager.default.removeItem(atPath: path) }
    }

    public static func make(prefix: String) throws -> String {
        _ = installExitHook
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("\(prefix)-\(UUID().uuidString.prefix(8))").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        made.withLock { $0.append(path) }
        return path
    }
}
