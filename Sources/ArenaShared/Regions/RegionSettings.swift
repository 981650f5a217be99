/// What an edge of a region runs with, as it reports it to the core and as `regions.yaml`
/// asks for it: the two sides `arena regions plan` compares.
public struct RegionSettings: Codable, Sendable, Hashable {
    public var host: String
    public var httpsPort: Int?
    public var httpPort: Int?
    public var judgePool: Int
    public var cacheEntries: Int
    public var cacheTTLSeconds: Int

    public init(host: String, httpsPort: Int?, httpPort: Int?, judgePool: Int, cacheEntries: Int, cacheTTLSeconds: Int) {
        self.host = host
        self.httpsPort = httpsPort
        self.httpPort = httpPort
        self.judgePool = judgePool
        self.cacheEntries = cacheEntries
        self.cacheTTLSeconds = cacheTTLSeconds
    }

    public init(_ region: RegionConfiguration) {
        self.init(
            host: region.host, httpsPort: region.httpsPort, httpPort: region.httpPort, judgePool: region.judgePool,
            cacheEntries: region.cacheEntries, cacheTTLSeconds: region.cacheTTLSeconds)
    }

    /// `field: old → new` for every field that differs, in a fixed order.
    public func differences(to other: RegionSettings) -> [String] {
        func text(_ value: Int?) -> String { value.map(String.init) ?? "none" }
        var changes: [String] = []
        if self.host != other.host { changes.append("host: \(self.host) → \(other.host)") }
        if self.httpsPort != other.httpsPort { changes.append("https_port: \(text(self.httpsPort)) → \(text(other.httpsPort))") }
        if self.httpPort != other.httpPort { changes.append("http_port: \(text(self.httpPort)) → \(text(other.httpPort))") }
        if self.judgePool != other.judgePool { changes.append("judge_pool: \(self.judgePool) → \(other.judgePool)") }
        if self.cacheEntries != other.cacheEntries { changes.append("cache_entries: \(self.cacheEntries) → \(other.cacheEntries)") }
        if self.cacheTTLSeconds != other.cacheTTLSeconds { changes.append("cache_ttl_seconds: \(self.cacheTTLSeconds) → \(other.cacheTTLSeconds)") }
        return changes
    }
}
