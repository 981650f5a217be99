import NIOHTTP1
import Prometheus
import ArenaHTTP
import ArenaShared
import AsyncHTTPClient
import Foundation
import Hummingbird
import Judge
import Logging
import NIOCore
import Replication

/// Accepts submissions at the edge: validates them (language installed here, problem
/// known, size, rate, judge capacity), makes them durable in the judging journal (the 202
/// is a promise that the judged record will reach the core exactly once), and lets
/// `SubmissionJudging` judge and forward them. Progress goes to the player's sockets.
struct SubmissionIntake: Sendable {
    let judging: SubmissionJudging
    let region: String
    let limiter: RateLimiter
    let metrics: EdgeMetrics
    let queueCapacity: Int

    static let kind = "submission"

    func addRoutes(to router: RouterGroup<EdgeRequestContext>) {
        router.post("api/submissions", use: self.submit)
    }

    @Sendable func submit(_ request: Request, context: EdgeRequestContext) async throws -> Response {
        do {
            return try await self.accept(request, context: context)
        } catch let error as APIError {
            self.metrics.submissionsRejected.increment()
            throw error
        }
    }

    private func accept(_ request: Request, context: EdgeRequestContext) async throws -> Response {
        let identity = try context.requireIdentity()
        // Room for JSON escaping of a maximum-size source.
        let input = try await JudgeRoutes.decodeSourceRequest(request, as: SubmissionRequest.self, extraBytes: 0)
        let language = try JudgeRoutes.availableLanguage(input.language, pool: self.judging.pool)
        guard ProblemInput.isValidSlug(input.problem) else { throw APIError.badRequest("problem must be a problem slug", code: "invalid_problem") }
        try JudgeRoutes.checkSource(input.source)
        // Counted once the submission is valid: a typo costs the player nothing, and neither
        // does a refusal below (given back unless the submission is acknowledged).
        let limitKey = "submit:\(identity.userID)"
        if let wait = await self.limiter.acquire(key: limitKey) {
            throw APIError(
                .tooManyRequests, code: "rate_limited", message: "too many submissions; wait \(wait) s",
                headers: [.retryAfter: String(wait)])
        }
        var acknowledged = false
        defer {
            if !acknowledged {
                let limiter = self.limiter
                Task { await limiter.refund(key: limitKey) }
            }
        }
        if let wait = self.judging.compileBudget.waitBeforeCompiling(user: identity.userID) {
            throw APIError(
                .tooManyRequests, code: "compile_budget",
                message: "your recent compiles used the \(self.judging.compileBudget.budget.components.seconds) s of compiler time allowed per \(self.judging.compileBudget.window.components.seconds / 60) min; wait \(wait) s",
                headers: [.retryAfter: String(wait)])
        }
        // Back-pressure: a full judge refuses now instead of acknowledging what it cannot judge soon.
        guard self.judging.backlog < self.queueCapacity, self.judging.pool.hasRoom else {
            throw APIError(
                .tooManyRequests, code: "judge_busy", message: "the judge queue is full; retry in 5 s", headers: [.retryAfter: "5"])
        }
        // An unknown problem is refused at once when the core can say so; while the core
        // is unreachable the submission is kept and judged when it answers again.
        do {
            _ = try await self.judging.problems.problem(input.problem)
        } catch .unknownProblem {
            throw APIError.notFound("no problem '\(input.problem)'")
        } catch {}
        let clientKey = request.headers[ArenaHeader.idempotencyKeyField] ?? UUID().uuidString
        guard (1...64).contains(clientKey.count) else {
            throw APIError.badRequest("Idempotency-Key must be 1-64 characters", code: "invalid_idempotency_key")
        }
        // Namespaced by user, so one player's key can never collide with another's.
        let key = "u\(identity.userID):\(clientKey)"
        let record = SubmissionRecord(
            idempotencyKey: key, userID: identity.userID, problem: input.problem, language: language, source: input.source,
            verdict: .pending, region: self.region, submittedAt: Date())
        do {
            try self.judging.accept(record)
        } catch {
            context.logger.error("judging journal append failed", metadata: ["error": "\(error)"])
            throw APIError.unavailable("the edge cannot store submissions right now; retry")
        }
        acknowledged = true
        self.metrics.submissionsAccepted.increment()
        return jsonResponse(SubmissionReceipt(idempotencyKey: key, status: "queued"), status: .accepted)
    }

    /// Sends one outbox entry to the core.
    static func deliver(_ entry: OutboxEntry, core: CoreClient) async -> OutboxDelivery {
        guard entry.kind == Self.kind else { return .rejected(reason: "unknown outbox entry kind '\(entry.kind)'") }
        do {
            let reply = try await core.send(
                method: .POST, path: "/internal/submissions", headers: [("content-type", "application/json")],
                body: ByteBuffer(bytes: entry.payload), internalCall: true)
            switch reply.status {
            case 200, 201: return .delivered
            case 400, 413, 422: return .rejected(reason: "core answered \(reply.status): \(String(buffer: reply.body).prefix(300))")
            // 401/403: the edge secret is wrong (deployment config); keep everything until it is fixed.
            case 401, 403, 502, 503, 504: return .retryLater(reason: "core answered \(reply.status)")
            default: return .failed(reason: "core answered \(reply.status): \(String(buffer: reply.body).prefix(300))")
            }
        } catch {
            return .retryLater(reason: "\(error)")
        }
    }
}
