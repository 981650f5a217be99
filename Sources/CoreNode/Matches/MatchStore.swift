import ArenaHTTP
import ArenaShared
import Foundation
import Logging
import Matches
import PostgresNIO

/// Match records and ratings in PostgreSQL. Creating a match picks its problems and
/// seats its players; committing a result applies the rating changes in the same
/// transaction, under row locks taken in user-id order (no deadlocks between matches
/// that share players), and only once per match: the match row is locked first and a
/// finished match returns the changes it already recorded.
struct MatchStore: Sendable {
    let primary: PostgresClient
    let logger: Logger
    /// Starter-code fingerprints per language (see `PlagiarismStore`).
    var templates: [LanguageID: Set<Int64>] = [:]
    /// Collusion and fast-solve thresholds (`FairPlayFlags.checkMatch`).
    var fairPlay = FairPlayPolicy()

    struct Seat: Sendable, Hashable {
        var userID: Int64
        var region: String
    }

    enum CreateError: Error, CustomStringConvertible {
        case unknownUser(Int64)
        case notEnoughProblems(MatchMode, needed: Int)

        var description: String {
            switch self {
            case .unknownUser(let id): "no user \(id)"
            case .notEnoughProblems(let mode, let needed): "a \(mode.rawValue) match needs \(needed) suitable problem(s); add problems first"
            }
        }
    }

    /// Records a new live match and returns its first snapshot.
    func create(
        id: UUID, mode: MatchMode, seats: [Seat], isPrivate: Bool, rated: Bool = true, settings: MatchSettings, ownerRegion: String, now: Date
    ) async throws
        -> MatchState
    {
        let logger = self.logger
        return try await self.transaction { connection in
            var players: [MatchPlayer] = []
            for seat in seats {
                var found: MatchPlayer?
                let rows = try await connection.query(
                    """
                    SELECT u.username, COALESCE(r.rating, 1500) FROM users u
                    LEFT JOIN ratings r ON r.user_id = u.id AND r.mode = \(mode.rawValue)
                    WHERE u.id = \(seat.userID)
                    """, logger: logger)
                for try await (username, rating) in rows.decode((String, Int).self) {
                    found = MatchPlayer(userID: seat.userID, username: username, rating: rating, region: seat.region)
                }
                guard let found else { throw CreateError.unknownUser(seat.userID) }
                players.append(found)
            }
            let needed = settings.problems(for: mode)
            let averageRating = players.map(\.rating).reduce(0, +) / max(1, players.count)
            let userIDs = players.map(\.userID)
            // Fresh problems (docs/matches.md, "Which problems a match gets"): what the seated
            // players solved or met in a recent match, then the dealer's tiers.
            var solvedBy: [String: Int] = [:]
            for try await (slug, count) in try await connection.query(
                """
                SELECT p.slug, count(DISTINCT s.user_id)::int FROM solves s JOIN problems p ON p.id = s.problem_id
                WHERE s.user_id = ANY(\(userIDs)) GROUP BY p.slug
                """, logger: logger
            ).decode((String, Int).self) {
                solvedBy[slug] = count
            }
            var metBy: [String: Int] = [:]
            for try await (slug, count) in try await connection.query(
                """
                SELECT slug, count(DISTINCT mp.user_id)::int FROM matches m JOIN match_players mp ON mp.match_id = m.id,
                    unnest(m.problems) AS slug
                WHERE mp.user_id = ANY(\(userIDs)) AND m.started_at > \(now) - \(ProblemDealer.recentDays)::int * interval '1 day'
                GROUP BY slug
                """, logger: logger
            ).decode((String, Int).self) {
                metBy[slug] = count
            }
            var pool: [String: (title: String, difficulty: Int, source: String?, language: String?)] = [:]
            var candidates: [ProblemDealer.Candidate] = []
            for try await (slug, title, difficulty, source, language) in try await connection.query(
                """
                SELECT slug, title, difficulty, reference_solution, reference_language FROM problems
                WHERE \(mode.rawValue) = ANY(modes) AND (\(mode == .sabotage) = false OR reference_solution IS NOT NULL)
                """, logger: logger
            ).decode((String, String, Int, String?, String?).self) {
                pool[slug] = (title, difficulty, source, language)
                candidates.append(ProblemDealer.Candidate(slug: slug, difficulty: difficulty, solvedBy: solvedBy[slug] ?? 0, recentlyMetBy: metBy[slug] ?? 0))
            }
            var random = SystemRandomNumberGenerator()
            let targets = ProblemDealer.targets(mode: mode, count: needed, averageRating: averageRating)
            guard let dealt = ProblemDealer.deal(candidates, targets: targets, using: &random) else {
                throw CreateError.notEnoughProblems(mode, needed: needed)
            }
            if let staleness = dealt.map(\.tier).max(), staleness > 2 {
                logger.notice("match dealt problems beyond the fresh band", metadata: ["match": "\(id)", "tiers": "\(dealt.map(\.tier))"])
            }
            var picked: [(slug: String, title: String, difficulty: Int, source: String?, language: String?)] = dealt.compactMap { item in
                pool[item.candidate.slug].map { (item.candidate.slug, $0.title, $0.difficulty, $0.source, $0.language) }
            }
            picked.sort { ($0.difficulty, $0.slug) < ($1.difficulty, $1.slug) }
            let problems = picked.enumerated().map { index, row in
                MatchProblem(
                    slug: row.slug, title: row.title, points: mode == .blitz ? 100 * (index + 1) : 100, baseSource: row.source,
                    baseLanguage: row.language.flatMap(LanguageID.init(rawValue:)))
            }
            let slugs = problems.map(\.slug)
            try await connection.query(
                """
                INSERT INTO matches (id, mode, status, owner_region, started_at, is_private, problems, rated)
                VALUES (\(id), \(mode.rawValue), 'live', \(ownerRegion), \(now), \(isPrivate), \(slugs), \(rated))
                """, logger: logger)
            for player in players {
                try await connection.query(
                    """
                    INSERT INTO match_players (match_id, user_id, region, rating_before)
                    VALUES (\(id), \(player.userID), \(player.region), \(player.rating))
                    """, logger: logger)
            }
            var state = MatchState(
                id: id.uuidString.lowercased(), mode: mode, isPrivate: isPrivate, settings: settings, players: players, problems: problems, now: now)
            state.rated = rated ? nil : false
            return state
        }
    }

