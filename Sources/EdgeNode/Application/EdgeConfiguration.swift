import ArenaHTTP
import ArenaShared
import Crypto
import Foundation
import Judge
import Replication

/// Everything one edge needs; plain values with defaults so tests and `arena up` only
/// set what differs.
public struct EdgeConfiguration: Sendable {
    public var region: String
    public var host: String
    /// Plain HTTP listener; only allowed on a loopback host (tests, local tools). 0 = any free port.
    public var httpPort: Int?
    /// HTTPS listener (needs `tls`).
    public var httpsPort: Int?
    public var tls: TLSFiles?
    /// Base URL of the core, e.g. `http://127.0.0.1:8600`.
    public var coreURL: String
    /// The edge's side of mutual TLS to the core (`https://` core URLs need it).
    public var coreTLS: CoreLinkTLS?
    public var redis: Endpoint
    /// The core's token public keys (current and previous): edges verify access tokens with
    /// them and cannot mint any. Empty: every token is refused.
    public var tokenPublicKeys: [Curve25519.Signing.PublicKey] = []
    /// Reverse proxies whose `Forwarded` / `X-Forwarded-For` name the player's address
    /// (`--trusted-proxy`); from anyone else those headers are ignored.
    public var trustedProxies: TrustedProxies = .none
    /// The default limit on every route, per client address (`RequestBudget`).
    public var requestBudget = RequestBudgetPolicy()
    /// How this node logs in to Redis and checks its certificate (`arena up` sets both:
    /// docs/operations.md, "Trust between nodes"); nil: plain TCP, no login.
    public var redisCredentials: RedisConfiguration.Credentials?
    public var redisTLS: RedisConfiguration.TLS?
    public var redisConfiguration: RedisConfiguration {
        RedisConfiguration(host: self.redis.host, port: self.redis.port, credentials: self.redisCredentials, tls: self.redisTLS)
    }
    public var tokenSecret: String
    /// During a rotation: token secrets whose access and resume tokens still verify here.
    public var previousTokenSecrets: [String] = []
    public var edgeSecret: String
    /// Where acknowledged writes wait for the core (survives restarts).
    public var outboxDirectory: String
    public var cacheEntries: Int
    public var cacheTTL: Duration
    public var judgePoolSize: Int
    /// Submissions that may wait for a judge worker (and accepted-but-unjudged ones) before 429.
    public var judgeQueueCapacity: Int
    /// Containers' roots, stdio files and the compile cache (default: a temp folder).
    public var judgeDirectory: String?
    public var judgeCgroups: SandboxConfiguration.CgroupMode
    /// Sandbox uids start here (one per worker); edges on one host need disjoint ranges.
    public var judgeFirstUID: UInt32
    /// Submissions per user per window before 429.
    public var submissionBurst: Int
    public var submissionWindow: Duration
    /// Sign-in/sign-up attempts per client IP per minute before 429 (brute force).
    public var authAttemptsPerMinute: Int
    public var coreTimeout: Duration
    /// How long a match lease outlives its owner: another edge takes over within about this long.
    public var matchLeaseTTL: Duration
    /// The web app's folder; nil = `ARENA_WEB_ROOT`, else the files shipped with the edge.
    public var webRoot: URL?
    /// How often the edge tells the core's region registry it is alive.
    public var heartbeatInterval: Duration = .seconds(5)
    /// Compiler CPU a player may spend per window (cached compiles cost nothing) before
    /// submissions and runs answer `429 compile_budget`.
    public var compileBudget: Duration = .seconds(60)
    public var compileBudgetWindow: Duration = .seconds(300)
    /// Where the judge's cgroups go below each hierarchy's root (`--judge-cgroup`).
    public var judgeCgroupParent = "arena-judge"

    /// What this edge runs with, as `regions.yaml` describes a region.
    public var regionSettings: RegionSettings {
        RegionSettings(
            host: self.host, httpsPort: self.httpsPort, httpPort: self.httpPort, judgePool: self.judgePoolSize, cacheEntries: self.cacheEntries,
            cacheTTLSeconds: Int(self.cacheTTL.components.seconds))
    }

    public struct TLSFiles: Sendable {
        public var certificatePath: String
        public var privateKeyPath: String
        public init(certificatePath: String, privateKeyPath: String) {
            self.certificatePath = certificatePath
            self.privateKeyPath = privateKeyPath
        }
    }

