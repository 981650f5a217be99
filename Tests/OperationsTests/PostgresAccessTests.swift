import ArenaTestSupport
import Foundation
import LocalDeployment
import Logging
import NIOSSL
import PostgresNIO
import Testing

/// PostgreSQL as `arena up` runs it (docs/operations.md, "Trust between nodes"): TCP only
/// over TLS, SCRAM passwords, an application role that is no superuser, a replication role
/// that cannot read data, and the replica streaming over TLS.
@Suite("PostgreSQL access: TLS, SCRAM and least privilege", .timeLimit(.minutes(3)))
struct PostgresAccessTests {
    static let logger = Logger(label: "test.postgres-access")

    static func connect(
        _ cluster: TestPostgresCluster, user: String, password: String?, database: String, tls: Bool
    ) async throws -> PostgresConnection {
        var tlsSetting = PostgresConnection.Configuration.TLS.disable
        if tls {
            var configuration = TLSConfiguration.makeClientConfiguration()
            configuration.trustRoots = .certificates(try NIOSSLCertificate.fromPEMFile(cluster.caCertificatePath))
            tlsSetting = .require(try NIOSSLContext(configuration: configuration))
        }
        let configuration = PostgresConnection.Configuration(
            host: "127.0.0.1", port: cluster.primary.port, username: user, password: password, database: database, tls: tlsSetting)
        return try await PostgresConnection.connect(configuration: configuration, id: 1, logger: Self.logger)
    }

    @Test("plain TCP, a wrong password, the superuser over TCP and the replication role on a database are refused; the application role is no superuser; the replica streams over TLS")
    func lockedDown() async throws {
        let cluster = try await TestPostgresCluster.shared()
        let database = try await cluster.makeDatabase()
        let app = TestPostgresCluster.applicationUser

        await #expect(throws: (any Error).self, "plain TCP finds no pg_hba line") {
            try await Self.connect(cluster, user: app, password: cluster.applicationPassword, database: database, tls: false).close()
        }
        await #expect(throws: (any Error).self, "a wrong password") {
            try await Self.connect(cluster, user: app, password: "not-the-password", database: database, tls: true).close()
        }
        await #expect(throws: (any Error).self, "the superuser exists on the Unix socket only") {
            try await Self.connect(cluster, user: TestPostgresCluster.superuser, password: nil, database: database, tls: true).close()
        }
        await #expect(throws: (any Error).self, "the replication role reads no database") {
            try await Self.connect(
                cluster, user: cluster.security.replicationUser, password: cluster.security.replicationPassword, database: database, tls: true
            ).close()
        }

        let connection = try await Self.connect(cluster, user: app, password: cluster.applicationPassword, database: database, tls: true)
        do {
            var rows = try await connection.query("SELECT rolsuper, rolcreaterole, rolreplication FROM pg_roles WHERE rolname = current_user", logger: Self.logger)
            for try await (superuser, createRole, replication) in rows.decode((Bool, Bool, Bool).self) {
                #expect(!superuser && !createRole && !replication)
            }
            rows = try await connection.query("SELECT ssl, version FROM pg_stat_ssl WHERE pid = pg_backend_pid()", logger: Self.logger)
            for try await (ssl, version) in rows.decode((Bool, String?).self) {
                #expect(ssl && (version ?? "").hasPrefix("TLSv1."))
            }
            // It owns its database (and so the schema the migrations write), not other databases.
            rows = try await connection.query("SELECT pg_get_userbyid(datdba) FROM pg_database WHERE datname = current_database()", logger: Self.logger)
            for try await owner in rows.decode(String.self) { #expect(owner == app) }
        } catch {
            try? await connection.close()
            throw error
        }
        try await connection.close()

        // The replica's WAL stream arrives over TLS.
        let streams = try await cluster.primary.psql(
            "SELECT s.ssl FROM pg_stat_replication r JOIN pg_stat_ssl s USING (pid) WHERE r.usename = '\(cluster.security.replicationUser)'")
        #expect(streams == "t", "replication connections: \(streams)")
    }
}