    /// A transaction whose own errors come back as thrown, not wrapped in
    /// `PostgresTransactionError` (callers match on `CreateError`, `CommitError`, SQL states).
    private func transaction<Value: Sendable>(_ body: nonisolated(nonsending) (PostgresConnection) async throws -> sending Value) async throws -> Value {
        do {
            return try await self.primary.withTransaction(logger: self.logger, body)
        } catch let error as PostgresTransactionError {
            throw error.closureError ?? error.commitError ?? error.beginError ?? error
        }
    }

    enum CommitError: Error, CustomStringConvertible {
        case unknownMatch
        case modeMismatch
        case playersMismatch
        case aborted

        var description: String {
            switch self {
            case .unknownMatch: "no such match"
            case .modeMismatch: "the result's mode differs from the match's"
            case .playersMismatch: "the standings must list exactly the match's players"
            case .aborted: "the match was aborted"
            }
        }
    }

    /// Commits a result and the rating changes once; a repeat returns the stored changes.
    func commitResult(match id: UUID, _ result: MatchResultRequest, now: Date) async throws -> MatchResultReply {
        var attempt = 0
        while true {
            do {
                return try await self.commitOnce(match: id, result, now: now)
            } catch let error as PSQLError where attempt < 5 && ["40001", "40P01"].contains(error.serverInfo?[.sqlState]) {
                attempt += 1
                self.logger.notice("match result commit retried", metadata: ["match": "\(id)", "attempt": "\(attempt)"])
            }
        }
    }

