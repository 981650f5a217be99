import ArenaHTTP
import ArenaShared
import ArenaTestSupport
import EdgeNode
import Foundation
import NIOHTTP1
import Testing

/// Client addresses behind proxies: `X-Forwarded-For` / `Forwarded` count only from a
/// trusted proxy (the rendered nginx); a spoofed header from anyone else is ignored.
@Suite("Client addresses behind trusted proxies", .timeLimit(.minutes(4)))
struct TrustedProxyTests {
    @Test("the forwarding chain is read from the right, past trusted proxies only")
    func chains() throws {
        let trusted = try TrustedProxies(["127.0.0.1", "10.0.0.0/8", "fd00::/8"])
        #expect(trusted.contains("10.20.30.40") && trusted.contains("::ffff:127.0.0.1") && trusted.contains("fd12::1"))
        #expect(!trusted.contains("11.0.0.1") && !trusted.contains("2001:db8::1") && !trusted.contains("garbage"))
        // From an untrusted peer, headers do not matter.
        #expect(trusted.clientAddress(peer: "198.51.100.7", forwarded: nil, forwardedFor: "1.2.3.4") == "198.51.100.7")
        // Through nginx on loopback: the client nginx saw.
        #expect(trusted.clientAddress(peer: "127.0.0.1", forwarded: nil, forwardedFor: "203.0.113.5") == "203.0.113.5")
        // A client prepending a fake address cannot hide: the rightmost untrusted one counts.
        #expect(trusted.clientAddress(peer: "127.0.0.1", forwarded: nil, forwardedFor: "1.1.1.1, 203.0.113.5, 10.1.1.1") == "203.0.113.5")
        // Forwarded alone (a proxy that speaks RFC 7239) is read; next to X-Forwarded-For it is the player's own and ignored.
        #expect(trusted.clientAddress(peer: "127.0.0.1", forwarded: "for=198.51.100.1, for=\"[2001:db8::7]:4711\";proto=https", forwardedFor: nil) == "2001:db8::7")
        #expect(trusted.clientAddress(peer: "127.0.0.1", forwarded: "for=127.0.0.1", forwardedFor: "9.9.9.9") == "9.9.9.9")
        #expect(trusted.clientAddress(peer: "127.0.0.1", forwarded: nil, forwardedFor: "not-an-address") == "127.0.0.1")
        #expect(trusted.clientAddress(peer: "127.0.0.1", forwarded: nil, forwardedFor: nil) == "127.0.0.1")
        #expect(throws: TrustedProxies.InvalidEntry.self) { try TrustedProxies(["10.0.0.0/33"]) }
        #expect(throws: TrustedProxies.InvalidEntry.self) { try TrustedProxies(["nginx.local"]) }
    }

    @Test("behind a trusted proxy each player has their own sign-in budget; a spoofed header from an untrusted peer is ignored")
    func signInBudgets() async throws {
        let environment = try await EdgeTestEnvironment.start()
        defer { Task { await environment.stop() } }
        let behindProxy = try await TestEdge.start(region: "proxied", coreURL: environment.core.url, redis: environment.redis, judgePoolSize: 1) {
            $0.trustedProxies = try! TrustedProxies(["127.0.0.1"])
            $0.authAttemptsPerMinute = 3
        }
        let direct = try await TestEdge.start(region: "direct", coreURL: environment.core.url, redis: environment.redis, judgePoolSize: 1) {
            $0.authAttemptsPerMinute = 3
        }
        defer { Task { await behindProxy.stop(); await direct.stop() } }
        let wrong = SignInRequest(username: "nobody_here", password: "not the password")
        func signIn(_ edge: TestEdge, from address: String) async throws -> Int {
            try await edge.client.send(.POST, "/api/auth/signin", json: wrong, headers: [("X-Forwarded-For", address)]).status
        }

        for _ in 0..<3 { #expect(try await signIn(behindProxy, from: "203.0.113.1") == 401) }
        #expect(try await signIn(behindProxy, from: "203.0.113.1") == 429)
        #expect(try await signIn(behindProxy, from: "1.1.1.1, 203.0.113.1") == 429, "a prepended address does not escape the limit")
        #expect(try await signIn(behindProxy, from: "203.0.113.2") == 401, "another player behind the proxy has a budget of their own")

        for index in 0..<3 { #expect(try await signIn(direct, from: "198.51.100.\(index)") == 401) }
        #expect(try await signIn(direct, from: "198.51.100.99") == 429, "the header of an untrusted peer is ignored: one budget")
    }
}
