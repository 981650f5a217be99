import ArenaShared
import Foundation
import Logging
import PostgresNIO

/// A fair-play flag as the admin review queue shows it.
struct FairPlayFlag: Codable, Sendable {
    var id: Int64
    var kind: FairPlayFlags.Kind
    var status: String
    var detail: String
    var match: String?
    var problem: String?
    var submission: Int64?
    var usernames: [String]
    var createdAt: Date
    var note: String?
}

extension FairPlayFlags {
    static func list(status: String?, id: Int64? = nil, limit: Int, on client: PostgresClient, logger: Logger) async throws -> [FairPlayFlag] {
        let rows = try await client.query(
            """
            SELECT f.id, f.kind, f.status, f.detail, f.match_id, p.slug, f.submission_id, f.created_at, f.note,
                   ARRAY(SELECT u.username FROM unnest(f.user_ids) WITH ORDINALITY AS x(id, n) JOIN users u ON u.id = x.id ORDER BY x.n)
            FROM fair_play_flags f LEFT JOIN problems p ON p.id = f.problem_id
            WHERE (\(status)::text IS NULL OR f.status = \(status)) AND (\(id)::bigint IS NULL OR f.id = \(id)) ORDER BY f.id DESC LIMIT \(limit)
            """, logger: logger)
        var flags: [FairPlayFlag] = []
        for try await row in rows.decode((Int64, String, String, String, UUID?, String?, Int64?, Date, String?, [String]).self) {
            flags.append(
                FairPlayFlag(
                    id: row.0, kind: Kind(rawValue: row.1) ?? .collusion, status: row.2, detail: row.3, match: row.4?.uuidString.lowercased(),
                    problem: row.5, submission: row.6, usernames: row.9, createdAt: row.7, note: row.8))
        }
        return flags
    }

    /// An admin's decision, in one transaction (a lock conflict with a commit or the
    /// scanner is retried). Confirm: collusion voids the match; a fast solve voids the
    /// submission and its match; shared code voids the program for every account but the
    /// first to submit it. Dismiss: a held match whose last open case or flag this was
    /// gets its ratings.
    static func decide(
        id: Int64, _ decision: PlagiarismStore.Decision, reviewer: Int64, note: String?, now: Date, on client: PostgresClient, logger: Logger
    ) async throws {
        try await client.withRetriedTransaction(logger: logger, what: "fair-play flag \(id)") { connection in
            try await Self.decide(id: id, decision, reviewer: reviewer, note: note, now: now, on: connection, logger: logger)
        }
    }

    private static func decide(
        id: Int64, _ decision: PlagiarismStore.Decision, reviewer: Int64, note: String?, now: Date, on connection: PostgresConnection, logger: Logger
    ) async throws {
        var found: (kind: String, status: String, match: UUID?, problem: Int64?, submission: Int64?, subject: String, users: [Int64])?
        for try await row in try await connection.query(
            "SELECT kind, status, match_id, problem_id, submission_id, subject, user_ids FROM fair_play_flags WHERE id = \(id) FOR UPDATE",
            logger: logger
        ).decode((String, String, UUID?, Int64?, Int64?, String, [Int64]).self) {
            found = row
        }
        guard let found else { throw ReviewError.unknown }
        guard found.status == "open" else { throw ReviewError.alreadyDecided(found.status) }
        try await connection.query(
            """
            UPDATE fair_play_flags SET status = \(decision == .confirm ? "confirmed" : "dismissed"), reviewed_by = \(reviewer),
              reviewed_at = \(now), note = \(note) WHERE id = \(id)
            """, logger: logger)
        guard decision == .confirm else {
            if let match = found.match { try await PlagiarismStore.releaseIfCleared(match, now: now, on: connection, logger: logger) }
            return
        }
        switch Kind(rawValue: found.kind) {
        case .fastSolve:
            if let submission = found.submission { try await PlagiarismStore.voidSubmissions([submission], on: connection, logger: logger) }
        case .sharedCode:
            guard let problem = found.problem, let shape = Int64(found.subject.split(separator: ":").last ?? ""), found.users.count > 1 else { break }
            var copies: [Int64] = []
            for try await submission in try await connection.query(
                """
                SELECT submission_id FROM submission_fingerprints
                WHERE problem_id = \(problem) AND shape = \(shape) AND user_id = ANY(\(Array(found.users.dropFirst())))
                """, logger: logger
            ).decode(Int64.self) {
                copies.append(submission)
            }
            try await PlagiarismStore.voidSubmissions(copies, on: connection, logger: logger)
        case .collusion, nil:
            break
        }
        if let match = found.match { try await PlagiarismStore.voidMatch(match, on: connection, logger: logger) }
    }
}
