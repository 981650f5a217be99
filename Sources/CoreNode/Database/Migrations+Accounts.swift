extension Migrations {
    static let accounts: [Migration] = [
        Migration(
            version: 14, name: "email addresses, account tokens (verification, password reset) and the mail outbox",
            statements: [
                // `email_key` is the address lower-cased: one account per address.
                "ALTER TABLE users ADD COLUMN email TEXT, ADD COLUMN email_key TEXT UNIQUE, ADD COLUMN email_verified_at TIMESTAMPTZ",
                // Single-use tokens mailed to a player; only their SHA-256 is stored, so a
                // database reader cannot use one. `email` is the address the token was sent to.
                """
                CREATE TABLE account_tokens (
                    token_hash TEXT PRIMARY KEY,
                    user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
                    purpose TEXT NOT NULL CHECK (purpose IN ('verify-email', 'reset-password')),
                    email TEXT NOT NULL,
                    created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
                    expires_at TIMESTAMPTZ NOT NULL,
                    used_at TIMESTAMPTZ)
                """,
                "CREATE INDEX account_tokens_user ON account_tokens (user_id, purpose, created_at DESC)",
                """
                CREATE TABLE mail_outbox (
                    id BIGSERIAL PRIMARY KEY,
                    recipient TEXT NOT NULL,
                    subject TEXT NOT NULL,
                    body TEXT NOT NULL,
                    kind TEXT NOT NULL,
                    created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
                    attempts INT NOT NULL DEFAULT 0,
                    next_attempt_at TIMESTAMPTZ NOT NULL DEFAULT now(),
                    sent_at TIMESTAMPTZ,
                    failed_at TIMESTAMPTZ,
                    last_error TEXT)
                """,
                "CREATE INDEX mail_outbox_due ON mail_outbox (next_attempt_at) WHERE sent_at IS NULL AND failed_at IS NULL",
            ]),
    ]
}
