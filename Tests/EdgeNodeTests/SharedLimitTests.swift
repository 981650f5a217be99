import ArenaHTTP
import ArenaShared
import ArenaTestSupport
import EdgeNode
import Foundation
import NIOHTTP1
import Testing

/// Limits counted in Redis: a player (or an address) has one budget, whichever edges they use.
@Suite("Limits shared by every edge", .timeLimit(.minutes(4)))
struct SharedLimitTests {
    @Test("sign-in attempts from one address count across two regions' edges, and the wait is told")
    func signInBudgetAcrossEdges() async throws {
        let environment = try await EdgeTestEnvironment.start()
        defer { Task { await environment.stop() } }
        let edges = [
            try await TestEdge.start(region: "west", coreURL: environment.core.url, redis: environment.redis, judgePoolSize: 1) { $0.authAttemptsPerMinute = 3 },
            try await TestEdge.start(region: "east", coreURL: environment.core.url, redis: environment.redis, judgePoolSize: 1) { $0.authAttemptsPerMinute = 3 },
        ]
        defer { Task { for edge in edges { await edge.stop() } } }
        let wrong = SignInRequest(username: "nobody_here", password: "not the password")
        #expect(try await edges[0].client.send(.POST, "/api/auth/signin", json: wrong).status == 401)
        #expect(try await edges[1].client.send(.POST, "/api/auth/signin", json: wrong).status == 401)
        #expect(try await edges[0].client.send(.POST, "/api/auth/signin", json: wrong).status == 401)
        // The fourth attempt, on either edge, is over the shared budget of three.
        let refused = try await edges[1].client.send(.POST, "/api/auth/signin", json: wrong)
        #expect(refused.status == 429, "\(refused.text)")
        let wait = try #require(refused.header("retry-after").flatMap { Int($0) })
        #expect((1...60).contains(wait))
        #expect(try await edges[0].client.send(.POST, "/api/auth/signin", json: wrong).status == 429)
    }
}
