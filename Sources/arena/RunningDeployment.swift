import ArenaShared
import AsyncHTTPClient
import Foundation
import LocalDeployment
import NIOCore
import NIOHTTP1
import NIOSSL

#if canImport(Glibc)
import Glibc
#endif

/// The processes of one `arena up`, started in dependency order and stopped in reverse.
struct RunningDeployment {
    let layout: DataLayout
    let stopSignals: SignalWatcher
    private(set) var databases: [PostgresServer] = []
    private(set) var redis: RedisServer?
    private(set) var mail: MailServer?
    private(set) var nodes: [(name: String, process: ManagedProcess)] = []
    private var edgeURLs: [(region: String, https: String?, http: String?)] = []
    /// What each running edge was started with, to tell on a reload what changed.
    private var edgeRegions: [String: RegionConfiguration] = [:]
    private var configPath = ""
    private var environment: [String: String] = [:]
    private var executable = ""
    private var edgeRedisPassword = ""
    /// The deployment CA: it issues each edge's client certificate for the core as the edge starts.
    private var ca: DeploymentCA?

    init(layout: DataLayout, stopSignals: SignalWatcher) {
        self.layout = layout
        self.stopSignals = stopSignals
    }

    mutating func start(deployment: RegionsConfiguration, configPath: String, layout: DataLayout, secrets: DataLayout.Secrets, executable: String) async throws {
        let postgres = deployment.core.postgres
        // The deployment CA issues PostgreSQL and Redis their certificates (docs/operations.md).
        let ca = try await deploymentCA(for: deployment, data: layout.root)
        let postgresSecurity = PostgresSecurity(
            identity: try await ca.identity("postgres", hosts: [postgres.primary.host, "localhost"] + postgres.replicas.map(\.endpoint.host)),
            caCertificatePath: ca.certificatePath, applicationUser: postgres.user, applicationPassword: secrets.postgresPassword,
            replicationPassword: secrets.postgresReplicationPassword)
        let superuser = PostgresSecurity.superuser
        try self.step("PostgreSQL primary on \(postgres.primary) (TLS, SCRAM)")
        try await PostgresServer.preparePrimary(dataDirectory: layout.postgresDirectory("primary"), superuser: superuser)
        let primary = try await PostgresServer.start(
            name: "postgres-primary", dataDirectory: layout.postgresDirectory("primary"), port: postgres.primary.port,
            superuser: superuser, logFile: layout.logFile("postgres-primary"), security: postgresSecurity)
        self.databases.append(primary)
        do {
            try await primary.applyRoles()
        } catch {
            throw LocalDeploymentError.launchFailed(
                executable: "postgres",
                reason: "cannot set up PostgreSQL's roles as superuser '\(superuser)' (\(error)); a data folder made before TLS and SCRAM (superuser '\(postgres.user)') cannot be converted: remove \(layout.root)/postgres to start afresh")
        }
        try await primary.createDatabaseIfMissing(postgres.database)
        for replica in postgres.replicas {
            try self.step("PostgreSQL streaming replica \(replica.name) on \(replica.endpoint) (replicating over TLS)")
            try await PostgresServer.prepareReplica(
                dataDirectory: layout.postgresDirectory(replica.name), primaryPort: postgres.primary.port, superuser: superuser, security: postgresSecurity)
            self.databases.append(
                try await PostgresServer.start(
                    name: "postgres-\(replica.name)", dataDirectory: layout.postgresDirectory(replica.name), port: replica.endpoint.port,
                    superuser: superuser, logFile: layout.logFile("postgres-\(replica.name)"), security: postgresSecurity))
        }
        try self.step("Redis (TLS, ACL users) on \(deployment.core.redis)")
        // Every node logs in to Redis as its role's user.
        let security = RedisSecurity(
            identity: try await ca.identity("redis", hosts: [deployment.core.redis.host, "localhost"]), caCertificatePath: ca.certificatePath,
            adminPassword: secrets.redisAdminPassword, corePassword: secrets.redisCorePassword, edgePassword: secrets.redisEdgePassword)
        self.redis = try await RedisServer.start(
            port: deployment.core.redis.port, directory: layout.redisDirectory, persistent: true, logFile: layout.logFile("redis"), security: security)

        // A local catch-all mail server: account mail lands in one Maildir under the data folder.
        let mailPort = try findFreePort()
        try self.step("mail server (exim) on 127.0.0.1:\(mailPort), delivering into \(layout.mailDirectory)/mailbox")
        self.mail = try await MailServer.start(port: mailPort, directory: layout.mailDirectory, logFile: layout.logFile("mail"))

        var environment = ProcessInfo.processInfo.environment
        environment["ARENA_TOKEN_SECRET"] = secrets.tokenSecret
        environment["ARENA_EDGE_SECRET"] = secrets.edgeSecret
        environment["ARENA_REDIS_CA"] = ca.certificatePath
        self.edgeRedisPassword = secrets.redisEdgePassword
        // Edges verify access tokens with the public key only; the signing key stays with the core.
        environment["ARENA_TOKEN_PUBLIC_KEYS"] = secrets.tokenPublicKey
        environment["ARENA_ADMIN_USERS"] = environment["ARENA_ADMIN_USERS"] ?? "admin"
        self.environment = environment
        self.configPath = configPath
        self.executable = executable

        try self.step("core on \(deployment.core.endpoint) (mutual TLS)")
        // The core's certificate names its host; edges and the operator CLI present their own.
        self.ca = ca
        let coreIdentity = try await ca.identity(
            "core", hosts: [deployment.core.endpoint.host, "localhost", NodeIdentity.core.dnsName])
        _ = try await ca.identity("operator", hosts: [NodeIdentity.operator.dnsName])
        var coreEnvironment = environment
        coreEnvironment["ARENA_REDIS_PASSWORD"] = secrets.redisCorePassword
        coreEnvironment["ARENA_TOKEN_SIGNING_KEY"] = secrets.tokenSigningKey
        coreEnvironment["ARENA_POSTGRES_PASSWORD"] = secrets.postgresPassword
        coreEnvironment["ARENA_POSTGRES_CA"] = ca.certificatePath
        let core = try ManagedProcess(
            name: "core", executable: executable,
            arguments: [
                "core", "--config", configPath, "--tls-certificate", coreIdentity.certificatePath, "--tls-key", coreIdentity.keyPath,
                "--client-ca", ca.certificatePath, "--smtp-port", String(mailPort),
                "--mail-link-base", deployment.regions.first.map { region in
                    region.httpsEndpoint.map { "https://\($0)" } ?? region.httpEndpoint.map { "http://\($0)" } ?? "" } ?? "",
            ],
            logFile: layout.logFile("core"),
            environment: coreEnvironment)
        self.nodes.append(("core", core))
        try await waitForHTTP("https://\(deployment.core.endpoint)/ready", process: core, name: "core", stopSignals: self.stopSignals)

        for region in deployment.regions {
            try self.step("edge \(region.name)")
            try await self.startEdge(region)
        }
        self.recordChildren()
    }

