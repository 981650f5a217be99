extension Migrations {
    static let notifications: [Migration] = [
        Migration(
            version: 15, name: "notification preferences and live delivery from the table",
            statements: [
                // Per player and kind: in the list (and live), by email. No row: the defaults
                // (NotificationKind.defaultPreference).
                """
                CREATE TABLE notification_preferences (
                    user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
                    kind TEXT NOT NULL,
                    in_app BOOLEAN NOT NULL,
                    email BOOLEAN NOT NULL,
                    PRIMARY KEY (user_id, kind))
                """,
                // Set once the live frame (and any email) went out: NotificationPusher sends
                // what a committed transaction added, exactly once across cores.
                "ALTER TABLE notifications ADD COLUMN delivered_at TIMESTAMPTZ",
                "UPDATE notifications SET delivered_at = created_at",
                "CREATE INDEX notifications_undelivered ON notifications (id) WHERE delivered_at IS NULL",
            ]),
    ]
}
