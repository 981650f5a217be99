import ArenaHTTP
import Foundation
import Hummingbird
import Synchronization

#if canImport(Glibc)
import Glibc
#endif

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
    private struct State {
        var buckets: [String: Bucket] = [:]
        var lastSweep: ContinuousClock.Instant
    }
    private let state: Mutex<State>

    init(policy: RequestBudgetPolicy) {
        self.policy = policy
        self.state = Mutex(State(lastSweep: .now))
    }

    /// nil when the request may go on, else the seconds to wait. `direct`: the address is
    /// the TCP peer itself (no forwarding header believed), the only case loopback is exempt.
    func take(address: String, direct: Bool = true, now: ContinuousClock.Instant = .now) -> Int? {
        if self.policy.exemptsLoopback && direct && (address.hasPrefix("127.") || address == "::1") { return nil }
        let key = Self.key(address)
        return self.state.withLock { state in
            if state.buckets[key] == nil && state.buckets.count >= self.policy.maximumAddresses {
                // Idle buckets (full again) go, at most once a second; if that frees nothing,
                // newcomers share one bucket rather than growing the table.
                if now - state.lastSweep >= .seconds(1) {
                    state.lastSweep = now
                    let refill = self.policy.burst / self.policy.perSecond
                    state.buckets = state.buckets.filter { Self.seconds(now - $0.value.updated) < refill }
                }
                if state.buckets.count >= self.policy.maximumAddresses { return Self.take(&state.buckets, "overflow", now, self.policy) }
            }
            return Self.take(&state.buckets, key, now, self.policy)
        }
    }

    private static func take(_ buckets: inout [String: Bucket], _ key: String, _ now: ContinuousClock.Instant, _ policy: RequestBudgetPolicy) -> Int? {
        var bucket = buckets[key] ?? Bucket(tokens: policy.burst, updated: now)
        bucket.tokens = min(policy.burst, bucket.tokens + Self.seconds(now - bucket.updated) * policy.perSecond)
        bucket.updated = now
        defer { buckets[key] = bucket }
        guard bucket.tokens >= 1 else { return max(1, Int(((1 - bucket.tokens) / policy.perSecond).rounded(.up))) }
        bucket.tokens -= 1
        return nil
    }

    private static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }

    /// IPv6 addresses count per /64 (one subscriber's prefix), IPv4 per address.
    static func key(_ address: String) -> String {
        guard address.contains(":") else { return address }
        var raw = in6_addr()
        guard inet_pton(AF_INET6, address, &raw) == 1 else { return address }
        return withUnsafeBytes(of: &raw) { bytes in bytes.prefix(8).map { String(format: "%02x", $0) }.joined() } + "/64"
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
        let address = context.clientAddress ?? "unknown"
        if let wait = self.budget.take(address: address, direct: address == context.peerAddress) {
            throw APIError(
                .tooManyRequests, code: "rate_limited", message: "too many requests from your address; wait \(wait) s",
                headers: [.retryAfter: String(wait)])
        }
        return try await next(request, context)
    }
}
