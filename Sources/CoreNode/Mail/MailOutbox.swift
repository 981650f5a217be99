import ArenaShared
import Foundation
import Logging
import PostgresNIO

/// Mail waiting to be sent, in PostgreSQL: a message is queued in the same transaction as
/// what it is about (a reset token, an address change), so an acknowledged request never
/// loses its mail, whatever the mail server is doing. The sender leases due rows, so two
/// cores never send one twice at the same moment.
struct MailOutbox: Sendable {
    let primary: PostgresClient
    let logger: Logger

    struct Pending: Sendable {
        var id: Int64
        var mail: OutgoingMail
        var attempts: Int
    }

    static func enqueue(_ mail: OutgoingMail, kind: String, on connection: PostgresConnection, logger: Logger) async throws {
        try await connection.query(
            "INSERT INTO mail_outbox (recipient, subject, body, kind) VALUES (\(mail.to), \(mail.subject), \(mail.body), \(kind))", logger: logger)
    }

    /// Due messages, leased for `lease` (another pass skips them meanwhile).
    func claimDue(limit: Int, lease: Duration) async throws -> [Pending] {
        var due: [Pending] = []
        let rows = try await self.primary.query(
            """
            UPDATE mail_outbox SET next_attempt_at = now() + make_interval(secs => \(Double(lease.components.seconds)))
            WHERE id IN (SELECT id FROM mail_outbox WHERE sent_at IS NULL AND failed_at IS NULL AND next_attempt_at <= now()
                         ORDER BY id LIMIT \(limit) FOR UPDATE SKIP LOCKED)
            RETURNING id, recipient, subject, body, attempts
            """, logger: self.logger)
        for try await (id, to, subject, body, attempts) in rows.decode((Int64, String, String, String, Int).self) {
            due.append(Pending(id: id, mail: OutgoingMail(to: to, subject: subject, body: body), attempts: attempts))
        }
        return due.sorted { $0.id < $1.id }
    }

    func markSent(_ id: Int64) async throws {
        try await self.primary.query("UPDATE mail_outbox SET sent_at = now(), attempts = attempts + 1, last_error = NULL WHERE id = \(id)", logger: self.logger)
    }

    /// Another try later (backoff doubling from 5 s to an hour), or given up for good.
    func markFailed(_ id: Int64, error: String, retryIn: Duration?) async throws {
        if let retryIn {
            try await self.primary.query(
                """
                UPDATE mail_outbox SET attempts = attempts + 1, last_error = \(error),
                    next_attempt_at = now() + make_interval(secs => \(Double(retryIn.components.seconds)))
                WHERE id = \(id)
                """, logger: self.logger)
        } else {
            try await self.primary.query(
                "UPDATE mail_outbox SET attempts = attempts + 1, last_error = \(error), failed_at = now() WHERE id = \(id)", logger: self.logger)
        }
    }

    /// Messages not sent yet (for `/metrics`).
    func depth() async throws -> Int {
        for try await count in try await self.primary.query(
            "SELECT count(*)::int FROM mail_outbox WHERE sent_at IS NULL AND failed_at IS NULL", logger: self.logger
        ).decode(Int.self) {
            return count
        }
        return 0
    }
}
