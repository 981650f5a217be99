import ArenaHTTP
import ArenaShared
import Foundation
import Hummingbird
import Logging
import PostgresNIO

/// `GET /api/users/{username}/profile`: XP, streaks, badges, ratings and clan of any
/// player, from a replica (the player's own writes are visible to them at once).
struct ProfileController: Sendable {
    let consistency: ReadConsistency

    func addRoutes(to router: RouterGroup<CoreRequestContext>) {
        router.get("api/users/{username}/profile", use: self.profile)
        router.get("api/users/{username}/solved", use: self.solved)
    }

    /// The slugs a player has solved: the problem list's solved/unsolved filter.
    @Sendable func solved(_ request: Request, context: CoreRequestContext) async throws -> Response {
        let username = try context.parameters.require("username")
        let logger = context.logger
        let (found, servedBy) = try await self.consistency.read(for: request, identity: context.identity) { client -> ([String], [String])? in
            var userID: Int64?
            for try await id in try await client.query(
                "SELECT id FROM users WHERE username_key = \(SessionStore.usernameKey(username))", logger: logger
            ).decode(Int64.self) {
                userID = id
            }
            guard let userID else { return nil }
            var slugs: [String] = []
            for try await slug in try await client.query(
                "SELECT DISTINCT p.slug FROM solves s JOIN problems p ON p.id = s.problem_id WHERE s.user_id = \(userID) ORDER BY p.slug", logger: logger
            ).decode(String.self) {
                slugs.append(slug)
            }
            // Tried and not (yet) solved: the practice list's "attempted" marker.
            var attempted: [String] = []
            for try await slug in try await client.query(
                """
                SELECT p.slug FROM problems p WHERE EXISTS (SELECT 1 FROM submissions s WHERE s.problem_id = p.id AND s.user_id = \(userID))
                    AND NOT EXISTS (SELECT 1 FROM solves v WHERE v.problem_id = p.id AND v.user_id = \(userID))
                ORDER BY p.slug
                """, logger: logger
            ).decode(String.self) {
                attempted.append(slug)
            }
            return (slugs, attempted)
        }
        guard let (slugs, attempted) = found else {
            throw APIError(.notFound, code: "user_not_found", message: "no user named '\(username)'", headers: [ArenaHeader.servedByField: servedBy])
        }
        return jsonResponse(["items": slugs, "attempted": attempted], headers: [ArenaHeader.servedByField: servedBy])
    }

    @Sendable func profile(_ request: Request, context: CoreRequestContext) async throws -> Response {
        let username = try context.parameters.require("username")
        let logger = context.logger
        let (profile, servedBy) = try await self.consistency.read(for: request, identity: context.identity) { client in
            try await Self.profile(username: username, on: client, logger: logger)
        }
        guard let profile else {
            throw APIError(.notFound, code: "user_not_found", message: "no user named '\(username)'", headers: [ArenaHeader.servedByField: servedBy])
        }
        return jsonResponse(profile, headers: [ArenaHeader.servedByField: servedBy])
    }

    static func profile(username: String, on client: PostgresClient, logger: Logger) async throws -> PlayerProfile? {
        var found: PlayerProfile?
        // A streak whose last day is before yesterday (UTC) is broken: shown as 0 even
        // though the stored counter only resets on the next accepted submission.
        for try await (id, name, xp, current, best, lastDay, solved, played, wins, createdAt) in try await client.query(
            """
            SELECT u.id, u.username, u.xp,
                   CASE WHEN u.last_solve_day >= (now() AT TIME ZONE 'UTC')::date - 1 THEN u.current_streak ELSE 0 END,
                   u.best_streak, to_char(u.last_solve_day, 'YYYY-MM-DD'),
                   (SELECT count(DISTINCT s.problem_id) FROM solves s WHERE s.user_id = u.id)::int,
                   u.matches_played, u.wins, u.created_at
            FROM users u WHERE u.username_key = \(SessionStore.usernameKey(username))
            """, logger: logger
        ).decode((Int64, String, Int64, Int, Int, String?, Int, Int, Int, Date).self) {
            found = PlayerProfile(
                userID: id, username: name, xp: xp, currentStreak: current, bestStreak: best, lastSolveDay: lastDay,
                problemsSolved: solved, matchesPlayed: played, wins: wins, badges: [], ratings: [], clan: nil, createdAt: createdAt)
        }
        guard var profile = found else { return nil }
        let userID = profile.userID
        for try await (badge, awardedAt) in try await client.query(
            "SELECT badge, awarded_at FROM badges WHERE user_id = \(userID) ORDER BY awarded_at, badge", logger: logger
        ).decode((String, Date).self) {
            profile.badges.append(.init(badge: badge, awardedAt: awardedAt))
        }
        for try await (mode, rating, games) in try await client.query(
            "SELECT mode, rating, games FROM ratings WHERE user_id = \(userID) ORDER BY mode", logger: logger
        ).decode((String, Int, Int).self) {
            profile.ratings.append(.init(mode: mode, rating: rating, games: games))
        }
        for try await (tag, name, role) in try await client.query(
            "SELECT c.tag, c.name, m.role FROM clan_members m JOIN clans c ON c.id = m.clan_id WHERE m.user_id = \(userID)",
            logger: logger
        ).decode((String, String, String).self) {
            profile.clan = .init(tag: tag, name: name, role: ClanRole(rawValue: role) ?? .member)
        }
        return profile
    }
}
