import Hummingbird
import Logging
import PostgresNIO

/// Clans, leaderboards and player profiles, wired with one call from the core's
/// application builder.
struct SocialRoutes: Sendable {
    let primary: PostgresClient
    let consistency: ReadConsistency
    var configuration = SocialConfiguration()
    let logger: Logger

    func addRoutes(to router: RouterGroup<CoreRequestContext>) {
        ClanController(store: ClanStore(primary: self.primary, logger: self.logger), consistency: self.consistency).addRoutes(to: router)
        LeaderboardController(
            consistency: self.consistency,
            cache: LeaderboardCache(ttl: self.configuration.leaderboardCacheTTL, capacity: self.configuration.leaderboardCacheCapacity)
        ).addRoutes(to: router)
        ProfileController(consistency: self.consistency).addRoutes(to: router)
    }
}
