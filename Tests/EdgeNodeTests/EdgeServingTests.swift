import NIOWebSocket
import EdgeNode
import NIOHTTP1
import ArenaShared
import ArenaTestSupport
import Foundation
import HummingbirdWSClient
import LocalDeployment
import Logging
import NIOSSL
import Synchronization
import Testing

@Suite("Edges serving players", .timeLimit(.minutes(3)))
struct EdgeServingTests {
    @Test("two regions' edges serve sign-up, sign-in, problems and WebSockets at once")
    func twoEdges() async throws {
        let environment = try await EdgeTestEnvironment.start(regions: ["eu-west", "us-east"])
        defer { Task { await environment.stop() } }
        let (eu, us) = (environment.edges[0], environment.edges[1])

        let signUp = try await eu.client.signUp(username: "ivan", password: "correct horse battery")
        #expect(signUp.status == 201)
        #expect(signUp.cookie(RefreshToken.cookieName) != nil)
        #expect(signUp.headers["set-cookie"].first?.contains("Secure") == false)  // plain-HTTP loopback listener
        // A stale token left in the client does not stop it from signing in again.
        let signIn = try await us.client.send(
            .POST, "/api/auth/signin", json: SignInRequest(username: "ivan", password: "correct horse battery"), bearer: "stale.token.here")
        #expect(signIn.status == 200)
        let token = try signIn.decode(AuthResponse.self).accessToken

        async let euProblems = eu.client.send(.GET, "/api/problems")
        async let usProblems = us.client.send(.GET, "/api/problems")
        let (euReply, usReply) = try await (euProblems, usProblems)
        #expect(try euReply.decode(ProblemPage.self).items.count >= 3)
        #expect(try usReply.decode(ProblemPage.self).items.count >= 3)
        #expect(try await us.client.send(.GET, "/api/me", bearer: token).decode(UserProfile.self).username == "ivan")

        for edge in [eu, us] {
            let frames = try await Self.exchange(url: "ws://127.0.0.1:\(edge.port)/ws?access_token=\(token)", send: [#"{"type":"ping","id":"7"}"#, "not json", #"{"type":"fly"}"#], expect: 4)
            #expect(frames[0].contains("\"hello\"") && frames[0].contains(edge.region))
            #expect(frames[1].contains("\"pong\"") && frames[1].contains("\"7\""))
            #expect(frames[2].contains("invalid_frame"))
            #expect(frames[3].contains("unknown_type"))
        }
        await #expect(throws: (any Error).self) {
            _ = try await Self.exchange(url: "ws://127.0.0.1:\(eu.port)/ws", send: [], expect: 1)
        }
        await #expect(throws: (any Error).self) {
            _ = try await Self.exchange(url: "ws://127.0.0.1:\(eu.port)/ws?access_token=forged.token.here", send: [], expect: 1)
        }

        let page = try await eu.client.send(.GET, "/")
        #expect(page.status == 200)
        #expect(page.text.contains("CodeArena"))
        let metrics = try await eu.client.send(.GET, "/metrics").text
        #expect(metrics.contains("arena_http_request_duration_seconds_bucket"))
        #expect(metrics.contains("route=\"/api/problems\""))
        #expect(metrics.contains("arena_outbox_depth"))
        #expect(metrics.contains("arena_ws_connections_active"))
        // The design seed's names, verbatim, with the same values.
        for line in metrics.split(separator: "\n") where line.hasPrefix("arena_ws_connections_active ") || line.hasPrefix("arena_judge_queue_depth ") {
            let seed = String(line.dropFirst("arena_".count))
            #expect(metrics.split(separator: "\n").contains { $0 == seed }, "\(seed) beside \(line)")
        }
        #expect(metrics.contains("\nws_connections_active ") && metrics.contains("\njudge_queue_depth "))
        #expect(try await eu.client.send(.GET, "/health").status == 200)
        #expect(try await eu.client.send(.GET, "/ready").status == 200)
    }

