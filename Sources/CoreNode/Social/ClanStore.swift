import ArenaHTTP
import Foundation
import Hummingbird
import Logging
import PostgresNIO

/// Clans and their members in PostgreSQL. Every change runs in one transaction that
/// first locks the clan's row (then, where needed, the acting user's row — always in
/// that order), so concurrent joins, kicks and hand-overs of one clan serialize and
/// every refusal leaves nothing changed.
struct ClanStore: Sendable {
    let primary: PostgresClient
    let logger: Logger

    /// A member's rating for clan purposes: their best rating over all modes, 1500
    /// for a member who has never played a rated match. Expects `m.user_id` in scope.
    static let memberRatingSQL = "COALESCE((SELECT MAX(r.rating) FROM ratings r WHERE r.user_id = m.user_id), 1500)"
    /// Clan rating: the rounded mean of its members' ratings. Expects `c.id` in scope.
    static let clanRatingSQL = "COALESCE((SELECT ROUND(AVG(\(memberRatingSQL)))::int FROM clan_members m WHERE m.clan_id = c.id), 1500)"

    private struct LockedClan {
        var id: Int64
        var tag: String
        var open: Bool
    }

    // MARK: Reads

    /// The clan with its members, on a replica (`client`) or inside a transaction.
    static func detail(tag: String, logger: Logger, run: (PostgresQuery) async throws -> PostgresRowSequence) async throws -> ClanDetail? {
        var found: (id: Int64, detail: ClanDetail)?
        for try await (id, tag, name, open, createdAt, rating) in try await run(
            """
            SELECT c.id, c.tag, c.name, c.open, c.created_at, \(unescaped: clanRatingSQL)
            FROM clans c WHERE c.tag = \(tag)
            """
        ).decode((Int64, String, String, Bool, Date, Int).self) {
            found = (id, ClanDetail(tag: tag, name: name, open: open, rating: rating, createdAt: createdAt, members: []))
        }
        guard let found else { return nil }
        let clanID = found.id
        var detail = found.detail
        for try await (userID, username, role, rating, xp, joinedAt) in try await run(
            """
            SELECT u.id, u.username, m.role, \(unescaped: memberRatingSQL), u.xp, m.joined_at
            FROM clan_members m JOIN users u ON u.id = m.user_id
            WHERE m.clan_id = \(clanID)
            ORDER BY CASE m.role WHEN 'leader' THEN 0 WHEN 'officer' THEN 1 ELSE 2 END, m.joined_at, u.id
            """
        ).decode((Int64, String, String, Int, Int64, Date).self) {
            detail.members.append(
                ClanMember(userID: userID, username: username, role: ClanRole(rawValue: role) ?? .member, rating: rating, xp: xp, joinedAt: joinedAt))
        }
        return detail
    }

    // MARK: Changes

    func create(name: String, tag: String, open: Bool, by userID: Int64) async throws -> ClanDetail {
        let logger = self.logger
        return try await self.transaction { connection in
            try await Self.lockUser(userID, on: connection, logger: logger)
            if let current = try await Self.membership(of: userID, on: connection, logger: logger) {
                throw APIError.conflict("you are already in clan [\(current.tag)]; leave it before creating another", code: "already_in_clan")
            }
            var clanID: Int64?
            for try await id in try await connection.query(
                """
                INSERT INTO clans (name, name_key, tag, open, created_by)
                VALUES (\(name), \(ClanNaming.nameKey(name)), \(tag), \(open), \(userID))
                ON CONFLICT DO NOTHING RETURNING id
                """, logger: logger
            ).decode(Int64.self) {
                clanID = id
            }
            guard let clanID else {
                var tagTaken = false
                for try await _ in try await connection.query("SELECT 1 FROM clans WHERE tag = \(tag)", logger: logger).decode(Int.self) {
                    tagTaken = true
                }
                throw tagTaken
                    ? APIError.conflict("the tag [\(tag)] is taken; choose another", code: "tag_taken")
                    : APIError.conflict("a clan named '\(name)' exists; choose another name", code: "name_taken")
            }
            try await connection.query(
                "INSERT INTO clan_members (clan_id, user_id, role) VALUES (\(clanID), \(userID), 'leader')", logger: logger)
            return try await Self.requireDetail(tag: tag, on: connection, logger: logger)
        }
    }

