import ArenaShared
import Foundation
import Logging
import PostgresNIO

/// Submission records. Inserting is idempotent on the edge's idempotency key: a
/// replayed forward finds the row it already wrote and changes nothing.
struct SubmissionStore: Sendable {
    let primary: PostgresClient
    let logger: Logger

    enum StoreOutcome: Sendable {
        case stored(SubmissionSummary)
        case duplicate(SubmissionSummary)
        case unknownProblem
        case unknownUser
    }

    func store(_ record: SubmissionRecord) async throws -> StoreOutcome {
        let logger = self.logger
        return try await self.primary.withTransaction(logger: logger) { connection -> StoreOutcome in
            var problem: (id: Int64, difficulty: Int)?
            for try await row in try await connection.query(
                "SELECT id, difficulty FROM problems WHERE slug = \(record.problem)", logger: logger
            ).decode((Int64, Int).self) {
                problem = row
            }
            guard let problem else { return .unknownProblem }
            let problemID = problem.id
            var userExists = false
            for try await _ in try await connection.query("SELECT 1 FROM users WHERE id = \(record.userID)", logger: logger).decode(Int.self) {
                userExists = true
            }
            guard userExists else { return .unknownUser }
            let inserted = try await connection.query(
                """
                INSERT INTO submissions (idempotency_key, user_id, problem_id, language, source, source_bytes, verdict,
                                         time_ms, memory_kb, region, submitted_at, judge_message, score, group_results, match_id)
                VALUES (\(record.idempotencyKey), \(record.userID), \(problemID), \(record.language.rawValue), \(record.source),
                        \(record.source.utf8.count), \(record.verdict.rawValue), \(record.timeMs), \(record.memoryKb),
                        \(record.region), \(record.submittedAt), \(record.judgeMessage), \(record.score),
                        \(try record.groups.map { String(decoding: try ArenaJSON.encoder().encode($0), as: UTF8.self) }),
                        \(record.match.flatMap(UUID.init(uuidString:))))
                ON CONFLICT (idempotency_key) DO UPDATE
                    SET verdict = EXCLUDED.verdict, time_ms = EXCLUDED.time_ms, memory_kb = EXCLUDED.memory_kb,
                        judge_message = EXCLUDED.judge_message, score = EXCLUDED.score, group_results = EXCLUDED.group_results
                    WHERE submissions.verdict = 'PENDING' AND EXCLUDED.verdict <> 'PENDING'
                RETURNING id
                """, logger: logger)
            var isNew = false
            for try await _ in inserted.decode(Int64.self) { isNew = true }
            // Only a newly stored verdict earns rewards: a replayed duplicate never does.
            if isNew, record.verdict == .accepted {
                try await Rewards.problemSolved(
                    userID: record.userID, problemID: problemID, language: record.language.rawValue, difficulty: problem.difficulty,
                    at: record.submittedAt, on: connection, logger: logger)
            }
            guard let summary = try await Self.summary(key: record.idempotencyKey, on: connection, logger: logger) else {
                throw DatabaseError.unexpectedResult("submission \(record.idempotencyKey) vanished inside its transaction")
            }
            return isNew ? .stored(summary) : .duplicate(summary)
        }
    }

    static let summaryColumns = """
        s.id, s.idempotency_key, s.user_id, u.username, p.slug, s.language, s.verdict, s.time_ms, s.memory_kb, s.region, s.submitted_at, s.judge_message,
        s.score, s.group_results
        """

    static func summary(key: String, on connection: PostgresConnection, logger: Logger) async throws -> SubmissionSummary? {
        let rows = try await connection.query(
            """
            SELECT \(unescaped: summaryColumns)
            FROM submissions s JOIN users u ON u.id = s.user_id JOIN problems p ON p.id = s.problem_id
            WHERE s.idempotency_key = \(key)
            """, logger: logger)
        return try await Self.decode(rows).first
    }

    func list(username: String?, problem: String?, after: Int64?, limit: Int, on client: PostgresClient) async throws -> [SubmissionSummary] {
        let rows = try await client.query(
            """
            SELECT \(unescaped: Self.summaryColumns)
            FROM submissions s JOIN users u ON u.id = s.user_id JOIN problems p ON p.id = s.problem_id
            WHERE (\(username.map { $0.lowercased() })::text IS NULL OR u.username_key = \(username.map { $0.lowercased() }))
              AND (\(problem)::text IS NULL OR p.slug = \(problem))
              AND (\(after)::bigint IS NULL OR s.id < \(after))
            ORDER BY s.id DESC LIMIT \(limit)
            """, logger: self.logger)
        return try await Self.decode(rows)
    }

    /// A submission's code with what identifies it (the caller checks the author).
    struct SourceView: Encodable, Sendable {
        var id: Int64
        var userID: Int64
        var problem: String
        var language: LanguageID
        var verdict: Verdict
        var submittedAt: Date
        var source: String
    }

    func source(id: Int64, on client: PostgresClient) async throws -> SourceView? {
        let rows = try await client.query(
            """
            SELECT s.id, s.user_id, p.slug, s.language, s.verdict, s.submitted_at, s.source
            FROM submissions s JOIN problems p ON p.id = s.problem_id WHERE s.id = \(id)
            """, logger: self.logger)
        for try await (id, userID, slug, language, verdict, submitted, source) in rows.decode((Int64, Int64, String, String, String, Date, String).self) {
            return SourceView(
                id: id, userID: userID, problem: slug, language: LanguageID(rawValue: language) ?? .c,
                verdict: Verdict(rawValue: verdict) ?? .systemError, submittedAt: submitted, source: source)
        }
        return nil
    }

    static func decode(_ rows: PostgresRowSequence) async throws -> [SubmissionSummary] {
        var result: [SubmissionSummary] = []
        for try await (id, key, userID, username, slug, language, verdict, time, memory, region, submitted, message, score, groups) in rows.decode(
            (Int64, String, Int64, String, String, String, String, Int?, Int?, String, Date, String?, Double?, String?).self)
        {
            var summary = SubmissionSummary(
                id: id, idempotencyKey: key, userID: userID, username: username, problem: slug,
                language: LanguageID(rawValue: language) ?? .c, verdict: Verdict(rawValue: verdict) ?? .systemError,
                timeMs: time, memoryKb: memory, region: region, submittedAt: submitted, judgeMessage: message)
            summary.score = score
            summary.groups = groups.flatMap { try? ArenaJSON.decoder().decode([Grading.GroupResult].self, from: Data($0.utf8)) }
            result.append(summary)
        }
        return result
    }
}