    @Test("invalid submissions get a clear 4xx and queue nothing; floods get 429")
    func badSubmissions() async throws {
        let environment = try await EdgeTestEnvironment.start()
        defer { Task { await environment.stop() } }
        let edge = environment.edge
        let token = try await environment.core.signUp("judy").accessToken
        func submit(_ body: Data, bearer: String? = token) async throws -> TestHTTPClient.Reply {
            try await edge.client.send(.POST, "/api/submissions", body: body, bearer: bearer)
        }
        func json(_ request: SubmissionRequest) throws -> Data { try JSONEncoder().encode(request) }

        #expect(try await submit(json(.init(problem: "a-plus-b", language: "python3", source: "print(1)")), bearer: nil).status == 401)
        let unknown = try await submit(json(.init(problem: "a-plus-b", language: "cobol", source: "DISPLAY 1")))
        #expect(unknown.status == 400)
        #expect(unknown.errorCode == "unknown_language")
        #expect(unknown.text.contains("python3"))
        let empty = try await submit(json(.init(problem: "a-plus-b", language: "python3", source: "  \n")))
        #expect(empty.errorCode == "empty_source")
        let oversized = try await submit(json(.init(problem: "a-plus-b", language: "python3", source: String(repeating: "#", count: 70_000))))
        #expect(oversized.status == 413)
        let malformed = try await submit(Data("{\"problem\":".utf8))
        #expect(malformed.errorCode == "invalid_json")
        let badProblem = try await submit(json(.init(problem: "../etc/passwd", language: "python3", source: "print(1)")))
        #expect(badProblem.errorCode == "invalid_problem")
        let binary = try await submit(json(.init(problem: "a-plus-b", language: "c", source: "int main(){}\u{0}")))
        #expect(binary.errorCode == "binary_source")
        let longKey = try await edge.client.send(
            .POST, "/api/submissions", body: try json(.init(problem: "a-plus-b", language: "c", source: "int main(){}")), bearer: token,
            headers: [("Idempotency-Key", String(repeating: "k", count: 65))])
        #expect(longKey.errorCode == "invalid_idempotency_key")
        #expect(edge.metric("arena_outbox_depth") == 0)

        // Burst limit 3 per 10 s in this environment. Invalid attempts above cost nothing,
        // and neither do refusals after the count (here: a problem the core does not know).
        for _ in 0..<4 {
            let missing = try await submit(json(.init(problem: "no-such-problem", language: "python3", source: "print(1)")))
            #expect(missing.status == 404, "\(missing.text)")
        }
        var statuses: [Int] = []
        for index in 0..<4 {
            statuses.append(try await submit(json(.init(problem: "a-plus-b", language: "python3", source: "print(\(index))"))).status)
        }
        #expect(statuses == [202, 202, 202, 429])
    }

    @Test("sign-in attempts per client address are limited at the edge")
    func signInThrottle() async throws {
        let environment = try await EdgeTestEnvironment.start()
        defer { Task { await environment.stop() } }
        var statuses: [Int] = []
        // A name per attempt: the core's per-account limit must not be what answers here.
        for index in 0..<22 {
            let attempt = SignInRequest(username: "nobody\(index)", password: "guessing guess 1")
            statuses.append(try await environment.edge.client.send(.POST, "/api/auth/signin", json: attempt).status)
        }
        #expect(statuses.prefix(20).allSatisfy { $0 == 401 })
        #expect(statuses.suffix(2).allSatisfy { $0 == 429 })
    }

    @Test("the HTTPS listener serves with a generated certificate")
    func https() async throws {
        let directory = try TemporaryDirectories.make(prefix: "arena-tls")
        try await runCommand(
            "/usr/bin/openssl",
            ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-keyout", "\(directory)/key.pem", "-out", "\(directory)/cert.pem",
             "-subj", "/CN=localhost", "-addext", "subjectAltName=IP:127.0.0.1"])
        let redis = try await TestRedis.start()
        let edge = try await TestEdge.start(
            region: "ap-south", coreURL: "http://127.0.0.1:1", redis: redis,
            tls: .init(certificatePath: "\(directory)/cert.pem", privateKeyPath: "\(directory)/key.pem"))
        defer {
            Task {
                await edge.stop()
                try? await redis.stop()
            }
        }
        let reply = try await runCommand("/usr/bin/curl", ["-sS", "--cacert", "\(directory)/cert.pem", "https://127.0.0.1:\(edge.port)/health"])
        #expect(reply.contains("ok"))
        // With the core unreachable, the edge is still ready (it queues writes) and says so.
        let ready = try await runCommand("/usr/bin/curl", ["-sS", "--cacert", "\(directory)/cert.pem", "https://127.0.0.1:\(edge.port)/ready"])
        #expect(ready.contains("unreachable"))
    }

    /// Connects, sends `send`, and collects `expect` text frames.
    static func exchange(url: String, send: [String], expect count: Int) async throws -> [String] {
        let received = Mutex<[String]>([])
        let logger = Logger(label: "test.ws")
        try await WebSocketClient.connect(url: url, logger: logger) { inbound, outbound, _ in
            var iterator = inbound.messages(maxSize: 1 << 16).makeAsyncIterator()
            if let first = try await iterator.next(), case .text(let text) = first { received.withLock { $0.append(text) } }
            for frame in send { try await outbound.write(.text(frame)) }
            while received.withLock({ $0.count }) < count, let message = try await iterator.next() {
                if case .text(let text) = message { received.withLock { $0.append(text) } }
            }
            try await outbound.close(.normalClosure, reason: nil)
        }
        let frames = received.withLock { $0 }
        guard frames.count >= count else { throw TestHarnessError.timeout("expected \(count) frames, got \(frames)") }
        return frames
    }
}
