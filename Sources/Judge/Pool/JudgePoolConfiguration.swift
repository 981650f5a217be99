/// Sizing of an edge's judge pool (from `regions.yaml`: `judge.workers`, `judge.queue`).
public struct JudgePoolConfiguration: Sendable {
    /// Warm containers; each judges one submission at a time.
    public var workers: Int
    /// Submissions that may wait for a worker; beyond it the edge answers 429.
    public var queueCapacity: Int
    public var sandbox: SandboxConfiguration
    /// The compile cache's bound on disk (least recently used entries go first).
    public var compileCacheBytes: Int64

    public init(
        workers: Int = 2, queueCapacity: Int = 64, sandbox: SandboxConfiguration = SandboxConfiguration(), compileCacheBytes: Int64 = 1 << 30
    ) {
        self.compileCacheBytes = compileCacheBytes
        self.workers = workers
        self.queueCapacity = queueCapacity
        self.sandbox = sandbox
    }
}

/// What the pool reports to `/ready` and `/api/languages`.
public struct JudgeStatus: Sendable, Codable, Hashable {
    public var ready: Bool
    public var workers: Int
    public var busy: Int
    public var queued: Int
    public var queueCapacity: Int
    /// "cgroup v1 (...)", "cgroup v2 at ...", or the loud rlimit-only fallback.
    public var isolation: String
    public var degraded: Bool
    public var problem: String?
    public var languages: [Toolchains.Entry]
}
