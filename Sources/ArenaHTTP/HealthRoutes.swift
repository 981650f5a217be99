import Hummingbird

/// One readiness dependency (database, Redis, …): its name and whether it answers.
public struct ReadinessCheck: Sendable {
    public var name: String
    /// Whether a failure makes the node unready (else it is reported but tolerated).
    public var required: Bool
    public var probe: @Sendable () async -> ReadinessResult

    public init(name: String, required: Bool = true, probe: @escaping @Sendable () async -> ReadinessResult) {
        self.name = name
        self.required = required
        self.probe = probe
    }
}

extension ReadinessCheck {
    /// A dependency that is ready when `call` returns without throwing (a ping, a query).
    public static func answering(_ name: String, required: Bool = true, _ call: @escaping @Sendable () async throws -> Void) -> ReadinessCheck {
        ReadinessCheck(name: name, required: required) {
            do {
                try await call()
                return ReadinessResult(ok: true, detail: "answers")
            } catch {
                return ReadinessResult(ok: false, detail: "\(error)")
            }
        }
    }
}

public struct ReadinessResult: Sendable, Codable {
    public var ok: Bool
    public var detail: String
    public init(ok: Bool, detail: String) {
        self.ok = ok
        self.detail = detail
    }
}

struct ReadinessReport: Codable {
    var status: String
    var checks: [String: ReadinessResult]
}

/// Runs every check at once; ready when every required one is ok. `/ready` answers with
/// it, and an edge's heartbeat reports the same verdict to the region registry.
public func evaluateReadiness(_ checks: [ReadinessCheck]) async -> (ready: Bool, results: [String: ReadinessResult]) {
    var results: [String: ReadinessResult] = [:]
    var ready = true
    await withTaskGroup(of: (ReadinessCheck, ReadinessResult).self) { group in
        for check in checks { group.addTask { (check, await check.probe()) } }
        for await (check, result) in group {
            results[check.name] = result
            if check.required && !result.ok { ready = false }
        }
    }
    return (ready, results)
}

extension Router {
    /// `/health` (liveness: the process answers), `/ready` (readiness: every required
    /// dependency answers; 503 otherwise, with details) and `/metrics` (Prometheus text).
    public func addHealthRoutes(metrics: NodeMetrics, checks: [ReadinessCheck]) {
        self.get("/health") { _, _ in
            jsonResponse(["status": "ok"])
        }
        self.get("/ready") { _, _ in
            let (ready, results) = await evaluateReadiness(checks)
            return jsonResponse(
                ReadinessReport(status: ready ? "ready" : "unready", checks: results),
                status: ready ? .ok : .serviceUnavailable)
        }
        self.get("/metrics") { _, _ in
            Response(
                status: .ok, headers: [.contentType: "text/plain; version=0.0.4; charset=utf-8"],
                body: .init(byteBuffer: ByteBuffer(string: metrics.exposition())))
        }
    }
}
