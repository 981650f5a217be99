import ArenaHTTP
import Judge
import Prometheus
import ServiceLifecycle

/// Samples the judge's gauges once a second (queue depth, backlog, workers, degraded):
/// cheaper than updating them on every enqueue, and right within a scrape interval.
struct JudgeGauges: Service {
    let pool: JudgePool
    let judging: SubmissionJudging
    let metrics: EdgeMetrics

    func run() async throws {
        await cancelWhenGracefulShutdown { await self.sample() }
    }

    private func sample() async {
        while !Task.isCancelled {
            let status = self.pool.status
            self.metrics.judgeQueueDepth.set(Double(status.queued))
            self.metrics.judgeWorkers.set(Double(status.workers))
            self.metrics.judgeDegraded.set(status.degraded ? 1.0 : 0.0)
            self.metrics.judgeBacklog.set(Double(self.judging.backlog))
            try? await Task.sleep(for: .seconds(1))
        }
    }
}