    private func commitOnce(match id: UUID, _ result: MatchResultRequest, now: Date) async throws -> MatchResultReply {
        let logger = self.logger
        let templates = self.templates
        let fairPlay = self.fairPlay
        let matchID = id.uuidString.lowercased()
        return try await self.transaction { connection in
            var found: (mode: String, status: String, rated: Bool, review: String?)?
            for try await row in try await connection.query("SELECT mode, status, rated, review FROM matches WHERE id = \(id) FOR UPDATE", logger: logger)
                .decode((String, String, Bool, String?).self)
            {
                found = row
            }
            guard let found else { throw CommitError.unknownMatch }
            guard found.mode == result.mode.rawValue else { throw CommitError.modeMismatch }
            if found.status == "aborted" { throw CommitError.aborted }
            var seated: [Int64] = []
            for try await user in try await connection.query("SELECT user_id FROM match_players WHERE match_id = \(id) ORDER BY user_id", logger: logger)
                .decode(Int64.self)
            {
                seated.append(user)
            }
            if found.status == "finished" {
                return MatchResultReply(
                    match: matchID, ratingChanges: try await Self.storedChanges(match: id, on: connection, logger: logger), applied: false,
                    held: found.review == "held" ? true : nil)
            }
            guard seated == result.standings.map(\.userID).sorted(), Set(seated).count == seated.count else { throw CommitError.playersMismatch }
            guard found.rated else {
                return try await Self.commitUnrated(match: id, result, now: now, on: connection, logger: logger)
            }
            // Copied code between the players, a lopsided repeated pairing or an impossible
            // solve holds the rating changes for a fair-play review (both checks always run).
            let copied = try await PlagiarismStore.checkMatch(id, templates: templates, on: connection, logger: logger)
            let flagged = try await FairPlayFlags.checkMatch(id, result, policy: fairPlay, now: now, on: connection, logger: logger)
            if copied || flagged {
                var reply = try await Self.commitUnrated(match: id, result, now: now, on: connection, logger: logger)
                try await connection.query("UPDATE matches SET review = 'held' WHERE id = \(id)", logger: logger)
                reply.held = true
                return reply
            }
            let changes = try await Self.applyRatings(match: id, result, seated: seated, now: now, on: connection, logger: logger)
            let summary = String(decoding: try ArenaJSON.encoder().encode(result), as: UTF8.self)
            try await connection.query(
                "UPDATE matches SET status = 'finished', ended_at = \(now), result = \(summary)::jsonb WHERE id = \(id)", logger: logger)
            return MatchResultReply(match: matchID, ratingChanges: changes, applied: true)
        }
    }

    static func storedChanges(match id: UUID, on connection: PostgresConnection, logger: Logger) async throws -> [RatingChange] {
        var changes: [RatingChange] = []
        let rows = try await connection.query(
            "SELECT user_id, rating_before, rating_after FROM match_players WHERE match_id = \(id) ORDER BY place, user_id", logger: logger)
        for try await (user, before, after) in rows.decode((Int64, Int?, Int?).self) {
            changes.append(RatingChange(userID: user, before: before ?? 1500, after: after ?? before ?? 1500))
        }
        return changes
    }

    /// A user's rating history, oldest first (for the profile chart).
    func ratingHistory(username: String, mode: MatchMode?, on client: PostgresClient) async throws -> [RatingHistoryEntry]? {
        var userID: Int64?
        for try await id in try await client.query("SELECT id FROM users WHERE username_key = \(username.lowercased())", logger: self.logger)
            .decode(Int64.self)
        {
            userID = id
        }
        guard let userID else { return nil }
        let rows = try await client.query(
            """
            SELECT mode, match_id, rating_before, rating_after, recorded_at FROM rating_history
            WHERE user_id = \(userID) AND (\(mode?.rawValue)::text IS NULL OR mode = \(mode?.rawValue))
            ORDER BY id LIMIT 1000
            """, logger: self.logger)
        var entries: [RatingHistoryEntry] = []
        for try await (mode, match, before, after, at) in rows.decode((String, UUID, Int, Int, Date).self) {
            guard let mode = MatchMode(rawValue: mode) else { continue }
            entries.append(RatingHistoryEntry(mode: mode, match: match.uuidString.lowercased(), before: before, after: after, recordedAt: at))
        }
        return entries
    }

    typealias Record = MatchRecord

    func record(id: UUID, on client: PostgresClient) async throws -> Record? {
        let rows = try await client.query(
            "SELECT id, mode, status, is_private, owner_region, problems, started_at, ended_at, rated FROM matches WHERE id = \(id)", logger: self.logger)
        return try await self.records(rows, on: client).first
    }

    /// Newest first (by end, else start), public matches plus the viewer's own private ones; `status` nil = any,
    /// `username` limits to that player's matches.
    func records(status: String?, username: String?, viewer: Int64?, limit: Int, on client: PostgresClient) async throws -> [Record] {
        let rows = try await client.query(
            """
            SELECT m.id, m.mode, m.status, m.is_private, m.owner_region, m.problems, m.started_at, m.ended_at, m.rated FROM matches m
            WHERE (\(status)::text IS NULL OR m.status = \(status))
              AND (NOT m.is_private OR EXISTS (SELECT 1 FROM match_players v WHERE v.match_id = m.id AND v.user_id = \(viewer)))
              AND (\(username?.lowercased())::text IS NULL OR EXISTS (
                    SELECT 1 FROM match_players p JOIN users u ON u.id = p.user_id
                    WHERE p.match_id = m.id AND u.username_key = \(username?.lowercased())))
            ORDER BY COALESCE(m.ended_at, m.started_at) DESC NULLS LAST, m.id LIMIT \(limit)
            """, logger: self.logger)
        return try await self.records(rows, on: client)
    }