    /// Invites `username`; returns the invite and whether it is new (a repeated invite
    /// changes nothing).
    func invite(tag: String, username: String, by actorID: Int64) async throws -> (invite: ClanInvite, created: Bool) {
        let logger = self.logger
        return try await self.transaction { connection in
            let clan = try await Self.lockClan(tag: tag, on: connection, logger: logger)
            let actorRole = try await Self.role(of: actorID, in: clan, on: connection, logger: logger)
            guard actorRole == .leader || actorRole == .officer else {
                throw APIError.forbidden("only the leader and officers of [\(clan.tag)] can invite players")
            }
            let target = try await Self.requireUser(named: username, on: connection, logger: logger)
            if try await Self.role(of: target.id, in: clan, on: connection, logger: logger) != nil {
                throw APIError.conflict("\(target.username) is already a member of [\(clan.tag)]", code: "already_member")
            }
            var created = false
            for try await _ in try await connection.query(
                """
                INSERT INTO clan_invites (clan_id, user_id, invited_by) VALUES (\(clan.id), \(target.id), \(actorID))
                ON CONFLICT DO NOTHING RETURNING 1
                """, logger: logger
            ).decode(Int.self) {
                created = true
            }
            if created {
                var inviterName = ""
                for try await name in try await connection.query("SELECT username FROM users WHERE id = \(actorID)", logger: logger).decode(String.self) {
                    inviterName = name
                }
                try await NotificationStore.add(
                    to: [target.id], kind: .clanInvite, body: ClanNotice(clan: clan.tag, from: inviterName), on: connection, logger: logger)
            }
            for try await (inviter, createdAt) in try await connection.query(
                """
                SELECT u.username, i.created_at FROM clan_invites i JOIN users u ON u.id = i.invited_by
                WHERE i.clan_id = \(clan.id) AND i.user_id = \(target.id)
                """, logger: logger
            ).decode((String, Date).self) {
                return (ClanInvite(clan: clan.tag, username: target.username, invitedBy: inviter, createdAt: createdAt), created)
            }
            throw DatabaseError.unexpectedResult("invite to \(clan.tag) for user \(target.id) vanished inside its transaction")
        }
    }

    func join(tag: String, userID: Int64) async throws -> ClanDetail {
        let logger = self.logger
        return try await self.transaction { connection in
            let clan = try await Self.lockClan(tag: tag, on: connection, logger: logger)
            try await Self.lockUser(userID, on: connection, logger: logger)
            if let current = try await Self.membership(of: userID, on: connection, logger: logger) {
                throw current.clanID == clan.id
                    ? APIError.conflict("you are already a member of [\(clan.tag)]", code: "already_member")
                    : APIError.conflict("you are already in clan [\(current.tag)]; leave it before joining another", code: "already_in_clan")
            }
            var invited = false
            for try await _ in try await connection.query(
                "DELETE FROM clan_invites WHERE clan_id = \(clan.id) AND user_id = \(userID) RETURNING 1", logger: logger
            ).decode(Int.self) {
                invited = true
            }
            guard clan.open || invited else {
                throw APIError(.forbidden, code: "invite_required", message: "[\(clan.tag)] is closed; ask its leader or an officer for an invite")
            }
            try await connection.query(
                "INSERT INTO clan_members (clan_id, user_id, role) VALUES (\(clan.id), \(userID), 'member')", logger: logger)
            // The leader and officers hear of every new member.
            var joiner = ""
            for try await name in try await connection.query("SELECT username FROM users WHERE id = \(userID)", logger: logger).decode(String.self) {
                joiner = name
            }
            var officers: [Int64] = []
            for try await id in try await connection.query(
                "SELECT user_id FROM clan_members WHERE clan_id = \(clan.id) AND role IN ('leader', 'officer') AND user_id <> \(userID)", logger: logger
            ).decode(Int64.self) {
                officers.append(id)
            }
            try await NotificationStore.add(to: officers, kind: .clanJoin, body: ClanNotice(clan: clan.tag, from: joiner), on: connection, logger: logger)
            return try await Self.requireDetail(tag: clan.tag, on: connection, logger: logger)
        }
    }

