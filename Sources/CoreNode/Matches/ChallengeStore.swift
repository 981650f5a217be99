import ArenaShared
import Foundation
import Logging
import Matches
import PostgresNIO

/// Challenges in PostgreSQL. Every change runs in one transaction that locks the
/// challenge's row first, so two players answering at once serialize and exactly one of
/// them moves a fully accepted challenge to `starting`.
struct ChallengeStore: Sendable {
    let primary: PostgresClient
    let policy: ChallengePolicy
    let logger: Logger

    struct New: Sendable {
        var challengerID: Int64
        var mode: MatchMode
        /// Challenger first, then the invited players in the order named.
        var userIDs: [Int64]
        var isPrivate: Bool
        var rated: Bool
        var region: String
    }

    /// Records a challenge (the challenger has accepted it by making it) and an invitation
    /// in each invited player's notifications.
    func create(_ new: New, now: Date) async throws -> ChallengeView {
        let policy = self.policy
        let logger = self.logger
        return try await self.transaction { connection in
            let invited = Array(new.userIDs.dropFirst())
            // Lock the challenger's row: their open-challenge count and rated pairings are read next.
            try await connection.query("SELECT id FROM users WHERE id = \(new.challengerID) FOR UPDATE", logger: logger)
            for try await (blocker, blocked, name) in try await connection.query(
                """
                SELECT b.blocker_id, b.blocked_id, u.username FROM user_blocks b
                JOIN users u ON u.id = CASE WHEN b.blocker_id = \(new.challengerID) THEN b.blocked_id ELSE b.blocker_id END
                WHERE (b.blocker_id = \(new.challengerID) AND b.blocked_id = ANY(\(invited)))
                   OR (b.blocked_id = \(new.challengerID) AND b.blocker_id = ANY(\(invited)))
                LIMIT 1
                """, logger: logger
            ).decode((Int64, Int64, String).self) {
                _ = (blocker, blocked)
                throw ChallengeError.blocked(name)
            }
            var open = 0
            for try await count in try await connection.query(
                "SELECT count(*)::int FROM challenges WHERE challenger_id = \(new.challengerID) AND status = 'pending' AND expires_at > \(now)",
                logger: logger
            ).decode(Int.self) {
                open = count
            }
            guard open < policy.openPerPlayer else { throw ChallengeError.tooManyOpen(limit: policy.openPerPlayer) }
            if new.rated { try await Self.checkRatedCap(new.userIDs, excluding: nil, now: now, policy: policy, on: connection, logger: logger) }
            let id = UUID()
            let expires = now.addingTimeInterval(TimeInterval(policy.acceptWindow.components.seconds))
            try await connection.query(
                """
                INSERT INTO challenges (id, challenger_id, mode, is_private, rated, region, created_at, expires_at)
                VALUES (\(id), \(new.challengerID), \(new.mode.rawValue), \(new.isPrivate), \(new.rated), \(new.region), \(now), \(expires))
                """, logger: logger)
            for (seat, user) in new.userIDs.enumerated() {
                let response = seat == 0 ? "accepted" : "pending"
                let responded: Date? = seat == 0 ? now : nil
                try await connection.query(
                    """
                    INSERT INTO challenge_players (challenge_id, user_id, seat, response, responded_at)
                    VALUES (\(id), \(user), \(seat), \(response), \(responded))
                    """, logger: logger)
            }
            guard let view = try await Self.view(id: id, now: now, on: connection, logger: logger) else { throw ChallengeError.unknown }
            try await NotificationStore.add(to: invited, kind: .challenge, body: view, on: connection, logger: logger)
            return view
        }
    }

    enum Answer: Sendable {
        case accept, decline
    }

