import Foundation
import Matches
import Logging
import PostgresNIO

/// XP, daily streaks and badges. Both entry points run on the caller's connection,
/// inside the caller's transaction, so a reward commits or rolls back together with
/// the fact it rewards (the stored verdict, the match result). Each locks the user's
/// row first: concurrent rewards for one user serialize instead of racing on the
/// streak or awarding a first solve twice. Rules: `docs/social.md`.
enum Rewards {
    /// XP for playing a rated match, and the extra XP for winning it.
    static let matchPlayedXP = 20
    static let matchWonXP = 50
    static let modes = Set(MatchMode.allCases.map(\.rawValue))

    /// What one call awarded, for the caller to show (e.g. in `match:end`).
    struct Outcome: Sendable, Equatable {
        var xp: Int = 0
        var badges: [Badge] = []
    }

    /// XP for the first accepted solution of a problem: a tenth of its difficulty
    /// (800 → 80 XP, 3500 → 350 XP).
    static func xp(forDifficulty difficulty: Int) -> Int { max(0, difficulty / 10) }

    /// The UTC day number (days since 1970-01-01) of an instant.
    static func utcDay(of date: Date) -> Int { Int((date.timeIntervalSince1970 / 86_400).rounded(.down)) }

    /// Streak after an accepted submission on `day`. Any accepted submission keeps a
    /// streak alive; a day older than the last one (a late outbox replay) changes
    /// nothing, so replays delivered out of order never break or inflate a streak.
    static func streak(current: Int, best: Int, lastDay: Int?, day: Int) -> (current: Int, best: Int, lastDay: Int) {
        guard let lastDay else { return (1, max(best, 1), day) }
        let current =
            if day == lastDay + 1 { current + 1 } else if day > lastDay + 1 { 1 } else { current }
        return (current, max(best, current), max(lastDay, day))
    }

    /// Records an accepted submission. Call it inside `SubmissionStore.store`'s
    /// transaction only when the AC row is new (inserted, or PENDING → AC), never for
    /// a replayed duplicate; it is idempotent anyway for XP and badges.
    @discardableResult
    static func problemSolved(
        userID: Int64, problemID: Int64, language: String, difficulty: Int, at: Date,
        on connection: PostgresConnection, logger: Logger
    ) async throws -> Outcome {
        var state: (current: Int, best: Int, lastDay: Int?)?
        for try await row in try await connection.query(
            """
            SELECT current_streak, best_streak, last_solve_day - DATE '1970-01-01'
            FROM users WHERE id = \(userID) FOR UPDATE
            """, logger: logger
        ).decode((Int, Int, Int?).self) {
            state = row
        }
        guard let state else { throw RewardsError.unknownUser(userID) }

        var newInLanguage = false
        for try await _ in try await connection.query(
            """
            INSERT INTO solves (user_id, problem_id, language, first_solved_at)
            VALUES (\(userID), \(problemID), \(language), \(at))
            ON CONFLICT DO NOTHING RETURNING 1
            """, logger: logger
        ).decode(Int.self) {
            newInLanguage = true
        }
        var solvesOfProblem = 0
        if newInLanguage {
            for try await count in try await connection.query(
                "SELECT count(*) FROM solves WHERE user_id = \(userID) AND problem_id = \(problemID)", logger: logger
            ).decode(Int.self) {
                solvesOfProblem = count
            }
        }
        var outcome = Outcome()
        if solvesOfProblem == 1 { outcome.xp = Self.xp(forDifficulty: difficulty) }

        let streak = Self.streak(current: state.current, best: state.best, lastDay: state.lastDay, day: Self.utcDay(of: at))
        try await connection.query(
            """
            UPDATE users SET xp = xp + \(outcome.xp), current_streak = \(streak.current), best_streak = \(streak.best),
                             last_solve_day = DATE '1970-01-01' + \(streak.lastDay)::int
            WHERE id = \(userID)
            """, logger: logger)

        var problems = 0
        var languages = 0
        for try await (p, l) in try await connection.query(
            "SELECT count(DISTINCT problem_id), count(DISTINCT language) FROM solves WHERE user_id = \(userID)", logger: logger
        ).decode((Int, Int).self) {
            (problems, languages) = (p, l)
        }
        var earned: [Badge] = []
        if problems >= 1 { earned.append(.firstSolve) }
        if problems >= 10 { earned.append(.tenSolves) }
        if streak.current >= 7 { earned.append(.streak7) }
        if languages >= 3 { earned.append(.polyglot3) }
        outcome.badges = try await Self.award(earned, to: userID, on: connection, logger: logger)
        if outcome.xp > 0 || !outcome.badges.isEmpty {
            logger.debug(
                "solve rewarded",
                metadata: ["user_id": "\(userID)", "xp": "\(outcome.xp)", "badges": "\(outcome.badges.map(\.rawValue))"])
        }
        return outcome
    }

