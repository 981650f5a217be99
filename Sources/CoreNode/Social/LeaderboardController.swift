import ArenaHTTP
import ArenaShared
import Hummingbird
import Logging

/// `GET /api/leaderboards?kind=global|mode|language|clans|clan&mode=&language=&clan=&limit=`:
/// replica reads (read-your-writes aware on a miss), cached in this core for a few
/// seconds. `X-Arena-Cache: hit|miss` says which.
struct LeaderboardController: Sendable {
    let consistency: ReadConsistency
    let cache: LeaderboardCache

    func addRoutes(to router: RouterGroup<CoreRequestContext>) {
        router.get("api/leaderboards", use: self.leaderboard)
    }

    @Sendable func leaderboard(_ request: Request, context: CoreRequestContext) async throws -> Response {
        let query = try LeaderboardQuery(parameters: request.uri.queryParameters)
        if let cached = self.cache.page(for: query) {
            return jsonResponse(cached.page, headers: [ArenaHeader.servedByField: cached.servedBy, ArenaHeader.cacheField: "hit"])
        }
        let logger = context.logger
        let (page, servedBy) = try await self.consistency.read(for: request, identity: context.identity) { client in
            try await LeaderboardStore.page(query, on: client, logger: logger)
        }
        guard let page else {
            throw APIError(.notFound, code: "clan_not_found", message: "no clan with tag [\(query.clan ?? "")]")
        }
        self.cache.store(page, servedBy: servedBy, for: query)
        return jsonResponse(page, headers: [ArenaHeader.servedByField: servedBy, ArenaHeader.cacheField: "miss"])
    }
}