    /// Records a player's answer. Returns the challenge and whether this answer completed it
    /// (then it is `starting`, and the caller seats the players).
    func respond(id: UUID, userID: Int64, _ answer: Answer, now: Date) async throws -> (view: ChallengeView, start: Bool) {
        let policy = self.policy
        let logger = self.logger
        return try await self.transaction { connection in
            var found: (status: String, expires: Date, challenger: Int64, rated: Bool)?
            for try await row in try await connection.query(
                "SELECT status, expires_at, challenger_id, rated FROM challenges WHERE id = \(id) FOR UPDATE", logger: logger
            ).decode((String, Date, Int64, Bool).self) {
                found = row
            }
            guard let found else { throw ChallengeError.unknown }
            var seats: [(user: Int64, response: String)] = []
            for try await row in try await connection.query(
                "SELECT user_id, response FROM challenge_players WHERE challenge_id = \(id) ORDER BY seat", logger: logger
            ).decode((Int64, String).self) {
                seats.append(row)
            }
            guard seats.contains(where: { $0.user == userID }) else { throw ChallengeError.notInvited }
            guard found.status == "pending" else { throw ChallengeError.closed(found.status) }
            if found.expires <= now {
                try await connection.query("UPDATE challenges SET status = 'expired', closed_at = \(now) WHERE id = \(id)", logger: logger)
                throw ChallengeError.expired
            }
            var start = false
            switch answer {
            case .decline:
                let status = userID == found.challenger ? "cancelled" : "declined"
                try await connection.query(
                    "UPDATE challenge_players SET response = 'declined', responded_at = \(now) WHERE challenge_id = \(id) AND user_id = \(userID)",
                    logger: logger)
                try await connection.query("UPDATE challenges SET status = \(status), closed_at = \(now) WHERE id = \(id)", logger: logger)
            case .accept:
                try await connection.query(
                    """
                    UPDATE challenge_players SET response = 'accepted', responded_at = COALESCE(responded_at, \(now))
                    WHERE challenge_id = \(id) AND user_id = \(userID)
                    """, logger: logger)
                let everyone = seats.allSatisfy { $0.user == userID || $0.response == "accepted" }
                if everyone {
                    if found.rated {
                        try await Self.checkRatedCap(seats.map(\.user), excluding: id, now: now, policy: policy, on: connection, logger: logger)
                    }
                    try await connection.query("UPDATE challenges SET status = 'starting' WHERE id = \(id)", logger: logger)
                    start = true
                }
            }
            guard let view = try await Self.view(id: id, now: now, on: connection, logger: logger) else { throw ChallengeError.unknown }
            if answer == .decline {
                let others = view.players.map(\.userID).filter { $0 != userID }
                try await NotificationStore.add(to: others, kind: .challenge, body: view, on: connection, logger: logger)
            }
            return (view, start)
        }
    }

    /// The match is on: the challenge records it.
    func started(id: UUID, match: UUID, now: Date) async throws -> ChallengeView? {
        try await self.primary.query(
            "UPDATE challenges SET status = 'started', match_id = \(match), closed_at = \(now) WHERE id = \(id) AND status = 'starting'",
            logger: self.logger)
        return try await self.view(id: id, now: now)
    }

    /// Seating failed (a player is in another live match): the challenge waits again, with
    /// every acceptance kept, so a later accept retries.
    func startFailed(id: UUID) async {
        _ = try? await self.primary.query("UPDATE challenges SET status = 'pending' WHERE id = \(id) AND status = 'starting'", logger: self.logger)
    }

    func view(id: UUID, now: Date) async throws -> ChallengeView? {
        try await self.primary.withConnection { connection in try await Self.view(id: id, now: now, on: connection, logger: self.logger) }
    }

    /// The player's open challenges (sent and received) and the 20 most recent closed ones, newest first.
    func list(userID: Int64, now: Date) async throws -> [ChallengeView] {
        let logger = self.logger
        return try await self.primary.withConnection { connection in
            var ids: [UUID] = []
            for try await (id, _) in try await connection.query(
                """
                (SELECT c.id, c.created_at FROM challenges c JOIN challenge_players p ON p.challenge_id = c.id
                 WHERE p.user_id = \(userID) AND c.status IN ('pending', 'starting') AND c.expires_at > \(now))
                UNION
                (SELECT c.id, c.created_at FROM challenges c JOIN challenge_players p ON p.challenge_id = c.id
                 WHERE p.user_id = \(userID) ORDER BY c.created_at DESC LIMIT 20)
                ORDER BY created_at DESC
                """, logger: logger
            ).decode((UUID, Date).self) {
                ids.append(id)
            }
            var views: [ChallengeView] = []
            for id in ids {
                if let view = try await Self.view(id: id, now: now, on: connection, logger: logger) { views.append(view) }
            }
            return views
        }
    }

