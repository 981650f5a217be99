import Foundation
import Logging
import PostgresNIO

/// Players a player blocked: neither can challenge the other. Blocking also declines the
/// blocked player's open challenges to the blocker.
struct BlockStore: Sendable {
    let primary: PostgresClient
    let logger: Logger

    enum Failure: Error {
        case unknownUser
        case yourself
    }

    /// The blocked player's id.
    func block(_ blockerID: Int64, username: String, now: Date) async throws -> Int64 {
        let blocked = try await self.userID(username)
        guard blocked != blockerID else { throw Failure.yourself }
        let logger = self.logger
        try await self.primary.withTransaction(logger: logger) { connection in
            try await connection.query(
                "INSERT INTO user_blocks (blocker_id, blocked_id) VALUES (\(blockerID), \(blocked)) ON CONFLICT DO NOTHING", logger: logger)
            try await connection.query(
                """
                UPDATE challenges c SET status = 'declined', closed_at = \(now)
                WHERE c.status = 'pending' AND (
                    (c.challenger_id = \(blocked) AND EXISTS (SELECT 1 FROM challenge_players p WHERE p.challenge_id = c.id AND p.user_id = \(blockerID)))
                 OR (c.challenger_id = \(blockerID) AND EXISTS (SELECT 1 FROM challenge_players p WHERE p.challenge_id = c.id AND p.user_id = \(blocked))))
                """, logger: logger)
        }
        return blocked
    }

    func unblock(_ blockerID: Int64, username: String) async throws {
        let blocked = try await self.userID(username)
        try await self.primary.query("DELETE FROM user_blocks WHERE blocker_id = \(blockerID) AND blocked_id = \(blocked)", logger: self.logger)
    }

    func blocked(by blockerID: Int64) async throws -> [String] {
        var names: [String] = []
        for try await name in try await self.primary.query(
            "SELECT u.username FROM user_blocks b JOIN users u ON u.id = b.blocked_id WHERE b.blocker_id = \(blockerID) ORDER BY u.username_key",
            logger: self.logger
        ).decode(String.self) {
            names.append(name)
        }
        return names
    }

    private func userID(_ username: String) async throws -> Int64 {
        for try await id in try await self.primary.query(
            "SELECT id FROM users WHERE username_key = \(username.lowercased())", logger: self.logger
        ).decode(Int64.self) {
            return id
        }
        throw Failure.unknownUser
    }
}
