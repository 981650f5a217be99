import ArenaHTTP
import ArenaShared
import Foundation
import Hummingbird

/// `POST /internal/regions/heartbeat` (edges) and `GET /internal/regions` (operators'
/// `arena regions plan`), both behind the shared edge secret.
struct RegionController: Sendable {
    let registry: RegionRegistry
    let edgeGate: InternalCallerGate

    func addRoutes(to router: RouterGroup<CoreRequestContext>) {
        router.post("internal/regions/heartbeat", use: self.heartbeat)
        router.post("internal/regions/leave", use: self.leave)
        router.get("internal/regions", use: self.list)
        router.put("internal/regions/{name}/state", use: self.setState)
        router.delete("internal/regions/{name}", use: self.remove)
    }

    struct StateChange: Codable { var state: RegionState }
    struct Leaving: Codable { var region: String; var instance: String }

    /// `arena regions apply`: drain a region (no new matches owned there) or make it active again.
    @Sendable func setState(_ request: Request, context: CoreRequestContext) async throws -> Response {
        try await self.edgeGate.require(request, context: context, from: .operator)
        let name = try context.parameters.require("name")
        let change = try await request.decodeJSON(as: StateChange.self, limit: 1024)
        guard try await self.registry.setState(name, change.state) else { throw APIError.notFound("no region '\(name)' is registered") }
        return jsonResponse(change)
    }

    /// `arena regions apply`: forget a drained region whose edges have stopped.
    @Sendable func remove(_ request: Request, context: CoreRequestContext) async throws -> Response {
        try await self.edgeGate.require(request, context: context, from: .operator)
        let name = try context.parameters.require("name")
        switch try await self.registry.remove(name) {
        case .removed:
            self.edgeGate.edgeRegions?.forget(name)
            return Response(status: .noContent)
        case .unknown:
            self.edgeGate.edgeRegions?.forget(name)
            throw APIError.notFound("no region '\(name)' is registered")
        case .stillLive(let count):
            throw APIError.conflict("region '\(name)' still has \(count) live edge(s); stop them first", code: "region_live")
        }
    }

    @Sendable func leave(_ request: Request, context: CoreRequestContext) async throws -> Response {
        let caller = try await self.edgeGate.require(request, context: context)
        let leaving = try await request.decodeJSON(as: Leaving.self, limit: 1024)
        try InternalCallerGate.requireSameRegion(caller, leaving.region)
        try await self.registry.leave(region: leaving.region, instance: leaving.instance)
        return Response(status: .noContent)
    }

    @Sendable func heartbeat(_ request: Request, context: CoreRequestContext) async throws -> Response {
        let caller = try await self.edgeGate.require(request, context: context)
        let beat = try await request.decodeJSON(as: EdgeHeartbeat.self, limit: 16 * 1024)
        try InternalCallerGate.requireSameRegion(caller, beat.region)
        guard RegionsValidator.isValidRegionName(beat.region), (1...128).contains(beat.instance.count), beat.version.count <= 64 else {
            throw APIError.badRequest("a heartbeat needs a valid region name, an instance id (1-128 characters) and a version", code: "invalid_heartbeat")
        }
        return jsonResponse(EdgeHeartbeatReply(state: try await self.registry.heartbeat(beat)))
    }

    @Sendable func list(_ request: Request, context: CoreRequestContext) async throws -> Response {
        try await self.edgeGate.require(request, context: context, from: .operator)
        return jsonResponse(["items": try await self.registry.regions()])
    }
}