    /// Records one player's finished rated match: XP for playing and for winning,
    /// the win counter, and the win badges. Call it once per player inside the
    /// match-result transaction; to avoid lock-order deadlocks between two matches
    /// sharing a player, call it for the players in ascending `userID` order.
    @discardableResult
    static func matchFinished(
        userID: Int64, mode: String, won: Bool, on connection: PostgresConnection, logger: Logger
    ) async throws -> Outcome {
        guard Self.modes.contains(mode) else { throw RewardsError.unknownMode(mode) }
        let xp = Self.matchPlayedXP + (won ? Self.matchWonXP : 0)
        let winIncrement = won ? 1 : 0
        var wins: Int?
        for try await value in try await connection.query(
            """
            UPDATE users SET xp = xp + \(xp), matches_played = matches_played + 1, wins = wins + \(winIncrement)
            WHERE id = \(userID) RETURNING wins
            """, logger: logger
        ).decode(Int.self) {
            wins = value
        }
        guard let wins else { throw RewardsError.unknownUser(userID) }
        var earned: [Badge] = []
        if wins >= 1 { earned.append(.firstWin) }
        if wins >= 5 { earned.append(.fiveWins) }
        let badges = try await Self.award(earned, to: userID, on: connection, logger: logger)
        return Outcome(xp: xp, badges: badges)
    }

    /// Inserts the badges the user does not have yet and returns those.
    private static func award(_ badges: [Badge], to userID: Int64, on connection: PostgresConnection, logger: Logger) async throws -> [Badge] {
        guard !badges.isEmpty else { return [] }
        var awarded: [Badge] = []
        for try await name in try await connection.query(
            """
            INSERT INTO badges (user_id, badge) SELECT \(userID), unnest(\(badges.map(\.rawValue))::text[])
            ON CONFLICT DO NOTHING RETURNING badge
            """, logger: logger
        ).decode(String.self) {
            if let badge = Badge(rawValue: name) { awarded.append(badge) }
        }
        for badge in awarded {
            try await NotificationStore.add(to: [userID], kind: .badge, body: BadgeNotice(badge: badge.rawValue), on: connection, logger: logger)
        }
        return awarded
    }
}

/// A reward could not be recorded; the caller's transaction should roll back.
struct RewardsError: Error, CustomStringConvertible {
    private enum Code: Sendable {
        case unknownUser(Int64)
        case unknownMode(String)
    }
    private let code: Code

    static func unknownUser(_ id: Int64) -> RewardsError { RewardsError(code: .unknownUser(id)) }
    static func unknownMode(_ mode: String) -> RewardsError { RewardsError(code: .unknownMode(mode)) }

    var description: String {
        switch self.code {
        case .unknownUser(let id): "no user \(id) to reward; was the account deleted inside the transaction?"
        case .unknownMode(let mode): "unknown match mode '\(mode)'; expected one of \(Rewards.modes.sorted().joined(separator: ", "))"
        }
    }
}
