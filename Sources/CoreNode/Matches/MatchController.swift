import ArenaHTTP
import ArenaShared
import Foundation
import Hummingbird
import Logging
import Matches
import Prometheus
import Replication

/// Queues (edges call on behalf of their sockets), match records,
/// rating history, and the owner edge's result commit.
struct MatchController: Sendable {
    let store: MatchStore
    let creator: MatchCreator
    let redis: RedisClient
    let consistency: ReadConsistency
    let settings: MatchSettings
    let edgeGate: InternalCallerGate
    let metrics: CoreMetrics

    func addRoutes(to router: RouterGroup<CoreRequestContext>) {
        router.post("internal/queue", use: self.joinQueue)
        router.post("internal/queue/leave", use: self.leaveQueue)
        router.post("internal/matches/{id}/result", use: self.commitResult)
        router.get("api/matches", use: self.list)
        router.get("api/matches/{id}", use: self.record)
        router.get("api/users/{username}/ratings", use: self.ratingHistory)
    }

    @Sendable func joinQueue(_ request: Request, context: CoreRequestContext) async throws -> Response {
        let caller = try await self.edgeGate.require(request, context: context)
        let join = try await request.decodeJSON(as: QueueJoinRequest.self, limit: 4096)
        try InternalCallerGate.requireSameRegion(caller, join.region)
        guard let rating = try await self.store.rating(userID: join.userID, mode: join.mode) else { throw APIError.notFound("no user \(join.userID)") }
        let outcome = try await self.redis.eval(
            MatchScripts.joinQueue,
            keys: [MatchKeys.playerMatch(join.userID), MatchKeys.queueMembers, MatchKeys.queueByRating(join.mode), MatchKeys.queueByTime(join.mode)],
            arguments: [String(join.userID), "\(join.mode.rawValue) \(join.region)", String(rating), String(Date().timeIntervalSince1970)])
        switch outcome.string {
        case "ok": return jsonResponse(QueueJoinReply(mode: join.mode, rating: rating))
        case "already_queued": throw APIError.conflict("already in a queue; leave it first (queue:leave)", code: "already_queued")
        case "in_match": throw APIError.conflict("you are in a live match; finish it first", code: "in_match")
        default: throw APIError.unavailable("the queue did not answer; retry")
        }
    }

    @Sendable func leaveQueue(_ request: Request, context: CoreRequestContext) async throws -> Response {
        try await self.edgeGate.require(request, context: context)
        let leave = try await request.decodeJSON(as: QueueLeaveRequest.self, limit: 4096)
        let left = try await self.redis.eval(
            MatchScripts.leaveQueue, keys: [MatchKeys.queueMembers] + MatchScripts.allQueueKeys, arguments: [String(leave.userID)])
        return jsonResponse(["left": left.int == 1])
    }

    @Sendable func commitResult(_ request: Request, context: CoreRequestContext) async throws -> Response {
        try await self.edgeGate.require(request, context: context)
        guard let id = UUID(uuidString: try context.parameters.require("id")) else { throw APIError.badRequest("a match id is a UUID") }
        let result = try await request.decodeJSON(as: MatchResultRequest.self, limit: 256 * 1024)
        let places = result.standings.map(\.place)
        guard !result.standings.isEmpty, places.allSatisfy({ (1...result.standings.count).contains($0) }) else {
            throw APIError.badRequest("standings need places between 1 and the number of players", code: "invalid_result")
        }
        do {
            let reply = try await self.store.commitResult(match: id, result, now: Date())
            // Every player's rating, XP and history changed: each one's next reads (on any
            // core, behind any edge) wait for a replica that has the result.
            let position = await self.consistency.recordWrite(by: result.standings.map(\.userID))
            if reply.applied {
                self.metrics.matchResultsCommitted.increment()
                self.metrics.matchCompleted(result.mode)
                if let drift = try? await self.store.meanRatingDrift(mode: result.mode) { self.metrics.ratingDrift(result.mode).set(drift) }
            } else {
                self.metrics.matchResultsDuplicate.increment()
            }
            var headers: HTTPFields = [:]
            if let position { headers[ArenaHeader.commitLSNField] = position.description }
            return jsonResponse(reply, headers: headers)
        } catch let error as MatchStore.CommitError {
            switch error {
            case .unknownMatch: throw APIError.notFound("no match \(id)")
            case .modeMismatch, .playersMismatch: throw APIError.badRequest(error.description, code: "invalid_result")
            case .aborted: throw APIError.conflict(error.description, code: "match_aborted")
            }
        }
    }

    @Sendable func record(_ request: Request, context: CoreRequestContext) async throws -> Response {
        guard let id = UUID(uuidString: try context.parameters.require("id")) else { throw APIError.notFound("no such match") }
        let store = self.store
        let (record, servedBy) = try await self.consistency.read(for: request, identity: context.identity) { client in
            try await store.record(id: id, on: client)
        }
        // A private match is visible to its players only; to anyone else it does not exist.
        guard let record, !record.isPrivate || record.players.contains(where: { $0.userID == context.identity?.userID }) else {
            throw APIError.notFound("no such match")
        }
        return jsonResponse(record, headers: [ArenaHeader.servedByField: servedBy])
    }

    /// `GET /api/matches?status=live|finished&user=NAME&limit=N`: for spectating and profiles.
    @Sendable func list(_ request: Request, context: CoreRequestContext) async throws -> Response {
        let query = request.uri.queryParameters
        let status = query.get("status")
        guard status == nil || ["live", "finished"].contains(status!) else {
            throw APIError.badRequest("status is live or finished")
        }
        let limit = query.get("limit").flatMap { Int($0) } ?? 20
        guard (1...100).contains(limit) else { throw APIError.badRequest("limit is 1...100") }
        let username = query.get("user").flatMap { $0.isEmpty ? nil : String($0.prefix(64)) }
        let store = self.store
        let viewer = context.identity?.userID
        let (records, servedBy) = try await self.consistency.read(for: request, identity: context.identity) { client in
            try await store.records(status: status, username: username, viewer: viewer, limit: limit, on: client)
        }
        return jsonResponse(["items": records], headers: [ArenaHeader.servedByField: servedBy])
    }

    @Sendable func ratingHistory(_ request: Request, context: CoreRequestContext) async throws -> Response {
        let username = try context.parameters.require("username")
        var mode: MatchMode?
        if let text = request.uri.queryParameters.get("mode") {
            guard let parsed = MatchMode(rawValue: text) else {
                throw APIError.badRequest("mode is one of \(MatchMode.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            mode = parsed
        }
        let store = self.store
        let (history, servedBy) = try await self.consistency.read(for: request, identity: context.identity) { [mode] client in
            try await store.ratingHistory(username: username, mode: mode, on: client)
        }
        guard let history else { throw APIError.notFound("no user '\(username)'") }
        return jsonResponse(["items": history], headers: [ArenaHeader.servedByField: servedBy])
    }
}
