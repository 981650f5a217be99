import ArenaShared
import Foundation
import Logging
import Matches
import PostgresNIO

/// A player's notifications list (`GET /api/notifications`): what happened while they
/// were away, also sent live to their sockets. Kept for 30 days, at most 200 per player.
struct NotificationStore: Sendable {
    let primary: PostgresClient
    let logger: Logger

    static let keptPerUser = 200

    /// Adds one notification per user inside the caller's transaction.
    static func add(to users: [Int64], kind: String, body: some Encodable, on connection: PostgresConnection, logger: Logger) async throws {
        guard !users.isEmpty else { return }
        let json = String(decoding: try ArenaJSON.encoder().encode(body), as: UTF8.self)
        for user in users {
            try await connection.query(
                "INSERT INTO notifications (user_id, kind, body) VALUES (\(user), \(kind), \(json)::jsonb)", logger: logger)
            try await connection.query(
                """
                DELETE FROM notifications WHERE user_id = \(user) AND (created_at < now() - interval '30 days' OR id <= (
                    SELECT id FROM notifications WHERE user_id = \(user) ORDER BY id DESC OFFSET \(keptPerUser) LIMIT 1))
                """, logger: logger)
        }
    }

    /// Newest first, with the number still unread.
    func list(userID: Int64, limit: Int) async throws -> NotificationList {
        var items: [NotificationItem] = []
        for try await (id, kind, body, created, read) in try await self.primary.query(
            """
            SELECT id, kind, body::text, created_at, read_at FROM notifications WHERE user_id = \(userID) ORDER BY id DESC LIMIT \(limit)
            """, logger: self.logger
        ).decode((Int64, String, String, Date, Date?).self) {
            let challenge = kind == "challenge" ? try? ArenaJSON.decoder().decode(ChallengeView.self, from: Data(body.utf8)) : nil
            let reply = kind == "reply" ? try? ArenaJSON.decoder().decode(ReplyNotice.self, from: Data(body.utf8)) : nil
            items.append(NotificationItem(id: id, kind: kind, challenge: challenge, reply: reply, createdAt: created, read: read != nil))
        }
        var unread = 0
        for try await count in try await self.primary.query(
            "SELECT count(*)::int FROM notifications WHERE user_id = \(userID) AND read_at IS NULL", logger: self.logger
        ).decode(Int.self) {
            unread = count
        }
        return NotificationList(items: items, unread: unread)
    }

    /// Marks every notification up to `upTo` (inclusive) read.
    func markRead(userID: Int64, upTo: Int64) async throws {
        try await self.primary.query(
            "UPDATE notifications SET read_at = now() WHERE user_id = \(userID) AND id <= \(upTo) AND read_at IS NULL", logger: self.logger)
    }
}

struct NotificationList: Encodable, Sendable {
    var items: [NotificationItem]
    var unread: Int
}

struct NotificationItem: Encodable, Sendable {
    var id: Int64
    /// `challenge`: an invitation, or an answer to one (`challenge` is it as it was then).
    var kind: String
    var challenge: ChallengeView?
    /// `reply`: someone answered the player's discussion thread.
    var reply: ReplyNotice?
    var createdAt: Date
    var read: Bool
}

/// Pushed live to a player's sockets when a notification is added (the list keeps it too,
/// so a player who was away misses nothing): the app bumps its unread count.
struct NotificationFrame: Encodable, Sendable {
    var type = "notification"
    var kind: String
    var reply: ReplyNotice?
}
