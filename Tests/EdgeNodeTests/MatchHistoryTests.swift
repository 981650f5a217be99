import ArenaShared
import ArenaTestSupport
import Foundation
import Matches
import NIOHTTP1
import Testing

/// What a socket that arrives late is owed: the match's history (events and chat) for a
/// reload or a late spectator, the global chat's backlog, a `match:seated` for a player
/// who opens a new tab, and sources up to the one size limit over the socket.
@Suite("Match history, seats and backlog", .serialized, .timeLimit(.minutes(5)))
struct MatchHistoryTests {
    @Test("a late spectator on another edge reads the match's events and chat; a new socket of a seated player is told its seat and resumes")
    func historyAndSeat() async throws {
        let environment = try await MatchTestEnvironment.start(regions: ["eu-west", "us-east"])
        defer { Task { await environment.stop() } }
        let (ann, annAuth) = try await environment.player("ann", on: environment.edges[0])
        let (ben, benAuth) = try await environment.player("ben", on: environment.edges[1])
        defer { Task { for client in [ann, ben] { await client.close() } } }
        try await Task.sleep(for: .milliseconds(300))  // the edges note each socket's region
        let created = try await environment.edges[0].client.startMatch(
            ChallengeRequest(mode: .blitz, players: ["ann", "ben"], rated: true), tokens: [annAuth.accessToken, benAuth.accessToken])
        #expect(created.status == 200, "\(created.text)")
        let found = try await ann.next(type: "match:found")
        let match = try #require(found.match)
        // Each player is seated in the region they play from, not in the challenger's.
        #expect(found.state?.player(benAuth.user.id)?.region == "us-east")
        #expect(found.state?.player(annAuth.user.id)?.region == "eu-west")
        let problem = try #require(found.state?.problems.first?.slug)
        _ = try await ben.next(type: "match:found")

        // Before anyone joins: chat, and a wrong submission that leaves a final verdict event.
        ann.send(["type": "chat:send", "channel": "match", "match": match, "text": "good luck ben"])
        let said = try await ben.next("ann's chat") { $0.type == "chat:message" && $0.text == "good luck ben" }
        #expect(said.key != nil, "a chat message carries a key for de-duplication")
        ben.send(["type": "match:submit", "match": match, "problem": problem, "language": "python3", "source": "print(-1)\n"])
        let verdict = try await ben.next("ben's wrong verdict", timeout: .seconds(60)) { $0.type == "match:verdict" && $0.final == true }
        #expect(verdict.accepted == false)

        // A spectator who arrives now (on the other region's edge) reads both, in order.
        let (cid, _) = try await environment.player("cid", on: environment.edges[1])
        defer { Task { await cid.close() } }
        cid.send(["type": "match:history", "id": "h1", "match": match])
        let history = try await cid.next(type: "match:history")
        let frames = try #require(history.frames)
        #expect(history.id == "h1" && history.match == match)
        let chatIndex = frames.firstIndex { $0.type == "chat:message" && $0.text == "good luck ben" && $0.key == said.key }
        let verdictIndex = frames.firstIndex { $0.type == "match:verdict" && $0.player == benAuth.user.id && $0.seq == verdict.seq }
        #expect(chatIndex != nil && verdictIndex != nil, "history: \(frames.map(\.type))")
        if let chatIndex, let verdictIndex { #expect(chatIndex < verdictIndex, "oldest first") }
        #expect(!frames.contains { $0.type == "match:tick" || ($0.type == "match:verdict" && $0.final == false) }, "ticks and progress are not kept")
        // Unknown and malformed matches are refused without a history.
        cid.send(["type": "match:history", "id": "h2", "match": UUID().uuidString])
        #expect(try await cid.next("unknown match") { $0.type == "error" && $0.id == "h2" }.code == "unknown_match")

        // Ann opens a new tab (a new socket on the other edge): the server tells it her seat,
        // with a resume token that works.
        let annAgain = LiveTestClient(name: "ann-again", port: environment.edges[1].port, token: annAuth.accessToken)
        defer { Task { await annAgain.close() } }
        let seated = try await annAgain.next(type: "match:seated")
        #expect(seated.match == match && seated.mode == "blitz")
        annAgain.send(["type": "match:resume", "match": match, "token": try #require(seated.resumeToken)])
        #expect(try await annAgain.next(type: "match:state").state?.id == match)
        // Cid, who sits in no match, is told nothing.
        try await Task.sleep(for: .milliseconds(500))
        #expect(!cid.frames.contains { $0.type == "match:seated" })

        // Once the match is over, a new socket is no longer seated.
        ann.send(["type": "match:resign", "match": match])
        _ = try await ben.next(type: "match:end", timeout: .seconds(30))
        let annLater = LiveTestClient(name: "ann-later", port: environment.edges[0].port, token: annAuth.accessToken)
        defer { Task { await annLater.close() } }
        _ = try await annLater.next(type: "hello")
        try await Task.sleep(for: .milliseconds(500))
        #expect(!annLater.frames.contains { $0.type == "match:seated" })
        // The finished match's history ends with its end.
        cid.send(["type": "match:history", "match": match])
        let final = try await cid.next("history after the end") { $0.type == "match:history" && $0.frames?.contains { $0.type == "match:end" } == true }
        #expect(final.frames?.last?.type == "match:end")
    }

    @Test("the global chat keeps a backlog of the last messages for new chat panels")
    func globalChatBacklog() async throws {
        let environment = try await MatchTestEnvironment.start(regions: ["eu-west", "us-east"])
        defer { Task { await environment.stop() } }
        let (dee, _) = try await environment.player("dee", on: environment.edges[0])
        defer { Task { await dee.close() } }
        for n in 1...3 {
            dee.send(["type": "chat:send", "channel": "global", "text": "message \(n)"])
            _ = try await dee.next("echo \(n)") { $0.type == "chat:message" && $0.text == "message \(n)" }
        }
        let (eve, _) = try await environment.player("eve", on: environment.edges[1])
        defer { Task { await eve.close() } }
        eve.send(["type": "chat:backlog", "id": "b1"])
        let backlog = try await eve.next(type: "chat:backlog")
        #expect(backlog.frames?.compactMap(\.text).suffix(3) == ["message 1", "message 2", "message 3"])
        #expect(backlog.frames?.allSatisfy { $0.from == "dee" && $0.channel == "global" && $0.key != nil } == true)
        eve.send(["type": "chat:backlog", "id": "b2", "channel": "match"])
        #expect(try await eve.next("a match backlog refused") { $0.type == "error" && $0.id == "b2" }.code == "invalid_channel")
    }

    @Test("a match submission as large as the source limit passes the socket; one byte more gets source_too_large and the socket stays")
    func sourceLimitOverTheSocket() async throws {
        let environment = try await MatchTestEnvironment.start(regions: ["eu-west"])
        defer { Task { await environment.stop() } }
        let (fay, fayAuth) = try await environment.player("fay", on: environment.edges[0])
        let (gil, gilAuth) = try await environment.player("gil", on: environment.edges[0])
        defer { Task { for client in [fay, gil] { await client.close() } } }
        let hello = try #require(fay.frames.first { $0.type == "hello" })
        #expect(hello.sourceLimit == String(SubmissionRequest.maximumSourceBytes))
        let created = try await environment.edges[0].client.startMatch(
            ChallengeRequest(mode: .blitz, players: ["fay", "gil"]), tokens: [fayAuth.accessToken, gilAuth.accessToken])
        #expect(created.status == 200, "\(created.text)")
        let found = try await fay.next(type: "match:found")
        let match = try #require(found.match)
        let problem = try #require(found.state?.problems.first?.slug)
        // A comment full of quotes: each escapes to two bytes in JSON, so the frame is near twice the limit.
        let line = "# \"\"\"\"\"\"\"\"\"\"\"\"\"\"\"\"\"\"\"\"\"\"\"\"\"\"\"\"\"\"\"\"\"\"\"\"\"\"\"\"\"\"\"\"\"\"\"\"\"\"\"\"\"\"\"\"\"\"\"\"\"\"\"\n"
        var big = String(repeating: line, count: SubmissionRequest.maximumSourceBytes / line.utf8.count)
        big += String(repeating: "#", count: SubmissionRequest.maximumSourceBytes - big.utf8.count - 1) + "\n"
        #expect(big.utf8.count == SubmissionRequest.maximumSourceBytes)
        fay.send(["type": "match:submit", "id": "big", "match": match, "problem": problem, "language": "python3", "source": big + "x"])
        let refused = try await fay.next("refused") { $0.id == "big" }
        #expect(refused.type == "error" && refused.code == "source_too_large", "\(refused.type) \(refused.code ?? "")")
        try await Task.sleep(for: .seconds(2.1))
        fay.send(["type": "match:submit", "id": "max", "match": match, "problem": problem, "language": "python3", "source": big])
        let accepted = try await fay.next("accepted for judging") { $0.id == "max" }
        #expect(accepted.type == "match:submitted", "\(accepted.type) \(accepted.code ?? "") \(accepted.message ?? "")")

        // Over HTTP, a source far past the body limit names the source limit, not the body's.
        for path in ["/api/submissions", "/api/run"] {
            let huge = String(repeating: "#", count: 1 << 20)
            let body: [String: String] = ["problem": problem, "language": "python3", "source": huge, "input": ""]
            let reply = try await environment.edges[0].client.send(.POST, path, json: body, bearer: fayAuth.accessToken)
            #expect(reply.status == 413 && reply.errorCode == "source_too_large", "\(path): \(reply.status) \(reply.text.prefix(200))")
            #expect(reply.text.contains("\(SubmissionRequest.maximumSourceBytes) bytes"), "\(reply.text.prefix(200))")
        }
    }
}
