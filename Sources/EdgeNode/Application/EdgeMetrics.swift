import ArenaHTTP
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
    let webSocketConnections: Gauge
    let webSocketErrorFrames: Counter
    let redisConnected: Gauge

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
        self.webSocketConnections = gauge("arena_ws_connections_active", "Open WebSocket connections")
        self.webSocketErrorFrames = counter("arena_ws_error_frames_total", "Error frames sent for invalid or rate-limited frames")
        self.redisConnected = gauge("arena_edge_redis_subscribed", "1 while the invalidation subscription is live")
    }
}
