import ArenaShared
import ArenaTestSupport
import Foundation
import HummingbirdWSClient
import Judge
import Logging
import NIOHTTP1
import NIOWebSocket
import Synchronization
import Testing

/// Submissions judged in the edge's sandbox pool: live progress on the player's socket,
/// the judged record at the core, custom runs, and package-style problems with a custom validator.
@Suite("Judging at the edge", .timeLimit(.minutes(3)))
struct EdgeJudgingTests {
    struct Items: Decodable { var items: [SubmissionSummary] }

    @Test("verdicts stream live over the WebSocket, per test, and the judged record reaches the core")
    func liveVerdicts() async throws {
        let environment = try await EdgeTestEnvironment.start()
        defer { Task { await environment.stop() } }
        let edge = environment.edge
        let token = try await environment.core.signUp("ivy").accessToken
        let frames = Mutex<[SubmissionProgressFrame]>([])
        try await WebSocketClient.connect(url: "ws://127.0.0.1:\(edge.port)/ws?access_token=\(token)", logger: Logger(label: "test.ws")) { inbound, outbound, _ in
            var iterator = inbound.messages(maxSize: 1 << 16).makeAsyncIterator()
            _ = try await iterator.next()  // hello
            // Both in C: a loaded CI machine once took Python past the wall-clock limit (TLE, not WA).
            let wrong = SubmissionRequest(problem: "a-plus-b", language: "c", source: "#include <stdio.h>\nint main(void){long long a,b;scanf(\"%lld %lld\",&a,&b);printf(\"%lld\\n\",a-b);}\n")
            let right = SubmissionRequest(problem: "a-plus-b", language: "c", source: "#include <stdio.h>\nint main(void){long long a,b;scanf(\"%lld %lld\",&a,&b);printf(\"%lld\\n\",a+b);}\n")
            #expect(try await edge.client.send(.POST, "/api/submissions", json: wrong, bearer: token).status == 202)
            #expect(try await edge.client.send(.POST, "/api/submissions", json: right, bearer: token).status == 202)
            var verdicts = 0
            while verdicts < 2, let message = try await iterator.next() {
                guard case .text(let text) = message, let frame = try? ArenaJSON.decoder().decode(SubmissionProgressFrame.self, from: Data(text.utf8)) else { continue }
                frames.withLock { $0.append(frame) }
                if frame.type == "submission:verdict" { verdicts += 1 }
            }
            try await outbound.close(.normalClosure, reason: nil)
        }
        let received = frames.withLock { $0 }
        let verdicts = received.filter { $0.type == "submission:verdict" }
        #expect(Set(verdicts.compactMap(\.verdict)) == [.accepted, .wrongAnswer])
        #expect(received.contains { $0.type == "submission:compiling" })
        // The accepted one reported each of its three tests as it passed.
        let acceptedKey = verdicts.first { $0.verdict == .accepted }?.idempotencyKey
        let tests = received.filter { $0.type == "submission:test" && $0.idempotencyKey == acceptedKey }
        #expect(tests.compactMap(\.test) == [1, 2, 3])
        #expect(tests.allSatisfy { $0.totalTests == 3 && $0.verdict == .accepted })

        try await waitUntil(timeout: .seconds(20), "both judged records reach the core") {
            try await environment.core.client.send(.GET, "/api/submissions?user=ivy").decode(Items.self).items.count == 2
        }
        let stored = try await environment.core.client.send(.GET, "/api/submissions?user=ivy").decode(Items.self).items
        let wrong = stored.first { $0.verdict != .accepted }
        #expect(wrong?.verdict == .wrongAnswer)
        #expect(wrong?.judgeMessage?.contains("test 1: WA") == true, "\(wrong?.judgeMessage ?? "")")
        #expect(stored.filter { $0.verdict == .accepted }.count == 1)
        let metrics = try await edge.client.send(.GET, "/metrics").text
        #expect(metrics.contains("arena_judge_duration_seconds_bucket{language=\"c\""))
        #expect(metrics.contains("arena_judge_verdicts_total{verdict=\"WA\"} 1"))
        let ready = try await edge.client.send(.GET, "/ready")
        #expect(ready.status == 200)
        #expect(ready.text.contains("judge"))
    }

    @Test("custom runs, the language list, and clear errors for unknown problems")
    func customRunAndErrors() async throws {
        let environment = try await EdgeTestEnvironment.start()
        defer { Task { await environment.stop() } }
        let edge = environment.edge
        let token = try await environment.core.signUp("jack").accessToken
        struct Run: Encodable { var language: String, source: String, input: String }
        let run = try await edge.client.send(
            .POST, "/api/run", json: Run(language: "python3", source: "print(input()[::-1])", input: "arena\n"), bearer: token)
        #expect(run.status == 200)
        #expect(run.text.contains("anera"))
        let crash = try await edge.client.send(.POST, "/api/run", json: Run(language: "python3", source: "import sys\nsys.exit(4)", input: ""), bearer: token)
        #expect(crash.text.contains("\"verdict\":\"RE\""))
        let compileError = try await edge.client.send(.POST, "/api/run", json: Run(language: "c", source: "int main( {", input: ""), bearer: token)
        #expect(compileError.text.contains("\"verdict\":\"CE\""))
        #expect(try await edge.client.send(.POST, "/api/run", json: Run(language: "cobol", source: "x", input: ""), bearer: token).errorCode == "unknown_language")
        #expect(try await edge.client.send(.POST, "/api/run", json: Run(language: "c", source: "x", input: ""), bearer: nil).status == 401)

        let languages = try await edge.client.send(.GET, "/api/languages")
        #expect(languages.status == 200)
        #expect(languages.text.contains("\"id\":\"cpp20\""))
        #expect(languages.text.contains("gcc"))

        let missing = try await edge.client.send(
            .POST, "/api/submissions", json: SubmissionRequest(problem: "no-such-problem", language: "c", source: "int main(){}"), bearer: token)
        #expect(missing.status == 404)
        #expect(edge.metric("arena_judge_backlog") == 0)
    }

