import ArenaHTTP
import ArenaShared
import Prometheus

/// The edge's own metric families, registered once per node.
final class EdgeMetrics: Sendable {
    let node: NodeMetrics
    let cacheHits: Counter
    let cacheMisses: Counter
    let cacheStaleServed: Counter
    let cacheInvalidations: Counter
    let outboxDepth: Gauge
    let outboxDeadLetters: Gauge
    let submissionsAccepted: Counter
    let submissionsRejected: Counter
    let coreErrors: Counter
    let webSocketConnections: MirroredGauge
    let webSocketErrorFrames: Counter
    let redisConnected: Gauge
    let judgeQueueDepth: MirroredGauge
    let judgeBacklog: Gauge
    let judgeWorkers: Gauge
    let judgeDegraded: Gauge
    let judgeCompileCacheBytes: Gauge
    let judgeDurations: [LanguageID: DurationHistogram]
    let judgeVerdicts: [Verdict: Counter]
    let customRuns: Counter
    let matchesOwned: Gauge
    let matchAdoptions: Counter
    let matchEventsFannedOut: Counter
    let matchesWatched: Gauge
    let matchFramesRejected: Counter

    static let judgeBuckets: [Duration] = [
        .milliseconds(50), .milliseconds(100), .milliseconds(250), .milliseconds(500), .seconds(1), .seconds(2), .seconds(5),
        .seconds(10), .seconds(30), .seconds(60),
    ]

    init(node: NodeMetrics) {
        self.node = node
        let registry = node.registry
        func counter(_ name: String, _ help: String) -> Counter { registry.makeCounter(descriptor: .arena(name, help: help)) }
        func gauge(_ name: String, _ help: String) -> Gauge { registry.makeGauge(descriptor: .arena(name, help: help)) }
        self.cacheHits = counter("arena_edge_cache_hits_total", "Problem reads answered from the edge cache")
        self.cacheMisses = counter("arena_edge_cache_misses_total", "Problem reads fetched from the core")
        self.cacheStaleServed = counter("arena_edge_cache_stale_served_total", "Expired entries served because the core was unreachable")
        self.cacheInvalidations = counter("arena_edge_cache_invalidations_total", "Invalidation messages applied")
        self.outboxDepth = gauge("arena_outbox_depth", "Forwarded writes waiting on disk for the core")
        self.outboxDeadLetters = gauge("arena_outbox_dead_letters", "Forwarded writes the core refused for good, kept for an operator")
        self.submissionsAccepted = counter("arena_edge_submissions_accepted_total", "Submissions accepted (durably queued) by the edge")
        self.submissionsRejected = counter("arena_edge_submissions_rejected_total", "Submissions refused as invalid or rate limited")
        self.coreErrors = counter("arena_edge_core_errors_total", "Calls to the core that failed to connect or timed out")
        // The seed's names too (docs/operations.md: "Seed metric names").
        self.webSocketConnections = MirroredGauge(
            gauge("arena_ws_connections_active", "Open WebSocket connections"), gauge("ws_connections_active", "Open WebSocket connections (seed name)"))
        self.webSocketErrorFrames = counter("arena_ws_error_frames_total", "Error frames sent for invalid or rate-limited frames")
        self.redisConnected = gauge("arena_edge_redis_subscribed", "1 while the invalidation subscription is live")
        self.judgeQueueDepth = MirroredGauge(
            gauge("arena_judge_queue_depth", "Submissions waiting for a free judge worker"),
            gauge("judge_queue_depth", "Submissions waiting for a free judge worker (seed name)"))
        self.judgeBacklog = gauge("arena_judge_backlog", "Accepted submissions not yet judged (durable journal)")
        self.judgeWorkers = gauge("arena_judge_workers", "Warm sandbox containers in the judge pool")
        self.judgeDegraded = gauge("arena_judge_degraded", "1 when no cgroup is writable and limits fall back to rlimits")
        self.judgeCompileCacheBytes = gauge("arena_judge_compile_cache_bytes", "Bytes the judge's compile cache holds on disk (bounded, least recently used evicted)")
        let durationHelp = "Time to judge one submission (compile and all tests run), by language"
        self.judgeDurations = Dictionary(uniqueKeysWithValues: LanguageID.allCases.map { language in
            (language, registry.makeDurationHistogram(
                descriptor: .arena("arena_judge_duration_seconds", help: durationHelp), labels: [("language", language.rawValue)],
                buckets: Self.judgeBuckets))
        })
        let verdictHelp = "Judged submissions by verdict"
        self.judgeVerdicts = Dictionary(uniqueKeysWithValues: Verdict.allCases.map { verdict in
            (verdict, registry.makeCounter(descriptor: .arena("arena_judge_verdicts_total", help: verdictHelp), labels: [("verdict", verdict.rawValue)]))
        })
        self.customRuns = counter("arena_judge_custom_runs_total", "Custom runs (own input, no verdict)")
        self.matchesOwned = gauge("arena_matches_owned", "Live matches whose engine runs on this edge (lease held)")
        self.matchAdoptions = counter("arena_match_failovers_total", "Matches this edge took over after their owner's lease expired")
        self.matchEventsFannedOut = counter("arena_match_events_fanned_out_total", "Match events received from Redis and delivered to local sockets")
        self.matchesWatched = gauge("arena_matches_watched", "Matches with players or spectators connected to this edge")
        self.matchFramesRejected = counter("arena_match_frames_rejected_total", "Lobby, match, spectate and chat frames refused with an error frame")
    }
}
