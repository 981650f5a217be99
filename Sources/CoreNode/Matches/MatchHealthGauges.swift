import ArenaHTTP
import Foundation
import Logging
import Matches
import Prometheus
import Replication
import ServiceLifecycle

/// Keeps the match-health gauges true from the database, not from this process's memory:
/// the rating drift (`arena_rating_drift` / `elo_calculation_drift`: the mean rating minus
/// the start rating, zero for zero-sum Elo) and `match_completion_rate` (of the matches that
/// ended in the last hour, the share that finished with a result rather than aborted).
/// Computed at start, so a restarted core does not report a drift of zero, and then every
/// `interval`; a match result updates the drift at once as well.
final class MatchHealthGauges: Service, Sendable {
    let store: MatchStore
    let interval: Duration
    let metrics: CoreMetrics
    let logger: Logger
    let schema: SchemaGate?

    init(store: MatchStore, interval: Duration = .seconds(60), metrics: CoreMetrics, logger: Logger, schema: SchemaGate? = nil) {
        self.schema = schema
        self.store = store
        self.interval = interval
        self.metrics = metrics
        self.logger = logger
    }

    func run() async throws {
        await periodically(every: self.interval, after: self.schema, logger: self.logger, failure: "could not refresh the match health gauges") {
            try await self.refresh()
        }
    }

    func refresh() async throws {
        for mode in MatchMode.allCases {
            self.metrics.ratingDrift(mode).set(try await self.store.meanRatingDrift(mode: mode))
        }
        let ended = try await self.store.endedMatches(since: Date().addingTimeInterval(-3600))
        for mode in MatchMode.allCases {
            let counts = ended[mode] ?? (finished: 0, aborted: 0)
            let total = counts.finished + counts.aborted
            // No match ended: nothing went wrong, so the rate reads 1.
            self.metrics.completionRate(mode).set(total == 0 ? 1 : Double(counts.finished) / Double(total))
        }
    }
}
