import ArenaShared
import Foundation
import Logging
import PostgresNIO

/// Users, sign-in sessions and their rotating refresh tokens, in PostgreSQL.
/// A session is one sign-in; each refresh replaces the session's refresh token, and
/// presenting an already-used token revokes the whole session (token theft).
struct SessionStore: Sendable {
    let database: PostgresClient
    let logger: Logger

    struct StoredUser: Sendable {
        var profile: UserProfile
        var passwordHash: String
    }

    enum RotationOutcome: Sendable {
        case rotated(user: UserProfile, sessionID: UUID, newToken: String)
        case invalid
        case expired
        case revoked
        case reused(sessionID: UUID)
    }

    static func usernameKey(_ username: String) -> String { username.lowercased() }

    /// Inserts the user and returns nil when the username is taken (in any letter case).
    func createUser(username: String, passwordHash: String, role: UserRole) async throws -> UserProfile? {
        let rows = try await self.database.query(
            """
            INSERT INTO users (username, username_key, password_hash, role)
            VALUES (\(username), \(Self.usernameKey(username)), \(passwordHash), \(role.rawValue))
            ON CONFLICT (username_key) DO NOTHING
            RETURNING id, created_at
            """, logger: self.logger)
        for try await (id, createdAt) in rows.decode((Int64, Date).self) {
            return UserProfile(id: id, username: username, role: role, createdAt: createdAt)
        }
        return nil
    }

    func user(named username: String) async throws -> StoredUser? {
        let rows = try await self.database.query(
            "SELECT id, username, role, created_at, password_hash FROM users WHERE username_key = \(Self.usernameKey(username))",
            logger: self.logger)
        for try await (id, name, role, createdAt, hash) in rows.decode((Int64, String, String, Date, String).self) {
            return StoredUser(
                profile: UserProfile(id: id, username: name, role: UserRole(rawValue: role) ?? .user, createdAt: createdAt),
                passwordHash: hash)
        }
        return nil
    }

    static func profile(id: Int64, on client: PostgresClient, logger: Logger) async throws -> UserProfile? {
        let rows = try await client.query("SELECT id, username, role, created_at FROM users WHERE id = \(id)", logger: logger)
        for try await (id, name, role, createdAt) in rows.decode((Int64, String, String, Date).self) {
            return UserProfile(id: id, username: name, role: UserRole(rawValue: role) ?? .user, createdAt: createdAt)
        }
        return nil
    }

    /// Starts a session and returns its id and first refresh token.
    func startSession(userID: Int64, lifetime: Duration) async throws -> (UUID, String) {
        let sessionID = UUID()
        let token = RefreshToken.generate()
        let expires = Date().addingTimeInterval(TimeInterval(lifetime.components.seconds))
        try await self.database.withTransaction(logger: self.logger) { connection in
            try await connection.query(
                "INSERT INTO sessions (id, user_id, expires_at) VALUES (\(sessionID), \(userID), \(expires))", logger: self.logger)
            try await connection.query(
                "INSERT INTO refresh_tokens (token_hash, session_id, expires_at) VALUES (\(RefreshToken.digest(token)), \(sessionID), \(expires))",
                logger: self.logger)
        }
        return (sessionID, token)
    }

    /// Exchanges a refresh token for a new one, atomically.
    /// A token used again within `reuseGrace` of its first use (two tabs refreshing with the
    /// same cookie at the same moment) gets a fresh token of the same session instead of
    /// revoking it; used again later, it is treated as stolen and the session ends.
    func rotate(token: String, lifetime: Duration, reuseGrace: Duration = .zero) async throws -> RotationOutcome {
        let digest = RefreshToken.digest(token)
        let logger = self.logger
        return try await self.database.withTransaction(logger: logger) { connection -> RotationOutcome in
            let rows = try await connection.query(
                """
                SELECT t.session_id, t.used_at, t.expires_at, s.revoked_at, s.expires_at, u.id, u.username, u.role, u.created_at
                FROM refresh_tokens t JOIN sessions s ON s.id = t.session_id JOIN users u ON u.id = s.user_id
                WHERE t.token_hash = \(digest)
                FOR UPDATE OF t, s
                """, logger: logger)
            var found: (UUID, Date?, Date, Date?, Date, Int64, String, String, Date)?
            for try await row in rows.decode((UUID, Date?, Date, Date?, Date, Int64, String, String, Date).self) { found = row }
            guard let (sessionID, usedAt, tokenExpires, revokedAt, sessionExpires, userID, username, role, createdAt) = found else {
                return .invalid
            }
            if revokedAt != nil { return .revoked }
            let now = Date()
            let grace = TimeInterval(reuseGrace.components.seconds) + TimeInterval(reuseGrace.components.attoseconds) / 1e18
            if let usedAt, now.timeIntervalSince(usedAt) > grace {
                try await connection.query(
                    "UPDATE sessions SET revoked_at = now(), revoked_reason = 'refresh token reused' WHERE id = \(sessionID)",
                    logger: logger)
                return .reused(sessionID: sessionID)
            }
            if tokenExpires <= now || sessionExpires <= now { return .expired }
            let newToken = RefreshToken.generate()
            let expires = now.addingTimeInterval(TimeInterval(lifetime.components.seconds))
            // The first use starts the grace window; a use within it does not move it.
            try await connection.query("UPDATE refresh_tokens SET used_at = coalesce(used_at, \(now)) WHERE token_hash = \(digest)", logger: logger)
            try await connection.query(
                "INSERT INTO refresh_tokens (token_hash, session_id, expires_at) VALUES (\(RefreshToken.digest(newToken)), \(sessionID), \(expires))",
                logger: logger)
            let profile = UserProfile(id: userID, username: username, role: UserRole(rawValue: role) ?? .user, createdAt: createdAt)
            return .rotated(user: profile, sessionID: sessionID, newToken: newToken)
        }
    }

    /// Revokes the session a refresh token belongs to; returns it, if one was found.
    @discardableResult
    func revokeSession(refreshToken: String) async throws -> UUID? {
        let rows = try await self.database.query(
            """
            UPDATE sessions SET revoked_at = coalesce(revoked_at, now()), revoked_reason = coalesce(revoked_reason, 'signed out')
            WHERE id = (SELECT session_id FROM refresh_tokens WHERE token_hash = \(RefreshToken.digest(refreshToken)))
            RETURNING id
            """, logger: self.logger)
        for try await id in rows.decode(UUID.self) { return id }
        return nil
    }

    @discardableResult
    func revokeSession(id: UUID, userID: Int64) async throws -> UUID? {
        let rows = try await self.database.query(
            """
            UPDATE sessions SET revoked_at = coalesce(revoked_at, now()), revoked_reason = coalesce(revoked_reason, 'signed out')
            WHERE id = \(id) AND user_id = \(userID) RETURNING id
            """, logger: self.logger)
        for try await id in rows.decode(UUID.self) { return id }
        return nil
    }

    /// Checked on the primary for every authenticated core request, so sign-out takes
    /// effect at once rather than when the access token expires.
    func isRevoked(sessionID: String) async throws -> Bool {
        guard let id = UUID(uuidString: sessionID) else { return true }
        let rows = try await self.database.query(
            "SELECT revoked_at IS NOT NULL OR expires_at <= now() FROM sessions WHERE id = \(id)", logger: self.logger)
        for try await revoked in rows.decode(Bool.self) { return revoked }
        return true
    }
}
