/// Fair play (docs/social.md, "Challenges"): challenges are invitations, custom matches
/// are unrated unless every player opted in, players block others, and every player has a
/// notifications list; accepted code is fingerprinted for plagiarism review.
extension Migrations {
    static let fairPlay: [Migration] = [
        Migration(
            version: 10, name: "challenges, blocks, notifications, unrated matches",
            statements: [
                // A match changes ratings, XP and badges only when rated (queue matches and
                // rated challenges every player accepted).
                "ALTER TABLE matches ADD COLUMN rated BOOLEAN NOT NULL DEFAULT true",
                """
                CREATE TABLE challenges (
                    id UUID PRIMARY KEY,
                    challenger_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
                    mode TEXT NOT NULL CHECK (mode IN ('blitz', 'golf', 'royale', 'sabotage')),
                    is_private BOOLEAN NOT NULL DEFAULT false,
                    rated BOOLEAN NOT NULL DEFAULT false,
                    status TEXT NOT NULL DEFAULT 'pending'
                        CHECK (status IN ('pending', 'starting', 'started', 'declined', 'cancelled', 'expired')),
                    region TEXT NOT NULL DEFAULT '',
                    created_at TIMESTAMPTZ NOT NULL,
                    expires_at TIMESTAMPTZ NOT NULL,
                    closed_at TIMESTAMPTZ,
                    match_id UUID REFERENCES matches(id) ON DELETE SET NULL)
                """,
                """
                CREATE TABLE challenge_players (
                    challenge_id UUID NOT NULL REFERENCES challenges(id) ON DELETE CASCADE,
                    user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
                    seat INT NOT NULL,
                    response TEXT NOT NULL DEFAULT 'pending' CHECK (response IN ('pending', 'accepted', 'declined')),
                    responded_at TIMESTAMPTZ,
                    PRIMARY KEY (challenge_id, user_id))
                """,
                "CREATE INDEX challenge_players_user ON challenge_players (user_id, challenge_id)",
                "CREATE INDEX challenges_challenger ON challenges (challenger_id, created_at DESC)",
                """
                CREATE TABLE user_blocks (
                    blocker_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
                    blocked_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
                    created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
                    PRIMARY KEY (blocker_id, blocked_id),
                    CHECK (blocker_id <> blocked_id))
                """,
                "CREATE INDEX user_blocks_blocked ON user_blocks (blocked_id, blocker_id)",
                """
                CREATE TABLE notifications (
                    id BIGSERIAL PRIMARY KEY,
                    user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
                    kind TEXT NOT NULL,
                    body JSONB NOT NULL,
                    created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
                    read_at TIMESTAMPTZ)
                """,
                "CREATE INDEX notifications_user ON notifications (user_id, id DESC)",
            ]),
        Migration(
            version: 11, name: "plagiarism detection",
            statements: [
                // A match submission remembers its match (plagiarism checks at the match's end).
                "ALTER TABLE submissions ADD COLUMN match_id UUID",
                "CREATE INDEX submissions_match ON submissions (match_id) WHERE match_id IS NOT NULL",
                "CREATE INDEX submissions_unscanned ON submissions (id) WHERE verdict = 'AC'",
                // Winnowing fingerprints of every accepted submission (SourceFingerprint); the GIN
                // index finds the submissions that share any fingerprint with a new one.
                """
                CREATE TABLE submission_fingerprints (
                    submission_id BIGINT PRIMARY KEY REFERENCES submissions(id) ON DELETE CASCADE,
                    problem_id BIGINT NOT NULL REFERENCES problems(id) ON DELETE CASCADE,
                    user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
                    hashes BIGINT[] NOT NULL,
                    lines INT[] NOT NULL)
                """,
                "CREATE INDEX submission_fingerprints_hashes ON submission_fingerprints USING GIN (hashes)",
                "CREATE INDEX submission_fingerprints_problem ON submission_fingerprints (problem_id)",
                """
                CREATE TABLE plagiarism_cases (
                    id BIGSERIAL PRIMARY KEY,
                    problem_id BIGINT NOT NULL REFERENCES problems(id) ON DELETE CASCADE,
                    first_submission BIGINT NOT NULL REFERENCES submissions(id) ON DELETE CASCADE,
                    second_submission BIGINT NOT NULL REFERENCES submissions(id) ON DELETE CASCADE,
                    similarity DOUBLE PRECISION NOT NULL,
                    shared INT NOT NULL,
                    regions JSONB NOT NULL,
                    match_id UUID REFERENCES matches(id) ON DELETE SET NULL,
                    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'confirmed', 'dismissed')),
                    created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
                    reviewed_by BIGINT REFERENCES users(id),
                    reviewed_at TIMESTAMPTZ,
                    note TEXT,
                    UNIQUE (first_submission, second_submission))
                """,
                "CREATE INDEX plagiarism_cases_status ON plagiarism_cases (status, id DESC)",
                // A rated match whose players' code looked copied: its ratings wait for review
                // (`held`), are never applied (`voided`), or were applied after a dismissal (`cleared`).
                "ALTER TABLE matches ADD COLUMN review TEXT CHECK (review IN ('held', 'voided', 'cleared'))",
                // A confirmed case's copied submission no longer counts as a solve.
                "ALTER TABLE submissions ADD COLUMN voided BOOLEAN NOT NULL DEFAULT false",
            ]),
        Migration(
            version: 12, name: "fair-play flags: collusion, fast solves, code shared by many accounts",
            statements: [
                // One row per suspicion an admin reviews; `subject` makes raising it idempotent
                // (one collusion flag per match, one fast-solve flag per submission, one
                // shared-code flag per problem and program shape).
                """
                CREATE TABLE fair_play_flags (
                    id BIGSERIAL PRIMARY KEY,
                    kind TEXT NOT NULL CHECK (kind IN ('collusion', 'fast_solve', 'shared_code')),
                    subject TEXT NOT NULL UNIQUE,
                    match_id UUID REFERENCES matches(id) ON DELETE SET NULL,
                    problem_id BIGINT REFERENCES problems(id) ON DELETE CASCADE,
                    submission_id BIGINT REFERENCES submissions(id) ON DELETE CASCADE,
                    user_ids BIGINT[] NOT NULL,
                    detail TEXT NOT NULL,
                    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'confirmed', 'dismissed')),
                    created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
                    reviewed_by BIGINT REFERENCES users(id) ON DELETE SET NULL,
                    reviewed_at TIMESTAMPTZ,
                    note TEXT)
                """,
                "CREATE INDEX fair_play_flags_status ON fair_play_flags (status, id DESC)",
                "CREATE INDEX fair_play_flags_match ON fair_play_flags (match_id) WHERE match_id IS NOT NULL",
                // The whole normalized program as one hash: the same program from many accounts.
                "ALTER TABLE submission_fingerprints ADD COLUMN shape BIGINT",
                "CREATE INDEX submission_fingerprints_shape ON submission_fingerprints (problem_id, shape) WHERE shape IS NOT NULL",
            ]),
    ]
}
