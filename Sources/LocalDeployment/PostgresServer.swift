import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// A real PostgreSQL server on loopback, run from a data directory we own: either a
/// primary (initdb) or a streaming hot-standby replica of one (pg_basebackup -R).
/// With `PostgresSecurity` (what `arena up` and the tests use) TCP is TLS-only with SCRAM
/// passwords and the superuser is reachable only on a Unix socket in the data folder;
/// without it, `trust` on 127.0.0.1.
public final class PostgresServer: Sendable {
    public let name: String
    public let dataDirectory: String
    public let port: Int
    public let superuser: String
    public let security: PostgresSecurity?
    private let process: ManagedProcess

    /// Where admin tools (psql, pg_isready) connect: the socket folder, or loopback TCP.
    var adminHost: String { self.security == nil ? "127.0.0.1" : self.dataDirectory }

    /// The account PostgreSQL runs as when we are root (it refuses to run as root).
    public static let systemUser = "postgres"

    public static func binDirectory() throws -> String {
        let base = "/usr/lib/postgresql"
        let versions = (try? FileManager.default.contentsOfDirectory(atPath: base)) ?? []
        for version in versions.compactMap(Int.init).sorted(by: >) {
            let bin = "\(base)/\(version)/bin"
            if FileManager.default.isExecutableFile(atPath: "\(bin)/postgres") { return bin }
        }
        throw LocalDeploymentError.missingTool("PostgreSQL server (postgres, initdb, pg_basebackup)")
    }

    /// The account PostgreSQL runs as: `postgres` when we are root (it refuses root), else ours.
    public static var runAsUser: String? { getuid() == 0 ? systemUser : nil }

    private init(name: String, dataDirectory: String, port: Int, superuser: String, security: PostgresSecurity?, process: ManagedProcess) {
        self.security = security
        self.name = name
        self.dataDirectory = dataDirectory
        self.port = port
        self.superuser = superuser
        self.process = process
    }

