import ArenaHTTP
import ArenaShared
import Foundation
import Hummingbird
import Logging
import PostgresNIO
import Replication

/// Problem list/detail (from replicas, read-your-writes aware) and admin-only
/// create/update, which tell every edge to drop its cached copies.
struct ProblemController: Sendable {
    let store: ProblemStore
    let consistency: ReadConsistency
    let invalidations: CacheInvalidationPublisher
    let edgeGate: InternalCallerGate

    func addRoutes(to router: RouterGroup<CoreRequestContext>) {
        router.get("api/problems", use: self.list)
        router.get("api/problems/{slug}", use: self.detail)
        router.get("api/problems/{slug}/editorial", use: self.editorial)
        router.put("api/problems/{slug}/editorial", use: self.writeEditorial)
        router.post("api/problems", use: self.create)
        router.put("api/problems/{slug}", use: self.update)
        router.get("internal/problems/{slug}/judge", use: self.judgeData)
        router.put("internal/problems/{slug}", use: self.importProblem)
        router.get("internal/problem-versions", use: self.packageVersions)
    }

    /// slug → package hash of every library problem, so `arena up` uploads only what changed.
    @Sendable func packageVersions(_ request: Request, context: CoreRequestContext) async throws -> Response {
        try await self.edgeGate.require(request, context: context, from: .operator)
        return jsonResponse(try await self.store.packageVersions())
    }

    /// All tests with answers, for an edge's judge (shared secret only).
    @Sendable func judgeData(_ request: Request, context: CoreRequestContext) async throws -> Response {
        try await self.edgeGate.require(request, context: context)
        let slug = try context.parameters.require("slug")
        guard let data = try await self.store.judgeData(slug: slug) else { throw APIError.notFound("no problem '\(slug)'") }
        return jsonResponse(data)
    }

    /// `arena problems import`: creates or replaces a problem from a package (operator
    /// tool, shared secret; the problem is owned by no user).
    @Sendable func importProblem(_ request: Request, context: CoreRequestContext) async throws -> Response {
        try await self.edgeGate.require(request, context: context, from: .operator)
        let slug = try context.parameters.require("slug")
        let input = try await request.decodeJSON(as: ProblemInput.self, limit: 40 * 1024 * 1024)
        if let problem = input.problem { throw APIError.badRequest(problem, code: "invalid_problem") }
        guard input.slug == slug else { throw APIError.badRequest("the slug in the path and the body differ", code: "invalid_problem") }
        // The same package again (a second `arena up`): nothing to write, no edge to invalidate.
        if let version = input.packageVersion, try await self.store.packageVersions()[slug] == version,
            let detail = try await self.store.detail(slug: slug, on: self.store.primary)
        {
            return jsonResponse(detail, status: .ok, headers: [ArenaHeader.importResultField: "unchanged"])
        }
        let created: Bool
        if try await self.store.update(slug: slug, with: input) {
            created = false
        } else {
            guard try await self.store.create(input, by: nil) != nil else {
                throw APIError.conflict("problem '\(slug)' was created concurrently; retry", code: "slug_taken")
            }
            created = true
        }
        let position = await self.consistency.recordWrite(by: nil)
        await self.invalidations.problemsChanged(slugs: [slug], at: position)
        guard let detail = try await self.store.detail(slug: slug, on: self.store.primary) else { throw APIError.notFound("no problem '\(slug)'") }
        var headers: HTTPFields = [ArenaHeader.importResultField: created ? "created" : "updated"]
        // Anonymous reads may go to a lagging replica; the position lets a caller read this write.
        if let position { headers[ArenaHeader.commitLSNField] = position.description }
        return jsonResponse(detail, status: created ? .created : .ok, headers: headers)
    }

    @Sendable func list(_ request: Request, context: CoreRequestContext) async throws -> Response {
        let query = request.uri.queryParameters
        func int(_ name: String) throws -> Int? {
            guard let text = query.get(name) else { return nil }
            guard let value = Int(text) else { throw APIError.badRequest("query parameter '\(name)' must be an integer") }
            return value
        }
        let limit = try int("limit") ?? 20
        guard (1...100).contains(limit) else { throw APIError.badRequest("limit must be between 1 and 100") }
        let after = try int("after")
        let filter = ProblemStore.ListFilter(
            minimumDifficulty: try int("difficulty_min"), maximumDifficulty: try int("difficulty_max"),
            tag: query.get("tag"), search: query.get("q").flatMap { $0.isEmpty ? nil : String($0.prefix(100)) },
            after: after.map(Int64.init), limit: limit)
        let store = self.store
        let (page, servedBy) = try await self.consistency.read(for: request, identity: context.identity) { client in
            try await store.list(filter, on: client)
        }
        return jsonResponse(page, headers: [ArenaHeader.servedByField: servedBy])
    }

