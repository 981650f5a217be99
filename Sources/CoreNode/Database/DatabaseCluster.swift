import ArenaShared
import Logging
import NIOSSL
import PostgresNIO
import Synchronization

/// The primary and the read replicas, with what the core knows of each replica's
/// replay position. Writes always go to the primary; reads are routed by
/// ``reader(region:atLeast:)``.
public final class DatabaseCluster: Sendable {
    public let primary: PostgresClient
    let replicas: [Replica]
    let regionReplicas: [String: String]
    let logger: Logger
    /// The newest primary position seen (writes and the monitor's polls).
    private let highestWritePosition = Mutex<LogSequenceNumber?>(nil)

    /// A read replica and its last observed state.
    final class Replica: Sendable {
        let name: String
        let client: PostgresClient
        let state = Mutex(State())

        struct State {
            var replayed: LogSequenceNumber?
            var lagBytes: UInt64?
            var healthy = false
        }

        init(name: String, client: PostgresClient) {
            self.name = name
            self.client = client
        }
    }

    /// Which database serves a read, and its name for the `X-Arena-Served-By` header.
    public struct Reader: Sendable {
        public var client: PostgresClient
        public var name: String
    }

    public init(configuration: CoreConfiguration, logger: Logger) throws {
        var tls = PostgresClient.Configuration.TLS.disable
        if let ca = configuration.postgresCACertificatePath {
            var tlsConfiguration = TLSConfiguration.makeClientConfiguration()
            tlsConfiguration.trustRoots = .certificates(try NIOSSLCertificate.fromPEMFile(ca))
            tlsConfiguration.certificateVerification = .fullVerification
            tlsConfiguration.minimumTLSVersion = .tlsv12
            tls = .require(tlsConfiguration)
        }
        func client(_ endpoint: Endpoint, _ label: String, statementTimeout: String? = nil) -> PostgresClient {
            var config = PostgresClient.Configuration(
                host: endpoint.host, port: endpoint.port, username: configuration.postgres.user,
                password: configuration.postgresPassword, database: configuration.postgres.database, tls: tls)
            config.options.maximumConnections = configuration.maximumConnectionsPerPool
            config.options.connectTimeout = .seconds(3)
            // Frees replica connections that a replayed lock or a stalled standby blocks.
            if let statementTimeout { config.options.additionalStartupParameters = [("statement_timeout", statementTimeout)] }
            var logger = logger
            logger[metadataKey: "db"] = "\(label)"
            return PostgresClient(configuration: config, backgroundLogger: logger)
        }
        self.primary = client(configuration.postgres.primary, "primary")
        self.replicas = configuration.postgres.replicas.map { Replica(name: $0.name, client: client($0.endpoint, $0.name, statementTimeout: "5s")) }
        self.regionReplicas = configuration.regionReplicas
        self.logger = logger
    }

    /// All pools, to run as services.
    var clients: [PostgresClient] { [self.primary] + self.replicas.map(\.client) }

    /// Picks the database for a read: the region's replica (or any healthy one) when it
    /// is in rotation and has replayed at least `lsn`; the primary otherwise. Like
    /// GitLab's load balancer, a replica that is behind the reader's last write is
    /// checked live before falling back, since the cached position may be stale.
    public func reader(region: String?, atLeast lsn: LogSequenceNumber?) async -> Reader {
        var candidates = self.replicas.filter { replica in replica.state.withLock { $0.healthy } }
        if let region, let preferred = self.regionReplicas[region],
            let index = candidates.firstIndex(where: { $0.name == preferred })
        {
            candidates.insert(candidates.remove(at: index), at: 0)
        }
        for replica in candidates {
            guard let lsn else { return Reader(client: replica.client, name: replica.name) }
            if let replayed = replica.state.withLock({ $0.replayed }), replayed >= lsn {
                return Reader(client: replica.client, name: replica.name)
            }
            if let replayed = await self.replayPosition(of: replica), replayed >= lsn {
                return Reader(client: replica.client, name: replica.name)
            }
        }
        return Reader(client: self.primary, name: "primary")
    }

