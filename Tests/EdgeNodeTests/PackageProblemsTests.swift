import ArenaShared
import ArenaTestSupport
import Foundation
import Judge
import NIOHTTP1
import Testing

/// Kattis scoring and interactive problems imported into the platform, then judged at the
/// edge for players: the same path as the web app and matches use.
@Suite("Scoring and interactive problems on the platform", .timeLimit(.minutes(3)))
struct PackageProblemsTests {
    struct Items: Decodable { var items: [SubmissionSummary] }

    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("JudgeTests/Fixtures/packages").path

    /// Imports a package as `arena problems import` does (no verification here).
    static func importPackage(_ name: String, into environment: EdgeTestEnvironment) async throws -> ProblemInput {
        let root = "\(fixtures)/\(name)"
        let input = try ProblemPackage.read(from: root).problemInput(root: root, timeLimitMs: 2000)
        let imported = try await environment.core.client.send(
            .PUT, "/internal/problems/\(input.slug)", json: input, headers: [(ArenaHeader.edgeSecret, TestCore.edgeSecret)])
        #expect(imported.status == 201, "\(imported.body)")
        return input
    }

    @Test("a scoring problem's points and group results are stored with the submission")
    func scoring() async throws {
        let environment = try await EdgeTestEnvironment.start()
        defer { Task { await environment.stop() } }
        let input = try await Self.importPackage("echo-twice", into: environment)
        #expect(input.grading?.maximumScore == 100)
        let token = try await environment.core.signUp("ada").accessToken
        let full = try String(contentsOfFile: "\(Self.fixtures)/echo-twice/submissions/accepted/twice.py", encoding: .utf8)
        let partial = try String(contentsOfFile: "\(Self.fixtures)/echo-twice/submissions/partially_accepted/short_only.py", encoding: .utf8)
        for (name, source) in [("full", full), ("partial", partial)] {
            let reply = try await environment.edge.client.send(
                .POST, "/api/submissions", json: SubmissionRequest(problem: "echo-twice", language: "python3", source: source), bearer: token,
                headers: [("Idempotency-Key", name)])
            #expect(reply.status == 202)
        }
        try await waitUntil(timeout: .seconds(60), "both are judged") {
            try await environment.core.client.send(.GET, "/api/submissions?user=ada").decode(Items.self).items.count == 2
        }
        let stored = try await environment.core.client.send(.GET, "/api/submissions?user=ada").decode(Items.self).items
        let fullRow = try #require(stored.first { $0.idempotencyKey.hasSuffix(":full") })
        let partialRow = try #require(stored.first { $0.idempotencyKey.hasSuffix(":partial") })
        #expect(fullRow.verdict == .accepted)
        #expect(fullRow.score == 100)
        #expect(partialRow.verdict == .accepted, "accept_if_any_accepted: one group passed")
        #expect(partialRow.score == 30)
        let groups = Dictionary(uniqueKeysWithValues: (partialRow.groups ?? []).map { ($0.group, $0) })
        #expect(groups["data/secret/1-short"]?.score == 30)
        #expect(groups["data/secret/2-long"]?.verdict != .accepted)
        #expect(groups["data/secret/2-long"]?.score == 0)
    }

    @Test("an interactive problem is judged with its interactor for players too")
    func interactive() async throws {
        let environment = try await EdgeTestEnvironment.start()
        defer { Task { await environment.stop() } }
        _ = try await Self.importPackage("largest-hidden", into: environment)
        let token = try await environment.core.signUp("bob").accessToken
        let right = try String(contentsOfFile: "\(Self.fixtures)/largest-hidden/submissions/accepted/scan.py", encoding: .utf8)
        let wrong = try String(contentsOfFile: "\(Self.fixtures)/largest-hidden/submissions/wrong_answer/first.py", encoding: .utf8)
        for (name, source) in [("right", right), ("wrong", wrong)] {
            let reply = try await environment.edge.client.send(
                .POST, "/api/submissions", json: SubmissionRequest(problem: "largest-hidden", language: "python3", source: source),
                bearer: token, headers: [("Idempotency-Key", name)])
            #expect(reply.status == 202)
        }
        try await waitUntil(timeout: .seconds(60), "both are judged") {
            try await environment.core.client.send(.GET, "/api/submissions?user=bob").decode(Items.self).items.count == 2
        }
        let stored = try await environment.core.client.send(.GET, "/api/submissions?user=bob").decode(Items.self).items
        #expect(stored.first { $0.idempotencyKey.hasSuffix(":right") }?.verdict == .accepted)
        let wrongRow = stored.first { $0.idempotencyKey.hasSuffix(":wrong") }
        #expect(wrongRow?.verdict == .wrongAnswer)
        #expect(wrongRow?.judgeMessage?.contains("not the largest") == true, "the interactor's message on the sample: \(wrongRow?.judgeMessage ?? "")")
    }

    @Test("compiler time is counted per player: past the budget, submissions and runs answer 429 compile_budget")
    func compileBudget() async throws {
        let environment = try await EdgeTestEnvironment.start()
        defer { Task { await environment.stop() } }
        // Any real compile takes more than a millisecond of CPU.
        let edge = try await TestEdge.start(
            region: "ap-south", coreURL: environment.core.url, redis: environment.redis, submissionBurst: 10,
            compileBudget: .milliseconds(1))
        defer { Task { await edge.stop() } }
        let token = try await environment.core.signUp("cai").accessToken
        let first = SubmissionRequest(problem: "a-plus-b", language: "c", source: ReferencePrograms.aPlusB[.c]!)
        #expect(try await edge.client.send(.POST, "/api/submissions", json: first, bearer: token).status == 202)
        try await waitUntil(timeout: .seconds(30), "the first is judged") {
            try await environment.core.client.send(.GET, "/api/submissions?user=cai").decode(Items.self).items.count == 1
        }
        let second = SubmissionRequest(problem: "a-plus-b", language: "c", source: ReferencePrograms.aPlusB[.c]! + "// again\n")
        let refused = try await edge.client.send(.POST, "/api/submissions", json: second, bearer: token)
        #expect(refused.status == 429)
        #expect(refused.text.contains("compile_budget"), "\(refused.text)")
        #expect(refused.headers.first(name: "retry-after") != nil)
        let run = try await edge.client.send(
            .POST, "/api/run", json: RunRequest(language: "c", source: ReferencePrograms.aPlusB[.c]!, input: "1 2\n"), bearer: token)
        #expect(run.status == 429)
        // Another player is not affected.
        let other = try await environment.core.signUp("dee").accessToken
        #expect(try await edge.client.send(.POST, "/api/submissions", json: first, bearer: other).status == 202)
    }
}
