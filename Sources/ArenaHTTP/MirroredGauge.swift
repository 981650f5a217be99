import Prometheus

/// One value under two names: the project's `arena_*` name and the design seed's name
/// (`ws_connections_active`, `judge_queue_depth`, …), so dashboards written against either
/// read the same number. Every update goes to both.
public struct MirroredGauge: Sendable {
    let gauges: [Gauge]

    public init(_ gauges: Gauge...) { self.gauges = gauges }

    public func set(_ value: Double) { for gauge in self.gauges { gauge.set(value) } }
    public func increment() { for gauge in self.gauges { gauge.increment() } }
    public func decrement() { for gauge in self.gauges { gauge.decrement() } }
}
