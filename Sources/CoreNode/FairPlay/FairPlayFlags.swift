import ArenaShared
import Foundation
import Logging
import Matches
import PostgresNIO

/// Raises fair-play flags (migration 12): collusion and fast solves when a rated match
/// commits, code shared by many accounts when the scanner fingerprints it. Raising is
/// idempotent (`subject` is unique), so a retried commit or scan raises nothing twice.
enum FairPlayFlags {
    enum Kind: String, Codable, Sendable {
        case collusion
        case fastSolve = "fast_solve"
        case sharedCode = "shared_code"
    }

    /// At a rated match's commit, in its transaction: true if the match has an open flag
    /// (raised now or before), so its rating changes are held.
    static func checkMatch(
        _ match: UUID, _ result: MatchResultRequest, policy: FairPlayPolicy, now: Date, on connection: PostgresConnection, logger: Logger
    ) async throws -> Bool {
        try await Self.checkCollusion(match, result, policy: policy, now: now, on: connection, logger: logger)
        try await Self.checkFastSolves(match, policy: policy, on: connection, logger: logger)
        for try await _ in try await connection.query(
            "SELECT 1 FROM fair_play_flags WHERE match_id = \(match) AND status = 'open' LIMIT 1", logger: logger
        ).decode(Int.self) {
            return true
        }
        return false
    }

    /// Every pair of the match's players: their rated matches in the window (this one
    /// included, with the result being committed) and who won them.
    static func checkCollusion(
        _ match: UUID, _ result: MatchResultRequest, policy: FairPlayPolicy, now: Date, on connection: PostgresConnection, logger: Logger
    ) async throws {
        let since = now.addingTimeInterval(-TimeInterval(policy.collusionWindow.components.seconds))
        let standings = result.standings.sorted { $0.userID < $1.userID }
        for (index, first) in standings.enumerated() {
            for second in standings[(index + 1)...] {
                var (played, firstWon, secondWon) = (1, first.place < second.place ? 1 : 0, second.place < first.place ? 1 : 0)
                for try await (count, firstWins, secondWins) in try await connection.query(
                    """
                    SELECT count(*)::int, (count(*) FILTER (WHERE a.place < b.place))::int, (count(*) FILTER (WHERE b.place < a.place))::int
                    FROM matches m
                    JOIN match_players a ON a.match_id = m.id AND a.user_id = \(first.userID)
                    JOIN match_players b ON b.match_id = m.id AND b.user_id = \(second.userID)
                    WHERE m.id <> \(match) AND m.rated AND m.status = 'finished' AND m.review IS DISTINCT FROM 'voided'
                      AND COALESCE(m.ended_at, m.started_at) > \(since)
                    """, logger: logger
                ).decode((Int, Int, Int).self) {
                    played += count
                    firstWon += firstWins
                    secondWon += secondWins
                }
                let wins = max(firstWon, secondWon)
                guard played >= policy.collusionMinimumMatches, Double(wins) >= policy.collusionWinShare * Double(played) else { continue }
                let (winner, loser) = firstWon >= secondWon ? (first, second) : (second, first)
                let days = Int(policy.collusionWindow.components.seconds / 86400)
                try await Self.raise(
                    .collusion, subject: "collusion:\(match):\(first.userID):\(second.userID)", match: match, problem: nil, submission: nil,
                    users: [first.userID, second.userID],
                    detail: "\(winner.username) beat \(loser.username) in \(wins) of their \(played) rated matches in \(days) days (this one included)",
                    on: connection, logger: logger)
            }
        }
    }

