import NIOHTTP1
import ArenaShared
import ArenaTestSupport
import Foundation
import Testing

@Suite("Edge problem cache with invalidation over Redis pub/sub", .timeLimit(.minutes(3)))
struct CacheInvalidationTests {
    @Test("an admin's update reaches every edge's cache, also after Redis restarts")
    func invalidation() async throws {
        // A one-hour TTL: only invalidation can make the new title appear.
        let environment = try await EdgeTestEnvironment.start(regions: ["eu-west", "us-east"])
        defer { Task { await environment.stop() } }
        let admin = try await environment.core.signUp(TestCore.adminUsername).accessToken
        let problem = TestFixtures.problem("cached-problem")
        #expect(try await environment.core.client.send(.POST, "/api/problems", json: problem, bearer: admin).status == 201)

        for edge in environment.edges {
            try await waitUntil("\(edge.region) reads the problem") {
                try await edge.client.send(.GET, "/api/problems/cached-problem").status == 200
            }
            let hit = try await edge.client.send(.GET, "/api/problems/cached-problem")
            #expect(hit.header("x-arena-cache") == "hit")
        }

        var revised = problem
        revised.title = "Revised once"
        #expect(try await environment.edge.client.send(.PUT, "/api/problems/cached-problem", json: revised, bearer: admin).status == 200)
        for edge in environment.edges {
            try await waitUntil("\(edge.region) sees the first revision") {
                try await edge.client.send(.GET, "/api/problems/cached-problem").decode(ProblemDetail.self).title == "Revised once"
            }
        }

        try await environment.redis.restart()
        // Edges resubscribe by themselves; then the next invalidation reaches them again.
        for edge in environment.edges {
            try await waitUntil(timeout: .seconds(20), "\(edge.region) resubscribes") { edge.metric("arena_edge_redis_subscribed") == 1 }
            _ = try await edge.client.send(.GET, "/api/problems/cached-problem")
        }
        revised.title = "Revised after restart"
        let second = revised
        try await waitUntil(timeout: .seconds(20), "the core reaches the restarted Redis") {
            try await environment.core.client.send(.PUT, "/api/problems/cached-problem", json: second, bearer: admin).status == 200
        }
        for edge in environment.edges {
            try await waitUntil("\(edge.region) sees the revision made after the Redis restart") {
                try await edge.client.send(.GET, "/api/problems/cached-problem").decode(ProblemDetail.self).title == "Revised after restart"
            }
        }
    }
}
