import ArenaHTTP
import ArenaShared
import Hummingbird
import HummingbirdCore
import HummingbirdTLS
import Logging
import Matches
import Synchronization
import NIOCore
import NIOSSL
import PostgresNIO
import Replication
import ServiceLifecycle

/// Builds the core: the authoritative API over the PostgreSQL primary and replicas.
/// Shared by `arena core` and the tests, which inject their own metrics registry.
public func buildCoreApplication(
    configuration: CoreConfiguration,
    logger: Logger,
    metrics nodeMetrics: NodeMetrics = NodeMetrics(node: "core"),
    onServerRunning: @escaping @Sendable (any Channel) async -> Void = { _ in }
) throws -> some ApplicationProtocol {
    try configuration.validate()
    let metrics = CoreMetrics(node: nodeMetrics)
    let cluster = try DatabaseCluster(configuration: configuration, logger: logger)
    let redis = RedisClient(configuration: configuration.redisConfiguration, logger: logger)
    let consistency = ReadConsistency(
        cluster: cluster, redis: redis, window: configuration.readYourWritesWindow, metrics: metrics, logger: logger)
    let sessions = SessionStore(database: cluster.primary, logger: logger)
    let signer = TokenSigner(signingKey: configuration.tokenSigningKey, previousPublicKeys: configuration.previousTokenPublicKeys)
    let edgeGate = InternalCallerGate(
        secrets: AcceptedEdgeSecrets(current: configuration.edgeSecret, previous: configuration.previousEdgeSecrets),
        edgeRegions: configuration.tls == nil ? nil : configuration.edgeRegions)

    let router = Router(context: CoreRequestContext.self)
    router.add(middleware: RequestMetricsMiddleware(metrics: nodeMetrics))
    router.add(middleware: ErrorMiddleware())
    router.addHealthRoutes(
        metrics: nodeMetrics,
        checks: [
            .answering("postgres-primary") { _ = try await cluster.currentWritePosition() },
            ReadinessCheck(name: "postgres-replicas", required: false) {
                let states = cluster.replicas.map { replica in (replica.name, replica.state.withLock { $0 }) }
                let detail = states.map { "\($0.0): \($0.1.healthy ? "in rotation" : "out of rotation"), lag \($0.1.lagBytes.map { "\($0) bytes" } ?? "unknown")" }
                return ReadinessResult(ok: states.allSatisfy(\.1.healthy), detail: detail.joined(separator: "; "))
            },
            .answering("redis") { try await redis.ping() },
            // Not required: mail waits in the outbox while the mail server is away.
            ReadinessCheck(name: "mail", required: false) {
                guard let port = configuration.mail.smtpPort else { return ReadinessResult(ok: false, detail: "no mail server configured (--smtp-port)") }
                return ReadinessResult(ok: true, detail: "hands mail to \(configuration.mail.smtpHost):\(port)")
            },
        ])
    let isRevoked: @Sendable (AccessToken) async throws -> Bool = { token in try await sessions.isRevoked(sessionID: token.sid) }
    let api = router.group().add(middleware: BearerAuthenticator<CoreRequestContext>(signer: signer, isRevoked: isRevoked))
    let authEndpoints = router.group("api/auth")
        .add(middleware: BearerAuthenticator<CoreRequestContext>(signer: signer, rejectsInvalidTokens: false, isRevoked: isRevoked))
    let accounts = AccountStore(primary: cluster.primary, logger: logger, mail: configuration.mail)
    let revocations = SessionRevocationPublisher(redis: redis, logger: logger)
    AccountController(accounts: accounts, hasher: PasswordHasher(rounds: configuration.passwordHashRounds), revocations: revocations)
        .addRoutes(authEndpoints: authEndpoints, api: api)
    AuthController(
        sessions: sessions, accounts: accounts, signer: signer, hasher: PasswordHasher(rounds: configuration.passwordHashRounds),
        consistency: consistency, configuration: configuration, metrics: metrics,
        throttle: SignInThrottle(
            redis: redis, limit: configuration.signInFailureLimit, window: configuration.signInFailureWindow, logger: logger),
        gate: SignUpGate(redis: redis, secret: configuration.tokenSecret, policy: configuration.signUp, logger: logger),
        edgeGate: edgeGate, revocations: revocations
    ).addRoutes(authEndpoints: authEndpoints, api: api)
    ProblemController(
        store: ProblemStore(primary: cluster.primary, logger: logger), consistency: consistency,
        invalidations: CacheInvalidationPublisher(redis: redis, logger: logger), edgeGate: edgeGate
    ).addRoutes(to: api)
    SubmissionController(
        store: SubmissionStore(primary: cluster.primary, logger: logger), consistency: consistency,
        edgeGate: edgeGate, metrics: metrics
    ).addRoutes(to: api)
    SocialRoutes(primary: cluster.primary, consistency: consistency, logger: logger).addRoutes(to: api)

    let registry = RegionRegistry(primary: cluster.primary, logger: logger, liveness: configuration.edgeLiveness)
    RegionController(registry: registry, edgeGate: edgeGate).addRoutes(to: api)

    let templates = configuration.starterTemplates.reduce(into: [LanguageID: Set<Int64>]()) { $0[$1.key] = SourceFingerprint.template($1.value, language: $1.key) }
    let plagiarism = PlagiarismStore(primary: cluster.primary, templates: templates, logger: logger, policy: configuration.fairPlay)
    PlagiarismController(store: plagiarism).addRoutes(to: api)
    FairPlayFlagController(primary: cluster.primary, logger: logger).addRoutes(to: api)
    let matchStore = MatchStore(primary: cluster.primary, logger: logger, templates: templates, fairPlay: configuration.fairPlay)
    var creator = MatchCreator(store: matchStore, redis: redis, settings: configuration.matchSettings, metrics: metrics, logger: logger)
    creator.ownerFor = { preferred, candidates in await registry.owner(preferred: preferred, candidates: candidates) }
    MatchController(
        store: matchStore, creator: creator, redis: redis, consistency: consistency, settings: configuration.matchSettings,
        edgeGate: edgeGate, metrics: metrics
    ).addRoutes(to: api)
    ChallengeController(
        store: ChallengeStore(primary: cluster.primary, policy: configuration.challenges, logger: logger), matches: matchStore, creator: creator,
        redis: redis, notifier: PlayerNotifier(redis: redis, logger: logger), settings: configuration.matchSettings,
        policy: configuration.challenges, metrics: metrics
    ).addRoutes(to: api)
    BlockController(store: BlockStore(primary: cluster.primary, logger: logger)).addRoutes(to: api)
    NotificationController(store: NotificationStore(primary: cluster.primary, logger: logger)).addRoutes(to: api)
    DiscussionController(store: DiscussionStore(primary: cluster.primary, logger: logger), consistency: consistency).addRoutes(to: api)

    let schema = SchemaGate()
    var app = Application(
        router: router,
        server: try coreServer(configuration.tls),
        configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: "arena-core"),
        onServerRunning: onServerRunning,
        logger: logger)
    app.addServices(cluster.clients.map { $0 as any Service })
    app.addServices(
        ReplicaMonitor(
            cluster: cluster, interval: configuration.replicaCheckInterval,
            maximumLagBytes: configuration.maximumReplicaLagBytes, metrics: metrics),
        Matchmaker(
            redis: redis, creator: creator, settings: configuration.matchSettings, interval: configuration.matchmakingInterval,
            metrics: metrics, logger: logger),
        LostMatchReaper(store: matchStore, redis: redis, interval: configuration.lostMatchSweepInterval, metrics: metrics, logger: logger, schema: schema),
        MatchHealthGauges(store: matchStore, metrics: metrics, logger: logger, schema: schema),
        PlagiarismScanner(store: plagiarism, interval: configuration.plagiarismScanInterval, metrics: metrics, logger: logger, schema: schema),
        NotificationPusher(
            primary: cluster.primary, notifier: PlayerNotifier(redis: redis, logger: logger), mail: configuration.mail,
            interval: configuration.notificationDeliveryInterval, logger: logger, schema: schema),
        MailSender(outbox: MailOutbox(primary: cluster.primary, logger: logger), configuration: configuration.mail, metrics: metrics, logger: logger, schema: schema),
        ClosingService(name: "redis") { await redis.close() })
    app.beforeServerStarts {
        try await Migrations.apply(on: cluster.primary, logger: logger)
        schema.markReady()
        _ = await cluster.refreshReplicaStates(maximumLagBytes: configuration.maximumReplicaLagBytes)
    }
    return app
}

/// HTTP/1.1, over mutual TLS when the configuration has certificates: the client certificate
/// is optional at the handshake (players' browsers never reach the core, but `/ready` and
/// `/metrics` may be probed without one) and checked per route by `InternalCallerGate`.
/// A certificate that is presented must chain to the deployment CA, or the handshake fails.
func coreServer(_ tls: CoreConfiguration.TLS?) throws -> HTTPServerBuilder {
    guard let tls else { return .http1() }
    var configuration = TLSConfiguration.makeServerConfiguration(
        certificateChain: try NIOSSLCertificate.fromPEMFile(tls.certificatePath).map { .certificate($0) },
        privateKey: .file(tls.privateKeyPath))
    configuration.trustRoots = .file(tls.clientCAPath)
    configuration.certificateVerification = .optionalVerification
    configuration.minimumTLSVersion = .tlsv12
    return try .tls(.http1(), tlsConfiguration: configuration)
}
