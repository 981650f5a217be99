extension Migrations {
    static let discussions: [Migration] = [
        Migration(
            version: 13, name: "discussions, votes, reports and editorials written in the app",
            statements: [
                // A thread per question or write-up on a problem. `spoiler` threads (they give a
                // solution away) are withheld from readers who have not solved the problem.
                """
                CREATE TABLE discussion_threads (
                    id BIGSERIAL PRIMARY KEY,
                    problem_id BIGINT NOT NULL REFERENCES problems(id) ON DELETE CASCADE,
                    author_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
                    title TEXT NOT NULL,
                    body TEXT NOT NULL,
                    spoiler BOOLEAN NOT NULL DEFAULT false,
                    score INT NOT NULL DEFAULT 0,
                    reply_count INT NOT NULL DEFAULT 0,
                    hidden_at TIMESTAMPTZ,
                    locked_at TIMESTAMPTZ,
                    created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
                    last_activity_at TIMESTAMPTZ NOT NULL DEFAULT now())
                """,
                "CREATE INDEX discussion_threads_problem ON discussion_threads (problem_id, last_activity_at DESC)",
                "CREATE INDEX discussion_threads_author ON discussion_threads (author_id, created_at DESC)",
                """
                CREATE TABLE discussion_replies (
                    id BIGSERIAL PRIMARY KEY,
                    thread_id BIGINT NOT NULL REFERENCES discussion_threads(id) ON DELETE CASCADE,
                    author_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
                    body TEXT NOT NULL,
                    score INT NOT NULL DEFAULT 0,
                    hidden_at TIMESTAMPTZ,
                    created_at TIMESTAMPTZ NOT NULL DEFAULT now())
                """,
                "CREATE INDEX discussion_replies_thread ON discussion_replies (thread_id, id)",
                "CREATE INDEX discussion_replies_author ON discussion_replies (author_id, created_at DESC)",
                // One vote per player and post; the post's score is kept in step in the same transaction.
                """
                CREATE TABLE discussion_votes (
                    user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
                    post TEXT NOT NULL CHECK (post IN ('thread', 'reply')),
                    post_id BIGINT NOT NULL,
                    value SMALLINT NOT NULL CHECK (value IN (-1, 1)),
                    PRIMARY KEY (user_id, post, post_id))
                """,
                // A report waits in the moderation queue until a moderator resolves it.
                """
                CREATE TABLE discussion_reports (
                    id BIGSERIAL PRIMARY KEY,
                    reporter_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
                    post TEXT NOT NULL CHECK (post IN ('thread', 'reply')),
                    post_id BIGINT NOT NULL,
                    reason TEXT NOT NULL,
                    created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
                    resolved_at TIMESTAMPTZ,
                    resolved_by BIGINT REFERENCES users(id) ON DELETE SET NULL,
                    resolution TEXT,
                    UNIQUE (reporter_id, post, post_id))
                """,
                "CREATE INDEX discussion_reports_open ON discussion_reports (id) WHERE resolved_at IS NULL",
                // An editorial written in the app is kept when the problem's package is imported again.
                "ALTER TABLE problems ADD COLUMN editorial_author BIGINT REFERENCES users(id) ON DELETE SET NULL, ADD COLUMN editorial_updated_at TIMESTAMPTZ",
            ]),
    ]
}
