/// One edge region: where its edge node binds, which replica it reads from, how many judge
/// workers it runs and how large its response cache is.
///
/// It exists so that an edge node can be started from a single entry of `regions.yaml`
/// (`arena edge --region eu-west`) and the core can know every region it serves.
public struct RegionConfiguration: Sendable, Hashable {
    public static let defaultJudgePool = 2
    public static let judgePoolRange: ClosedRange<Int> = 1...64
    public static let defaultCacheEntries = 1000
    public static let cacheEntriesRange: ClosedRange<Int> = 0...1_000_000
    public static let defaultCacheTTLSeconds = 30
    public static let cacheTTLSecondsRange: ClosedRange<Int> = 1...86_400

    /// Unique, `^[a-z][a-z0-9-]{1,31}$`.
    public var name: String
    /// The bind host of the edge node.
    public var host: String
    public var httpsPort: Int?
    /// Plain HTTP; only allowed on a loopback host.
    public var httpPort: Int?
    /// Name of the replica in `core.postgres.replicas` this region reads from; nil reads from the primary.
    public var readReplica: String?
    /// Number of concurrent judge workers.
    public var judgePool: Int
    /// Maximum number of entries in the edge response cache (0 disables it).
    public var cacheEntries: Int
    public var cacheTTLSeconds: Int

    public init(
        name: String,
        host: String,
        httpsPort: Int? = nil,
        httpPort: Int? = nil,
        readReplica: String? = nil,
        judgePool: Int = RegionConfiguration.defaultJudgePool,
        cacheEntries: Int = RegionConfiguration.defaultCacheEntries,
        cacheTTLSeconds: Int = RegionConfiguration.defaultCacheTTLSeconds
    ) {
        self.name = name
        self.host = host
        self.httpsPort = httpsPort
        self.httpPort = httpPort
        self.readReplica = readReplica
        self.judgePool = judgePool
        self.cacheEntries = cacheEntries
        self.cacheTTLSeconds = cacheTTLSeconds
    }

    /// The HTTPS listener, if configured.
    public var httpsEndpoint: Endpoint? { self.httpsPort.map { Endpoint(host: self.host, port: $0) } }
    /// The plain HTTP listener, if configured.
    public var httpEndpoint: Endpoint? { self.httpPort.map { Endpoint(host: self.host, port: $0) } }
}
