import ArenaShared
import Foundation
import Logging
import PostgresNIO

/// Problems and their test cases. Reads take the client chosen by the read router;
/// writes go to the primary in one transaction with their tests.
struct ProblemStore: Sendable {
    let primary: PostgresClient
    let logger: Logger

    struct ListFilter: Sendable {
        var minimumDifficulty: Int?
        var maximumDifficulty: Int?
        var tag: String?
        var search: String?
        var after: Int64?
        var limit: Int
    }

    func list(_ filter: ListFilter, on client: PostgresClient) async throws -> ProblemPage {
        let pattern = filter.search.map { "%" + $0.replacingOccurrences(of: "%", with: "\\%").replacingOccurrences(of: "_", with: "\\_") + "%" }
        let rows = try await client.query(
            """
            SELECT id, slug, title, difficulty, tags,
                (SELECT count(DISTINCT s.user_id) FROM solves s WHERE s.problem_id = problems.id)::int,
                (SELECT count(*) FROM submissions s WHERE s.problem_id = problems.id)::int,
                (SELECT count(*) FROM submissions s WHERE s.problem_id = problems.id AND s.verdict = 'AC')::int
            FROM problems
            WHERE (\(filter.minimumDifficulty)::int IS NULL OR difficulty >= \(filter.minimumDifficulty))
              AND (\(filter.maximumDifficulty)::int IS NULL OR difficulty <= \(filter.maximumDifficulty))
              AND (\(filter.tag)::text IS NULL OR tags @> ARRAY[\(filter.tag)::text])
              AND (\(pattern)::text IS NULL OR title ILIKE \(pattern) OR slug ILIKE \(pattern))
              AND id > \(filter.after ?? 0)
            ORDER BY id
            LIMIT \(filter.limit + 1)
            """, logger: self.logger)
        var items: [ProblemSummary] = []
        for try await (id, slug, title, difficulty, tags, solves, submissions, accepted) in rows.decode(
            (Int64, String, String, Int, [String], Int, Int, Int).self)
        {
            items.append(
                ProblemSummary(
                    id: id, slug: slug, title: title, difficulty: difficulty, tags: tags, solves: solves, submissions: submissions, accepted: accepted))
        }
        let hasMore = items.count > filter.limit
        if hasMore { items.removeLast() }
        return ProblemPage(items: items, nextCursor: hasMore ? items.last?.id : nil)
    }

    func detail(slug: String, on client: PostgresClient) async throws -> ProblemDetail? {
        let rows = try await client.query(
            """
            SELECT id, slug, title, statement, difficulty, tags, time_limit_ms, memory_limit_kb, version, updated_at
            FROM problems WHERE slug = \(slug)
            """, logger: self.logger)
        var detail: ProblemDetail?
        for try await (id, slug, title, statement, difficulty, tags, time, memory, version, updated) in rows.decode(
            (Int64, String, String, String, Int, [String], Int, Int, Int, Date).self)
        {
            detail = ProblemDetail(
                id: id, slug: slug, title: title, statement: statement, difficulty: difficulty, tags: tags,
                timeLimitMs: time, memoryLimitKb: memory, samples: [], version: version, updatedAt: updated)
        }
        guard var detail else { return nil }
        let samples = try await client.query(
            "SELECT input, output FROM test_cases WHERE problem_id = \(detail.id) AND is_sample ORDER BY ordinal", logger: self.logger)
        for try await (input, output) in samples.decode((String, String).self) {
            detail.samples.append(TestCase(input: input, output: output, sample: true))
        }
        return detail
    }

    /// Creates the problem; nil when the slug is taken.
    func create(_ input: ProblemInput, by userID: Int64?) async throws -> Int64? {
        let logger = self.logger
        return try await self.primary.withTransaction(logger: logger) { connection -> Int64? in
            let rows = try await connection.query(
                """
                INSERT INTO problems (slug, title, statement, difficulty, tags, time_limit_ms, memory_limit_kb, created_by,
                                      output_limit_kb, validator_flags, validator, grading,
                                      modes, editorial, reference_solution, reference_language, package_version)
                VALUES (\(input.slug), \(input.title), \(input.statement), \(input.difficulty), \(input.tags),
                        \(input.timeLimitMs), \(input.memoryLimitKb), \(userID),
                        \(input.outputLimitKb ?? 8192), \(input.validatorFlags ?? ""), \(try Self.encodeValidator(input.validator)),
                        \(try Self.encode(input.grading)),
                        COALESCE(\(input.modes)::text[], '{blitz,golf,royale,sabotage}'), \(input.editorial),
                        \(input.referenceSolution), \(input.referenceLanguage), \(input.packageVersion))
                ON CONFLICT (slug) DO NOTHING RETURNING id
                """, logger: logger)
            var id: Int64?
            for try await value in rows.decode(Int64.self) { id = value }
            guard let id else { return nil }
            try await Self.insertTests(input.tests, problemID: id, on: connection, logger: logger)
            return id
        }
    }

