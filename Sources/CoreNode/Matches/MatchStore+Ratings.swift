import ArenaShared
import Foundation
import Logging
import Matches
import PostgresNIO

extension MatchStore {
    /// Applies a rated result: Elo changes, rating history, XP and win badges, in the
    /// caller's transaction (the match row is locked). Also used when a review clears a held result.
    static func applyRatings(match id: UUID, _ result: MatchResultRequest, seated: [Int64], now: Date, on connection: PostgresConnection, logger: Logger)
        async throws -> [RatingChange]
    {
        // Lock the players' rating rows in user-id order (the same order in every transaction).
        for user in seated {
            try await connection.query(
                "INSERT INTO ratings (user_id, mode) VALUES (\(user), \(result.mode.rawValue)) ON CONFLICT DO NOTHING", logger: logger)
        }
        var current: [Int64: (rating: Int, games: Int)] = [:]
        let locked = try await connection.query(
            "SELECT user_id, rating, games FROM ratings WHERE mode = \(result.mode.rawValue) AND user_id = ANY(\(seated)) ORDER BY user_id FOR UPDATE",
            logger: logger)
        for try await (user, rating, games) in locked.decode((Int64, Int, Int).self) { current[user] = (rating, games) }
        let deltas = EloRating.changes(
            for: result.standings.map { standing in
                EloRating.Player(
                    userID: standing.userID, rating: current[standing.userID]?.rating ?? 1500, games: current[standing.userID]?.games ?? 0,
                    place: standing.place)
            })
        var changes: [RatingChange] = []
        for standing in result.standings {
            let before = current[standing.userID]?.rating ?? 1500
            let after = before + (deltas[standing.userID] ?? 0)
            changes.append(RatingChange(userID: standing.userID, before: before, after: after))
            try await connection.query(
                """
                UPDATE ratings SET rating = \(after), games = games + 1, updated_at = \(now)
                WHERE user_id = \(standing.userID) AND mode = \(result.mode.rawValue)
                """, logger: logger)
            try await connection.query(
                """
                UPDATE match_players SET score = \(standing.score), place = \(standing.place), rating_before = \(before), rating_after = \(after)
                WHERE match_id = \(id) AND user_id = \(standing.userID)
                """, logger: logger)
            try await connection.query(
                """
                INSERT INTO rating_history (user_id, mode, match_id, rating_before, rating_after, recorded_at)
                VALUES (\(standing.userID), \(result.mode.rawValue), \(id), \(before), \(after), \(now))
                """, logger: logger)
        }
        // XP and win badges in the same transaction, players in user-id order (Rewards locks user rows).
        let decided = Set(result.standings.map(\.place)).count > 1
        for standing in result.standings.sorted(by: { $0.userID < $1.userID }) {
            try await Rewards.matchFinished(
                userID: standing.userID, mode: result.mode.rawValue, won: decided && standing.place == 1, on: connection, logger: logger)
        }
        return changes
    }
}