    /// Starts one region's edge and waits until it is ready.
    private mutating func startEdge(_ region: RegionConfiguration) async throws {
        var arguments = ["edge", "--config", self.configPath, "--region", region.name, "--outbox", self.layout.outbox(region.name)]
        if region.httpsPort != nil { arguments += ["--tls-certificate", self.layout.certificate, "--tls-key", self.layout.privateKey] }
        if let ca = self.ca {
            let identity = try await ca.identity("edge-\(region.name)", hosts: [NodeIdentity.edge(region: region.name).dnsName])
            arguments += ["--core-ca", ca.certificatePath, "--core-client-certificate", identity.certificatePath, "--core-client-key", identity.keyPath]
        }
        var environment = self.environment
        environment["ARENA_REDIS_PASSWORD"] = self.edgeRedisPassword
        let edge = try ManagedProcess(
            name: "edge-\(region.name)", executable: self.executable, arguments: arguments, logFile: self.layout.logFile("edge-\(region.name)"),
            environment: environment)
        self.nodes.append(("edge \(region.name)", edge))
        self.edgeRegions[region.name] = region
        self.recordChildren()
        let https = region.httpsEndpoint.map { "https://\($0)" }
        let http = region.httpEndpoint.map { "http://\($0)" }
        try await waitForHTTP("\(https ?? http!)/ready", process: edge, name: "edge \(region.name)", stopSignals: self.stopSignals)
        self.edgeURLs.append((region.name, https, http))
    }

