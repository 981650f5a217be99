import ArenaHTTP
import ArenaShared
import Hummingbird
import Logging
import Prometheus

/// Public submission listing, and the internal endpoint edges forward finished
/// submission records to (shared-secret authenticated, idempotent).
struct SubmissionController: Sendable {
    let store: SubmissionStore
    let consistency: ReadConsistency
    let edgeGate: InternalCallerGate
    let metrics: CoreMetrics

    func addRoutes(to router: RouterGroup<CoreRequestContext>) {
        router.get("api/submissions", use: self.list)
        router.get("api/submissions/{id}/source", use: self.source)
        router.post("internal/submissions", use: self.receive)
    }

    @Sendable func list(_ request: Request, context: CoreRequestContext) async throws -> Response {
        let query = request.uri.queryParameters
        let limit = query.get("limit").flatMap { Int($0) } ?? 20
        guard (1...100).contains(limit) else { throw APIError.badRequest("limit must be between 1 and 100") }
        var after: Int64?
        if let text = query.get("after") {
            guard let value = Int64(text) else { throw APIError.badRequest("query parameter 'after' must be an integer") }
            after = value
        }
        var username = query.get("user")
        if username == "me" { username = try context.requireIdentity().name }
        let store = self.store
        let problem = query.get("problem")
        let (items, servedBy) = try await self.consistency.read(for: request, identity: context.identity) { [username, after] client in
            try await store.list(username: username, problem: problem, after: after, limit: limit, on: client)
        }
        return jsonResponse(["items": items], headers: [ArenaHeader.servedByField: servedBy])
    }

    /// A past submission's code, for its author only: other players' code is a spoiler
    /// (and in a live match, a leak), so it is not served to them.
    @Sendable func source(_ request: Request, context: CoreRequestContext) async throws -> Response {
        let identity = try context.requireIdentity()
        guard let id = context.parameters.get("id").flatMap({ Int64($0) }), id > 0 else {
            throw APIError.badRequest("a submission id is a positive integer", code: "invalid_submission")
        }
        let store = self.store
        let (found, servedBy) = try await self.consistency.read(for: request, identity: identity) { client in
            try await store.source(id: id, on: client)
        }
        guard let found, found.userID == identity.userID else {
            // The same answer for someone else's submission as for none: ids reveal nothing.
            throw APIError.notFound("no submission \(id) of yours")
        }
        return jsonResponse(found, headers: [ArenaHeader.servedByField: servedBy, .cacheControl: "private, no-store"])
    }

    @Sendable func receive(_ request: Request, context: CoreRequestContext) async throws -> Response {
        let caller = try await self.edgeGate.require(request, context: context)
        let record = try await request.decodeJSON(as: SubmissionRecord.self, limit: 1024 * 1024)
        try InternalCallerGate.requireSameRegion(caller, record.region)
        guard !record.idempotencyKey.isEmpty, record.idempotencyKey.count <= 128 else {
            throw APIError.badRequest("idempotencyKey must be 1-128 characters")
        }
        guard !record.source.utf8.contains(0) else {
            throw APIError(.unprocessableContent, code: "binary_source", message: "source contains NUL bytes")
        }
        guard record.source.utf8.count <= SubmissionRequest.maximumSourceBytes else {
            throw APIError.payloadTooLarge(limit: SubmissionRequest.maximumSourceBytes)
        }
        switch try await self.store.store(record) {
        case .stored(let summary):
            self.metrics.submissionsStored.increment()
            var headers: HTTPFields = [:]
            if let position = await self.consistency.recordWrite(by: record.userID) {
                headers[ArenaHeader.commitLSNField] = position.description
            }
            return jsonResponse(summary, status: .created, headers: headers)
        case .duplicate(let summary):
            self.metrics.submissionsDuplicate.increment()
            return jsonResponse(summary, status: .ok)
        case .unknownProblem:
            throw APIError(.unprocessableContent, code: "unknown_problem", message: "no problem '\(record.problem)'")
        case .unknownUser:
            throw APIError(.unprocessableContent, code: "unknown_user", message: "no user \(record.userID)")
        }
    }
}

/// Edge → core calls prove themselves with the deployment's shared secret.
