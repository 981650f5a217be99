import NIOHTTP1
import ArenaShared
import ArenaTestSupport
import Foundation
import Testing

@Suite("Problems: admin-only writes, filters, pagination", .timeLimit(.minutes(3)))
struct ProblemTests {
    @Test("only admins create and update problems; invalid input writes nothing")
    func adminOnly() async throws {
        let environment = try await CoreTestEnvironment.start()
        defer { Task { await environment.stop() } }
        let client = environment.core.client
        let user = try await environment.core.signUp("mallory")
        let admin = try await environment.core.signUp(TestCore.adminUsername)
        #expect(admin.user.role == .admin)

        let denied = try await client.send(.POST, "/api/problems", json: TestFixtures.problem("shortest-path"), bearer: user.accessToken)
        #expect(denied.status == 403)
        let anonymous = try await client.send(.POST, "/api/problems", json: TestFixtures.problem("shortest-path"))
        #expect(anonymous.status == 401)
        var invalid = TestFixtures.problem("shortest-path")
        invalid.difficulty = 99
        let invalidReply = try await client.send(.POST, "/api/problems", json: invalid, bearer: admin.accessToken)
        #expect(invalidReply.status == 400)
        #expect(invalidReply.errorCode == "invalid_problem")
        #expect(try await client.send(.GET, "/api/problems/shortest-path").status == 404)

        let created = try await client.send(.POST, "/api/problems", json: TestFixtures.problem("shortest-path"), bearer: admin.accessToken)
        #expect(created.status == 201)
        let detail = try created.decode(ProblemDetail.self)
        #expect(detail.samples.count == 1)
        #expect(detail.version == 1)
        let again = try await client.send(.POST, "/api/problems", json: TestFixtures.problem("shortest-path"), bearer: admin.accessToken)
        #expect(again.status == 409)

        var changed = TestFixtures.problem("shortest-path")
        changed.title = "Shortest Path, revised"
        let userUpdate = try await client.send(.PUT, "/api/problems/shortest-path", json: changed, bearer: user.accessToken)
        #expect(userUpdate.status == 403)
        let updated = try await client.send(.PUT, "/api/problems/shortest-path", json: changed, bearer: admin.accessToken)
        #expect(updated.status == 200)
        #expect(try updated.decode(ProblemDetail.self).version == 2)
        let missing = try await client.send(.PUT, "/api/problems/no-such-problem", json: TestFixtures.problem("no-such-problem"), bearer: admin.accessToken)
        #expect(missing.status == 404)
    }

    @Test("list filters by tag and difficulty and pages with a cursor")
    func listing() async throws {
        let environment = try await CoreTestEnvironment.start()
        defer { Task { await environment.stop() } }
        let client = environment.core.client
        let admin = try await environment.core.signUp(TestCore.adminUsername)
        for index in 1...5 {
            let reply = try await client.send(
                .POST, "/api/problems", json: TestFixtures.problem("flow-\(index)", difficulty: 2000 + index * 100, tags: ["flows"]), bearer: admin.accessToken)
            #expect(reply.status == 201)
        }
        // Reads carry the admin's write position, so a lagging replica cannot hide them.
        let tagged = try await client.send(.GET, "/api/problems?tag=flows&limit=2", bearer: admin.accessToken)
        #expect(tagged.status == 200)
        let first = try tagged.decode(ProblemPage.self)
        #expect(first.items.map(\.slug) == ["flow-1", "flow-2"])
        let cursor = try #require(first.nextCursor)
        let second = try await client.send(.GET, "/api/problems?tag=flows&limit=2&after=\(cursor)", bearer: admin.accessToken).decode(ProblemPage.self)
        #expect(second.items.map(\.slug) == ["flow-3", "flow-4"])
        let hard = try await client.send(.GET, "/api/problems?tag=flows&difficulty_min=2400", bearer: admin.accessToken).decode(ProblemPage.self)
        #expect(hard.items.map(\.slug) == ["flow-4", "flow-5"])
        #expect(hard.nextCursor == nil)
        // The seeded problems are there too (an anonymous read: the replica, eventually).
        try await waitUntil("seeded problems listed") {
            try await client.send(.GET, "/api/problems?tag=math").decode(ProblemPage.self).items.contains { $0.slug == "a-plus-b" }
        }
        #expect(try await client.send(.GET, "/api/problems?limit=0").status == 400)
        #expect(try await client.send(.GET, "/api/problems?difficulty_min=hard").status == 400)
    }
}
