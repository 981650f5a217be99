import ArenaShared
import Foundation
import Logging
import PostgresNIO

/// Threads, replies, votes and reports on problems. Writes go to the primary in one
/// transaction each (a vote and the post's score move together); reads take the client
/// the caller chose (a replica, read-your-writes aware).
struct DiscussionStore: Sendable {
    let primary: PostgresClient
    let logger: Logger
    var limits = DiscussionLimits()

    enum Failure: Error, Equatable {
        case noProblem
        case noThread
        case noPost
        case locked
        case ownPost
        case alreadyReported
        case tooFast(retryAfterSeconds: Int)
    }

    /// Who reads: posts hidden by moderators are shown only to admins (and to their authors,
    /// marked hidden); spoilers open to players who solved the problem.
    struct Viewer: Sendable {
        var userID: Int64?
        var isAdmin: Bool
        var id: Int64 { self.userID ?? -1 }
    }

    enum Sort: String, Sendable, CaseIterable {
        case active, top, new
    }

    // MARK: reads

    func threads(problem slug: String, viewer: Viewer, sort: Sort, limit: Int, offset: Int, on client: PostgresClient) async throws -> DiscussionList? {
        guard let (problemID, solved) = try await Self.problem(slug: slug, viewer: viewer, on: client, logger: self.logger) else { return nil }
        var items: [DiscussionThreadSummary] = []
        let rows = try await client.query(
            """
            SELECT t.id, \(slug), t.title, u.username, t.spoiler, t.score,
                   COALESCE((SELECT v.value FROM discussion_votes v WHERE v.user_id = \(viewer.id) AND v.post = 'thread' AND v.post_id = t.id), 0)::int,
                   t.reply_count, t.hidden_at IS NOT NULL, t.locked_at IS NOT NULL, t.created_at, t.last_activity_at
            FROM discussion_threads t JOIN users u ON u.id = t.author_id
            WHERE t.problem_id = \(problemID) AND (t.hidden_at IS NULL OR \(viewer.isAdmin) OR t.author_id = \(viewer.id))
              AND NOT EXISTS (SELECT 1 FROM user_blocks b WHERE b.blocker_id = \(viewer.id) AND b.blocked_id = t.author_id)
            ORDER BY CASE WHEN \(sort.rawValue) = 'top' THEN t.score END DESC NULLS LAST,
                     CASE WHEN \(sort.rawValue) = 'new' THEN t.id END DESC NULLS LAST,
                     t.last_activity_at DESC, t.id DESC
            LIMIT \(limit) OFFSET \(offset)
            """, logger: self.logger)
        for try await row in rows.decode((Int64, String, String, String, Bool, Int, Int, Int, Bool, Bool, Date, Date).self) {
            items.append(Self.summary(row))
        }
        return DiscussionList(items: items, solved: solved)
    }

