import ArenaHTTP
import ArenaShared
import Foundation
import Hummingbird

/// `POST /internal/regions/heartbeat` (edges) and `GET /internal/regions` (operators'
/// `arena regions plan`), both behind the shared edge secret.
struct RegionController: Sendable {
    let registry: RegionRegistry
    let edgeSecret: String

    func addRoutes(to router: RouterGroup<CoreRequestContext>) {
        router.post("internal/regions/heartbeat", use: self.heartbeat)
        router.get("internal/regions", use: self.list)
    }

    @Sendable func heartbeat(_ request: Request, context: CoreRequestContext) async throws -> Response {
        try InternalAuthentication.requireEdge(request, secret: self.edgeSecret)
        let beat = try await request.decodeJSON(as: EdgeHeartbeat.self, limit: 16 * 1024)
        guard RegionsValidator.isValidRegionName(beat.region), (1...128).contains(beat.instance.count), beat.version.count <= 64 else {
            throw APIError.badRequest("a heartbeat needs a valid region name, an instance id (1-128 characters) and a version", code: "invalid_heartbeat")
        }
        return jsonResponse(EdgeHeartbeatReply(state: try await self.registry.heartbeat(beat)))
    }

    @Sendable func list(_ request: Request, context: CoreRequestContext) async throws -> Response {
        try InternalAuthentication.requireEdge(request, secret: self.edgeSecret)
        return jsonResponse(["items": try await self.registry.regions()])
    }
}
