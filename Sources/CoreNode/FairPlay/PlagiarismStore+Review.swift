import ArenaShared
import Foundation
import Logging
import Matches
import PostgresNIO

/// One side of a case: whose submission, and (in a case's detail) its code.
struct PlagiarismSide: Codable, Sendable {
    var submission: Int64
    var username: String
    var language: String
    var submittedAt: Date
    var source: String?
}

/// A plagiarism case as the admin review queue shows it.
struct PlagiarismCase: Codable, Sendable {
    var id: Int64
    var problem: String
    var similarity: Double
    var shared: Int
    var status: String
    var match: String?
    var createdAt: Date
    /// The earlier submission, then the later one (the suspected copy).
    var first: PlagiarismSide
    var second: PlagiarismSide
    /// Matching line ranges (`firstLines`, `secondLines`), present in a case's detail.
    var regions: [FingerprintComparison.Region]?
    var note: String?
}

enum ReviewError: Error, CustomStringConvertible {
    case unknown
    case alreadyDecided(String)

    var description: String {
        switch self {
        case .unknown: "no such case"
        case .alreadyDecided(let status): "the case is already \(status)"
        }
    }
}

extension PlagiarismStore {
    static let caseColumns = """
        c.id, p.slug, c.similarity, c.shared, c.status, c.match_id, c.created_at, c.note,
        a.id, ua.username, a.language, a.submitted_at, b.id, ub.username, b.language, b.submitted_at
        """
    static let caseJoins = """
        plagiarism_cases c JOIN problems p ON p.id = c.problem_id
        JOIN submissions a ON a.id = c.first_submission JOIN users ua ON ua.id = a.user_id
        JOIN submissions b ON b.id = c.second_submission JOIN users ub ON ub.id = b.user_id
        """

    func cases(status: String?, limit: Int) async throws -> [PlagiarismCase] {
        let rows = try await self.primary.query(
            """
            SELECT \(unescaped: Self.caseColumns) FROM \(unescaped: Self.caseJoins)
            WHERE (\(status)::text IS NULL OR c.status = \(status)) ORDER BY c.id DESC LIMIT \(limit)
            """, logger: self.logger)
        var cases: [PlagiarismCase] = []
        for try await row in rows.decode((Int64, String, Double, Int, String, UUID?, Date, String?, Int64, String, String, Date, Int64, String, String, Date).self) {
            cases.append(Self.makeCase(row))
        }
        return cases
    }

    /// A case with both programs and the matching regions.
    func detail(id: Int64) async throws -> PlagiarismCase? {
        var found: PlagiarismCase?
        for try await row in try await self.primary.query(
            "SELECT \(unescaped: Self.caseColumns), c.regions::text, a.source, b.source FROM \(unescaped: Self.caseJoins) WHERE c.id = \(id)",
            logger: self.logger
        ).decode((Int64, String, Double, Int, String, UUID?, Date, String?, Int64, String, String, Date, Int64, String, String, Date, String, String, String).self) {
            var item = Self.makeCase((row.0, row.1, row.2, row.3, row.4, row.5, row.6, row.7, row.8, row.9, row.10, row.11, row.12, row.13, row.14, row.15))
            item.regions = try? ArenaJSON.decoder().decode([FingerprintComparison.Region].self, from: Data(row.16.utf8))
            item.first.source = row.17
            item.second.source = row.18
            found = item
        }
        return found
    }

    private static func makeCase(
        _ row: (Int64, String, Double, Int, String, UUID?, Date, String?, Int64, String, String, Date, Int64, String, String, Date)
    ) -> PlagiarismCase {
        PlagiarismCase(
            id: row.0, problem: row.1, similarity: row.2, shared: row.3, status: row.4, match: row.5?.uuidString.lowercased(), createdAt: row.6,
            first: PlagiarismSide(submission: row.8, username: row.9, language: row.10, submittedAt: row.11),
            second: PlagiarismSide(submission: row.12, username: row.13, language: row.14, submittedAt: row.15), note: row.7)
    }

    enum Decision: String, Codable, Sendable {
        case confirm, dismiss
    }

