import ArenaHTTP
import Foundation
import Hummingbird
import Synchronization

/// The default limit on every public route of an edge: a token bucket per client address
/// (the address `ClientAddressMiddleware` settled on, so players behind the rendered nginx
/// each have their own). Route-specific limits (sign-in, submissions, WebSocket frames) are
/// stricter and shared through Redis; this one is local and cheap (no Redis round trip per
/// request) and stops one address from hammering reads, static files or the proxy to the
/// core. Loopback clients (the operator's tools, probes, benchmarks) are exempt unless
/// `exemptsLoopback` is off (docs/operations.md, "Limits").
final class RequestBudget: Sendable {
    private struct Bucket {
        var tokens: Double
        var updated: ContinuousClock.Instant
    }

    let policy: RequestBudgetPolicy
    private let buckets = Mutex<[String: Bucket]>([:])

    init(policy: RequestBudgetPolicy) {
        self.policy = policy
    }

    /// nil when the request may go on, else the seconds to wait.
    func take(address: String, now: ContinuousClock.Instant = .now) -> Int? {
        if self.policy.exemptsLoopback && (address.hasPrefix("127.") || address == "::1") { return nil }
        return self.buckets.withLock { buckets in
            var bucket = buckets[address] ?? Bucket(tokens: self.policy.burst, updated: now)
            let elapsed = Double((now - bucket.updated).components.attoseconds) / 1e18 + Double((now - bucket.updated).components.seconds)
            bucket.tokens = min(self.policy.burst, bucket.tokens + elapsed * self.policy.perSecond)
            bucket.updated = now
            guard bucket.tokens >= 1 else {
                buckets[address] = bucket
                return max(1, Int(((1 - bucket.tokens) / self.policy.perSecond).rounded(.up)))
            }
            bucket.tokens -= 1
            buckets[address] = bucket
            if buckets.count > self.policy.maximumAddresses {
                let refill = self.policy.burst / self.policy.perSecond
                buckets = buckets.filter { Double((now - $0.value.updated).components.seconds) < refill }
            }
            return nil
        }
    }
}

/// The default per-address limit on every route of an edge (see `RequestBudget`).
public struct RequestBudgetPolicy: Sendable, Hashable {
    /// Requests an address may make at once before it is paced.
    public var burst: Double = 240
    /// Requests per second it may sustain.
    public var perSecond: Double = 20
    public var exemptsLoopback = true
    /// Addresses tracked at most (idle buckets are dropped when it is reached).
    public var maximumAddresses = 100_000

    public init() {}
}

/// Answers 429 `rate_limited` (with `Retry-After`) once an address spent its `RequestBudget`.
struct RequestBudgetMiddleware: RouterMiddleware {
    typealias Context = EdgeRequestContext
    let budget: RequestBudget

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        if let wait = self.budget.take(address: context.clientAddress ?? "unknown") {
            throw APIError(
                .tooManyRequests, code: "rate_limited", message: "too many requests from your address; wait \(wait) s",
                headers: [.retryAfter: String(wait)])
        }
        return try await next(request, context)
    }
}
