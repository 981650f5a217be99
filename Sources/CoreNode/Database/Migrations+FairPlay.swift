/// Fair play (docs/social.md, "Challenges"): challenges are invitations, custom matches
/// are unrated unless every player opted in, players block others, and every player has a
/// notifications list.
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
            ])
    ]
}
