import Prometheus

extension MetricNameDescriptor {
    /// A descriptor for a full metric name (`arena_..._seconds`, `..._total`) that
    /// already follows Prometheus naming, with its help text.
    public static func arena(_ name: String, help: String) -> MetricNameDescriptor {
        MetricNameDescriptor(metricName: name, unitName: "", helpText: help)
    }
}
