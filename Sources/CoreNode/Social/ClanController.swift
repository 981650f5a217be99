import ArenaHTTP
import ArenaShared
import Hummingbird
import Logging
import PostgresNIO

/// Clans: create, look up, invite, join, leave, change roles, kick. Changes go to the
/// primary and record the writer's position (read-your-writes); look-ups are replica
/// reads. Tags in paths are matched regardless of letter case.
struct ClanController: Sendable {
    let store: ClanStore
    let consistency: ReadConsistency

    func addRoutes(to router: RouterGroup<CoreRequestContext>) {
        router.post("api/clans", use: self.create)
        router.get("api/clans/{tag}", use: self.detail)
        router.post("api/clans/{tag}/invites", use: self.invite)
        router.post("api/clans/{tag}/join", use: self.join)
        router.post("api/clans/{tag}/leave", use: self.leave)
        router.post("api/clans/{tag}/members/{username}/role", use: self.setRole)
        router.delete("api/clans/{tag}/members/{username}", use: self.kick)
    }

    @Sendable func create(_ request: Request, context: CoreRequestContext) async throws -> Response {
        let identity = try context.requireIdentity()
        let input = try await request.decodeJSON(as: CreateClanRequest.self, limit: 4096)
        guard ClanNaming.isValidTag(input.tag) else { throw APIError.badRequest("tag must be \(ClanNaming.tagRule)", code: "invalid_tag") }
        guard ClanNaming.isValidName(input.name) else { throw APIError.badRequest("name must be \(ClanNaming.nameRule)", code: "invalid_name") }
        let clan = try await self.store.create(name: input.name, tag: input.tag, open: input.open ?? true, by: identity.userID)
        context.logger.info("clan created", metadata: ["clan": "\(clan.tag)", "user_id": "\(identity.userID)"])
        return await self.respondAfterWrite(clan, status: .created, by: identity)
    }

    @Sendable func detail(_ request: Request, context: CoreRequestContext) async throws -> Response {
        let tag = try Self.tag(context)
        let logger = context.logger
        let (detail, servedBy) = try await self.consistency.read(for: request, identity: context.identity) { client in
            try await ClanStore.detail(tag: tag, logger: logger) { try await client.query($0, logger: logger) }
        }
        guard let detail else {
            throw APIError(.notFound, code: "clan_not_found", message: "no clan with tag [\(tag)]", headers: [ArenaHeader.servedByField: servedBy])
        }
        return jsonResponse(detail, headers: [ArenaHeader.servedByField: servedBy])
    }

    @Sendable func invite(_ request: Request, context: CoreRequestContext) async throws -> Response {
        let identity = try context.requireIdentity()
        let tag = try Self.tag(context)
        let input = try await request.decodeJSON(as: ClanInviteRequest.self, limit: 4096)
        let (invite, created) = try await self.store.invite(tag: tag, username: input.username, by: identity.userID)
        return await self.respondAfterWrite(invite, status: created ? .created : .ok, by: identity)
    }

    @Sendable func join(_ request: Request, context: CoreRequestContext) async throws -> Response {
        let identity = try context.requireIdentity()
        let clan = try await self.store.join(tag: try Self.tag(context), userID: identity.userID)
        return await self.respondAfterWrite(clan, status: .ok, by: identity)
    }

    @Sendable func leave(_ request: Request, context: CoreRequestContext) async throws -> Response {
        let identity = try context.requireIdentity()
        let result = try await self.store.leave(tag: try Self.tag(context), userID: identity.userID)
        return await self.respondAfterWrite(result, status: .ok, by: identity)
    }

    @Sendable func setRole(_ request: Request, context: CoreRequestContext) async throws -> Response {
        let identity = try context.requireIdentity()
        let tag = try Self.tag(context)
        let username = try context.parameters.require("username")
        let input = try await request.decodeJSON(as: ClanRoleRequest.self, limit: 4096)
        guard let role = ClanRole(rawValue: input.role) else {
            throw APIError.badRequest("role must be one of leader, officer, member", code: "invalid_role")
        }
        let clan = try await self.store.setRole(tag: tag, username: username, role: role, by: identity.userID)
        return await self.respondAfterWrite(clan, status: .ok, by: identity)
    }

    @Sendable func kick(_ request: Request, context: CoreRequestContext) async throws -> Response {
        let identity = try context.requireIdentity()
        try await self.store.kick(tag: try Self.tag(context), username: try context.parameters.require("username"), by: identity.userID)
        var response = Response(status: .noContent)
        if let position = await self.consistency.recordWrite(by: identity.userID) {
            response.headers[ArenaHeader.commitLSNField] = position.description
        }
        return response
    }

    private static func tag(_ context: CoreRequestContext) throws -> String {
        let tag = try context.parameters.require("tag").uppercased()
        guard ClanNaming.isValidTag(tag) else {
            throw APIError(.notFound, code: "clan_not_found", message: "no clan with tag [\(tag)]; tags are \(ClanNaming.tagRule)")
        }
        return tag
    }

    private func respondAfterWrite(_ value: some Encodable, status: HTTPResponse.Status, by identity: AccessToken) async -> Response {
        var headers: HTTPFields = [ArenaHeader.servedByField: "primary"]
        if let position = await self.consistency.recordWrite(by: identity.userID) {
            headers[ArenaHeader.commitLSNField] = position.description
        }
        return jsonResponse(value, status: status, headers: headers)
    }
}
