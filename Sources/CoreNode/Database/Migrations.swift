import Logging
import PostgresNIO

/// Versioned schema changes, applied in order at start under an advisory lock so that
/// two cores starting together do not race. Each migration is a list of single
/// statements (the extended protocol runs one statement per query) applied in one
/// transaction with its version row.
struct Migration: Sendable {
    var version: Int
    var name: String
    var statements: [String]
}

enum Migrations {
    static let advisoryLockKey: Int64 = 0x4152_454E_41  // "ARENA"

    static func apply(on client: PostgresClient, logger: Logger) async throws {
        try await client.withConnection { connection in
            try await connection.query("SELECT pg_advisory_lock(\(advisoryLockKey))", logger: logger)
            do {
                try await connection.query(
                    """
                    CREATE TABLE IF NOT EXISTS schema_migrations (
                        version INT PRIMARY KEY, name TEXT NOT NULL, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())
                    """, logger: logger)
                var applied = Set<Int>()
                for try await version in try await connection.query("SELECT version FROM schema_migrations", logger: logger).decode(Int.self) {
                    applied.insert(version)
                }
                for migration in all where !applied.contains(migration.version) {
                    try await connection.withTransaction(logger: logger) { transaction in
                        for statement in migration.statements {
                            try await transaction.query(PostgresQuery(unsafeSQL: statement), logger: logger)
                        }
                        try await transaction.query(
                            "INSERT INTO schema_migrations (version, name) VALUES (\(migration.version), \(migration.name))",
                            logger: logger)
                    }
                    logger.info("applied migration", metadata: ["version": "\(migration.version)", "name": "\(migration.name)"])
                }
            } catch {
                _ = try? await connection.query("SELECT pg_advisory_unlock(\(advisoryLockKey))", logger: logger)
                throw error
            }
            try await connection.query("SELECT pg_advisory_unlock(\(advisoryLockKey))", logger: logger)
        }
    }

    static let all: [Migration] = foundation + fairPlay + discussions + accounts + notifications

