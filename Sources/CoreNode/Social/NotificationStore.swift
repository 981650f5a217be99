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

    /// Adds one notification per user inside the caller's transaction, as their preference
    /// for the kind says: nothing when both the list and email are off; a row marked read
    /// when only email is on (the mail is the news). The live frame and the email go out
    /// once the transaction commits (`NotificationPusher`), so a rolled-back change tells nobody.
    static func add(to users: [Int64], kind: NotificationKind, body: some Encodable, on connection: PostgresConnection, logger: Logger) async throws {
        guard !users.isEmpty else { return }
        let json = String(decoding: try ArenaJSON.encoder().encode(body), as: UTF8.self)
        let preferences = try await Self.preferences(of: users, kind: kind, on: connection, logger: logger)
        for user in users {
            let preference = preferences[user] ?? kind.defaultPreference
            guard preference.inApp || preference.email else { continue }
            // Challenges are shown live by their own frames: nothing left to deliver for them
            // unless the player wants them by email.
            let delivered = !kind.pushedLive && !preference.email
            try await connection.query(
                """
                INSERT INTO notifications (user_id, kind, body, read_at, delivered_at)
                VALUES (\(user), \(kind.rawValue), \(json)::jsonb, \(preference.inApp ? nil : Date()), \(delivered ? Date() : nil))
                """, logger: logger)
            try await connection.query(
                """
                DELETE FROM notifications WHERE user_id = \(user) AND (created_at < now() - interval '30 days' OR id <= (
                    SELECT id FROM notifications WHERE user_id = \(user) ORDER BY id DESC OFFSET \(keptPerUser) LIMIT 1))
                """, logger: logger)
        }
    }

    static func preferences(of users: [Int64], kind: NotificationKind, on connection: PostgresConnection, logger: Logger) async throws -> [Int64: NotificationPreference] {
        var found: [Int64: NotificationPreference] = [:]
        for try await (user, inApp, email) in try await connection.query(
            "SELECT user_id, in_app, email FROM notification_preferences WHERE user_id = ANY(\(users)) AND kind = \(kind.rawValue)", logger: logger
        ).decode((Int64, Bool, Bool).self) {
            found[user] = NotificationPreference(inApp: inApp, email: email)
        }
        return found
    }

    /// Every kind with the player's setting (the default where they set none).
    func preferences(userID: Int64) async throws -> NotificationPreferences {
        var kinds = Dictionary(uniqueKeysWithValues: NotificationKind.allCases.map { ($0.rawValue, $0.defaultPreference) })
        for try await (kind, inApp, email) in try await self.primary.query(
            "SELECT kind, in_app, email FROM notification_preferences WHERE user_id = \(userID)", logger: self.logger
        ).decode((String, Bool, Bool).self) where kinds[kind] != nil {
            kinds[kind] = NotificationPreference(inApp: inApp, email: email)
        }
        return NotificationPreferences(kinds: kinds)
    }

    func setPreferences(userID: Int64, _ preferences: [NotificationKind: NotificationPreference]) async throws {
        let logger = self.logger
        try await self.primary.withUnwrappedTransaction(logger: logger) { connection in
            for (kind, preference) in preferences {
                try await connection.query(
                    """
                    INSERT INTO notification_preferences (user_id, kind, in_app, email) VALUES (\(userID), \(kind.rawValue), \(preference.inApp), \(preference.email))
                    ON CONFLICT (user_id, kind) DO UPDATE SET in_app = EXCLUDED.in_app, email = EXCLUDED.email
                    """, logger: logger)
            }
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
            let data = Data(body.utf8)
            let decoder = ArenaJSON.decoder()
            items.append(NotificationItem(
                id: id, kind: kind, challenge: challenge, reply: kind == "reply" ? try? decoder.decode(ReplyNotice.self, from: data) : nil,
                clan: kind.hasPrefix("clan-") ? try? decoder.decode(ClanNotice.self, from: data) : nil,
                badge: kind == "badge" ? try? decoder.decode(BadgeNotice.self, from: data) : nil, createdAt: created, read: read != nil))
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
    /// `clan-invite`, `clan-join`: the clan and who invited or joined.
    var clan: ClanNotice?
    /// `badge`: the badge earned.
    var badge: BadgeNotice?
    var createdAt: Date
    var read: Bool
}

/// Pushed live to a player's sockets when a notification is added (the list keeps it too,
/// so a player who was away misses nothing): the app bumps its unread count.
struct NotificationFrame: Encodable, Sendable {
    var type = "notification"
    var id: Int64
    var kind: String
    var reply: ReplyNotice?
    var clan: ClanNotice?
    var badge: BadgeNotice?
}