    @Sendable func detail(_ request: Request, context: CoreRequestContext) async throws -> Response {
        let slug = try context.parameters.require("slug")
        let store = self.store
        let (detail, servedBy) = try await self.consistency.read(for: request, identity: context.identity) { client in
            try await store.detail(slug: slug, on: client)
        }
        guard let detail else {
            throw APIError(.notFound, code: "not_found", message: "no problem '\(slug)'", headers: [ArenaHeader.servedByField: servedBy])
        }
        return jsonResponse(detail, headers: [ArenaHeader.servedByField: servedBy])
    }

    /// The editorial, for players who solved the problem (admins always): it is the
    /// solution, so it stays hidden until then.
    @Sendable func editorial(_ request: Request, context: CoreRequestContext) async throws -> Response {
        let identity = try context.requireIdentity()
        let slug = try context.parameters.require("slug")
        let store = self.store
        let (found, servedBy) = try await self.consistency.read(for: request, identity: identity) { client in
            try await store.editorial(slug: slug, for: identity.userID, on: client)
        }
        guard let found else { throw APIError.notFound("no problem '\(slug)'") }
        guard let text = found.text else { throw APIError(.notFound, code: "no_editorial", message: "'\(slug)' has no editorial yet") }
        guard found.solved || identity.isAdmin else {
            throw APIError(.forbidden, code: "solve_first", message: "solve '\(slug)' first: the editorial gives the solution away")
        }
        return jsonResponse(["slug": slug, "editorial": text], headers: [ArenaHeader.servedByField: servedBy])
    }

    struct EditorialInput: Decodable {
        var editorial: String
    }

    /// An admin writes (or rewrites) the editorial in Markdown; a later import of the
    /// problem's package keeps it.
    @Sendable func writeEditorial(_ request: Request, context: CoreRequestContext) async throws -> Response {
        let admin = try context.requireAdmin()
        let slug = try context.parameters.require("slug")
        let input = try await request.decodeJSON(as: EditorialInput.self, limit: Self.editorialLimit + 4096)
        let text = input.editorial.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.isEmpty, text.utf8.count <= Self.editorialLimit else {
            throw APIError.badRequest("the editorial is 1 to \(Self.editorialLimit / 1024) KiB of Markdown", code: "invalid_editorial")
        }
        guard try await self.store.setEditorial(slug: slug, text: text, by: admin.userID) else { throw APIError.notFound("no problem '\(slug)'") }
        context.logger.info("editorial written", metadata: ["problem": "\(slug)", "user_id": "\(admin.userID)"])
        var headers: HTTPFields = [ArenaHeader.servedByField: "primary"]
        if let position = await self.consistency.recordWrite(by: admin.userID) { headers[ArenaHeader.commitLSNField] = position.description }
        return jsonResponse(["slug": slug, "editorial": text], headers: headers)
    }

    static let editorialLimit = 64 * 1024

    @Sendable func create(_ request: Request, context: CoreRequestContext) async throws -> Response {
        let admin = try context.requireAdmin()
        let input = try await request.decodeJSON(as: ProblemInput.self, limit: 40 * 1024 * 1024)
        if let problem = input.problem { throw APIError.badRequest(problem, code: "invalid_problem") }
        guard try await self.store.create(input, by: admin.userID) != nil else {
            throw APIError.conflict("a problem with slug '\(input.slug)' exists; use PUT to update it", code: "slug_taken")
        }
        return try await self.respondAfterWrite(changed: [input.slug], current: input.slug, by: admin, status: .created)
    }

    @Sendable func update(_ request: Request, context: CoreRequestContext) async throws -> Response {
        let admin = try context.requireAdmin()
        let slug = try context.parameters.require("slug")
        let input = try await request.decodeJSON(as: ProblemInput.self, limit: 40 * 1024 * 1024)
        if let problem = input.problem { throw APIError.badRequest(problem, code: "invalid_problem") }
        if input.slug != slug, try await self.store.slugExists(input.slug) {
            throw APIError.conflict("a problem with slug '\(input.slug)' exists", code: "slug_taken")
        }
        guard try await self.store.update(slug: slug, with: input) else { throw APIError.notFound("no problem '\(slug)'") }
        return try await self.respondAfterWrite(changed: [slug, input.slug], current: input.slug, by: admin, status: .ok)
    }

    private func respondAfterWrite(changed: Set<String>, current: String, by admin: AccessToken, status: HTTPResponse.Status) async throws -> Response {
        let position = await self.consistency.recordWrite(by: admin.userID)
        await self.invalidations.problemsChanged(slugs: changed, at: position)
        guard let detail = try await self.store.detail(slug: current, on: self.store.primary) else {
            throw APIError.notFound("no problem '\(current)'")
        }
        var headers: HTTPFields = [ArenaHeader.servedByField: "primary"]
        if let position { headers[ArenaHeader.commitLSNField] = position.description }
        return jsonResponse(detail, status: status, headers: headers)
    }
}
