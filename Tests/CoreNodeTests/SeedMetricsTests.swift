import ArenaShared
import ArenaTestSupport
import Foundation
import Matches
import NIOHTTP1
import PostgresNIO
import Testing

/// The design seed's metric names are exported verbatim beside the `arena_*` ones, and the
/// database-derived gauges are true right after a start (a restarted core once reported a
/// rating drift of zero until the next match result).
@Suite("Seed metric names", .timeLimit(.minutes(3)))
struct SeedMetricsTests {
    static func value(_ metrics: String, _ series: String) -> Double? {
        metrics.split(separator: "\n").first { $0.hasPrefix(series + " ") }.flatMap { Double($0.split(separator: " ").last ?? "") }
    }

    @Test("elo_calculation_drift comes from the database after a restart; queue depth and completion rate are exported")
    func coreSeedMetrics() async throws {
        let environment = try await CoreTestEnvironment.start()
        defer { Task { await environment.stop() } }
        let database = try await TestDatabase.open(environment)
        defer { database.close() }
        let ann = try await environment.core.signUp("seed_ann")
        // A rating 100 above the start, as a broken calculation would leave it.
        try await database.primary.query(
            "INSERT INTO ratings (user_id, mode, rating, games) VALUES (\(ann.user.id), 'golf', 1600, 1)", logger: database.logger)

        await environment.core.stop()
        let core = try await environment.core.restarted()
        defer { Task { await core.stop() } }
        try await waitUntil("the drift read from the database") {
            let metrics = try await core.client.send(.GET, "/metrics").text
            return Self.value(metrics, #"elo_calculation_drift{mode="golf"}"#) == 100 && Self.value(metrics, #"arena_rating_drift{mode="golf"}"#) == 100
        }
        let metrics = try await core.client.send(.GET, "/metrics").text
        #expect(Self.value(metrics, #"match_queue_depth{mode="blitz"}"#) != nil)
        #expect(Self.value(metrics, #"match_completion_rate{mode="blitz"}"#) == 1, "no match ended: nothing failed")
        #expect(Self.value(metrics, #"elo_calculation_drift{mode="blitz"}"#) == 0)
    }
}
