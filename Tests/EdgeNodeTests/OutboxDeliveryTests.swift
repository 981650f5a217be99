import NIOHTTP1
import ArenaShared
import ArenaTestSupport
import Foundation
import Testing

@Suite("Durable outbox: writes survive a core outage and apply exactly once", .timeLimit(.minutes(3)))
struct OutboxDeliveryTests {
    struct Items: Decodable { var items: [SubmissionSummary] }

    @Test("stop the core, submit through the edge, restart the core: the write arrives once")
    func coreOutage() async throws {
        let environment = try await EdgeTestEnvironment.start()
        defer { Task { await environment.stop() } }
        let edge = environment.edge
        let signUp = try await edge.client.signUp(username: "grace", password: "correct horse battery")
        #expect(signUp.status == 201)
        let token = try signUp.decode(AuthResponse.self).accessToken

        await environment.core.stop()
        let submission = SubmissionRequest(problem: "a-plus-b", language: "python3", source: "print(sum(map(int, input().split())))")
        let accepted = try await edge.client.send(.POST, "/api/submissions", json: submission, bearer: token, headers: [("Idempotency-Key", "attempt-1")])
        #expect(accepted.status == 202)
        let receipt = try accepted.decode(SubmissionReceipt.self)
        // The client retries the same submission (it never saw the 202): same key, same entry.
        let retried = try await edge.client.send(.POST, "/api/submissions", json: submission, bearer: token, headers: [("Idempotency-Key", "attempt-1")])
        #expect(try retried.decode(SubmissionReceipt.self).idempotencyKey == receipt.idempotencyKey)
        // Durable on disk while the core is down (its test data cannot be fetched, so it
        // waits in the judging journal); reads fail clearly meanwhile.
        try await Task.sleep(for: .milliseconds(300))
        #expect(edge.metric("arena_judge_backlog") == 1)
        #expect(try await edge.client.send(.GET, "/api/me", bearer: token).status == 503)

        let core = try await environment.core.restarted()
        defer { Task { await core.stop() } }
        try await waitUntil(timeout: .seconds(30), "the submission is judged and drains into the restarted core") {
            edge.metric("arena_judge_backlog") == 0 && edge.metric("arena_outbox_depth") == 0
        }
        let listed = try await edge.client.send(.GET, "/api/submissions?user=me", bearer: token).decode(Items.self)
        #expect(listed.items.count == 1)
        #expect(listed.items.first?.idempotencyKey == receipt.idempotencyKey)
        #expect(listed.items.first?.region == "eu-west")
        #expect(listed.items.first?.verdict == .accepted, "judged for real on the edge: \(listed.items.first?.judgeMessage ?? "")")
    }

    @Test("an edge restarted with unjudged submissions judges and delivers them")
    func edgeRestart() async throws {
        let environment = try await EdgeTestEnvironment.start()
        defer { Task { await environment.stop() } }
        let token = try await environment.core.signUp("heidi").accessToken
        await environment.core.stop()
        let submission = SubmissionRequest(problem: "a-plus-b", language: "c", source: "int main(){return 0;}")
        #expect(try await environment.edge.client.send(.POST, "/api/submissions", json: submission, bearer: token).status == 202)
        await environment.edge.stop()

        let core = try await environment.core.restarted()
        defer { Task { await core.stop() } }
        let edge = try await TestEdge.start(
            region: "eu-west", coreURL: core.url, redis: environment.redis, outboxDirectory: environment.edge.outboxDirectory)
        defer { Task { await edge.stop() } }
        try await waitUntil(timeout: .seconds(30), "the restarted edge drains its outbox") {
            try await core.client.send(.GET, "/api/submissions?user=heidi").decode(Items.self).items.count == 1
        }
        try await Task.sleep(for: .milliseconds(500))
        let items = try await core.client.send(.GET, "/api/submissions?user=heidi").decode(Items.self).items
        #expect(items.count == 1)
        #expect(items.first?.verdict == .wrongAnswer, "a program that prints nothing")
    }
}