    func thread(id: Int64, viewer: Viewer, reveal: Bool, on client: PostgresClient) async throws -> DiscussionThread? {
        var found: (DiscussionThreadSummary, String, Int64)?
        let rows = try await client.query(
            """
            SELECT t.id, p.slug, t.title, u.username, t.spoiler, t.score,
                   COALESCE((SELECT v.value FROM discussion_votes v WHERE v.user_id = \(viewer.id) AND v.post = 'thread' AND v.post_id = t.id), 0)::int,
                   t.reply_count, t.hidden_at IS NOT NULL, t.locked_at IS NOT NULL, t.created_at, t.last_activity_at, t.body, t.author_id
            FROM discussion_threads t JOIN users u ON u.id = t.author_id JOIN problems p ON p.id = t.problem_id
            WHERE t.id = \(id) AND (t.hidden_at IS NULL OR \(viewer.isAdmin) OR t.author_id = \(viewer.id))
            """, logger: self.logger)
        for try await (a, b, c, d, e, f, g, h, i, j, k, l, body, author) in rows.decode(
            (Int64, String, String, String, Bool, Int, Int, Int, Bool, Bool, Date, Date, String, Int64).self
        ) {
            found = (Self.summary((a, b, c, d, e, f, g, h, i, j, k, l)), body, author)
        }
        guard let (summary, body, authorID) = found else { return nil }
        var solved = false
        if summary.spoiler, let (_, hasSolved) = try await Self.problem(slug: summary.problem, viewer: viewer, on: client, logger: self.logger) {
            solved = hasSolved
        }
        let withheld = summary.spoiler && !solved && !reveal && !viewer.isAdmin && authorID != viewer.id
        var replies: [DiscussionReply] = []
        let replyRows = try await client.query(
            """
            SELECT r.id, u.username, r.body, r.score,
                   COALESCE((SELECT v.value FROM discussion_votes v WHERE v.user_id = \(viewer.id) AND v.post = 'reply' AND v.post_id = r.id), 0)::int,
                   r.hidden_at IS NOT NULL, r.created_at, r.author_id
            FROM discussion_replies r JOIN users u ON u.id = r.author_id
            WHERE r.thread_id = \(id)
              AND NOT EXISTS (SELECT 1 FROM user_blocks b WHERE b.blocker_id = \(viewer.id) AND b.blocked_id = r.author_id)
            ORDER BY r.id LIMIT \(self.limits.repliesShown)
            """, logger: self.logger)
        for try await (replyID, author, text, score, myVote, hidden, created, replyAuthor) in replyRows.decode(
            (Int64, String, String, Int, Int, Bool, Date, Int64).self
        ) {
            let visible = !withheld && (!hidden || viewer.isAdmin || replyAuthor == viewer.id)
            replies.append(DiscussionReply(id: replyID, author: author, body: visible ? text : nil, score: score, myVote: myVote, hidden: hidden, createdAt: created))
        }
        return DiscussionThread(thread: summary, body: withheld ? nil : body, withheld: withheld, replies: replies, canModerate: viewer.isAdmin)
    }

    /// Open reports, oldest first, with what a moderator needs to decide.
    func openReports(limit: Int, on client: PostgresClient) async throws -> [DiscussionReport] {
        var reports: [DiscussionReport] = []
        let rows = try await client.query(
            """
            SELECT r.id, r.post, r.post_id, t.id, p.slug, t.title, a.username, rep.username, r.reason,
                   left(CASE WHEN r.post = 'thread' THEN t.body ELSE rr.body END, 280),
                   CASE WHEN r.post = 'thread' THEN t.hidden_at IS NOT NULL ELSE rr.hidden_at IS NOT NULL END, r.created_at
            FROM discussion_reports r
            LEFT JOIN discussion_replies rr ON r.post = 'reply' AND rr.id = r.post_id
            JOIN discussion_threads t ON t.id = CASE WHEN r.post = 'thread' THEN r.post_id ELSE rr.thread_id END
            JOIN problems p ON p.id = t.problem_id
            JOIN users a ON a.id = CASE WHEN r.post = 'thread' THEN t.author_id ELSE rr.author_id END
            JOIN users rep ON rep.id = r.reporter_id
            WHERE r.resolved_at IS NULL ORDER BY r.id LIMIT \(limit)
            """, logger: self.logger)
        for try await (id, post, postID, threadID, problem, title, author, reporter, reason, excerpt, hidden, created) in rows.decode(
            (Int64, String, Int64, Int64, String, String, String, String, String, String, Bool, Date).self
        ) {
            reports.append(DiscussionReport(
                id: id, post: post, postID: postID, threadID: threadID, problem: problem, threadTitle: title, author: author,
                reporter: reporter, reason: reason, excerpt: excerpt, postHidden: hidden, createdAt: created))
        }
        return reports
    }

    // MARK: writes

