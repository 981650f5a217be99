import ArenaShared
import Foundation
import Logging
import Matches
import PostgresNIO

extension MatchStore {
    /// An unrated match: places and scores are kept; ratings, rating history, XP and badges
    /// are not touched (each change is ±0 at the player's current rating).
    static func commitUnrated(match id: UUID, _ result: MatchResultRequest, now: Date, on connection: PostgresConnection, logger: Logger)
        async throws -> MatchResultReply
    {
        var current: [Int64: Int] = [:]
        let users = result.standings.map(\.userID)
        for try await (user, rating) in try await connection.query(
            "SELECT user_id, rating FROM ratings WHERE mode = \(result.mode.rawValue) AND user_id = ANY(\(users))", logger: logger
        ).decode((Int64, Int).self) {
            current[user] = rating
        }
        var changes: [RatingChange] = []
        for standing in result.standings {
            let rating = current[standing.userID] ?? 1500
            changes.append(RatingChange(userID: standing.userID, before: rating, after: rating))
            try await connection.query(
                """
                UPDATE match_players SET score = \(standing.score), place = \(standing.place), rating_before = \(rating), rating_after = \(rating)
                WHERE match_id = \(id) AND user_id = \(standing.userID)
                """, logger: logger)
        }
        let summary = String(decoding: try ArenaJSON.encoder().encode(result), as: UTF8.self)
        try await connection.query(
            "UPDATE matches SET status = 'finished', ended_at = \(now), result = \(summary)::jsonb WHERE id = \(id)", logger: logger)
        return MatchResultReply(match: id.uuidString.lowercased(), ratingChanges: changes, applied: true)
    }
}
