import Logging
import Prometheus
import ServiceLifecycle

/// Polls every replica's replay position, keeps the read rotation up to date (a replica
/// that does not answer or is too far behind leaves it) and exports the lag.
struct ReplicaMonitor: Service {
    let cluster: DatabaseCluster
    let interval: Duration
    let maximumLagBytes: UInt64
    let metrics: CoreMetrics

    func run() async throws {
        try await cancelWhenGracefulShutdown {
            while !Task.isCancelled {
                let report = await self.cluster.refreshReplicaStates(maximumLagBytes: self.maximumLagBytes)
                for replica in report {
                    // Unknown lag (the replica did not answer) is NaN, not a reassuring 0.
                    self.metrics.replicaLagBytes(replica.name).set(replica.lagBytes.map { Double($0) } ?? .nan)
                    self.metrics.replicaInRotation(replica.name).set(replica.healthy ? 1.0 : 0.0)
                }
                try await Task.sleep(for: self.interval)
            }
        }
    }
}
