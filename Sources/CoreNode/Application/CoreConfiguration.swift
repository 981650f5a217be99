import ArenaShared
import Crypto
import Matches
import Replication

/// Everything the core needs to run; plain values with development defaults so tests
/// and `arena up` only set what differs.
public struct CoreConfiguration: Sendable {
    public var host: String
    public var port: Int
    public var postgres: PostgresDeployment
    /// Which replica each region reads from (absent: any healthy replica).
    public var regionReplicas: [String: String]
    public var redis: Endpoint
    /// The application role's password (SCRAM) and the CA that signed PostgreSQL's
    /// certificate: with a CA every connection is TLS with full verification (host name
    /// included); `arena up` sets both. nil: no password, plain TCP (a `trust` cluster).
    public var postgresPassword: String?
    public var postgresCACertificatePath: String?
    /// How this node logs in to Redis and checks its certificate (`arena up` sets both:
    /// docs/operations.md, "Trust between nodes"); nil: plain TCP, no login.
    public var redisCredentials: RedisConfiguration.Credentials?
    public var redisTLS: RedisConfiguration.TLS?
    public var redisConfiguration: RedisConfiguration {
        RedisConfiguration(host: self.redis.host, port: self.redis.port, credentials: self.redisCredentials, tls: self.redisTLS)
    }
    /// Signs access tokens; shared with every edge.
    public var tokenSecret: String
    /// Proves an edge's identity on internal calls (`X-Arena-Edge-Secret`).
    public var edgeSecret: String
    /// During a rotation: secrets still accepted (tokens signed with them verify, edges
    /// presenting them are let in); new tokens are always signed with `tokenSecret`.
    public var previousTokenSecrets: [String] = []
    public var previousEdgeSecrets: [String] = []
    public var passwordHashRounds: Int
    public var accessTokenLifetime: Duration
    public var refreshTokenLifetime: Duration
    /// Usernames that get the admin role when they sign up (bootstrap of the first admins).
    public var adminUsernames: Set<String>
    /// A replica further behind the primary than this leaves read rotation.
    public var maximumReplicaLagBytes: UInt64
    public var replicaCheckInterval: Duration
    /// How long a writer's reads stay pinned to its commit position.
    public var readYourWritesWindow: Duration
    /// `Secure` attribute on the refresh cookie (edges drop it on plain-HTTP loopback).
    public var secureCookies: Bool
    public var maximumConnectionsPerPool: Int
    /// Match lengths and sizes (tests shorten them); copied into each match's snapshot.
    public var matchSettings: MatchSettings
    /// How often the matchmaking leader pairs queued players.
    public var matchmakingInterval: Duration
    /// Limits on challenges (accept window, rated pairings per day, creation rate).
    public var challenges = ChallengePolicy()
    /// The editor's starter code per language (the judge's templates): its fingerprints
    /// never count as evidence of copying. Filled by the `arena` binary from the judge's table.
    public var starterTemplates: [LanguageID: String] = [:]
    /// How often each core fingerprints newly accepted submissions.
    public var plagiarismScanInterval: Duration = .seconds(5)
    /// How often open matches whose Redis snapshot is gone are looked for and aborted.
    public var lostMatchSweepInterval: Duration = .seconds(60)
    /// An edge not heard from for this long is not live in the region registry.
    public var edgeLiveness: Duration = .seconds(15)
    /// Failed sign-ins one account may have per window, from any address, before it is
    /// refused with 429 until the window ends (the edge limits each address separately).
    public var signInFailureLimit: Int = 10
    public var signInFailureWindow: Duration = .seconds(15 * 60)
    /// A refresh token used again this soon after its first use is a second tab refreshing
    /// at the same moment, not a thief: it gets a token too (docs/architecture.md).
    public var refreshReuseGrace: Duration = .seconds(10)
    /// Signs access tokens (Ed25519; only the core has it). The default is a key of this
    /// process alone, so a core started without one issues tokens no edge accepts.
    public var tokenSigningKey = Curve25519.Signing.PrivateKey()
    /// Public keys of retired signing keys, still accepted until their tokens expire.
    public var previousTokenPublicKeys: [Curve25519.Signing.PublicKey] = []
    /// Collusion, fast-solve and shared-code thresholds.
    public var fairPlay = FairPlayPolicy()
    /// Proof of work and per-address limits on sign-up.
    public var signUp = SignUpPolicy()
    /// HTTPS with client certificates (mutual TLS; docs/operations.md, "Trust between nodes").
    /// nil: plain HTTP, which `validate()` allows on a loopback host only.
    public var tls: TLS?
    /// The regions of `regions.yaml`: only their edges' certificates open internal routes.
    public var edgeRegions = EdgeRegionList([])
    /// Account mail (address confirmation, password reset) through the MTA on this host.
    public var mail = MailConfiguration()
    /// How often committed notifications are looked for and pushed live (and mailed).
    public var notificationDeliveryInterval: Duration = .seconds(1)

