import NIOHTTP1
import ArenaShared
import ArenaTestSupport
import Foundation
import Testing

@Suite("Forwarded submission records", .timeLimit(.minutes(3)))
struct InternalSubmissionTests {
    @Test("only edges with the secret may forward; a replay applies once")
    func idempotentForward() async throws {
        let environment = try await CoreTestEnvironment.start()
        defer { Task { await environment.stop() } }
        let client = environment.core.client
        let user = try await environment.core.signUp("frank")
        let record = SubmissionRecord(
            idempotencyKey: "u\(user.user.id):key-1", userID: user.user.id, problem: "a-plus-b", language: .python3,
            source: "print(sum(map(int, input().split())))", verdict: .pending, region: "eu-west", submittedAt: Date())

        let noSecret = try await client.send(.POST, "/internal/submissions", json: record)
        #expect(noSecret.status == 403)
        let wrongSecret = try await client.send(.POST, "/internal/submissions", json: record, headers: [(ArenaHeader.edgeSecret, "wrong")])
        #expect(wrongSecret.status == 403)

        let secret = [(ArenaHeader.edgeSecret, TestCore.edgeSecret)]
        let first = try await client.send(.POST, "/internal/submissions", json: record, headers: secret)
        #expect(first.status == 201)
        let replay = try await client.send(.POST, "/internal/submissions", json: record, headers: secret)
        #expect(replay.status == 200)
        #expect(try replay.decode(SubmissionSummary.self).id == first.decode(SubmissionSummary.self).id)

        var unknown = record
        unknown.idempotencyKey = "u\(user.user.id):key-2"
        unknown.problem = "no-such-problem"
        let rejected = try await client.send(.POST, "/internal/submissions", json: unknown, headers: secret)
        #expect(rejected.status == 422)

        let listed = try await client.send(.GET, "/api/submissions?user=frank", bearer: user.accessToken)
        struct Items: Decodable { var items: [SubmissionSummary] }
        #expect(try listed.decode(Items.self).items.count == 1)

        // Its code, for its author only; anyone else gets the same 404 as for no submission.
        let id = try first.decode(SubmissionSummary.self).id
        let mine = try await client.send(.GET, "/api/submissions/\(id)/source", bearer: user.accessToken)
        #expect(mine.status == 200)
        struct Source: Decodable { var source: String; var problem: String; var language: String }
        let code = try mine.decode(Source.self)
        #expect(code.source == record.source && code.problem == "a-plus-b" && code.language == "python3")
        let other = try await environment.core.signUp("grete")
        let theirs = try await client.send(.GET, "/api/submissions/\(id)/source", bearer: other.accessToken)
        #expect(theirs.status == 404)
        #expect(try await client.send(.GET, "/api/submissions/\(id + 1000)/source", bearer: user.accessToken).status == 404)
        #expect(try await client.send(.GET, "/api/submissions/\(id)/source").status == 401)
        #expect(try await client.send(.GET, "/api/submissions/x/source", bearer: user.accessToken).status == 400)
    }
}
