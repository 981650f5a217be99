import Foundation
import Logging
import PostgresNIO

/// The SQL behind each leaderboard kind. Ranks are competition ranks computed over
/// the whole board before the limit, ties ordered by id so pages are stable.
enum LeaderboardStore {
    /// Reads one page; nil when `kind=clan` names a clan that does not exist.
    static func page(_ query: LeaderboardQuery, on client: PostgresClient, logger: Logger) async throws -> LeaderboardPage? {
        let limit = query.limit
        var entries: [LeaderboardEntry] = []
        switch query.kind {
        case .global:
            entries = try await players(
                """
                SELECT RANK() OVER (ORDER BY u.xp DESC), u.xp, u.id, u.username, c.tag
                FROM users u LEFT JOIN clan_members m ON m.user_id = u.id LEFT JOIN clans c ON c.id = m.clan_id
                ORDER BY u.xp DESC, u.id LIMIT \(limit)
                """, on: client, logger: logger)
        case .mode:
            entries = try await players(
                """
                SELECT RANK() OVER (ORDER BY r.rating DESC), r.rating::bigint, u.id, u.username, c.tag
                FROM ratings r JOIN users u ON u.id = r.user_id
                LEFT JOIN clan_members m ON m.user_id = u.id LEFT JOIN clans c ON c.id = m.clan_id
                WHERE r.mode = \(query.mode ?? "")
                ORDER BY r.rating DESC, u.id LIMIT \(limit)
                """, on: client, logger: logger)
        case .language:
            entries = try await players(
                """
                SELECT RANK() OVER (ORDER BY s.solved DESC), s.solved, u.id, u.username, c.tag
                FROM (SELECT user_id, count(*) AS solved FROM solves WHERE language = \(query.language ?? "") GROUP BY user_id) s
                JOIN users u ON u.id = s.user_id
                LEFT JOIN clan_members m ON m.user_id = u.id LEFT JOIN clans c ON c.id = m.clan_id
                ORDER BY s.solved DESC, u.id LIMIT \(limit)
                """, on: client, logger: logger)
        case .clans:
            let rows = try await client.query(
                """
                SELECT RANK() OVER (ORDER BY x.rating DESC), x.rating::bigint, x.tag, x.name, x.members FROM (
                    SELECT c.id, c.tag, c.name, \(unescaped: ClanStore.clanRatingSQL) AS rating,
                           (SELECT count(*) FROM clan_members m WHERE m.clan_id = c.id)::int AS members
                    FROM clans c) x
                ORDER BY x.rating DESC, x.id LIMIT \(limit)
                """, logger: logger)
            for try await (rank, rating, tag, name, members) in rows.decode((Int, Int64, String, String, Int).self) {
                entries.append(LeaderboardEntry(rank: rank, score: rating, tag: tag, name: name, members: members))
            }
        case .clan:
            let tag = query.clan ?? ""
            var exists = false
            for try await _ in try await client.query("SELECT 1 FROM clans WHERE tag = \(tag)", logger: logger).decode(Int.self) {
                exists = true
            }
            guard exists else { return nil }
            entries = try await players(
                """
                SELECT RANK() OVER (ORDER BY u.xp DESC), u.xp, u.id, u.username, c.tag
                FROM clan_members m JOIN users u ON u.id = m.user_id JOIN clans c ON c.id = m.clan_id
                WHERE c.tag = \(tag)
                ORDER BY u.xp DESC, u.id LIMIT \(limit)
                """, on: client, logger: logger)
        }
        return LeaderboardPage(
            kind: query.kind.rawValue, mode: query.mode, language: query.language, clan: query.clan, metric: query.metric,
            limit: limit, generatedAt: Date(), entries: entries)
    }

    /// Player rows: rank, score, user id, username, clan tag.
    private static func players(_ sql: PostgresQuery, on client: PostgresClient, logger: Logger) async throws -> [LeaderboardEntry] {
        var entries: [LeaderboardEntry] = []
        for try await (rank, score, userID, username, clan) in try await client.query(sql, logger: logger).decode(
            (Int, Int64, Int64, String, String?).self)
        {
            entries.append(LeaderboardEntry(rank: rank, score: score, userID: userID, username: username, clan: clan))
        }
        return entries
    }
}
