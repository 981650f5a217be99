import ArenaShared
import Crypto
import Foundation
import Logging
import PostgresNIO

/// A player's email address and the single-use tokens mailed to it: confirming the
/// address, resetting the password. Every token's mail is queued (`MailOutbox`) in the
/// transaction that creates the token, so an answered request never loses its mail.
struct AccountStore: Sendable {
    let primary: PostgresClient
    let logger: Logger
    let mail: MailConfiguration
    var limits = AccountMailLimits()

    enum Failure: Error, Equatable {
        case emailTaken
        case invalidToken
        case tooManyMails
    }

    enum Purpose: String {
        case verifyEmail = "verify-email"
        case resetPassword = "reset-password"
    }

    static func emailKey(_ email: String) -> String { email.lowercased() }

    func account(userID: Int64) async throws -> AccountView? {
        for try await (name, email, verified) in try await self.primary.query(
            "SELECT username, email, email_verified_at IS NOT NULL FROM users WHERE id = \(userID)", logger: self.logger
        ).decode((String, String?, Bool).self) {
            return AccountView(username: name, email: email, emailVerified: verified)
        }
        return nil
    }

    /// Sets the address (unconfirmed until its link is opened) and mails the link. The
    /// same, already confirmed address changes nothing and sends nothing.
    func setEmail(userID: Int64, email: String) async throws -> AccountView {
        let logger = self.logger
        let mail = self.mail
        let limits = self.limits
        return try await self.primary.withUnwrappedTransaction(logger: logger) { connection in
            var current: (String, String?, Bool)?
            for try await row in try await connection.query(
                "SELECT username, email, email_verified_at IS NOT NULL FROM users WHERE id = \(userID) FOR UPDATE", logger: logger
            ).decode((String, String?, Bool).self) {
                current = row
            }
            guard let (username, oldEmail, verified) = current else { throw Failure.invalidToken }
            if oldEmail == email && verified { return AccountView(username: username, email: email, emailVerified: true) }
            try await Self.checkMailPace(userID: userID, purpose: .verifyEmail, limit: limits.verificationsPerHour, on: connection, logger: logger)
            var taken = false
            for try await _ in try await connection.query(
                "SELECT 1 FROM users WHERE email_key = \(Self.emailKey(email)) AND id <> \(userID)", logger: logger
            ).decode(Int.self) {
                taken = true
            }
            guard !taken else { throw Failure.emailTaken }
            try await connection.query(
                "UPDATE users SET email = \(email), email_key = \(Self.emailKey(email)), email_verified_at = NULL WHERE id = \(userID)", logger: logger)
            let token = try await Self.issueToken(userID: userID, purpose: .verifyEmail, email: email, lifetime: limits.verificationLifetime, on: connection, logger: logger)
            let link = "\(mail.linkBase)/#/verify-email?token=\(token)"
            try await MailOutbox.enqueue(
                OutgoingMail(
                    to: email, subject: "Confirm your email address for CodeArena",
                    body: """
                        Hello \(username),

                        please confirm that this address belongs to your CodeArena account by opening this link:

                        \(link)

                        The link works once, within 24 hours. Once confirmed, you can reset your password through this address.
                        If you did not ask for this, ignore this message: nothing changes.
                        """),
                kind: Purpose.verifyEmail.rawValue, on: connection, logger: logger)
            return AccountView(username: username, email: email, emailVerified: false)
        }
    }

    /// Confirms the address the token was sent to, if it is still the account's address.
    func verifyEmail(token: String) async throws -> AccountView {
        let logger = self.logger
        return try await self.primary.withUnwrappedTransaction(logger: logger) { connection in
            let (userID, email) = try await Self.consume(token: token, purpose: .verifyEmail, on: connection, logger: logger)
            for try await name in try await connection.query(
                "UPDATE users SET email_verified_at = now() WHERE id = \(userID) AND email = \(email) RETURNING username", logger: logger
            ).decode(String.self) {
                return AccountView(username: name, email: email, emailVerified: true)
            }
            throw Failure.invalidToken  // the address changed since the link was sent
        }
    }