    static let foundation: [Migration] = [
        Migration(
            version: 1, name: "initial schema",
            statements: [
                """
                CREATE TABLE users (
                    id BIGSERIAL PRIMARY KEY,
                    username TEXT NOT NULL,
                    username_key TEXT NOT NULL UNIQUE,
                    password_hash TEXT NOT NULL,
                    role TEXT NOT NULL DEFAULT 'user' CHECK (role IN ('user', 'admin')),
                    xp BIGINT NOT NULL DEFAULT 0,
                    created_at TIMESTAMPTZ NOT NULL DEFAULT now())
                """,
                """
                CREATE TABLE sessions (
                    id UUID PRIMARY KEY,
                    user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
                    created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
                    expires_at TIMESTAMPTZ NOT NULL,
                    revoked_at TIMESTAMPTZ,
                    revoked_reason TEXT)
                """,
                "CREATE INDEX sessions_user ON sessions (user_id)",
                """
                CREATE TABLE refresh_tokens (
                    token_hash TEXT PRIMARY KEY,
                    session_id UUID NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
                    issued_at TIMESTAMPTZ NOT NULL DEFAULT now(),
                    expires_at TIMESTAMPTZ NOT NULL,
                    used_at TIMESTAMPTZ)
                """,
                "CREATE INDEX refresh_tokens_session ON refresh_tokens (session_id)",
                """
                CREATE TABLE problems (
                    id BIGSERIAL PRIMARY KEY,
                    slug TEXT NOT NULL UNIQUE,
                    title TEXT NOT NULL,
                    statement TEXT NOT NULL,
                    difficulty INT NOT NULL CHECK (difficulty BETWEEN 800 AND 3500),
                    tags TEXT[] NOT NULL DEFAULT '{}',
                    time_limit_ms INT NOT NULL,
                    memory_limit_kb INT NOT NULL,
                    package_ref TEXT,
                    version INT NOT NULL DEFAULT 1,
                    created_by BIGINT REFERENCES users(id),
                    created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
                    updated_at TIMESTAMPTZ NOT NULL DEFAULT now())
                """,
                "CREATE INDEX problems_difficulty ON problems (difficulty, id)",
                "CREATE INDEX problems_tags ON problems USING GIN (tags)",
                """
                CREATE TABLE test_cases (
                    problem_id BIGINT NOT NULL REFERENCES problems(id) ON DELETE CASCADE,
                    ordinal INT NOT NULL,
                    input TEXT NOT NULL,
                    output TEXT NOT NULL,
                    is_sample BOOLEAN NOT NULL DEFAULT false,
                    PRIMARY KEY (problem_id, ordinal))
                """,
                """
                CREATE TABLE submissions (
                    id BIGSERIAL PRIMARY KEY,
                    idempotency_key TEXT NOT NULL UNIQUE,
                    user_id BIGINT NOT NULL REFERENCES users(id),
                    problem_id BIGINT NOT NULL REFERENCES problems(id),
                    language TEXT NOT NULL,
                    source TEXT NOT NULL,
                    source_bytes INT NOT NULL,
                    verdict TEXT NOT NULL,
                    time_ms INT,
                    memory_kb INT,
                    region TEXT NOT NULL,
                    submitted_at TIMESTAMPTZ NOT NULL,
                    received_at TIMESTAMPTZ NOT NULL DEFAULT now())
                """,
                "CREATE INDEX submissions_user ON submissions (user_id, id DESC)",
                "CREATE INDEX submissions_problem ON submissions (problem_id, id DESC)",
                """
                CREATE TABLE ratings (
                    user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
                    mode TEXT NOT NULL CHECK (mode IN ('blitz', 'golf', 'royale', 'sabotage')),
                    rating INT NOT NULL DEFAULT 1500,
                    games INT NOT NULL DEFAULT 0,
                    updated_at TIMESTAMPTZ NOT NULL DEFAULT now(),
                    PRIMARY KEY (user_id, mode))
                """,
                """
                CREATE TABLE matches (
                    id UUID PRIMARY KEY,
                    mode TEXT NOT NULL CHECK (mode IN ('blitz', 'golf', 'royale', 'sabotage')),
                    status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'live', 'finished', 'aborted')),
                    owner_region TEXT,
                    created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
                    started_at TIMESTAMPTZ,
                    ended_at TIMESTAMPTZ,
                    result JSONB)
                """,
                """
                CREATE TABLE match_players (
                    match_id UUID NOT NULL REFERENCES matches(id) ON DELETE CASCADE,
                    user_id BIGINT NOT NULL REFERENCES users(id),
                    region TEXT NOT NULL,
                    score INT NOT NULL DEFAULT 0,
                    place INT,
                    rating_before INT,
                    rating_after INT,
                    PRIMARY KEY (match_id, user_id))
                """,
                """
                CREATE TABLE clans (
                    id BIGSERIAL PRIMARY KEY,
                    name TEXT NOT NULL,
                    name_key TEXT NOT NULL UNIQUE,
                    tag TEXT NOT NULL UNIQUE,
                    rating INT NOT NULL DEFAULT 1500,
                    created_by BIGINT NOT NULL REFERENCES users(id),
                    created_at TIMESTAMPTZ NOT NULL DEFAULT now())
                """,
                """
                CREATE TABLE clan_members (
                    clan_id BIGINT NOT NULL REFERENCES clans(id) ON DELETE CASCADE,
                    user_id BIGINT NOT NULL UNIQUE REFERENCES users(id) ON DELETE CASCADE,
                    role TEXT NOT NULL DEFAULT 'member' CHECK (role IN ('leader', 'officer', 'member')),
                    joined_at TIMESTAMPTZ NOT NULL DEFAULT now(),
                    PRIMARY KEY (clan_id, user_id))
                """,
            ]),
        Migration(
            version: 2, name: "seed problems",
            statements: [
                """
                INSERT INTO problems (slug, title, statement, difficulty, tags, time_limit_ms, memory_limit_kb) VALUES
                ('a-plus-b', 'A + B', 'Read two integers $a$ and $b$ ($|a|, |b| \\le 10^9$) and print $a + b$.', 800, '{math,implementation}', 1000, 262144),
                ('reverse-words', 'Reverse Words', 'Read one line of words separated by single spaces and print them in reverse order.', 900, '{strings,implementation}', 1000, 262144),
                ('max-subarray', 'Maximum Subarray', 'Given $n$ ($1 \\le n \\le 2 \\cdot 10^5$) integers, print the largest sum of a non-empty contiguous subarray.', 1400, '{dp,greedy}', 1000, 262144)
                """,
                """
                INSERT INTO test_cases (problem_id, ordinal, input, output, is_sample)
                SELECT p.id, t.ordinal, t.input, t.output, t.is_sample FROM problems p JOIN (VALUES
                    ('a-plus-b', 1, E'1 2\\n', E'3\\n', true),
                    ('a-plus-b', 2, E'-5 5\\n', E'0\\n', false),
                    ('a-plus-b', 3, E'1000000000 1000000000\\n', E'2000000000\\n', false),
                    ('reverse-words', 1, E'hello arena world\\n', E'world arena hello\\n', true),
                    ('reverse-words', 2, E'one\\n', E'one\\n', false),
                    ('max-subarray', 1, E'5\\n-2 1 -3 4 -1\\n', E'4\\n', true),
                    ('max-subarray', 2, E'3\\n-3 -1 -2\\n', E'-1\\n', false)
                ) AS t(slug, ordinal, input, output, is_sample) ON t.slug = p.slug
                """,
            ]),
        Migration(
            version: 3, name: "judging settings and judge messages",
            statements: [
                """
                ALTER TABLE problems
                    ADD COLUMN output_limit_kb INT NOT NULL DEFAULT 8192,
                    ADD COLUMN validator_flags TEXT NOT NULL DEFAULT '',
                    ADD COLUMN validator TEXT
                """,
                "ALTER TABLE submissions ADD COLUMN judge_message TEXT",
            ]),
        Migration(
            version: 4, name: "live matches: private matches, problems, rating history, reference solutions",
            statements: [
                """
                ALTER TABLE matches
                    ADD COLUMN is_private BOOLEAN NOT NULL DEFAULT false,
                    ADD COLUMN problems TEXT[] NOT NULL DEFAULT '{}'
                """,
                "CREATE INDEX match_players_user ON match_players (user_id)",
                """
                CREATE TABLE rating_history (
                    id BIGSERIAL UNIQUE,
                    user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
                    mode TEXT NOT NULL,
                    match_id UUID NOT NULL REFERENCES matches(id) ON DELETE CASCADE,
                    rating_before INT NOT NULL,
                    rating_after INT NOT NULL,
                    recorded_at TIMESTAMPTZ NOT NULL DEFAULT now(),
                    PRIMARY KEY (user_id, match_id))
                """,
                "CREATE INDEX rating_history_user ON rating_history (user_id, id)",
                "ALTER TABLE problems ADD COLUMN reference_solution TEXT, ADD COLUMN reference_language TEXT",
                """
                UPDATE problems SET reference_language = 'python3', reference_solution = CASE slug
                    WHEN 'a-plus-b' THEN E'a, b = map(int, input().split())\\nprint(a + b)\\n'
                    WHEN 'reverse-words' THEN E'words = input().split()\\nprint(" ".join(reversed(words)))\\n'
                    WHEN 'max-subarray' THEN E'n = int(input())\\nxs = list(map(int, input().split()))\\nbest = cur = xs[0]\\nfor x in xs[1:]:\\n    cur = max(x, cur + x)\\n    best = max(best, cur)\\nprint(best)\\n'
                    END
                WHERE slug IN ('a-plus-b', 'reverse-words', 'max-subarray')
                """,
            ]),
        Migration(
            version: 5, name: "social: solves, streaks, badges, clan invites",
            statements: [
                """
                ALTER TABLE users
                    ADD COLUMN IF NOT EXISTS current_streak INT NOT NULL DEFAULT 0,
                    ADD COLUMN IF NOT EXISTS best_streak INT NOT NULL DEFAULT 0,
                    ADD COLUMN IF NOT EXISTS last_solve_day DATE,
                    ADD COLUMN IF NOT EXISTS matches_played INT NOT NULL DEFAULT 0,
                    ADD COLUMN IF NOT EXISTS wins INT NOT NULL DEFAULT 0
                """,
                "CREATE INDEX IF NOT EXISTS users_xp ON users (xp DESC, id)",
                "CREATE INDEX IF NOT EXISTS ratings_mode_rating ON ratings (mode, rating DESC, user_id)",
                // One row per (user, problem, language) the first time it is accepted: the
                // first row of a (user, problem) is the XP-earning first solve, and the
                // per-language leaderboard counts rows without scanning submissions.
                """
                CREATE TABLE solves (
                    user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
                    problem_id BIGINT NOT NULL REFERENCES problems(id) ON DELETE CASCADE,
                    language TEXT NOT NULL,
                    first_solved_at TIMESTAMPTZ NOT NULL,
                    PRIMARY KEY (user_id, problem_id, language))
                """,
                "CREATE INDEX solves_language ON solves (language, user_id)",
                """
                INSERT INTO solves (user_id, problem_id, language, first_solved_at)
                SELECT user_id, problem_id, language, MIN(submitted_at) FROM submissions
                WHERE verdict = 'AC' GROUP BY user_id, problem_id, language
                """,
                """
                CREATE TABLE badges (
                    user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
                    badge TEXT NOT NULL,
                    awarded_at TIMESTAMPTZ NOT NULL DEFAULT now(),
                    PRIMARY KEY (user_id, badge))
                """,
                "ALTER TABLE clans ADD COLUMN IF NOT EXISTS open BOOLEAN NOT NULL DEFAULT true",
                """
                CREATE TABLE clan_invites (
                    clan_id BIGINT NOT NULL REFERENCES clans(id) ON DELETE CASCADE,
                    user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
                    invited_by BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
                    created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
                    PRIMARY KEY (clan_id, user_id))
                """,
                "CREATE INDEX clan_invites_user ON clan_invites (user_id)",
            ]),
        Migration(
            version: 6, name: "match listing order",
            statements: [
                // `GET /api/matches?status=…`, newest first: the spectate list polls it.
                "CREATE INDEX matches_listing ON matches (status, (COALESCE(ended_at, started_at)) DESC)"
            ]),
        Migration(
            version: 7, name: "region registry",
            statements: [
                """
                CREATE TABLE regions (
                    name TEXT PRIMARY KEY,
                    state TEXT NOT NULL DEFAULT 'active' CHECK (state IN ('active', 'draining')),
                    settings JSONB NOT NULL,
                    registered_at TIMESTAMPTZ NOT NULL DEFAULT now(),
                    updated_at TIMESTAMPTZ NOT NULL DEFAULT now())
                """,
                """
                CREATE TABLE region_edges (
                    region TEXT NOT NULL REFERENCES regions(name) ON DELETE CASCADE,
                    instance TEXT NOT NULL,
                    version TEXT NOT NULL,
                    ready BOOLEAN NOT NULL,
                    started_at TIMESTAMPTZ NOT NULL,
                    last_seen TIMESTAMPTZ NOT NULL,
                    sockets INT NOT NULL DEFAULT 0,
                    matches_owned INT NOT NULL DEFAULT 0,
                    pending_writes INT NOT NULL DEFAULT 0,
                    settings JSONB NOT NULL,
                    PRIMARY KEY (region, instance))
                """,
            ]),
        Migration(
            version: 8, name: "scoring problems",
            statements: [
                // Kattis scoring problems: grading settings per test group (JSON), each test's
                // group, and a submission's points with its per-group results (JSON).
                "ALTER TABLE problems ADD COLUMN grading TEXT",
                "ALTER TABLE test_cases ADD COLUMN test_group TEXT",
                "ALTER TABLE submissions ADD COLUMN score DOUBLE PRECISION, ADD COLUMN group_results TEXT",
            ]),
        Migration(
            version: 9, name: "problem library",
            statements: [
                // The library's packages (problems/): the modes a problem may be dealt in, its
                // editorial, and the hash of the package it came from, so that `arena up`
                // re-imports only what changed.
                """
                ALTER TABLE problems ADD COLUMN modes TEXT[] NOT NULL DEFAULT '{blitz,golf,royale,sabotage}',
                    ADD COLUMN editorial TEXT, ADD COLUMN package_version TEXT
                """,
                // Solve counts per problem for the practice list.
                "CREATE INDEX solves_problem ON solves (problem_id, user_id)",
                // Dealing fresh problems: a player's recent matches.
                "CREATE INDEX matches_started ON matches (started_at DESC)",
            ]),
    ]
}