    /// An admin's decision, in one transaction. Confirm: the later submission is voided (no
    /// longer a solve), and a match the pair played is voided: held ratings are dropped,
    /// ratings already applied are taken back. Dismiss: once no case of the match is open,
    /// its held ratings are applied now.
    func decide(id: Int64, _ decision: Decision, reviewer: Int64, note: String?, now: Date) async throws {
        let logger = self.logger
        // The scanner locks submissions too (in another order): a deadlock is retried.
        try await self.primary.withRetriedTransaction(logger: logger, what: "plagiarism case \(id)") { connection in
            var found: (status: String, match: UUID?, second: Int64)?
            for try await row in try await connection.query(
                "SELECT status, match_id, second_submission FROM plagiarism_cases WHERE id = \(id) FOR UPDATE", logger: logger
            ).decode((String, UUID?, Int64).self) {
                found = row
            }
            guard let found else { throw ReviewError.unknown }
            guard found.status == "open" else { throw ReviewError.alreadyDecided(found.status) }
            let status = decision == .confirm ? "confirmed" : "dismissed"
            try await connection.query(
                "UPDATE plagiarism_cases SET status = \(status), reviewed_by = \(reviewer), reviewed_at = \(now), note = \(note) WHERE id = \(id)",
                logger: logger)
            switch decision {
            case .confirm:
                try await Self.voidSubmissions([found.second], on: connection, logger: logger)
                if let match = found.match { try await Self.voidMatch(match, on: connection, logger: logger) }
            case .dismiss:
                if let match = found.match { try await Self.releaseIfCleared(match, now: now, on: connection, logger: logger) }
            }
        }
    }

    /// Voided submissions no longer count: each one's solve goes unless another accepted,
    /// unvoided submission of the same player earns it.
    static func voidSubmissions(_ ids: [Int64], on connection: PostgresConnection, logger: Logger) async throws {
        try await connection.query("UPDATE submissions SET voided = true WHERE id = ANY(\(ids))", logger: logger)
        try await connection.query(
            """
            DELETE FROM solves v USING submissions s
            WHERE s.id = ANY(\(ids)) AND v.user_id = s.user_id AND v.problem_id = s.problem_id
              AND NOT EXISTS (SELECT 1 FROM submissions o WHERE o.user_id = s.user_id AND o.problem_id = s.problem_id
                              AND o.verdict = 'AC' AND NOT o.voided)
            """, logger: logger)
    }

    /// A voided match keeps its places, but no rating changed: held changes are dropped and
    /// applied ones reversed (with their history rows).
    static func voidMatch(_ match: UUID, on connection: PostgresConnection, logger: Logger) async throws {
        var found: (mode: String, review: String?, status: String)?
        for try await row in try await connection.query(
            "SELECT mode, review, status FROM matches WHERE id = \(match) FOR UPDATE", logger: logger
        ).decode((String, String?, String).self) {
            found = row
        }
        guard let found, found.review != "voided", found.status == "finished" else { return }
        if found.review != "held" {
            for try await (user, before, after) in try await connection.query(
                "SELECT user_id, rating_before, rating_after FROM match_players WHERE match_id = \(match) ORDER BY user_id", logger: logger
            ).decode((Int64, Int?, Int?).self) {
                guard let before, let after, before != after else { continue }
                try await connection.query(
                    "UPDATE ratings SET rating = rating - \(after - before), games = GREATEST(0, games - 1) WHERE user_id = \(user) AND mode = \(found.mode)",
                    logger: logger)
            }
            try await connection.query("DELETE FROM rating_history WHERE match_id = \(match)", logger: logger)
            try await connection.query("UPDATE match_players SET rating_after = rating_before WHERE match_id = \(match)", logger: logger)
        }
        try await connection.query("UPDATE matches SET review = 'voided' WHERE id = \(match)", logger: logger)
    }

    /// A held match whose last open case or flag was dismissed gets its ratings (at today's ratings).
    static func releaseIfCleared(_ match: UUID, now: Date, on connection: PostgresConnection, logger: Logger) async throws {
        var held: String?
        for try await row in try await connection.query(
            "SELECT result::text FROM matches WHERE id = \(match) AND review = 'held' FOR UPDATE", logger: logger
        ).decode(String?.self) {
            held = row
        }
        guard let text = held else { return }
        for try await _ in try await connection.query(
            """
            SELECT 1 FROM plagiarism_cases WHERE match_id = \(match) AND status = 'open'
            UNION ALL SELECT 1 FROM fair_play_flags WHERE match_id = \(match) AND status = 'open' LIMIT 1
            """, logger: logger
        ).decode(Int.self) {
            return
        }
        let result = try ArenaJSON.decoder().decode(MatchResultRequest.self, from: Data(text.utf8))
        _ = try await MatchStore.applyRatings(
            match: match, result, seated: result.standings.map(\.userID).sorted(), now: now, on: connection, logger: logger)
        try await connection.query("UPDATE matches SET review = 'cleared' WHERE id = \(match)", logger: logger)
    }
}