    /// Mails a reset link when a confirmed address matches; does nothing otherwise (the
    /// caller answers the same either way, so nobody learns which addresses have accounts).
    func requestReset(email: String) async throws {
        let logger = self.logger
        let mail = self.mail
        let limits = self.limits
        try await self.primary.withUnwrappedTransaction(logger: logger) { connection in
            var found: (Int64, String, String)?
            for try await row in try await connection.query(
                "SELECT id, username, email FROM users WHERE email_key = \(Self.emailKey(email)) AND email_verified_at IS NOT NULL FOR UPDATE",
                logger: logger
            ).decode((Int64, String, String).self) {
                found = row
            }
            guard let (userID, username, address) = found else { return }
            do {
                try await Self.checkMailPace(userID: userID, purpose: .resetPassword, limit: limits.resetsPerHour, on: connection, logger: logger)
            } catch Failure.tooManyMails {
                logger.notice("password reset mail not sent: too many this hour", metadata: ["user_id": "\(userID)"])
                return
            }
            let token = try await Self.issueToken(userID: userID, purpose: .resetPassword, email: address, lifetime: limits.resetLifetime, on: connection, logger: logger)
            let link = "\(mail.linkBase)/#/reset?token=\(token)"
            try await MailOutbox.enqueue(
                OutgoingMail(
                    to: address, subject: "Reset your CodeArena password",
                    body: """
                        Hello \(username),

                        someone (we hope you) asked to reset the password of your CodeArena account. Choose a new one here:

                        \(link)

                        The link works once, within 30 minutes, and signs you out everywhere.
                        If you did not ask for this, ignore this message: your password stays as it is.
                        """),
                kind: Purpose.resetPassword.rawValue, on: connection, logger: logger)
        }
    }

    /// The account a reset token belongs to, without using it (to check the new password
    /// against the username before the slow hash).
    func resetTokenOwner(_ token: String) async throws -> String {
        for try await name in try await self.primary.query(
            """
            SELECT u.username FROM account_tokens t JOIN users u ON u.id = t.user_id
            WHERE t.token_hash = \(Self.digest(token)) AND t.purpose = 'reset-password' AND t.used_at IS NULL AND t.expires_at > now()
            """, logger: self.logger
        ).decode(String.self) {
            return name
        }
        throw Failure.invalidToken
    }

    /// Uses the token: sets the new password, voids the account's other reset links and
    /// revokes every session. Returns the revoked sessions (their sockets are closed).
    func resetPassword(token: String, passwordHash: String) async throws -> (userID: Int64, revoked: [UUID]) {
        let logger = self.logger
        return try await self.primary.withUnwrappedTransaction(logger: logger) { connection in
            let (userID, _) = try await Self.consume(token: token, purpose: .resetPassword, on: connection, logger: logger)
            try await connection.query("UPDATE users SET password_hash = \(passwordHash) WHERE id = \(userID)", logger: logger)
            try await connection.query(
                "UPDATE account_tokens SET used_at = now() WHERE user_id = \(userID) AND purpose = 'reset-password' AND used_at IS NULL", logger: logger)
            var revoked: [UUID] = []
            for try await id in try await connection.query(
                """
                UPDATE sessions SET revoked_at = now(), revoked_reason = 'password reset'
                WHERE user_id = \(userID) AND revoked_at IS NULL RETURNING id
                """, logger: logger
            ).decode(UUID.self) {
                revoked.append(id)
            }
            return (userID, revoked)
        }
    }

    // MARK: tokens

    /// The SHA-256 of a token, hex: what the table keeps instead of the token.
    static func digest(_ token: String) -> String { SHA256.hash(data: Data(token.utf8)).map { String(format: "%02x", $0) }.joined() }

    private static func issueToken(
        userID: Int64, purpose: Purpose, email: String, lifetime: Duration, on connection: PostgresConnection, logger: Logger
    ) async throws -> String {
        var bytes = [UInt8](repeating: 0, count: 32)
        var generator = SystemRandomNumberGenerator()
        for index in bytes.indices { bytes[index] = generator.next() }
        let token = Data(bytes).base64EncodedString().replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
        try await connection.query(
            """
            INSERT INTO account_tokens (token_hash, user_id, purpose, email, expires_at)
            VALUES (\(digest(token)), \(userID), \(purpose.rawValue), \(email), now() + make_interval(secs => \(Double(lifetime.components.seconds))))
            """, logger: logger)
        return token
    }

    private static func consume(token: String, purpose: Purpose, on connection: PostgresConnection, logger: Logger) async throws -> (Int64, String) {
        guard (20...100).contains(token.count) else { throw Failure.invalidToken }
        for try await row in try await connection.query(
            """
            UPDATE account_tokens SET used_at = now()
            WHERE token_hash = \(digest(token)) AND purpose = \(purpose.rawValue) AND used_at IS NULL AND expires_at > now()
            RETURNING user_id, email
            """, logger: logger
        ).decode((Int64, String).self) {
            return row
        }
        throw Failure.invalidToken
    }

    private static func checkMailPace(userID: Int64, purpose: Purpose, limit: Int, on connection: PostgresConnection, logger: Logger) async throws {
        for try await count in try await connection.query(
            """
            SELECT count(*)::int FROM account_tokens
            WHERE user_id = \(userID) AND purpose = \(purpose.rawValue) AND created_at > now() - interval '1 hour'
            """, logger: logger
        ).decode(Int.self) where count >= limit {
            throw Failure.tooManyMails
        }
    }
}

/// How many account mails a player may cause, and how long their links work.
struct AccountMailLimits: Sendable {
    var verificationsPerHour = 5
    var resetsPerHour = 3
    var verificationLifetime: Duration = .seconds(24 * 3600)
    var resetLifetime: Duration = .seconds(30 * 60)
}
