import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// How `arena up` and the tests lock a PostgreSQL cluster down (docs/operations.md, "Trust
/// between nodes"): TLS with a certificate from the deployment CA, TCP only over TLS
/// (`hostssl`; plain TCP finds no pg_hba line), SCRAM-SHA-256 passwords for the application
/// role and a separate replication role, and the superuser reachable only through a Unix
/// socket inside the 0700 data folder (no network login can become it).
public struct PostgresSecurity: Sendable {
    /// The server's certificate (copied into each data folder, owned by PostgreSQL's account).
    public var identity: DeploymentCA.Identity
    public var caCertificatePath: String
    /// The role the core logs in as: owns its database and nothing else (not a superuser).
    public var applicationUser: String
    public var applicationPassword: String
    /// Streams WAL to the replicas; may not log in to any database.
    public var replicationUser: String
    public var replicationPassword: String

    public init(
        identity: DeploymentCA.Identity, caCertificatePath: String, applicationUser: String, applicationPassword: String,
        replicationUser: String = "arena_replication", replicationPassword: String
    ) {
        self.identity = identity
        self.caCertificatePath = caCertificatePath
        self.applicationUser = applicationUser
        self.applicationPassword = applicationPassword
        self.replicationUser = replicationUser
        self.replicationPassword = replicationPassword
    }

    /// The superuser of clusters made with security (initdb's bootstrap role).
    public static let superuser = "postgres"

    /// pg_hba.conf: the superuser on the socket only; the two roles over TLS with SCRAM.
    func hostBasedAuthentication(superuser: String) -> String {
        """
        # Written by CodeArena on every start (docs/operations.md, "Trust between nodes").
        # TYPE   DATABASE     USER                         ADDRESS        METHOD
        local    all          \(superuser)                                 trust
        hostssl  all          \(self.applicationUser)      127.0.0.1/32   scram-sha-256
        hostssl  all          \(self.applicationUser)      ::1/128        scram-sha-256
        hostssl  replication  \(self.replicationUser)      127.0.0.1/32   scram-sha-256
        hostssl  replication  \(self.replicationUser)      ::1/128        scram-sha-256

        """
    }

    /// Server settings passed on the command line (no secret among them).
    func serverArguments(dataDirectory: String) -> [String] {
        [
            "-c", "ssl=on", "-c", "ssl_cert_file=\(dataDirectory)/arena-server.crt", "-c", "ssl_key_file=\(dataDirectory)/arena-server.key",
            "-c", "ssl_min_protocol_version=TLSv1.2", "-c", "password_encryption=scram-sha-256",
            "-c", "unix_socket_directories=\(dataDirectory)", "-c", "unix_socket_permissions=0700",
        ]
    }

    /// Puts the certificate, key and pg_hba.conf into `dataDirectory`, owned by the server's account.
    func install(in dataDirectory: String, superuser: String) throws {
        try Self.write(try Data(contentsOf: URL(fileURLWithPath: self.identity.certificatePath)), to: "\(dataDirectory)/arena-server.crt")
        try Self.write(try Data(contentsOf: URL(fileURLWithPath: self.identity.keyPath)), to: "\(dataDirectory)/arena-server.key")
        try Self.write(Data(self.hostBasedAuthentication(superuser: superuser).utf8), to: "\(dataDirectory)/pg_hba.conf")
    }

    /// Replaces `path` with `data`: 0600, created fresh (never through a planted symlink),
    /// then handed to PostgreSQL's account when we are root.
    static func write(_ data: Data, to path: String) throws {
        unlink(path)
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW, 0o600)
        guard fd >= 0 else { throw LocalDeploymentError.launchFailed(executable: "postgres", reason: "cannot create \(path)") }
        defer { close(fd) }
        let written = data.withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
        guard written == data.count else { throw LocalDeploymentError.launchFailed(executable: "postgres", reason: "cannot write \(path)") }
        if getuid() == 0, let account = getpwnam(PostgresServer.systemUser) {
            fchown(fd, account.pointee.pw_uid, account.pointee.pw_gid)
        }
    }

    /// SQL literal for a password (single quotes doubled).
    static func literal(_ text: String) -> String { "'" + text.replacingOccurrences(of: "'", with: "''") + "'" }

    static func identifier(_ text: String) -> String { "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }

    /// Creates or updates both roles (a changed password takes effect: rotation).
    var rolesSQL: String {
        let app = Self.identifier(self.applicationUser), replication = Self.identifier(self.replicationUser)
        return """
            DO $arena$ BEGIN
              IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = \(Self.literal(self.applicationUser))) THEN CREATE ROLE \(app); END IF;
              IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = \(Self.literal(self.replicationUser))) THEN CREATE ROLE \(replication); END IF;
            END $arena$;
            ALTER ROLE \(app) WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION PASSWORD \(Self.literal(self.applicationPassword));
            ALTER ROLE \(replication) WITH LOGIN REPLICATION NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD \(Self.literal(self.replicationPassword));

            """
    }
}