    func createThread(problem slug: String, author: Int64, title: String, body: String, spoiler: Bool) async throws -> DiscussionThreadSummary {
        let logger = self.logger
        let limits = self.limits
        return try await self.primary.withUnwrappedTransaction(logger: logger) { connection in
            var problemID: Int64?
            for try await id in try await connection.query("SELECT id FROM problems WHERE slug = \(slug)", logger: logger).decode(Int64.self) {
                problemID = id
            }
            guard let problemID else { throw Failure.noProblem }
            try await Self.checkPace(of: author, limits: limits, on: connection, logger: logger)
            var created: DiscussionThreadSummary?
            for try await row in try await connection.query(
                """
                WITH t AS (INSERT INTO discussion_threads (problem_id, author_id, title, body, spoiler)
                           VALUES (\(problemID), \(author), \(title), \(body), \(spoiler)) RETURNING *)
                SELECT t.id, \(slug), t.title, u.username, t.spoiler, t.score, 0, t.reply_count, false, false, t.created_at, t.last_activity_at
                FROM t JOIN users u ON u.id = t.author_id
                """, logger: logger
            ).decode((Int64, String, String, String, Bool, Int, Int, Int, Bool, Bool, Date, Date).self) {
                created = Self.summary(row)
            }
            guard let created else { throw Failure.noProblem }
            return created
        }
    }

    /// Adds a reply and, in the same transaction, the thread author's notification (unless
    /// they reply to themselves or blocked the replier). Returns the reply and who to tell live.
    func reply(to threadID: Int64, author: Int64, body: String) async throws -> (reply: DiscussionReply, notify: Int64?, notice: ReplyNotice) {
        let logger = self.logger
        let limits = self.limits
        return try await self.primary.withUnwrappedTransaction(logger: logger) { connection in
            var thread: (author: Int64, title: String, problem: String, locked: Bool, hidden: Bool)?
            for try await row in try await connection.query(
                """
                SELECT t.author_id, t.title, p.slug, t.locked_at IS NOT NULL, t.hidden_at IS NOT NULL
                FROM discussion_threads t JOIN problems p ON p.id = t.problem_id WHERE t.id = \(threadID) FOR UPDATE OF t
                """, logger: logger
            ).decode((Int64, String, String, Bool, Bool).self) {
                thread = row
            }
            guard let thread, !thread.hidden else { throw Failure.noThread }
            guard !thread.locked else { throw Failure.locked }
            try await Self.checkPace(of: author, limits: limits, on: connection, logger: logger)
            var reply: DiscussionReply?
            for try await (id, name, created) in try await connection.query(
                """
                WITH r AS (INSERT INTO discussion_replies (thread_id, author_id, body) VALUES (\(threadID), \(author), \(body)) RETURNING *)
                SELECT r.id, u.username, r.created_at FROM r JOIN users u ON u.id = r.author_id
                """, logger: logger
            ).decode((Int64, String, Date).self) {
                reply = DiscussionReply(id: id, author: name, body: body, score: 0, myVote: 0, hidden: false, createdAt: created)
            }
            guard let reply else { throw Failure.noThread }
            try await connection.query(
                "UPDATE discussion_threads SET reply_count = reply_count + 1, last_activity_at = now() WHERE id = \(threadID)", logger: logger)
            let notice = ReplyNotice(threadID: threadID, replyID: reply.id, problem: thread.problem, title: thread.title, from: reply.author)
            var notify: Int64?
            if thread.author != author {
                var blocked = false
                for try await _ in try await connection.query(
                    "SELECT 1 FROM user_blocks WHERE blocker_id = \(thread.author) AND blocked_id = \(author)", logger: logger
                ).decode(Int.self) {
                    blocked = true
                }
                if !blocked {
                    try await NotificationStore.add(to: [thread.author], kind: .reply, body: notice, on: connection, logger: logger)
                    notify = thread.author
                }
            }
            return (reply, notify, notice)
        }
    }

