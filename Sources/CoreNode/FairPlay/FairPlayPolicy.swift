/// When a rated result or an accepted program looks like farming rather than play
/// (docs/fair-play.md, "Collusion and suspicious patterns"). A flag never punishes by
/// itself: it holds a rated match's rating changes until an admin decides.
public struct FairPlayPolicy: Sendable {
    /// Collusion: the same two players met in at least `collusionMinimumMatches` rated
    /// matches within `collusionWindow` (this one included), and one of them won at least
    /// `collusionWinShare` of them. Win trading and alt-account farming look like this;
    /// two honest players of very different strength rarely keep being paired.
    public var collusionWindow: Duration = .seconds(30 * 24 * 3600)
    public var collusionMinimumMatches = 5
    public var collusionWinShare = 0.8
    /// Fast solve: a problem of at least this difficulty accepted in a match less than
    /// `fastSolveSeconds` after the match dealt it (read, designed, typed and judged).
    public var fastSolveDifficulty = 2000
    public var fastSolveSeconds = 120
    /// Shared code: the same normalized program (identifiers and literals abstracted,
    /// long enough to fingerprint) accepted from at least this many accounts.
    public var sharedCodeAccounts = 3

    public init() {}
}
