import ArenaShared
import Foundation
import Logging
import PostgresNIO
import ServiceLifecycle

/// Delivers committed notifications: a `notification` frame to the player's sockets on
/// every edge (through `PlayerNotifier`) and, where the player asked for it and has a
/// confirmed address, an email through the mail outbox. Rows are leased with `FOR UPDATE
/// SKIP LOCKED` and marked delivered in the same transaction, so each goes out once even
/// with several cores; a frame lost with Redis is not a hole (the list has it).
struct NotificationPusher: Service {
    let primary: PostgresClient
    let notifier: PlayerNotifier
    let mail: MailConfiguration
    let interval: Duration
    let logger: Logger
    var schema: SchemaGate?

    func run() async throws {
        await periodically(every: self.interval, after: self.schema, logger: self.logger, failure: "notification delivery failed; retried next round") {
            _ = try await self.pass()
        }
    }

    struct Undelivered: Sendable {
        var id: Int64
        var user: Int64
        var kind: NotificationKind
        var body: String
        var listed: Bool
        var email: String?
        var wantsEmail: Bool
        var username: String
    }

    /// One pass; returns how many notifications were delivered.
    func pass() async throws -> Int {
        let logger = self.logger
        // One cheap indexed probe per round; a transaction only when there is something to send.
        var pending = false
        for try await found in try await self.primary.query(
            "SELECT EXISTS (SELECT 1 FROM notifications WHERE delivered_at IS NULL)", logger: logger
        ).decode(Bool.self) {
            pending = found
        }
        guard pending else { return 0 }
        let mail = self.mail
        let delivered = try await self.primary.withUnwrappedTransaction(logger: logger) { connection -> [Undelivered] in
            var rows: [Undelivered] = []
            for try await (id, user, kind, body, listed, email, wantsEmail, username) in try await connection.query(
                """
                SELECT n.id, n.user_id, n.kind, n.body::text, n.read_at IS NULL,
                       CASE WHEN u.email_verified_at IS NOT NULL THEN u.email END, COALESCE(p.email, false), u.username
                FROM notifications n JOIN users u ON u.id = n.user_id
                LEFT JOIN notification_preferences p ON p.user_id = n.user_id AND p.kind = n.kind
                WHERE n.delivered_at IS NULL ORDER BY n.id LIMIT 100 FOR UPDATE OF n SKIP LOCKED
                """, logger: logger
            ).decode((Int64, Int64, String, String, Bool, String?, Bool, String).self) {
                guard let kind = NotificationKind(rawValue: kind) else { continue }
                rows.append(Undelivered(id: id, user: user, kind: kind, body: body, listed: listed, email: email, wantsEmail: wantsEmail, username: username))
            }
            guard !rows.isEmpty else { return [] }
            for row in rows where row.wantsEmail {
                guard let address = row.email else { continue }
                try await MailOutbox.enqueue(Self.mail(for: row, to: address, linkBase: mail.linkBase), kind: "notification-\(row.kind.rawValue)", on: connection, logger: logger)
            }
            try await connection.query("UPDATE notifications SET delivered_at = now() WHERE id = ANY(\(rows.map(\.id)))", logger: logger)
            return rows
        }
        for row in delivered where row.listed && row.kind.pushedLive {
            let decoder = ArenaJSON.decoder()
            let data = Data(row.body.utf8)
            let frame = NotificationFrame(
                id: row.id, kind: row.kind.rawValue,
                reply: row.kind == .reply ? try? decoder.decode(ReplyNotice.self, from: data) : nil,
                clan: [.clanInvite, .clanJoin].contains(row.kind) ? try? decoder.decode(ClanNotice.self, from: data) : nil,
                badge: row.kind == .badge ? try? decoder.decode(BadgeNotice.self, from: data) : nil)
            await self.notifier.send(frame, to: [row.user])
        }
        return delivered.count
    }

    /// The email for a notification: one line of news and a link to the app.
    static func mail(for row: Undelivered, to address: String, linkBase: String) -> OutgoingMail {
        let decoder = ArenaJSON.decoder()
        let data = Data(row.body.utf8)
        var line = "Something new happened on CodeArena."
        var link = "\(linkBase)/#/notifications"
        switch row.kind {
        case .reply:
            if let reply = try? decoder.decode(ReplyNotice.self, from: data) {
                line = "\(reply.from) replied to your thread \"\(reply.title)\" on \(reply.problem)."
                link = "\(linkBase)/#/discuss/\(reply.threadID)?reply=\(reply.replyID)"
            }
        case .clanInvite:
            if let clan = try? decoder.decode(ClanNotice.self, from: data) { line = "\(clan.from) invited you to the clan [\(clan.clan)]." ; link = "\(linkBase)/#/clan/\(clan.clan)" }
        case .clanJoin:
            if let clan = try? decoder.decode(ClanNotice.self, from: data) { line = "\(clan.from) joined your clan [\(clan.clan)]." ; link = "\(linkBase)/#/clan/\(clan.clan)" }
        case .badge:
            if let badge = try? decoder.decode(BadgeNotice.self, from: data) { line = "You earned the badge \"\(badge.badge)\"." ; link = "\(linkBase)/#/profile/\(row.username)" }
        case .challenge:
            line = "You have news about a challenge."
            link = "\(linkBase)/#/play"
        }
        return OutgoingMail(
            to: address, subject: "CodeArena: \(line.prefix(70))",
            body: """
                Hello \(row.username),

                \(line)

                \(link)

                You get this because you asked for email about this kind of news. Change it in your account settings: \(linkBase)/#/settings
                """)
    }
}