    /// A challenge with its players; a pending one past its deadline reads as expired.
    static func view(id: UUID, now: Date, on connection: PostgresConnection, logger: Logger) async throws -> ChallengeView? {
        var view: ChallengeView?
        for try await (mode, challenger, isPrivate, rated, status, created, expires, match) in try await connection.query(
            """
            SELECT c.mode, u.username, c.is_private, c.rated, c.status, c.created_at, c.expires_at, c.match_id
            FROM challenges c JOIN users u ON u.id = c.challenger_id WHERE c.id = \(id)
            """, logger: logger
        ).decode((String, String, Bool, Bool, String, Date, Date, UUID?).self) {
            guard let mode = MatchMode(rawValue: mode), var state = ChallengeView.Status(rawValue: status) else { continue }
            if state == .pending && expires <= now { state = .expired }
            view = ChallengeView(
                id: id.uuidString.lowercased(), mode: mode, challenger: challenger, players: [], isPrivate: isPrivate, rated: rated, status: state,
                createdAt: created, expiresAt: expires, match: match?.uuidString.lowercased())
        }
        guard var view else { return nil }
        for try await (user, name, response) in try await connection.query(
            """
            SELECT p.user_id, u.username, p.response FROM challenge_players p JOIN users u ON u.id = p.user_id
            WHERE p.challenge_id = \(id) ORDER BY p.seat
            """, logger: logger
        ).decode((Int64, String, String).self) {
            view.players.append(.init(userID: user, username: name, response: ChallengeView.Response(rawValue: response) ?? .pending))
        }
        return view
    }

    /// Rated challenges between any two of these players in the last 24 hours (started or
    /// still open) must stay under the cap.
    static func checkRatedCap(
        _ users: [Int64], excluding current: UUID?, now: Date, policy: ChallengePolicy, on connection: PostgresConnection, logger: Logger
    ) async throws {
        for (index, first) in users.enumerated() {
            for second in users[(index + 1)...] {
                var count = 0
                for try await value in try await connection.query(
                    """
                    SELECT count(*)::int FROM challenges c
                    WHERE c.rated AND c.status IN ('pending', 'starting', 'started') AND c.created_at > \(now) - interval '1 day'
                      AND (\(current)::uuid IS NULL OR c.id <> \(current))
                      AND (c.status <> 'pending' OR c.expires_at > \(now))
                      AND EXISTS (SELECT 1 FROM challenge_players p WHERE p.challenge_id = c.id AND p.user_id = \(first))
                      AND EXISTS (SELECT 1 FROM challenge_players p WHERE p.challenge_id = c.id AND p.user_id = \(second))
                    """, logger: logger
                ).decode(Int.self) {
                    count = value
                }
                if count >= policy.ratedPerPairPerDay {
                    var names: [Int64: String] = [:]
                    for try await (id, name) in try await connection.query(
                        "SELECT id, username FROM users WHERE id = ANY(\([first, second]))", logger: logger
                    ).decode((Int64, String).self) {
                        names[id] = name
                    }
                    throw ChallengeError.ratedCapReached(names[first] ?? "a player", names[second] ?? "a player", limit: policy.ratedPerPairPerDay)
                }
            }
        }
    }

    /// A transaction whose own errors come back as thrown (callers match on `ChallengeError`).
    private func transaction<Value: Sendable>(_ body: nonisolated(nonsending) (PostgresConnection) async throws -> sending Value) async throws -> Value {
        do {
            return try await self.primary.withTransaction(logger: self.logger, body)
        } catch let error as PostgresTransactionError {
            throw error.closureError ?? error.commitError ?? error.beginError ?? error
        }
    }
}
