import NIOHTTP1
import Prometheus
import ArenaHTTP
import ArenaShared
import AsyncHTTPClient
import Hummingbird
import HummingbirdTLS
import HummingbirdWebSocket
import Judge
import Logging
import Matches
import NIOCore
import NIOSSL
import Replication
import ServiceLifecycle

/// Which listener of an edge a bound port belongs to.
public enum EdgeListener: String, Sendable {
    case http
    case https
}

/// One region's edge: HTTPS (+ loopback HTTP) with the WebSocket endpoint, the problem
/// cache fed by Redis invalidations, and the outbox forwarder. Its `services` run in a
/// `ServiceGroup` (`arena edge`, `arena up`, tests).
public struct EdgeNode: Sendable {
    public let services: [any Service]

    /// Starts the edge's judge pool (toolchain probe, warm containers): pass it to `init`.
    public static func startJudge(configuration: EdgeConfiguration, logger: Logger) async -> JudgePool {
        var logger = logger
        logger[metadataKey: "region"] = "\(configuration.region)"
        return await JudgePool.start(configuration: configuration.judgePoolConfiguration, logger: logger)
    }

    public init(
        configuration: EdgeConfiguration,
        judge pool: JudgePool,
        logger: Logger,
        metrics nodeMetrics: NodeMetrics? = nil,
        onListening: @escaping @Sendable (EdgeListener, Int) async -> Void = { _, _ in }
    ) throws {
        try configuration.validate()
        let nodeMetrics = nodeMetrics ?? NodeMetrics(node: "edge", region: configuration.region)
        let metrics = EdgeMetrics(node: nodeMetrics)
        var logger = logger
        logger[metadataKey: "region"] = "\(configuration.region)"

        var clientConfiguration = HTTPClient.Configuration()
        clientConfiguration.connectionPool = .init(idleTimeout: .seconds(60), concurrentHTTP1ConnectionsPerHostSoftLimit: 32)
        clientConfiguration.timeout = .init(connect: .seconds(2))
        if let coreTLS = configuration.coreTLS {
            clientConfiguration.tlsConfiguration = try coreTLS.clientConfiguration()
        }
        let http = HTTPClient(eventLoopGroupProvider: .singleton, configuration: clientConfiguration)
        let core = CoreClient(
            http: http, baseURL: configuration.coreURL, region: configuration.region, edgeSecret: configuration.edgeSecret,
            timeout: configuration.coreTimeout)
        let cache = ProblemCache(capacity: configuration.cacheEntries, ttl: configuration.cacheTTL)
        let redisConfiguration = configuration.redisConfiguration
        let redis = RedisClient(configuration: redisConfiguration, logger: logger)
        let subscriber = RedisSubscriber(configuration: redisConfiguration, channels: [CacheInvalidation.channel], logger: logger)
        let outbox: DurableOutbox
        do {
            outbox = try DurableOutbox(directory: configuration.outboxDirectory)
        } catch {
            throw EdgeConfigurationError("region \(configuration.region): \(error)")
        }
        metrics.outboxDepth.set(Double(outbox.depth))
        metrics.outboxDeadLetters.set(Double(outbox.deadLetterCount))
        let forwarder = OutboxForwarder(
            outbox: outbox, logger: logger,
            onDepthChange: { depth in
                metrics.outboxDepth.set(Double(depth))
                metrics.outboxDeadLetters.set(Double(outbox.deadLetterCount))
            },
            deliver: { entry in await SubmissionIntake.deliver(entry, core: core) })
        let journal: DurableOutbox
        do {
            journal = try DurableOutbox(directory: configuration.judgeJournalDirectory)
        } catch {
            throw EdgeConfigurationError("region \(configuration.region): \(error)")
        }
        let hub = LiveHub()
        let sessionSockets = SessionSockets()
        let revocationSubscriber = RedisSubscriber(configuration: redisConfiguration, channels: [SessionSockets.channel], logger: logger)
        let revocations = SessionRevocationListener(subscriber: revocationSubscriber, sessions: sessionSockets, logger: logger)
        let judgeData = JudgeDataSource(core: core)
        let judging = SubmissionJudging(
            journal: journal, outbox: outbox, forwarder: forwarder, pool: pool, problems: judgeData, hub: hub, metrics: metrics,
            compileBudget: CompileBudget(budget: configuration.compileBudget, window: configuration.compileBudgetWindow), logger: logger)
        let signer = TokenSigner(verifyingWith: configuration.tokenPublicKeys)
        let matchSubscriber = RedisSubscriber(configuration: redisConfiguration, channels: MatchHost.channels, logger: logger)
        let regionState = RegionStateBox()
        let matchHost = MatchHost(
            region: configuration.region, redis: redis, subscriber: matchSubscriber, core: core, hub: hub, tokenSecret: configuration.tokenSecret,
            previousTokenSecrets: configuration.previousTokenSecrets, leaseTTL: configuration.matchLeaseTTL, metrics: metrics, logger: logger, isDraining: { regionState.isDraining })
        judging.connect(matchHost)
        let matchGateway = MatchGateway(
            host: matchHost, hub: hub, judging: judging, core: core, redis: redis, region: configuration.region,
            queueCapacity: configuration.judgeQueueCapacity)
        // Shared by every edge through Redis: a player's budget is the same in every region.
        let limiter = RateLimiter(limit: configuration.submissionBurst, window: configuration.submissionWindow, shared: redis, name: "submit", logger: logger)
        let authLimiter = RateLimiter(limit: configuration.authAttemptsPerMinute, window: .seconds(60), shared: redis, name: "auth", logger: logger)
        let checks = [
            .answering("redis") { try await redis.ping() },
            ReadinessCheck(name: "judge") {
                let status = pool.status
                let languages = status.languages.filter(\.available).map(\.id.rawValue).joined(separator: ",")
                var detail = "\(status.workers) workers (\(status.busy) busy, \(status.queued) queued), \(status.isolation), languages: \(languages)"
                if status.degraded { detail = "DEGRADED: no writable cgroup, limits fall back to rlimits; " + detail }
                if let problem = status.problem { detail += "; sandbox problem: \(problem)" }
                return ReadinessResult(ok: status.ready, detail: detail)
            },
            // Sign-outs reach this edge's sockets only while subscribed (docs/live-protocol.md).
            ReadinessCheck(name: "session revocations") {
                ReadinessResult(ok: revocations.isSubscribed, detail: revocations.isSubscribed ? "subscribed" : "not subscribed yet")
            },
            ReadinessCheck(name: "outbox") {
                ReadinessResult(ok: true, detail: "\(outbox.depth) pending, \(outbox.deadLetterCount) dead letters")
            },
            // Not required: while the core is down the edge still serves cached reads and queues writes.
            ReadinessCheck(name: "core", required: false) {
                do {
                    let reply = try await core.send(method: .GET, path: "/health")
                    return ReadinessResult(ok: reply.status == 200, detail: "answered \(reply.status)")
                } catch {
                    return ReadinessResult(ok: false, detail: "unreachable: \(error)")
                }
            },
        ]

        let requestBudget = RequestBudget(policy: configuration.requestBudget)
        func makeRouter(tls: Bool) -> Router<EdgeRequestContext> {
            let router = Router(context: EdgeRequestContext.self)
            router.add(middleware: RequestMetricsMiddleware(metrics: nodeMetrics))
            router.add(middleware: ErrorMiddleware())
            router.add(middleware: ClientAddressMiddleware(trusted: configuration.trustedProxies))
            router.add(middleware: RequestBudgetMiddleware(budget: requestBudget))
            router.addHealthRoutes(metrics: nodeMetrics, checks: checks)
            WebApp(root: configuration.webRoot ?? WebApp.defaultRoot(), region: configuration.region).addRoutes(to: router)
            let proxy = CoreProxy(core: core, cache: cache, metrics: metrics, stripSecureCookies: !tls)
            proxy.addAuthRoutes(
                to: router.group().add(middleware: BearerAuthenticator<EdgeRequestContext>(signer: signer, rejectsInvalidTokens: false)),
                limiter: authLimiter)
            let api = router.group().add(middleware: BearerAuthenticator<EdgeRequestContext>(signer: signer))
            LiveSocket(region: configuration.region, metrics: metrics, hub: hub, matches: matchGateway, signer: signer, sessions: sessionSockets)
                .addRoutes(to: api)
            SubmissionIntake(
                judging: judging, region: configuration.region, limiter: limiter, metrics: metrics,
                queueCapacity: configuration.judgeQueueCapacity
            ).addRoutes(to: api)
            let judgeRoutes = JudgeRoutes(pool: pool, limiter: limiter, compileBudget: judging.compileBudget, metrics: metrics)
            judgeRoutes.addPublicRoutes(to: router)
            judgeRoutes.addRoutes(to: api)
            proxy.addRoutes(to: api)
            return router
        }

        // The registry gets the ports really bound (a configured 0 picks a free one).
        let boundPorts = BoundPorts()
        let heartbeat = RegionHeartbeat(
            region: configuration.region, core: core, interval: configuration.heartbeatInterval, regionState: regionState, logger: logger
        ) { instance, startedAt in
            var settings = configuration.regionSettings
            settings.httpPort = boundPorts.http ?? settings.httpPort
            settings.httpsPort = boundPorts.https ?? settings.httpsPort
            // Ready as `/ready` says, and only once every configured listener is bound.
            let listening = (configuration.httpPort == nil || boundPorts.http != nil) && (configuration.httpsPort == nil || boundPorts.https != nil)
            let ready = await evaluateReadiness(checks).ready && listening
            return EdgeHeartbeat(
                region: configuration.region, instance: instance, version: ArenaBuild.version, ready: ready, settings: settings,
                startedAt: startedAt, sockets: hub.connectionCount, matchesOwned: matchHost.ownedMatches.count,
                pendingWrites: outbox.depth + judging.backlog)
        }
        var services: [any Service] = [
            ClosingService(name: "http-client") { try? await http.shutdown() },
            ClosingService(name: "redis") { await redis.close() },
            subscriber,
            revocationSubscriber,
            revocations,
            CacheInvalidationListener(subscriber: subscriber, cache: cache, metrics: metrics, logger: logger) { judgeData.removeAll() },
            forwarder,
            pool,
            judging,
            JudgeGauges(pool: pool, judging: judging, metrics: metrics),
            matchSubscriber,
            matchHost,
            heartbeat,
        ]
        if let port = configuration.httpPort {
            let router = makeRouter(tls: false)
            services.append(
                Application(
                    router: router,
                    server: .http1WebSocketUpgrade(webSocketRouter: router, configuration: LiveSocket.serverConfiguration),
                    configuration: .init(address: .hostname(configuration.host, port: port), serverName: "arena-edge"),
                    onServerRunning: { channel in
                        boundPorts.http = channel.localAddress?.port ?? port
                        await onListening(.http, channel.localAddress?.port ?? port)
                    },
                    logger: logger))
        }
        if let port = configuration.httpsPort, let files = configuration.tls {
            let router = makeRouter(tls: true)
            let tlsConfiguration = TLSConfiguration.makeServerConfiguration(
                certificateChain: try NIOSSLCertificate.fromPEMFile(files.certificatePath).map { .certificate($0) },
                privateKey: .privateKey(try NIOSSLPrivateKey(file: files.privateKeyPath, format: .pem)))
            services.append(
                Application(
                    router: router,
                    server: try .tls(.http1WebSocketUpgrade(webSocketRouter: router, configuration: LiveSocket.serverConfiguration), tlsConfiguration: tlsConfiguration),
                    configuration: .init(address: .hostname(configuration.host, port: port), serverName: "arena-edge"),
                    onServerRunning: { channel in
                        boundPorts.https = channel.localAddress?.port ?? port
                        await onListening(.https, channel.localAddress?.port ?? port)
                    },
                    logger: logger))
        }
        self.services = services
    }
}
