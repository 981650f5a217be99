/// The badges a player can earn. Stored by raw value in `badges`; awarding is
/// idempotent (one row per user and badge), so re-checking a rule is always safe.
public enum Badge: String, Codable, Sendable, CaseIterable {
    /// The first problem ever accepted.
    case firstSolve = "first-solve"
    /// Ten distinct problems accepted.
    case tenSolves = "ten-solves"
    /// A daily streak of seven consecutive UTC days with an accepted submission.
    case streak7 = "streak-7"
    /// Problems accepted in three different languages.
    case polyglot3 = "polyglot-3"
    /// The first rated match won.
    case firstWin = "first-win"
    /// Five rated matches won.
    case fiveWins = "five-wins"
}
