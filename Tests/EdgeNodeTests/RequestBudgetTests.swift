import ArenaHTTP
import ArenaShared
import ArenaTestSupport
import Foundation
import NIOHTTP1
import Testing

@testable import EdgeNode

/// The default limit on every route of an edge, per client address (docs/operations.md, "Limits").
@Suite("Default per-address request budget", .timeLimit(.minutes(4)))
struct RequestBudgetTests {
    @Test("a burst is allowed, then paced; addresses (IPv6: /64s) are separate; only a direct loopback peer is exempt")
    func tokenBucket() {
        var policy = RequestBudgetPolicy()
        policy.burst = 3
        policy.perSecond = 1
        let budget = RequestBudget(policy: policy)
        let start = ContinuousClock.now
        for _ in 0..<3 { #expect(budget.take(address: "203.0.113.1", now: start) == nil) }
        #expect(budget.take(address: "203.0.113.1", now: start) == 1)
        #expect(budget.take(address: "203.0.113.2", now: start) == nil, "another address has its own budget")
        #expect(budget.take(address: "203.0.113.1", now: start + .milliseconds(1_100)) == nil, "one token back after a second")
        #expect(budget.take(address: "127.0.0.1", now: start) == nil && budget.take(address: "::1", now: start) == nil)
        // Loopback named in a forwarding header is not the exempt local tool: it is counted.
        for _ in 0..<3 { #expect(budget.take(address: "127.0.0.1", direct: false, now: start) == nil) }
        #expect(budget.take(address: "127.0.0.1", direct: false, now: start) != nil)
        // IPv6 counts per /64: rotating the interface id does not give a fresh budget.
        for index in 0..<3 { #expect(budget.take(address: "2001:db8:1:2::\(index + 1)", now: start) == nil) }
        #expect(budget.take(address: "2001:db8:1:2:ffff::9", now: start) != nil)
        #expect(budget.take(address: "2001:db8:1:3::1", now: start) == nil)
    }

    @Test("over HTTP: every route answers 429 rate_limited with Retry-After once an address spent its budget; other players behind the proxy are unaffected")
    func everyRouteIsLimited() async throws {
        let environment = try await EdgeTestEnvironment.start()
        defer { Task { await environment.stop() } }
        let edge = try await TestEdge.start(region: "budget", coreURL: environment.core.url, redis: environment.redis, judgePoolSize: 1) {
            $0.trustedProxies = try! TrustedProxies(["127.0.0.1"])
            $0.requestBudget.burst = 5
            $0.requestBudget.perSecond = 0.001  // no refill within the test, however slow the machine
        }
        defer { Task { await edge.stop() } }
        let greedy = [("X-Forwarded-For", "203.0.113.9")]
        for path in ["/api/problems/a-plus-b", "/health", "/", "/api/problems", "/api/languages"] {
            #expect(try await edge.client.send(.GET, path, headers: greedy).status != 429)
        }
        for path in ["/api/problems/a-plus-b", "/", "/api/leaderboards"] {
            let refused = try await edge.client.send(.GET, path, headers: greedy)
            #expect(refused.status == 429 && refused.errorCode == "rate_limited" && refused.header("retry-after") != nil, "\(path): \(refused.status)")
        }
        #expect(try await edge.client.send(.GET, "/api/problems/a-plus-b", headers: [("X-Forwarded-For", "203.0.113.10")]).status == 200)
        // A player's own `Forwarded: for=127.0.0.1` next to the proxy's header does not make them a local tool.
        let spoofed = try await edge.client.send(.GET, "/api/problems", headers: greedy + [("Forwarded", "for=127.0.0.1")])
        #expect(spoofed.status == 429, "\(spoofed.status)")
    }
}