    /// Sets (1, -1) or withdraws (0) the voter's vote and moves the post's score by the
    /// difference. Returns the new score.
    func vote(post: DiscussionPostKind, id: Int64, voter: Int64, value: Int) async throws -> Int {
        let logger = self.logger
        return try await self.primary.withUnwrappedTransaction(logger: logger) { connection in
            guard let author = try await Self.author(of: post, id: id, on: connection, logger: logger, forUpdate: true) else { throw Failure.noPost }
            guard author != voter else { throw Failure.ownPost }
            var previous = 0
            for try await old in try await connection.query(
                "SELECT value::int FROM discussion_votes WHERE user_id = \(voter) AND post = \(post.rawValue) AND post_id = \(id)", logger: logger
            ).decode(Int.self) {
                previous = old
            }
            if value == 0 {
                try await connection.query(
                    "DELETE FROM discussion_votes WHERE user_id = \(voter) AND post = \(post.rawValue) AND post_id = \(id)", logger: logger)
            } else {
                try await connection.query(
                    """
                    INSERT INTO discussion_votes (user_id, post, post_id, value) VALUES (\(voter), \(post.rawValue), \(id), \(Int16(value)))
                    ON CONFLICT (user_id, post, post_id) DO UPDATE SET value = EXCLUDED.value
                    """, logger: logger)
            }
            var score = 0
            for try await updated in try await connection.query(
                PostgresQuery(unsafeSQL: "UPDATE \(post.table) SET score = score + $1 WHERE id = $2 RETURNING score", binds: try Self.binds(value - previous, id)),
                logger: logger
            ).decode(Int.self) {
                score = updated
            }
            return score
        }
    }

    func report(post: DiscussionPostKind, id: Int64, reporter: Int64, reason: String) async throws {
        let logger = self.logger
        try await self.primary.withUnwrappedTransaction(logger: logger) { connection in
            guard try await Self.author(of: post, id: id, on: connection, logger: logger, forUpdate: false) != nil else { throw Failure.noPost }
            var inserted = false
            for try await _ in try await connection.query(
                """
                INSERT INTO discussion_reports (reporter_id, post, post_id, reason) VALUES (\(reporter), \(post.rawValue), \(id), \(reason))
                ON CONFLICT (reporter_id, post, post_id) DO NOTHING RETURNING id
                """, logger: logger
            ).decode(Int64.self) {
                inserted = true
            }
            guard inserted else { throw Failure.alreadyReported }
        }
    }

    /// Hides or shows a post, locks or unlocks a thread (locking applies to threads only).
    /// Hiding resolves the open reports on that post.
    func moderate(post: DiscussionPostKind, id: Int64, hidden: Bool?, locked: Bool?, by moderator: Int64) async throws {
        let logger = self.logger
        try await self.primary.withUnwrappedTransaction(logger: logger) { connection in
            guard try await Self.author(of: post, id: id, on: connection, logger: logger, forUpdate: true) != nil else { throw Failure.noPost }
            if let hidden {
                try await connection.query(
                    PostgresQuery(
                        unsafeSQL: "UPDATE \(post.table) SET hidden_at = CASE WHEN $1 THEN COALESCE(hidden_at, now()) ELSE NULL END WHERE id = $2",
                        binds: try Self.binds(hidden, id)),
                    logger: logger)
                if hidden {
                    try await Self.resolveReports(post: post, id: id, by: moderator, resolution: "hidden", on: connection, logger: logger)
                }
            }
            if let locked, post == .thread {
                try await connection.query(
                    "UPDATE discussion_threads SET locked_at = CASE WHEN \(locked) THEN COALESCE(locked_at, now()) ELSE NULL END WHERE id = \(id)",
                    logger: logger)
            }
        }
    }

    /// Resolves one report: `hide` hides the post (and closes every report on it), `dismiss` closes this one.
    func resolve(report reportID: Int64, hide: Bool, by moderator: Int64) async throws {
        let logger = self.logger
        var target: (post: DiscussionPostKind, id: Int64)?
        for try await (post, id) in try await self.primary.query(
            "SELECT post, post_id FROM discussion_reports WHERE id = \(reportID) AND resolved_at IS NULL", logger: logger
        ).decode((String, Int64).self) {
            if let kind = DiscussionPostKind(rawValue: post) { target = (kind, id) }
        }
        guard let target else { throw Failure.noPost }
        if hide {
            try await self.moderate(post: target.post, id: target.id, hidden: true, locked: nil, by: moderator)
        } else {
            try await self.primary.query(
                "UPDATE discussion_reports SET resolved_at = now(), resolved_by = \(moderator), resolution = 'dismissed' WHERE id = \(reportID)",
                logger: logger)
        }
    }

