import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// A real PostgreSQL server on loopback, run from a data directory we own: either a
/// primary (initdb) or a streaming hot-standby replica of one (pg_basebackup -R).
/// Auth is `trust` on 127.0.0.1 only — a local development and test cluster.
public final class PostgresServer: Sendable {
    public let name: String
    public let dataDirectory: String
    public let port: Int
    public let superuser: String
    private let process: ManagedProcess

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

    private init(name: String, dataDirectory: String, port: Int, superuser: String, process: ManagedProcess) {
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

    /// Clones a running primary into a replica data directory (if not there yet).
    public static func prepareReplica(dataDirectory: String, primaryPort: Int, superuser: String = "arena") async throws {
        if FileManager.default.fileExists(atPath: "\(dataDirectory)/PG_VERSION") { return }
        let bin = try binDirectory()
        try makeOwnedDirectory(dataDirectory)
        try await requireAccess(to: dataDirectory)
        try await runCommand(
            "\(bin)/pg_basebackup",
            ["-h", "127.0.0.1", "-p", String(primaryPort), "-U", superuser, "-D", dataDirectory, "-R", "-X", "stream", "--checkpoint=fast"],
            user: runAsUser)
    }

    /// Starts the server and waits until it accepts queries.
    public static func start(name: String, dataDirectory: String, port: Int, superuser: String = "arena", logFile: String) async throws -> PostgresServer {
        let bin = try binDirectory()
        // A stale pid file from a killed run would stop the server from starting.
        let pidFile = "\(dataDirectory)/postmaster.pid"
        if let text = try? String(contentsOfFile: pidFile, encoding: .utf8), let pid = Int32(text.split(separator: "\n").first ?? ""),
            Glibc.kill(pid, 0) != 0
        {
            try? FileManager.default.removeItem(atPath: pidFile)
        }
        let process = try ManagedProcess(
            name: name, executable: "\(bin)/postgres", arguments: ["-D", dataDirectory, "-p", String(port), "-c", "listen_addresses=127.0.0.1"],
            logFile: logFile, user: runAsUser, exitSignal: SIGQUIT)
        let server = PostgresServer(name: name, dataDirectory: dataDirectory, port: port, superuser: superuser, process: process)
        try await server.waitUntilReady()
        return server
    }

    func waitUntilReady(timeout: Duration = .seconds(60)) async throws {
        let bin = try Self.binDirectory()
        let deadline = ContinuousClock.now + timeout
        while ContinuousClock.now < deadline {
            guard self.process.isRunning else { break }
            if (try? await runCommand("\(bin)/pg_isready", ["-h", "127.0.0.1", "-p", String(self.port), "-U", self.superuser, "-d", "postgres"], timeout: .seconds(5))) != nil {
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
            ["-h", "127.0.0.1", "-p", String(self.port), "-U", self.superuser, "-d", database, "-v", "ON_ERROR_STOP=1", "-At", "-c", sql])
            .trimmingCharacters(in: .whitespacesAndNewlines)
    }

    public func createDatabaseIfMissing(_ database: String) async throws {
        let exists = try await self.psql("SELECT 1 FROM pg_database WHERE datname = '\(database.replacingOccurrences(of: "'", with: "''"))'")
        if exists.isEmpty { try await self.psql("CREATE DATABASE \"\(database)\"") }
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
