import Foundation
import Prometheus
import Synchronization

/// The metrics registry of one node (core or edge). Each node owns its registry, so
/// several nodes can live in one test process; metric families are created here or in
/// the node's own metrics type exactly once (swift-prometheus traps on conflicting
/// re-registration).
public final class NodeMetrics: Sendable {
    public let registry: PrometheusCollectorRegistry
    private let requestDurations = Mutex<[String: DurationHistogram]>([:])

    public static let requestDurationName = "arena_http_request_duration_seconds"
    static let buckets: [Duration] = [
        .milliseconds(1), .milliseconds(2.5), .milliseconds(5), .milliseconds(10), .milliseconds(25),
        .milliseconds(50), .milliseconds(100), .milliseconds(250), .milliseconds(500), .seconds(1),
        .seconds(2.5), .seconds(5), .seconds(10),
    ]

    public init(node: String, region: String? = nil, registry: PrometheusCollectorRegistry = PrometheusCollectorRegistry()) {
        self.registry = registry
        var labels = [("node", node)]
        if let region { labels.append(("region", region)) }
        registry.makeGauge(descriptor: .arena("arena_build_info", help: "Constant 1, labelled with the node kind"), labels: labels).set(1.0)
    }

    /// `route` is the route's template (`/api/problems/{slug}`), never a raw path, to
    /// keep label cardinality bounded.
    public func recordRequest(route: String, method: String, status: Int, duration: Duration) {
        let key = "\(route)|\(method)|\(status)"
        let histogram = self.requestDurations.withLock { cache in
            if let existing = cache[key] { return existing }
            let created = self.registry.makeDurationHistogram(
                descriptor: .arena(Self.requestDurationName, help: "HTTP request duration by route template, method and status"),
                labels: [("route", route), ("method", method), ("status", String(status))],
                buckets: Self.buckets
            )
            cache[key] = created
            return created
        }
        histogram.recordNanoseconds(duration.components.seconds * 1_000_000_000 + duration.components.attoseconds / 1_000_000_000)
    }

    public func exposition() -> String {
        self.registry.emitToString()
    }
}