    /// Leaves the clan. A leaving leader hands leadership to the longest-serving
    /// officer, else the longest-serving member; the last member leaving deletes it.
    func leave(tag: String, userID: Int64) async throws -> ClanLeaveResult {
        let logger = self.logger
        return try await self.transaction { connection in
            let clan = try await Self.lockClan(tag: tag, on: connection, logger: logger)
            guard let role = try await Self.role(of: userID, in: clan, on: connection, logger: logger) else {
                throw APIError.conflict("you are not a member of [\(clan.tag)]", code: "not_a_member")
            }
            try await connection.query("DELETE FROM clan_members WHERE clan_id = \(clan.id) AND user_id = \(userID)", logger: logger)
            var successor: (id: Int64, username: String)?
            for try await row in try await connection.query(
                """
                SELECT m.user_id, u.username FROM clan_members m JOIN users u ON u.id = m.user_id
                WHERE m.clan_id = \(clan.id)
                ORDER BY (m.role = 'officer') DESC, m.joined_at, m.user_id LIMIT 1
                """, logger: logger
            ).decode((Int64, String).self) {
                successor = row
            }
            guard let successor else {
                try await connection.query("DELETE FROM clans WHERE id = \(clan.id)", logger: logger)
                return ClanLeaveResult(clan: clan.tag, clanDeleted: true, newLeader: nil)
            }
            guard role == .leader else { return ClanLeaveResult(clan: clan.tag, clanDeleted: false, newLeader: nil) }
            try await connection.query(
                "UPDATE clan_members SET role = 'leader' WHERE clan_id = \(clan.id) AND user_id = \(successor.id)", logger: logger)
            return ClanLeaveResult(clan: clan.tag, clanDeleted: false, newLeader: successor.username)
        }
    }

    /// Leader only. Giving `leader` to someone hands leadership over: the old leader
    /// becomes an officer.
    func setRole(tag: String, username: String, role: ClanRole, by actorID: Int64) async throws -> ClanDetail {
        let logger = self.logger
        return try await self.transaction { connection in
            let clan = try await Self.lockClan(tag: tag, on: connection, logger: logger)
            guard try await Self.role(of: actorID, in: clan, on: connection, logger: logger) == .leader else {
                throw APIError.forbidden("only the leader of [\(clan.tag)] can change roles")
            }
            let target = try await Self.requireUser(named: username, on: connection, logger: logger)
            guard try await Self.role(of: target.id, in: clan, on: connection, logger: logger) != nil else {
                throw APIError(.notFound, code: "not_a_member", message: "\(target.username) is not a member of [\(clan.tag)]")
            }
            guard target.id != actorID else {
                throw APIError.badRequest(
                    "you lead [\(clan.tag)]; to step down, give the 'leader' role to another member", code: "own_role")
            }
            try await connection.query(
                "UPDATE clan_members SET role = \(role.rawValue) WHERE clan_id = \(clan.id) AND user_id = \(target.id)", logger: logger)
            if role == .leader {
                try await connection.query(
                    "UPDATE clan_members SET role = 'officer' WHERE clan_id = \(clan.id) AND user_id = \(actorID)", logger: logger)
            }
            return try await Self.requireDetail(tag: clan.tag, on: connection, logger: logger)
        }
    }