    /// The core's certificate and key, and the CA whose client certificates it accepts.
    public struct TLS: Sendable, Hashable {
        public var certificatePath: String
        public var privateKeyPath: String
        public var clientCAPath: String

        public init(certificatePath: String, privateKeyPath: String, clientCAPath: String) {
            self.certificatePath = certificatePath
            self.privateKeyPath = privateKeyPath
            self.clientCAPath = clientCAPath
        }
    }

    /// Refuses a configuration that would put secrets on the wire in clear.
    public func validate() throws(CoreConfigurationError) {
        if self.tls == nil && !Endpoint.isLoopback(self.host) {
            throw CoreConfigurationError(
                "the core listens on \(self.host) without TLS; plain HTTP is only allowed on loopback. "
                    + "Give it --tls-certificate, --tls-key and --client-ca (`arena up` and `arena regions render` do)")
        }
        try self.mail.validate()
        if self.tls != nil && self.edgeRegions.regions.isEmpty {
            throw CoreConfigurationError("the core has TLS but no edge regions: no edge could call its internal routes")
        }
    }

    public init(
        host: String = "127.0.0.1",
        port: Int = 8600,
        postgres: PostgresDeployment,
        regionReplicas: [String: String] = [:],
        redis: Endpoint,
        tokenSecret: String,
        edgeSecret: String,
        passwordHashRounds: Int = 210_000,
        accessTokenLifetime: Duration = .seconds(15 * 60),
        refreshTokenLifetime: Duration = .seconds(30 * 24 * 3600),
        adminUsernames: Set<String> = [],
        maximumReplicaLagBytes: UInt64 = 16 * 1024 * 1024,
        replicaCheckInterval: Duration = .milliseconds(500),
        readYourWritesWindow: Duration = .seconds(30),
        secureCookies: Bool = true,
        maximumConnectionsPerPool: Int = 20,
        matchSettings: MatchSettings = MatchSettings(),
        matchmakingInterval: Duration = .seconds(2)
    ) {
        self.host = host
        self.port = port
        self.postgres = postgres
        self.regionReplicas = regionReplicas
        self.redis = redis
        self.tokenSecret = tokenSecret
        self.edgeSecret = edgeSecret
        self.passwordHashRounds = passwordHashRounds
        self.accessTokenLifetime = accessTokenLifetime
        self.refreshTokenLifetime = refreshTokenLifetime
        self.adminUsernames = adminUsernames
        self.maximumReplicaLagBytes = maximumReplicaLagBytes
        self.replicaCheckInterval = replicaCheckInterval
        self.readYourWritesWindow = readYourWritesWindow
        self.secureCookies = secureCookies
        self.maximumConnectionsPerPool = maximumConnectionsPerPool
        self.matchSettings = matchSettings
        self.matchmakingInterval = matchmakingInterval
    }
}

/// Why the core will not start with a configuration; says what to change.
public struct CoreConfigurationError: Error, CustomStringConvertible, Sendable {
    public var description: String
    init(_ description: String) { self.description = description }
}