    /// Replaces the problem (and its tests) at `slug`; false when there is none.
    func update(slug: String, with input: ProblemInput) async throws -> Bool {
        let logger = self.logger
        return try await self.primary.withTransaction(logger: logger) { connection -> Bool in
            let rows = try await connection.query(
                """
                UPDATE problems SET slug = \(input.slug), title = \(input.title), statement = \(input.statement),
                    difficulty = \(input.difficulty), tags = \(input.tags), time_limit_ms = \(input.timeLimitMs),
                    memory_limit_kb = \(input.memoryLimitKb), output_limit_kb = \(input.outputLimitKb ?? 8192),
                    validator_flags = \(input.validatorFlags ?? ""), validator = \(try Self.encodeValidator(input.validator)),
                    grading = \(try Self.encode(input.grading)),
                    modes = COALESCE(\(input.modes)::text[], modes), editorial = CASE WHEN editorial_author IS NULL THEN COALESCE(\(input.editorial), editorial) ELSE editorial END,
                    reference_solution = COALESCE(\(input.referenceSolution), reference_solution),
                    reference_language = COALESCE(\(input.referenceLanguage), reference_language),
                    package_version = \(input.packageVersion),
                    version = version + 1, updated_at = now()
                WHERE slug = \(slug) RETURNING id
                """, logger: logger)
            var id: Int64?
            for try await value in rows.decode(Int64.self) { id = value }
            guard let id else { return false }
            try await connection.query("DELETE FROM test_cases WHERE problem_id = \(id)", logger: logger)
            try await Self.insertTests(input.tests, problemID: id, on: connection, logger: logger)
            return true
        }
    }

    /// Everything an edge needs to judge `slug`, read from the primary so an edit is
    /// never judged against the tests it replaced.
    func judgeData(slug: String) async throws -> JudgeData? {
        let rows = try await self.primary.query(
            """
            SELECT id, version, time_limit_ms, memory_limit_kb, output_limit_kb, validator_flags, validator, grading
            FROM problems WHERE slug = \(slug)
            """, logger: self.logger)
        var found: (Int64, JudgeData)?
        for try await (id, version, time, memory, output, flags, validator, grading) in rows.decode(
            (Int64, Int, Int, Int, Int, String, String?, String?).self)
        {
            let source = try validator.map { try ArenaJSON.decoder().decode(ValidatorSource.self, from: Data($0.utf8)) }
            found = (id, JudgeData(
                slug: slug, version: version, timeLimitMs: time, memoryLimitKb: memory, outputLimitKb: output, validatorFlags: flags,
                validator: source, tests: [], grading: try grading.map { try ArenaJSON.decoder().decode(Grading.self, from: Data($0.utf8)) }))
        }
        guard let found else { return nil }
        let id = found.0
        var data = found.1
        let tests = try await self.primary.query(
            "SELECT input, output, is_sample, test_group FROM test_cases WHERE problem_id = \(id) ORDER BY ordinal", logger: self.logger)
        for try await (input, output, sample, group) in tests.decode((String, String, Bool, String?).self) {
            data.tests.append(TestCase(input: input, output: output, sample: sample, group: group))
        }
        return data
    }

    static func encode(_ grading: Grading?) throws -> String? {
        try grading.map { String(decoding: try ArenaJSON.encoder().encode($0), as: UTF8.self) }
    }

    static func encodeValidator(_ validator: ValidatorSource?) throws -> String? {
        try validator.map { String(decoding: try ArenaJSON.encoder().encode($0), as: UTF8.self) }
    }

    /// The editorial and whether `userID` solved the problem; nil when there is no such problem.
    func editorial(slug: String, for userID: Int64, on client: PostgresClient) async throws -> (text: String?, solved: Bool)? {
        let rows = try await client.query(
            """
            SELECT editorial, EXISTS (SELECT 1 FROM solves s WHERE s.problem_id = p.id AND s.user_id = \(userID))
            FROM problems p WHERE slug = \(slug)
            """, logger: self.logger)
        for try await (text, solved) in rows.decode((String?, Bool).self) { return (text, solved) }
        return nil
    }

    /// Replaces the editorial with one written in the app (kept through later package
    /// imports). False when there is no such problem.
    func setEditorial(slug: String, text: String, by userID: Int64) async throws -> Bool {
        let rows = try await self.primary.query(
            """
            UPDATE problems SET editorial = \(text), editorial_author = \(userID), editorial_updated_at = now()
            WHERE slug = \(slug) RETURNING id
            """, logger: self.logger)
        for try await _ in rows.decode(Int64.self) { return true }
        return false
    }

    /// Each problem's library package hash (problems created otherwise have none).
    func packageVersions() async throws -> [String: String] {
        var versions: [String: String] = [:]
        let rows = try await self.primary.query("SELECT slug, package_version FROM problems WHERE package_version IS NOT NULL", logger: self.logger)
        for try await (slug, version) in rows.decode((String, String).self) { versions[slug] = version }
        return versions
    }

    func slugExists(_ slug: String) async throws -> Bool {
        let rows = try await self.primary.query("SELECT 1 FROM problems WHERE slug = \(slug)", logger: self.logger)
        for try await _ in rows.decode(Int.self) { return true }
        return false
    }

    private static func insertTests(_ tests: [TestCase], problemID: Int64, on connection: PostgresConnection, logger: Logger) async throws {
        for (ordinal, test) in tests.enumerated() {
            try await connection.query(
                """
                INSERT INTO test_cases (problem_id, ordinal, input, output, is_sample, test_group)
                VALUES (\(problemID), \(ordinal + 1), \(test.input), \(test.output), \(test.sample), \(test.group))
                """, logger: logger)
        }
    }
}
