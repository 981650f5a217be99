import ArenaHTTP
import ArenaShared
import Foundation
import Hummingbird
import Judge
import Prometheus

/// `GET /api/languages` (what this edge can judge, with toolchain versions and editor
/// templates) and `POST /api/run` (a player's code on their own input, no verdict).
struct JudgeRoutes: Sendable {
    let pool: JudgePool
    let limiter: RateLimiter
    let compileBudget: CompileBudget
    let metrics: EdgeMetrics

    struct LanguageInfo: Codable, Sendable {
        var id: LanguageID
        var name: String
        var available: Bool
        var version: String
        var template: String
    }

    func addPublicRoutes(to router: Router<EdgeRequestContext>) {
        router.get("api/languages") { _, _ in
            let items = self.pool.toolchains.entries.map { entry in
                LanguageInfo(
                    id: entry.id, name: entry.name, available: entry.available, version: entry.version,
                    template: LanguageTable.language(entry.id)?.template ?? "")
            }
            return jsonResponse(["items": items])
        }
    }

    func addRoutes(to router: RouterGroup<EdgeRequestContext>) {
        router.post("api/run", use: self.run)
    }

    @Sendable func run(_ request: Request, context: EdgeRequestContext) async throws -> Response {
        let identity = try context.requireIdentity()
        let input = try await Self.decodeSourceRequest(request, as: RunRequest.self, extraBytes: RunRequest.maximumInputBytes)
        let language = try Self.availableLanguage(input.language, pool: self.pool)
        try Self.checkSource(input.source)
        guard input.input.utf8.count <= RunRequest.maximumInputBytes else {
            throw APIError(.contentTooLarge, code: "input_too_large", message: "input is over \(RunRequest.maximumInputBytes) bytes")
        }
        let limitKey = "run:\(identity.userID)"
        if let wait = await self.limiter.acquire(key: limitKey) {
            throw APIError(.tooManyRequests, code: "rate_limited", message: "too many runs; wait \(wait) s", headers: [.retryAfter: String(wait)])
        }
        if let wait = self.compileBudget.waitBeforeCompiling(user: identity.userID) {
            await self.limiter.refund(key: limitKey)
            throw APIError(
                .tooManyRequests, code: "compile_budget", message: "your recent compiles used up the compiler time allowed; wait \(wait) s",
                headers: [.retryAfter: String(wait)])
        }
        do {
            let result = try await self.pool.runCustom(
                source: input.source, language: language, input: Array(input.input.utf8),
                limits: SandboxLimits(cpuMilliseconds: 2000, memoryBytes: 256 << 20, outputBytes: 1 << 20))
            self.compileBudget.charge(user: identity.userID, milliseconds: result.compileMs)
            self.metrics.customRuns.increment()
            return jsonResponse(result)
        } catch .queueFull(let seconds) {
            // Refused unrun: the attempt costs the player nothing.
            await self.limiter.refund(key: limitKey)
            throw APIError(.tooManyRequests, code: "judge_busy", message: "the judge is busy; retry in \(seconds) s", headers: [.retryAfter: String(seconds)])
        } catch {
            throw APIError.unavailable("\(error)")
        }
    }

    /// A request that carries a source: the body may hold a maximum-size source however
    /// JSON escapes it; past that, the refusal names the source limit players know (the
    /// editor shows it), not the body size.
    static func decodeSourceRequest<Value: Decodable>(_ request: Request, as type: Value.Type, extraBytes: Int) async throws -> Value {
        do {
            return try await request.decodeJSON(as: type, limit: 6 * (SubmissionRequest.maximumSourceBytes + extraBytes) + 4096)
        } catch let error as APIError where error.code == "payload_too_large" {
            throw APIError(
                .contentTooLarge, code: "source_too_large",
                message: "the source is over the limit of \(SubmissionRequest.maximumSourceBytes) bytes (64 KiB); shorten it")
        }
    }

    /// The language a player named, if this edge can judge it; a clear 400 otherwise.
    /// The checks every judged source passes before it costs anything (submissions, custom
    /// runs, match submissions): not blank, text, within the size limit.
    static func checkSource(_ source: String) throws(APIError) {
        guard !source.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw APIError.badRequest("source is empty", code: "empty_source")
        }
        guard !source.utf8.contains(0) else {
            throw APIError.badRequest("source contains NUL bytes; submit text source code", code: "binary_source")
        }
        guard source.utf8.count <= SubmissionRequest.maximumSourceBytes else {
            throw APIError(
                .contentTooLarge, code: "source_too_large",
                message: "source is \(source.utf8.count) bytes; the limit is \(SubmissionRequest.maximumSourceBytes) bytes (64 KiB)")
        }
    }

    static func availableLanguage(_ name: String, pool: JudgePool) throws -> LanguageID {
        guard let language = LanguageID(rawValue: name) else {
            throw APIError.badRequest(
                "unknown language '\(name.prefix(40))'; use one of: \(pool.toolchains.available.map(\.rawValue).joined(separator: ", "))",
                code: "unknown_language")
        }
        guard pool.toolchains.isAvailable(language) else {
            throw APIError.badRequest(
                "language '\(name)' is not installed on this judge (\(pool.toolchains.version(of: language))); use one of: \(pool.toolchains.available.map(\.rawValue).joined(separator: ", "))",
                code: "language_unavailable")
        }
        return language
    }
}