    private mutating func stopEdge(_ name: String) async {
        if let index = self.nodes.firstIndex(where: { $0.name == "edge \(name)" }) {
            await self.nodes[index].process.stop(timeout: .seconds(60))
            self.nodes.remove(at: index)
        }
        self.edgeURLs.removeAll { $0.region == name }
        self.edgeRegions[name] = nil
        self.recordChildren()
    }

    /// `arena regions apply` on this machine (SIGUSR1): brings the running edges to the
    /// file: starts added regions' edges (ready before this returns), restarts changed
    /// ones, stops removed ones (gracefully: their live matches move to other edges).
    /// The core and databases keep running.
    mutating func reload(_ deployment: RegionsConfiguration) async -> [String] {
        var done: [String] = []
        let wanted = Dictionary(deployment.regions.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        for name in self.edgeRegions.keys.sorted() where wanted[name] == nil {
            await self.stopEdge(name)
            done.append("stopped edge \(name)")
        }
        for region in deployment.regions {
            guard self.stopSignals.received() == nil else {
                done.append("stopping: the rest of the reload is skipped")
                break
            }
            if let running = self.edgeRegions[region.name] {
                guard running != region else { continue }
                await self.stopEdge(region.name)
                done.append("restarting edge \(region.name) (settings changed)")
            }
            do {
                try await self.startEdge(region)
                done.append("started edge \(region.name)")
            } catch {
                done.append("edge \(region.name) did not start: \(error)")
                await self.stopEdge(region.name)
            }
        }
        return done
    }

    private func recordChildren() {
        self.layout.recordChildren(self.databases.map(\.pid) + [self.redis?.pid, self.mail?.pid].compactMap { $0 } + self.nodes.map(\.process.pid))
    }

    enum Event {
        case stop(String)
        case reload
    }

    /// Returns why the deployment should stop (a signal, or a child that died), or that
    /// `reload` asked to re-read regions.yaml.
    func waitForEvent(signals: SignalWatcher, reload: SignalWatcher) async -> Event {
        while true {
            if let signal = signals.received() { return .stop("signal \(signal)") }
            if let dead = self.nodes.first(where: { !$0.process.isRunning }) {
                return .stop("a child exited: \(dead.name); last log lines:\n\(dead.process.logTail())")
            }
            if let database = self.databases.first(where: { !$0.isRunning }) { return .stop("a child exited: \(database.name)") }
            if let redis = self.redis, !redis.isRunning { return .stop("a child exited: redis") }
            if let mail = self.mail, !mail.isRunning { return .stop("a child exited: the mail server (exim); see \(self.layout.logFile("mail"))") }
            // After the crash checks: a reload must not hide an edge that died.
            if reload.take() { return .reload }
            try? await Task.sleep(for: .milliseconds(200))
        }
    }

    /// Announces the next step; stops starting when a stop signal came meanwhile, and
    /// records what runs so far so that a killed run's servers can be found again.
    func step(_ text: String) throws {
        if let signal = self.stopSignals.received() { throw StartInterrupted(signal: signal) }
        self.recordChildren()
        say("  starting \(text) …")
    }

    func stopAll() async {
        for node in self.nodes.reversed() { await node.process.stop(timeout: .seconds(20)) }
        await self.redis?.stop()
        await self.mail?.stop()
        for database in self.databases.reversed() { await database.stop() }
        try? FileManager.default.removeItem(atPath: self.layout.childrenFile)
    }

    func banner(deployment: RegionsConfiguration, layout: DataLayout, elapsed: Duration) -> String {
        var lines = ["", "CodeArena local deployment (ready in \(String(format: "%.1f", Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)) s)", ""]
        lines.append("  core        https://\(deployment.core.endpoint)   (/health /ready /metrics; internal routes need an edge or operator certificate)")
        lines.append("  postgres    primary \(deployment.core.postgres.primary)" + deployment.core.postgres.replicas.map { ", \($0.name) \($0.endpoint)" }.joined())
        lines.append("  redis       \(deployment.core.redis)")
        if let mail = self.mail { lines.append("  mail        exim on 127.0.0.1:\(mail.port); every message lands in \(mail.mailbox)/new (password resets, address confirmations)") }
        for edge in self.edgeURLs {
            lines.append("  edge \(edge.region.padding(toLength: 10, withPad: " ", startingAt: 0)) " + [edge.https, edge.http].compactMap { $0 }.joined(separator: "  "))
        }
        lines.append("")
        lines.append("  web UI: \(self.edgeURLs.first.flatMap { $0.https ?? $0.http } ?? "-")/  (dev certificate: \(layout.certificate))")
        // Plain HTTP is loopback-only; it spares a first-time player the certificate warning.
        let plain = self.edgeURLs.compactMap { edge in edge.http.map { "\($0)/ (\(edge.region))" } }
        if !plain.isEmpty {
            lines.append("          without the certificate warning: " + plain.joined(separator: ", "))
            lines.append("          a match against yourself: sign up as two players in two windows (one per region)")
        }
        lines.append("  player CLI: swift run arena login --signup   (then: arena problems, arena submit PROBLEM FILE, arena watch MATCH)")
        lines.append("  data and logs: \(layout.root)   admin username: \(ProcessInfo.processInfo.environment["ARENA_ADMIN_USERS"] ?? "admin")")
        return lines.joined(separator: "\n")
    }
}

struct StartInterrupted: Error, CustomStringConvertible {
    var signal: String
    var description: String { "interrupted by \(self.signal) while starting" }
}

/// Polls `url` until it answers 200 (self-signed dev certificates accepted), failing
/// early if the process dies.
func waitForHTTP(_ url: String, process: ManagedProcess, name: String, stopSignals: SignalWatcher, timeout: Duration = .seconds(120)) async throws {
    var configuration = HTTPClient.Configuration()
    var tls = TLSConfiguration.makeClientConfiguration()
    tls.certificateVerification = .none
    configuration.tlsConfiguration = tls
    let client = HTTPClient(eventLoopGroupProvider: .singleton, configuration: configuration)
    let deadline = ContinuousClock.now + timeout
    while ContinuousClock.now < deadline && process.isRunning {
        if let signal = stopSignals.received() {
            try? await client.shutdown()
            throw StartInterrupted(signal: signal)
        }
        if let response = try? await client.execute(HTTPClientRequest(url: url), timeout: .seconds(2)), response.status == .ok {
            try? await client.shutdown()
            return
        }
        try? await Task.sleep(for: .milliseconds(150))
    }
    try? await client.shutdown()
    throw LocalDeploymentError.notReady(name: name, logTail: process.logTail())
}

/// Turns SIGINT/SIGTERM into a value the run loop polls.
final class SignalWatcher {
    private let sources: [any DispatchSourceSignal]
    private let last = LockedSignal()

    init(signals: [Int32]) {
        var sources: [any DispatchSourceSignal] = []
        for number in signals {
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            let last = self.last
            source.setEventHandler { last.set(number) }
            source.resume()
            sources.append(source)
        }
        self.sources = sources
    }

    func received() -> String? {
        self.last.get().map { $0 == SIGINT ? "SIGINT" : $0 == SIGTERM ? "SIGTERM" : $0 == SIGHUP ? "SIGHUP" : "\($0)" }
    }

    /// Whether a signal came since the last call (and forgets it).
    func take() -> Bool { self.last.take() != nil }
}

/// The CA that issues the node certificates: the operator's own when regions.yaml names one
/// (`core.certificate_authority`), else a private one made once in DATA/tls/ca. Either way the
/// certificates (and a copy of the CA certificate) live in DATA/tls/ca.
func deploymentCA(for deployment: RegionsConfiguration, data: String) async throws -> DeploymentCA {
    if let authority = deployment.core.certificateAuthority {
        return try await DeploymentCA.openExisting(authority: authority, issuingInto: "\(data)/tls/ca")
    }
    return try await DeploymentCA.open(in: "\(data)/tls/ca")
}