    /// Creates a primary's data directory if it does not exist yet (a second run
    /// reuses it), configured for streaming replication.
    public static func preparePrimary(dataDirectory: String, superuser: String = "arena", durable: Bool = true) async throws {
        if FileManager.default.fileExists(atPath: "\(dataDirectory)/PG_VERSION") { return }
        let bin = try binDirectory()
        try makeOwnedDirectory(dataDirectory)
        try await requireAccess(to: dataDirectory)
        try await runCommand(
            "\(bin)/initdb",
            ["-D", dataDirectory, "-U", superuser, "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-instructions"],
            user: runAsUser)
        var settings = """

            # CodeArena local cluster
            listen_addresses = '127.0.0.1'
            unix_socket_directories = ''
            wal_level = replica
            max_wal_senders = 10
            max_replication_slots = 10
            wal_keep_size = 512MB
            hot_standby = on
            max_connections = 400
            shared_buffers = 64MB

            """
        if !durable { settings += "fsync = off\nfull_page_writes = off\n" }
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: "\(dataDirectory)/postgresql.conf"))
        handle.seekToEndOfFile()
        handle.write(Data(settings.utf8))
        try handle.close()
    }

    /// Clones a running primary into a replica data directory (if not there yet). With
    /// security it logs in as the replication role over verified TLS, and (every time, so a
    /// rotated password is picked up) writes the replica's `primary_conninfo` to match.
    public static func prepareReplica(
        dataDirectory: String, primaryPort: Int, superuser: String = "arena", security: PostgresSecurity? = nil
    ) async throws {
        let bin = try binDirectory()
        var conninfo = "host=127.0.0.1 port=\(primaryPort) user=\(superuser)"
        var environment: [String: String]?
        if let security {
            // The CA certificate (public) where PostgreSQL's account can read it.
            let parent = URL(fileURLWithPath: dataDirectory).deletingLastPathComponent().path
            let ca = "\(parent)/arena-replication-ca.pem"
            try PostgresSecurity.write(try Data(contentsOf: URL(fileURLWithPath: security.caCertificatePath)), to: ca)
            chmod(ca, 0o644)
            // No client certificate (libpq would otherwise look in $HOME/.postgresql, which may be root's).
            conninfo = "host=127.0.0.1 port=\(primaryPort) user=\(security.replicationUser) sslmode=verify-full sslrootcert=\(ca) "
                + "sslcert=\(parent)/no-client-certificate sslkey=\(parent)/no-client-key"
            environment = ProcessInfo.processInfo.environment.merging(["PGPASSWORD": security.replicationPassword]) { $1 }
        }
        if !FileManager.default.fileExists(atPath: "\(dataDirectory)/PG_VERSION") {
            try makeOwnedDirectory(dataDirectory)
            try await requireAccess(to: dataDirectory)
            try await runCommand(
                "\(bin)/pg_basebackup", ["-d", conninfo, "-D", dataDirectory, "-R", "-X", "stream", "--checkpoint=fast"],
                user: runAsUser, environment: environment)
        }
        if let security {
            // postgresql.auto.conf is the replica's own (0600, its account's): the password stays off any command line.
            let path = "\(dataDirectory)/postgresql.auto.conf"
            let kept = ((try? String(contentsOfFile: path, encoding: .utf8)) ?? "").split(separator: "\n", omittingEmptySubsequences: false)
                .filter { !$0.hasPrefix("primary_conninfo") }.joined(separator: "\n")
            let line = "primary_conninfo = \(PostgresSecurity.literal(conninfo + " password=" + security.replicationPassword))\n"
            try PostgresSecurity.write(Data((kept.hasSuffix("\n") || kept.isEmpty ? kept : kept + "\n").utf8 + Data(line.utf8)), to: path)
        }
    }

    /// Starts the server and waits until it accepts queries.
    public static func start(
        name: String, dataDirectory: String, port: Int, superuser: String = "arena", logFile: String, security: PostgresSecurity? = nil
    ) async throws -> PostgresServer {
        let bin = try binDirectory()
        var arguments = ["-D", dataDirectory, "-p", String(port), "-c", "listen_addresses=127.0.0.1"]
        if let security {
            try security.install(in: dataDirectory, superuser: superuser)
            arguments += security.serverArguments(dataDirectory: dataDirectory)
        }
        // A stale pid file from a killed run would stop the server from starting.
        let pidFile = "\(dataDirectory)/postmaster.pid"
        if let text = try? String(contentsOfFile: pidFile, encoding: .utf8), let pid = Int32(text.split(separator: "\n").first ?? ""),
            Glibc.kill(pid, 0) != 0
        {
            try? FileManager.default.removeItem(atPath: pidFile)
        }
        let process = try ManagedProcess(
            name: name, executable: "\(bin)/postgres", arguments: arguments,
            logFile: logFile, user: runAsUser, exitSignal: SIGQUIT)
        let server = PostgresServer(name: name, dataDirectory: dataDirectory, port: port, superuser: superuser, security: security, process: process)
        try await server.waitUntilReady()
        return server
    }

    func waitUntilReady(timeout: Duration = .seconds(60)) async throws {
        let bin = try Self.binDirectory()
        let deadline = ContinuousClock.now + timeout
        while ContinuousClock.now < deadline {
            guard self.process.isRunning else { break }
            if (try? await runCommand("\(bin)/pg_isready", ["-h", self.adminHost, "-p", String(self.port), "-U", self.superuser, "-d", "postgres"], timeout: .seconds(5))) != nil {
                return
            }
            try await Task.sleep(for: .milliseconds(100))
        }
        throw LocalDeploymentError.notReady(name: self.name, logTail: self.process.logTail())
    }

    /// Runs SQL with psql and returns its unaligned output.
    @discardableResult
    public func psql(_ sql: String, database: String = "postgres") async throws -> String {
        try await runCommand(
            "/usr/bin/psql",
            ["-h", self.adminHost, "-p", String(self.port), "-U", self.superuser, "-d", database, "-v", "ON_ERROR_STOP=1", "-At", "-c", sql])
            .trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Runs SQL that holds a secret from a 0600 file in the data folder (never on a command line).
    func psqlFile(_ sql: String, database: String = "postgres") async throws {
        let path = "\(self.dataDirectory)/arena-setup-\(UUID().uuidString.prefix(8)).sql"
        try PostgresSecurity.write(Data(sql.utf8), to: path)
        defer { unlink(path) }
        _ = try await runCommand(
            "/usr/bin/psql", ["-h", self.adminHost, "-p", String(self.port), "-U", self.superuser, "-d", database, "-v", "ON_ERROR_STOP=1", "-q", "-f", path])
    }

    /// On a secured primary: creates (or updates the passwords of) the application and
    /// replication roles. Call before replicas are cloned.
    public func applyRoles() async throws {
        guard let security = self.security else { return }
        try await self.psqlFile(security.rolesSQL)
    }

    /// Creates the database if needed; on a secured cluster it belongs to the application
    /// role (which therefore owns the `public` schema and runs the migrations) and nobody
    /// else may connect to it.
    public func createDatabaseIfMissing(_ database: String) async throws {
        let exists = try await self.psql("SELECT 1 FROM pg_database WHERE datname = \(PostgresSecurity.literal(database))")
        let name = PostgresSecurity.identifier(database)
        guard let security = self.security else {
            if exists.isEmpty { try await self.psql("CREATE DATABASE \(name)") }
            return
        }
        let owner = PostgresSecurity.identifier(security.applicationUser)
        if exists.isEmpty { try await self.psql("CREATE DATABASE \(name) OWNER \(owner)") }
        try await self.psql("ALTER DATABASE \(name) OWNER TO \(owner)")
        try await self.psql("REVOKE ALL ON DATABASE \(name) FROM PUBLIC")
        try await self.psql("GRANT CONNECT, TEMPORARY ON DATABASE \(name) TO \(owner)")
        try await self.psql("ALTER SCHEMA public OWNER TO \(owner)", database: database)
    }

    public var isRunning: Bool { self.process.isRunning }
    public var pid: Int32 { self.process.pid }

    /// Fast shutdown (SIGINT): rolls back open transactions, checkpoints, exits.
    public func stop() async {
        await self.process.stop(signal: SIGINT, timeout: .seconds(30))
    }

    /// Simulates a crash (SIGKILL), for fault tests.
    public func kill() async {
        await self.process.stop(signal: SIGKILL)
    }

    /// When we run PostgreSQL as its own account, every parent of the data directory
    /// must be traversable by it (not so under a 0700 home directory).
    static func requireAccess(to directory: String) async throws {
        guard let user = runAsUser else { return }
        do {
            try await runCommand("/usr/bin/test", ["-w", directory], user: user, timeout: .seconds(10))
        } catch {
            throw LocalDeploymentError.launchFailed(
                executable: "postgres",
                reason: "the '\(user)' account cannot write \(directory) (a parent folder is not traversable); choose a data folder elsewhere, e.g. `arena up --data /var/lib/codearena`")
        }
    }

    /// A directory PostgreSQL's account can own; parents must be traversable by it.
    static func makeOwnedDirectory(_ path: String) throws {
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        chmod(path, 0o700)
        if getuid() == 0, let account = getpwnam(systemUser) {
            chown(path, account.pointee.pw_uid, account.pointee.pw_gid)
        }
    }
}