    // MARK: helpers

    private static func resolveReports(
        post: DiscussionPostKind, id: Int64, by moderator: Int64, resolution: String, on connection: PostgresConnection, logger: Logger
    ) async throws {
        try await connection.query(
            """
            UPDATE discussion_reports SET resolved_at = now(), resolved_by = \(moderator), resolution = \(resolution)
            WHERE post = \(post.rawValue) AND post_id = \(id) AND resolved_at IS NULL
            """, logger: logger)
    }

    /// The problem's id and whether the viewer solved it; nil when there is no such problem.
    private static func problem(slug: String, viewer: Viewer, on client: PostgresClient, logger: Logger) async throws -> (Int64, Bool)? {
        let rows = try await client.query(
            """
            SELECT p.id, EXISTS (SELECT 1 FROM solves s WHERE s.problem_id = p.id AND s.user_id = \(viewer.id))
            FROM problems p WHERE p.slug = \(slug)
            """, logger: logger)
        for try await row in rows.decode((Int64, Bool).self) { return row }
        return nil
    }

    private static func author(
        of post: DiscussionPostKind, id: Int64, on connection: PostgresConnection, logger: Logger, forUpdate: Bool
    ) async throws -> Int64? {
        let sql = "SELECT author_id FROM \(post.table) WHERE id = $1" + (forUpdate ? " FOR UPDATE" : "")
        for try await author in try await connection.query(PostgresQuery(unsafeSQL: sql, binds: try Self.binds(id)), logger: logger).decode(Int64.self) {
            return author
        }
        return nil
    }

    /// A player may post `perMinute` threads and replies a minute and `perDay` a day.
    private static func checkPace(of author: Int64, limits: DiscussionLimits, on connection: PostgresConnection, logger: Logger) async throws {
        for try await (minute, day) in try await connection.query(
            """
            SELECT count(*) FILTER (WHERE created_at > now() - interval '1 minute')::int, count(*)::int FROM (
                SELECT created_at FROM discussion_threads WHERE author_id = \(author) AND created_at > now() - interval '1 day'
                UNION ALL
                SELECT created_at FROM discussion_replies WHERE author_id = \(author) AND created_at > now() - interval '1 day') posts
            """, logger: logger
        ).decode((Int, Int).self) {
            if minute >= limits.postsPerMinute { throw Failure.tooFast(retryAfterSeconds: 60) }
            if day >= limits.postsPerDay { throw Failure.tooFast(retryAfterSeconds: 3600) }
        }
    }

    private static func binds(_ values: any PostgresEncodable...) throws -> PostgresBindings {
        var bindings = PostgresBindings()
        for value in values { try bindings.append(value) }
        return bindings
    }

    private static func summary(_ row: (Int64, String, String, String, Bool, Int, Int, Int, Bool, Bool, Date, Date)) -> DiscussionThreadSummary {
        DiscussionThreadSummary(
            id: row.0, problem: row.1, title: row.2, author: row.3, spoiler: row.4, score: row.5, myVote: row.6, replyCount: row.7,
            hidden: row.8, locked: row.9, createdAt: row.10, lastActivityAt: row.11)
    }
}

/// Which table a post lives in.
enum DiscussionPostKind: String, Sendable {
    case thread, reply

    var table: String { self == .thread ? "discussion_threads" : "discussion_replies" }
}

/// Sizes and pace of posting: plain structs with defaults, like every configuration here.
struct DiscussionLimits: Sendable {
    var titleLength = 3...120
    var bodyBytes = 1...20_000
    var reasonLength = 3...500
    var postsPerMinute = 5
    var postsPerDay = 100
    var repliesShown = 500
}