    public init(
        region: String,
        host: String = "127.0.0.1",
        httpPort: Int? = nil,
        httpsPort: Int? = nil,
        tls: TLSFiles? = nil,
        coreURL: String,
        redis: Endpoint,
        tokenSecret: String,
        edgeSecret: String,
        outboxDirectory: String,
        cacheEntries: Int = 1000,
        cacheTTL: Duration = .seconds(30),
        judgePoolSize: Int = 2,
        judgeQueueCapacity: Int = 64,
        judgeDirectory: String? = nil,
        judgeCgroups: SandboxConfiguration.CgroupMode = .detect,
        judgeFirstUID: UInt32 = 61000,
        submissionBurst: Int = 6,
        submissionWindow: Duration = .seconds(10),
        authAttemptsPerMinute: Int = 20,
        coreTimeout: Duration = .seconds(10),
        matchLeaseTTL: Duration = .seconds(3)
    ) {
        self.region = region
        self.host = host
        self.httpPort = httpPort
        self.httpsPort = httpsPort
        self.tls = tls
        self.coreURL = coreURL
        self.redis = redis
        self.tokenSecret = tokenSecret
        self.edgeSecret = edgeSecret
        self.outboxDirectory = outboxDirectory
        self.cacheEntries = cacheEntries
        self.cacheTTL = cacheTTL
        self.judgePoolSize = judgePoolSize
        self.judgeQueueCapacity = judgeQueueCapacity
        self.judgeDirectory = judgeDirectory
        self.judgeCgroups = judgeCgroups
        self.judgeFirstUID = judgeFirstUID
        self.submissionBurst = submissionBurst
        self.submissionWindow = submissionWindow
        self.authAttemptsPerMinute = authAttemptsPerMinute
        self.coreTimeout = coreTimeout
        self.matchLeaseTTL = matchLeaseTTL
    }

    /// Refuses settings that would be unsafe or cannot work, with a fix for each.
    public func validate() throws(EdgeConfigurationError) {
        if self.httpPort == nil && self.httpsPort == nil {
            throw EdgeConfigurationError("region \(self.region): set https_port (or http_port on a loopback host)")
        }
        if self.httpPort != nil && !Self.isLoopback(self.host) {
            throw EdgeConfigurationError("region \(self.region): plain HTTP is only allowed on loopback; use https_port on \(self.host)")
        }
        let coreHost = URL(string: self.coreURL)?.host ?? ""
        if self.coreURL.hasPrefix("http://") && !Self.isLoopback(coreHost) {
            throw EdgeConfigurationError(
                "region \(self.region): the core at \(self.coreURL) is plain HTTP off loopback; the edge secret, passwords and cookies "
                    + "would cross the network in clear. Use https:// with --core-ca, --core-client-certificate and --core-client-key")
        }
        if self.coreURL.hasPrefix("https://") && self.coreTLS == nil {
            throw EdgeConfigurationError(
                "region \(self.region): the core is https:// but the edge has no client certificate (--core-ca, --core-client-certificate, --core-client-key)")
        }
        if self.httpsPort != nil && self.tls == nil {
            throw EdgeConfigurationError("region \(self.region): https_port needs a certificate and key (`arena up` generates a dev pair)")
        }
    }

    /// Where accepted submissions wait to be judged (survives restarts, like the outbox).
    public var judgeJournalDirectory: String { "\(self.outboxDirectory)/judging" }

    /// The judge pool this edge runs, sized from `regions.yaml` (`judge_pool`).
    public var judgePoolConfiguration: JudgePoolConfiguration {
        let directory = self.judgeDirectory ?? NSTemporaryDirectory() + "arena-judge-\(self.region)-\(UUID().uuidString.prefix(8))"
        var sandbox = SandboxConfiguration(workDirectory: directory, firstUID: self.judgeFirstUID, cgroups: self.judgeCgroups)
        sandbox.cgroupParent = self.judgeCgroupParent
        return JudgePoolConfiguration(workers: self.judgePoolSize, queueCapacity: self.judgeQueueCapacity, sandbox: sandbox)
    }

    public static func isLoopback(_ host: String) -> Bool {
        host == "localhost" || host == "::1" || host.hasPrefix("127.")
    }
}

public struct EdgeConfigurationError: Error, CustomStringConvertible {
    public var description: String
    init(_ description: String) { self.description = description }
}