    /// Matches in the rows' order, each with its players (one query for all of them).
    private func records(_ rows: PostgresRowSequence, on client: PostgresClient) async throws -> [Record] {
        var records: [Record] = []
        var index: [UUID: Int] = [:]
        for try await (id, mode, status, isPrivate, owner, problems, started, ended, rated) in rows.decode(
            (UUID, String, String, Bool, String?, [String], Date?, Date?, Bool).self)
        {
            index[id] = records.count
            records.append(
                Record(
                    id: id.uuidString.lowercased(), mode: mode, status: status, isPrivate: isPrivate, ownerRegion: owner, problems: problems,
                    startedAt: started, endedAt: ended, players: [], rated: rated))
        }
        guard !records.isEmpty else { return [] }
        let ids = Array(index.keys)
        let players = try await client.query(
            """
            SELECT mp.match_id, mp.user_id, u.username, mp.region, mp.score, mp.place, mp.rating_before, mp.rating_after
            FROM match_players mp JOIN users u ON u.id = mp.user_id WHERE mp.match_id = ANY(\(ids))
            ORDER BY mp.place NULLS LAST, mp.user_id
            """, logger: self.logger)
        for try await (match, user, name, region, score, place, before, after) in players.decode(
            (UUID, Int64, String, String, Int, Int?, Int?, Int?).self)
        {
            guard let position = index[match] else { continue }
            records[position].players.append(
                .init(userID: user, username: name, region: region, score: score, place: place, ratingBefore: before, ratingAfter: after))
        }
        return records
    }

    /// Ratings for queueing: the player's current rating in `mode` (1500 when new); nil for an unknown user.
    func rating(userID: Int64, mode: MatchMode) async throws -> Int? {
        var rating: Int?
        let rows = try await self.primary.query(
            """
            SELECT COALESCE(r.rating, 1500) FROM users u LEFT JOIN ratings r ON r.user_id = u.id AND r.mode = \(mode.rawValue)
            WHERE u.id = \(userID)
            """, logger: self.logger)
        for try await value in rows.decode(Int.self) { rating = value }
        return rating
    }

    func userIDs(usernames: [String]) async throws -> [String: Int64] {
        var result: [String: Int64] = [:]
        let keys = usernames.map { $0.lowercased() }
        let rows = try await self.primary.query("SELECT username_key, id FROM users WHERE username_key = ANY(\(keys))", logger: self.logger)
        for try await (key, id) in rows.decode((String, Int64).self) { result[key] = id }
        return result
    }

    /// Marks a match that could not be set up (e.g. Redis failed after the insert).
    /// Matches still open (`pending` or `live`) that were created more than `age` ago.
    func openMatches(olderThan age: Duration, limit: Int = 500) async throws -> [UUID] {
        let seconds = Double(age.components.seconds)
        let rows = try await self.primary.query(
            """
            SELECT id FROM matches WHERE status IN ('pending', 'live') AND created_at < now() - make_interval(secs => \(seconds))
            ORDER BY created_at LIMIT \(limit)
            """, logger: self.logger)
        var ids: [UUID] = []
        for try await id in rows.decode(UUID.self) { ids.append(id) }
        return ids
    }

    /// Marks a match that can no longer be played `aborted` (no ratings change); returns
    /// its players, or nil when it was no longer open (another core got there first).
    func abortLost(id: UUID) async throws -> [Int64]? {
        let rows = try await self.primary.query(
            "UPDATE matches SET status = 'aborted', ended_at = now() WHERE id = \(id) AND status IN ('pending', 'live') RETURNING id",
            logger: self.logger)
        var changed = false
        for try await _ in rows.decode(UUID.self) { changed = true }
        guard changed else { return nil }
        var players: [Int64] = []
        for try await user in try await self.primary.query("SELECT user_id FROM match_players WHERE match_id = \(id)", logger: self.logger)
            .decode(Int64.self)
        {
            players.append(user)
        }
        return players
    }

    func abort(id: UUID) async {
        _ = try? await self.primary.query("UPDATE matches SET status = 'aborted', ended_at = now() WHERE id = \(id) AND status = 'live'", logger: self.logger)
    }
}
