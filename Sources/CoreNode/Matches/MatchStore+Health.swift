import Foundation
import Matches
import PostgresNIO

/// What the match-health gauges read (`MatchHealthGauges`): the rating drift and how the
/// last hour's matches ended.
extension MatchStore {
    /// The mean rating of everyone rated in `mode`, minus the start rating (0 when nobody is).
    func meanRatingDrift(mode: MatchMode) async throws -> Double {
        var drift = 0.0
        for try await value in try await self.primary.query(
            "SELECT COALESCE(avg(rating), 1500)::float8 - 1500 FROM ratings WHERE mode = \(mode.rawValue)", logger: self.logger
        ).decode(Double.self) {
            drift = value
        }
        return drift
    }

    /// Matches that ended since `date`, per mode: finished with a result, or aborted.
    func endedMatches(since date: Date) async throws -> [MatchMode: (finished: Int, aborted: Int)] {
        var counts: [MatchMode: (finished: Int, aborted: Int)] = [:]
        let rows = try await self.primary.query(
            """
            SELECT mode, count(*) FILTER (WHERE status = 'finished'), count(*) FILTER (WHERE status = 'aborted')
            FROM matches WHERE ended_at >= \(date) AND status IN ('finished', 'aborted') GROUP BY mode
            """, logger: self.logger)
        for try await (mode, finished, aborted) in rows.decode((String, Int, Int).self) {
            if let mode = MatchMode(rawValue: mode) { counts[mode] = (finished, aborted) }
        }
        return counts
    }
}