    /// Removes a member: the leader may remove anyone else, an officer only members.
    func kick(tag: String, username: String, by actorID: Int64) async throws {
        let logger = self.logger
        try await self.transaction { connection in
            let clan = try await Self.lockClan(tag: tag, on: connection, logger: logger)
            let actorRole = try await Self.role(of: actorID, in: clan, on: connection, logger: logger)
            guard actorRole == .leader || actorRole == .officer else {
                throw APIError.forbidden("only the leader and officers of [\(clan.tag)] can remove members")
            }
            let target = try await Self.requireUser(named: username, on: connection, logger: logger)
            guard let targetRole = try await Self.role(of: target.id, in: clan, on: connection, logger: logger) else {
                throw APIError(.notFound, code: "not_a_member", message: "\(target.username) is not a member of [\(clan.tag)]")
            }
            guard target.id != actorID else {
                throw APIError.badRequest("to leave [\(clan.tag)] use POST /api/clans/\(clan.tag)/leave", code: "use_leave")
            }
            guard actorRole == .leader || targetRole == .member else {
                throw APIError.forbidden("officers can remove members only; \(target.username) is the \(targetRole.rawValue)")
            }
            try await connection.query("DELETE FROM clan_members WHERE clan_id = \(clan.id) AND user_id = \(target.id)", logger: logger)
        }
    }

    // MARK: Helpers

    /// Runs `body` in a transaction. An `APIError` thrown inside rolls everything back
    /// and reaches the client as it is, not wrapped in postgres-nio's transaction error.
    private func transaction<Value: Sendable>(_ body: (PostgresConnection) async throws -> sending Value) async throws -> Value {
        do {
            return try await self.primary.withTransaction(logger: self.logger, body)
        } catch let error as PostgresTransactionError {
            if let refusal = error.closureError as? APIError { throw refusal }
            throw error
        }
    }

    private static func lockClan(tag: String, on connection: PostgresConnection, logger: Logger) async throws -> LockedClan {
        for try await (id, tag, open) in try await connection.query(
            "SELECT id, tag, open FROM clans WHERE tag = \(tag) FOR UPDATE", logger: logger
        ).decode((Int64, String, Bool).self) {
            return LockedClan(id: id, tag: tag, open: open)
        }
        throw APIError(.notFound, code: "clan_not_found", message: "no clan with tag [\(tag)]")
    }

    private static func lockUser(_ id: Int64, on connection: PostgresConnection, logger: Logger) async throws {
        for try await _ in try await connection.query("SELECT 1 FROM users WHERE id = \(id) FOR UPDATE", logger: logger).decode(Int.self) {
            return
        }
        throw APIError.unauthorized("your account no longer exists")
    }

    private static func requireUser(named username: String, on connection: PostgresConnection, logger: Logger) async throws -> (id: Int64, username: String) {
        for try await row in try await connection.query(
            "SELECT id, username FROM users WHERE username_key = \(SessionStore.usernameKey(username))", logger: logger
        ).decode((Int64, String).self) {
            return row
        }
        throw APIError(.notFound, code: "user_not_found", message: "no user named '\(username)'")
    }

    private static func membership(of userID: Int64, on connection: PostgresConnection, logger: Logger) async throws -> (clanID: Int64, tag: String)? {
        for try await row in try await connection.query(
            "SELECT c.id, c.tag FROM clan_members m JOIN clans c ON c.id = m.clan_id WHERE m.user_id = \(userID)", logger: logger
        ).decode((Int64, String).self) {
            return row
        }
        return nil
    }

    private static func role(of userID: Int64, in clan: LockedClan, on connection: PostgresConnection, logger: Logger) async throws -> ClanRole? {
        for try await role in try await connection.query(
            "SELECT role FROM clan_members WHERE clan_id = \(clan.id) AND user_id = \(userID)", logger: logger
        ).decode(String.self) {
            return ClanRole(rawValue: role)
        }
        return nil
    }

    private static func requireDetail(tag: String, on connection: PostgresConnection, logger: Logger) async throws -> ClanDetail {
        guard let detail = try await Self.detail(tag: tag, logger: logger, run: { try await connection.query($0, logger: logger) }) else {
            throw DatabaseError.unexpectedResult("clan \(tag) vanished inside its transaction")
        }
        return detail
    }
}