    @Test("an imported problem with a custom output validator is judged with it at the edge")
    func customValidator() async throws {
        let environment = try await EdgeTestEnvironment.start()
        defer { Task { await environment.stop() } }
        let edge = environment.edge
        // Accepts any two numbers whose sum is the answer (many right outputs).
        let validator = """
            import sys
            answer = int(open(sys.argv[2]).read())
            try:
                x, y = map(int, sys.stdin.read().split())
            except Exception:
                open(sys.argv[3] + 'judgemessage.txt', 'w').write('expected two integers')
                sys.exit(43)
            sys.exit(42 if x + y == answer else 43)
            """
        let problem = ProblemInput(
            slug: "split-sum", title: "Split the sum", statement: "Print two integers whose sum is n.", difficulty: 900,
            tests: [TestCase(input: "10\n", output: "10\n", sample: true), TestCase(input: "7\n", output: "7\n", sample: false)],
            validator: ValidatorSource(language: .python3, mainFile: "validate.py", files: ["validate.py": Data(validator.utf8)]))
        let imported = try await environment.core.client.send(
            .PUT, "/internal/problems/split-sum", json: problem, headers: [(ArenaHeader.edgeSecret, TestCore.edgeSecret)])
        #expect(imported.status == 201)
        #expect(try await environment.core.client.send(.PUT, "/internal/problems/split-sum", json: problem).status == 403)

        let token = try await environment.core.signUp("kim").accessToken
        for (name, source) in [("right", "n = int(input())\nprint(1, n - 1)\n"), ("wrong", "n = int(input())\nprint(n, 1)\n")] {
            let reply = try await edge.client.send(
                .POST, "/api/submissions", json: SubmissionRequest(problem: "split-sum", language: "python3", source: source), bearer: token,
                headers: [("Idempotency-Key", name)])
            #expect(reply.status == 202)
        }
        try await waitUntil(timeout: .seconds(30), "both are judged") {
            try await environment.core.client.send(.GET, "/api/submissions?user=kim").decode(Items.self).items.count == 2
        }
        let stored = try await environment.core.client.send(.GET, "/api/submissions?user=kim").decode(Items.self).items
        #expect(stored.first { $0.idempotencyKey.hasSuffix(":right") }?.verdict == .accepted)
        #expect(stored.first { $0.idempotencyKey.hasSuffix(":wrong") }?.verdict == .wrongAnswer)
    }

    @Test("without writable cgroups the edge still judges, and says so loudly in /ready and /metrics")
    func degradedIsolationIsReported() async throws {
        let environment = try await EdgeTestEnvironment.start()
        defer { Task { await environment.stop() } }
        let edge = try await TestEdge.start(
            region: "ap-south", coreURL: environment.core.url, redis: environment.redis, judgeCgroups: .disabled)
        defer { Task { await edge.stop() } }
        // Ready once its Redis subscriptions are up, which takes a moment after start.
        try await waitUntil(timeout: .seconds(10), "the degraded edge becomes ready") {
            try await edge.client.send(.GET, "/ready").status == 200
        }
        let ready = try await edge.client.send(.GET, "/ready")
        #expect(ready.text.contains("DEGRADED: no writable cgroup, limits fall back to rlimits"))
        try await waitUntil(timeout: .seconds(5), "the degraded gauge is sampled") { edge.metric("arena_judge_degraded") == 1 }
        #expect(environment.edge.metric("arena_judge_degraded") == 0)

        // A small memory limit, so that the bomb reaches it in milliseconds even on a loaded machine.
        let small = ProblemInput(
            slug: "small-memory", title: "Small memory", statement: "Print nothing.", difficulty: 800, timeLimitMs: 2000,
            memoryLimitKb: 32_768, tests: [TestCase(input: "", output: "", sample: true)])
        let created = try await environment.core.client.send(
            .PUT, "/internal/problems/small-memory", json: small, headers: [(ArenaHeader.edgeSecret, TestCore.edgeSecret)])
        #expect(created.status == 201)
        let token = try await environment.core.signUp("lee").accessToken
        let bomb = SubmissionRequest(
            problem: "small-memory", language: "c",
            source: "#include <stdlib.h>\n#include <string.h>\nint main(void){ for(;;){ char *p = malloc(1<<20); if(!p) abort(); memset(p, 1, 1<<20); } }\n")
        #expect(try await edge.client.send(.POST, "/api/submissions", json: bomb, bearer: token).status == 202)
        try await waitUntil(timeout: .seconds(30), "the memory bomb is judged") {
            try await environment.core.client.send(.GET, "/api/submissions?user=lee").decode(Items.self).items.count == 1
        }
        let stored = try await environment.core.client.send(.GET, "/api/submissions?user=lee").decode(Items.self).items
        #expect(stored.first?.verdict == .memoryLimitExceeded, "\(stored.first?.judgeMessage ?? "")")
    }
}