    /// True when this core knows the primary has written at least that far.
    func hasSeen(_ position: LogSequenceNumber) -> Bool {
        self.highestWritePosition.withLock { $0.map { $0 >= position } ?? false }
    }

    /// A write position another core saw (shared through Redis).
    func noteWritePosition(_ position: LogSequenceNumber) {
        self.highestWritePosition.withLock { $0 = max($0 ?? position, position) }
    }

    /// Bounds a client-supplied position by what the primary is known to have written.
    func clamp(_ position: LogSequenceNumber) -> LogSequenceNumber {
        guard let highest = self.highestWritePosition.withLock({ $0 }) else { return position }
        return min(position, highest)
    }

    /// The WAL insert position on the primary right after a write; returned to the
    /// writer so its next reads see the write.
    public func currentWritePosition() async throws -> LogSequenceNumber {
        let rows = try await self.primary.query("SELECT pg_current_wal_insert_lsn()::text", logger: self.logger)
        for try await text in rows.decode(String.self) {
            if let lsn = LogSequenceNumber(text) {
                self.highestWritePosition.withLock { $0 = max($0 ?? lsn, lsn) }
                return lsn
            }
        }
        throw DatabaseError.unexpectedResult("pg_current_wal_insert_lsn() returned nothing")
    }

    /// Asks a replica how far it has replayed, bounded by a short timeout so a stuck
    /// replica never stalls a reader.
    func replayPosition(of replica: Replica, timeout: Duration = .milliseconds(250)) async -> LogSequenceNumber? {
        let logger = self.logger
        let position = try? await withDeadline(timeout, "replay position of \(replica.name)") { () -> LogSequenceNumber? in
            let rows = try await replica.client.query("SELECT pg_last_wal_replay_lsn()::text", logger: logger)
            for try await text in rows.decode(String?.self) { return text.flatMap { LogSequenceNumber($0) } }
            return nil
        }
        guard let position = position ?? nil else { return nil }
        replica.state.withLock { state in
            if state.replayed.map({ $0 < position }) ?? true { state.replayed = position }
        }
        return position
    }

    /// A read on this replica just failed: stop routing to it until the monitor's next
    /// successful check.
    func takeOutOfRotation(_ name: String) {
        for replica in self.replicas where replica.name == name {
            replica.state.withLock { $0.healthy = false }
        }
    }

    /// One round of health and lag checks; the monitor calls it on an interval.
    func refreshReplicaStates(maximumLagBytes: UInt64) async -> [(name: String, healthy: Bool, lagBytes: UInt64?)] {
        let primaryPosition = try? await withDeadline(.seconds(1), "primary write position") { try await self.currentWritePosition() }
        // Every replica is asked at once, each bounded, so one stuck replica delays nothing.
        let positions = await withTaskGroup(of: (String, LogSequenceNumber?).self) { group in
            for replica in self.replicas { group.addTask { (replica.name, await self.replayPosition(of: replica)) } }
            var positions: [String: LogSequenceNumber] = [:]
            for await (name, position) in group { positions[name] = position }
            return positions
        }
        var report: [(String, Bool, UInt64?)] = []
        for replica in self.replicas {
            let replayed = positions[replica.name]
            let lag: UInt64? =
                if let replayed, let primaryPosition { primaryPosition.value > replayed.value ? primaryPosition.value - replayed.value : 0 } else { nil }
            let healthy = replayed != nil && (lag.map { $0 <= maximumLagBytes } ?? true)
            let wasHealthy = replica.state.withLock { state in
                let was = state.healthy
                state.healthy = healthy
                state.lagBytes = lag
                if replayed == nil { state.replayed = nil }
                return was
            }
            if wasHealthy != healthy {
                self.logger.notice(
                    healthy ? "replica back in read rotation" : "replica out of read rotation",
                    metadata: ["replica": "\(replica.name)", "lag_bytes": "\(lag.map(String.init) ?? "unknown")"])
            }
            report.append((replica.name, healthy, lag))
        }
        return report
    }
}

/// Database failures that are the platform's fault, never the player's.
public struct DatabaseError: Error, CustomStringConvertible {
    public var description: String
    static func unexpectedResult(_ text: String) -> DatabaseError { DatabaseError(description: text) }
}
