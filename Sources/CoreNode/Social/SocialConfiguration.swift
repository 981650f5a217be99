/// Settings of the social features, with defaults that suit production.
public struct SocialConfiguration: Sendable {
    /// How long a core serves a leaderboard page from memory before reading it again.
    /// Leaderboards are read far more than they change, and a few seconds of
    /// staleness is invisible next to ranks that move once per match or solve.
    public var leaderboardCacheTTL: Duration
    /// Most distinct leaderboard pages kept per core; beyond it, expired pages are
    /// dropped, then everything (a crude bound, since keys are few in practice).
    public var leaderboardCacheCapacity: Int

    public init(leaderboardCacheTTL: Duration = .seconds(5), leaderboardCacheCapacity: Int = 512) {
        self.leaderboardCacheTTL = leaderboardCacheTTL
        self.leaderboardCacheCapacity = leaderboardCacheCapacity
    }
}