    /// Hard problems accepted in this match sooner after the deal than anyone could.
    static func checkFastSolves(_ match: UUID, policy: FairPlayPolicy, on connection: PostgresConnection, logger: Logger) async throws {
        var found: [(submission: Int64, user: Int64, username: String, problem: Int64, slug: String, difficulty: Int, seconds: Double)] = []
        for try await row in try await connection.query(
            """
            SELECT s.id, s.user_id, u.username, p.id, p.slug, p.difficulty, EXTRACT(EPOCH FROM s.submitted_at - m.started_at)::float8
            FROM submissions s JOIN matches m ON m.id = s.match_id JOIN problems p ON p.id = s.problem_id JOIN users u ON u.id = s.user_id
            WHERE s.match_id = \(match) AND s.verdict = 'AC' AND NOT s.voided AND p.difficulty >= \(policy.fastSolveDifficulty)
              AND s.submitted_at < m.started_at + make_interval(secs => \(Double(policy.fastSolveSeconds)))
            ORDER BY s.id
            """, logger: logger
        ).decode((Int64, Int64, String, Int64, String, Int, Double).self) {
            found.append(row)
        }
        for solve in found {
            try await Self.raise(
                .fastSolve, subject: "fast_solve:\(solve.submission)", match: match, problem: solve.problem, submission: solve.submission,
                users: [solve.user],
                detail: "\(solve.username) solved \(solve.slug) (difficulty \(solve.difficulty)) \(Int(max(0, solve.seconds))) s after the match dealt it",
                on: connection, logger: logger)
        }
    }

    /// After fingerprinting an accepted program: flags its shape once enough accounts
    /// submitted it (the flag's accounts grow while it is open).
    static func checkSharedCode(
        problem: Int64, shape: Int64, policy: FairPlayPolicy, on connection: PostgresConnection, logger: Logger
    ) async throws -> Bool {
        var users: [Int64] = []
        var names: [String] = []
        for try await (user, name) in try await connection.query(
            """
            SELECT f.user_id, min(u.username) FROM submission_fingerprints f JOIN users u ON u.id = f.user_id
            JOIN submissions s ON s.id = f.submission_id
            WHERE f.problem_id = \(problem) AND f.shape = \(shape) AND NOT s.voided
            GROUP BY f.user_id ORDER BY min(f.submission_id) LIMIT 50
            """, logger: logger
        ).decode((Int64, String).self) {
            users.append(user)
            names.append(name)
        }
        guard users.count >= policy.sharedCodeAccounts else { return false }
        var slug = ""
        for try await found in try await connection.query("SELECT slug FROM problems WHERE id = \(problem)", logger: logger).decode(String.self) {
            slug = found
        }
        let detail = "the same program (up to names and literals) was accepted for \(slug) from \(users.count) accounts: \(names.joined(separator: ", "))"
        var raised = false
        for try await _ in try await connection.query(
            """
            INSERT INTO fair_play_flags (kind, subject, problem_id, user_ids, detail)
            VALUES ('shared_code', \("shared_code:\(problem):\(shape)"), \(problem), \(users), \(detail))
            ON CONFLICT (subject) DO UPDATE SET user_ids = EXCLUDED.user_ids, detail = EXCLUDED.detail
              WHERE fair_play_flags.status = 'open' AND fair_play_flags.user_ids <> EXCLUDED.user_ids
            RETURNING (xmax = 0)
            """, logger: logger
        ).decode(Bool.self) {
            raised = true
        }
        return raised
    }

    static func raise(
        _ kind: Kind, subject: String, match: UUID?, problem: Int64?, submission: Int64?, users: [Int64], detail: String,
        on connection: PostgresConnection, logger: Logger
    ) async throws {
        try await connection.query(
            """
            INSERT INTO fair_play_flags (kind, subject, match_id, problem_id, submission_id, user_ids, detail)
            VALUES (\(kind.rawValue), \(subject), \(match), \(problem), \(submission), \(users), \(detail))
            ON CONFLICT (subject) DO NOTHING
            """, logger: logger)
        logger.notice("fair-play flag raised", metadata: ["kind": "\(kind.rawValue)", "subject": "\(subject)"])
    }

    /// One hash of a whole fingerprint sequence: equal for the same normalized program.
    static func shape(of print: SourceFingerprint) -> Int64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for value in print.hashes { hash = (hash ^ UInt64(bitPattern: value)) &* 0x0000_0100_0000_01b3 }
        return Int64(bitPattern: hash)
    }
}
