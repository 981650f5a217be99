import ArenaShared
import Foundation
import Logging
import Matches
import PostgresNIO

/// Fingerprints of accepted submissions and the plagiarism cases they raise
/// (docs/fair-play.md). A case pairs two different players' accepted submissions of one
/// problem whose fingerprints are suspiciously alike; an admin confirms or dismisses it.
struct PlagiarismStore: Sendable {
    let primary: PostgresClient
    /// The starter code's fingerprints per language (the editor's template): never evidence.
    let templates: [LanguageID: Set<Int64>]
    let logger: Logger
    /// For the shared-code flag (`FairPlayFlags.checkSharedCode`).
    var policy = FairPlayPolicy()

    /// Candidates considered per new submission (those sharing most fingerprints first).
    static let candidateLimit = 200

    /// Fingerprints up to `limit` accepted submissions not fingerprinted yet, each compared
    /// with the problem's other players' submissions; returns how many were scanned and the
    /// cases opened. Rows are claimed with SKIP LOCKED, so every core may run this at once.
    func scanBatch(limit: Int) async throws -> (scanned: Int, opened: Int) {
        let logger = self.logger
        let templates = self.templates
        let policy = self.policy
        return try await self.primary.withTransaction(logger: logger) { connection in
            var batch: [(id: Int64, problem: Int64, user: Int64, language: String, source: String, match: UUID?)] = []
            for try await row in try await connection.query(
                """
                SELECT s.id, s.problem_id, s.user_id, s.language, s.source, s.match_id FROM submissions s
                WHERE s.verdict = 'AC' AND NOT EXISTS (SELECT 1 FROM submission_fingerprints f WHERE f.submission_id = s.id)
                ORDER BY s.id LIMIT \(limit) FOR UPDATE OF s SKIP LOCKED
                """, logger: logger
            ).decode((Int64, Int64, Int64, String, String, UUID?).self) {
                batch.append(row)
            }
            var opened = 0
            for submission in batch {
                let language = LanguageID(rawValue: submission.language)
                let print = language.map { SourceFingerprint(submission.source, language: $0, excluding: templates[$0] ?? []) }
                    ?? SourceFingerprint(hashes: [], lines: [])
                // Only programs long enough to fingerprint have a shape worth comparing.
                let shape = print.hashes.count >= FingerprintComparison.minimumShared ? FairPlayFlags.shape(of: print) : nil
                try await connection.query(
                    """
                    INSERT INTO submission_fingerprints (submission_id, problem_id, user_id, hashes, lines, shape)
                    VALUES (\(submission.id), \(submission.problem), \(submission.user), \(print.hashes), \(print.lines.map(Int.init)), \(shape))
                    ON CONFLICT DO NOTHING
                    """, logger: logger)
                guard let shape else { continue }
                if try await FairPlayFlags.checkSharedCode(problem: submission.problem, shape: shape, policy: policy, on: connection, logger: logger) {
                    opened += 1
                }
                var candidates: [(id: Int64, hashes: [Int64], lines: [Int], match: UUID?)] = []
                for try await row in try await connection.query(
                    """
                    SELECT f.submission_id, f.hashes, f.lines, s.match_id FROM submission_fingerprints f JOIN submissions s ON s.id = f.submission_id
                    WHERE f.problem_id = \(submission.problem) AND f.user_id <> \(submission.user) AND f.hashes && \(print.hashes)
                      AND s.voided = false
                    ORDER BY f.submission_id DESC LIMIT \(Self.candidateLimit)
                    """, logger: logger
                ).decode((Int64, [Int64], [Int], UUID?).self) {
                    candidates.append(row)
                }
                for candidate in candidates {
                    let other = SourceFingerprint(hashes: candidate.hashes, lines: candidate.lines.map { Int32($0) })
                    // The earlier submission first: the later one is the suspected copy.
                    let comparison = FingerprintComparison(other, print)
                    guard comparison.isSuspicious else { continue }
                    let sameMatch = candidate.match != nil && candidate.match == submission.match ? submission.match : nil
                    if try await Self.open(
                        problem: submission.problem, first: candidate.id, second: submission.id, comparison, match: sameMatch, on: connection, logger: logger)
                    {
                        opened += 1
                    }
                }
            }
            return (batch.count, opened)
        }
    }

    /// Opens a case once per pair; true when it is new.
    static func open(
        problem: Int64, first: Int64, second: Int64, _ comparison: FingerprintComparison, match: UUID?, on connection: PostgresConnection,
        logger: Logger
    ) async throws -> Bool {
        let regions = String(decoding: try ArenaJSON.encoder().encode(comparison.regions), as: UTF8.self)
        var opened = false
        for try await _ in try await connection.query(
            """
            INSERT INTO plagiarism_cases (problem_id, first_submission, second_submission, similarity, shared, regions, match_id)
            VALUES (\(problem), \(first), \(second), \(comparison.similarity), \(comparison.shared), \(regions)::jsonb, \(match))
            ON CONFLICT (first_submission, second_submission) DO NOTHING RETURNING id
            """, logger: logger
        ).decode(Int64.self) {
            opened = true
        }
        return opened
    }

    /// At a rated match's end: its players' accepted submissions compared pairwise (the
    /// scanner may not have seen them yet). Opens a case for every suspicious pair; true if any.
    static func checkMatch(_ match: UUID, templates: [LanguageID: Set<Int64>], on connection: PostgresConnection, logger: Logger) async throws -> Bool {
        var submissions: [(id: Int64, problem: Int64, user: Int64, print: SourceFingerprint)] = []
        for try await (id, problem, user, language, source) in try await connection.query(
            "SELECT id, problem_id, user_id, language, source FROM submissions WHERE match_id = \(match) AND verdict = 'AC' ORDER BY id",
            logger: logger
        ).decode((Int64, Int64, Int64, String, String).self) {
            guard let language = LanguageID(rawValue: language) else { continue }
            submissions.append((id, problem, user, SourceFingerprint(source, language: language, excluding: templates[language] ?? [])))
        }
        var flagged = false
        for (index, first) in submissions.enumerated() {
            for second in submissions[(index + 1)...] where second.problem == first.problem && second.user != first.user {
                let comparison = FingerprintComparison(first.print, second.print)
                guard comparison.isSuspicious else { continue }
                flagged = true
                _ = try await Self.open(problem: first.problem, first: first.id, second: second.id, comparison, match: match, on: connection, logger: logger)
            }
        }
        if !flagged {
            for try await _ in try await connection.query(
                "SELECT 1 FROM plagiarism_cases WHERE match_id = \(match) AND status = 'open' LIMIT 1", logger: logger
            ).decode(Int.self) {
                flagged = true
            }
        }
        return flagged
    }
}
