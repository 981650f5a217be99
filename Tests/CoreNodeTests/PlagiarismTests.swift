import ArenaShared
import ArenaTestSupport
import CoreNode
import Foundation
import Matches
import NIOHTTP1
import PostgresNIO
import Testing

/// Plagiarism at the core: accepted submissions are fingerprinted, a renamed copy opens a
/// case, independent work does not; admins review; a match between copiers holds its
/// ratings until the review decides.
@Suite("Plagiarism review", .serialized, .timeLimit(.minutes(3)))
struct PlagiarismTests {
    struct Cases: Decodable { var items: [Case] }
    struct Case: Decodable {
        struct Side: Decodable {
            var submission: Int64
            var username: String
            var source: String?
        }
        struct Region: Decodable {
            var firstLines: ClosedRange<Int32>
            var secondLines: ClosedRange<Int32>
        }
        var id: Int64
        var problem: String
        var similarity: Double
        var status: String
        var match: String?
        var first: Side
        var second: Side
        var regions: [Region]?
    }

    /// Shortest paths with a binary heap: long enough to be worth copying.
    /// Shared with the fingerprint tests (Tests/Fixtures/plagiarism).
    static let original = try! String(
        contentsOf: URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/plagiarism/shortest-paths.cpp"), encoding: .utf8)
    static var renamed: String {
        var copy = original
        for (old, new) in [("dist", "far"), ("heap", "queue"), ("adj", "edges"), ("shortest", "solve"), ("readGraph", "scan")] {
            copy = copy.replacingOccurrences(of: old, with: new)
        }
        return "// written from scratch\n" + copy
    }
    static let independent = """
        import heapq, sys
        def main():
            data = sys.stdin.buffer.read().split()
            n, m = int(data[0]), int(data[1])
            graph = [[] for _ in range(n)]
            pos = 2
            for _ in range(m):
                a, b, c = int(data[pos]) - 1, int(data[pos + 1]) - 1, int(data[pos + 2])
                pos += 3
                graph[a].append((b, c))
                graph[b].append((a, c))
            best = [None] * n
            best[0] = 0
            todo = [(0, 0)]
            while todo:
                d, u = heapq.heappop(todo)
                if d > best[u]:
                    continue
                for v, w in graph[u]:
                    if best[v] is None or d + w < best[v]:
                        best[v] = d + w
                        heapq.heappush(todo, (best[v], v))
            sys.stdout.write("\\n".join(str(-1 if x is None else x) for x in best) + "\\n")
        main()
        """

    static func forward(
        _ client: TestHTTPClient, _ user: AuthResponse, _ source: String, _ language: LanguageID, key: String, match: String? = nil,
        problem: String = "max-subarray"
    ) async throws {
        var record = SubmissionRecord(
            idempotencyKey: "u\(user.user.id):\(key)", userID: user.user.id, problem: problem, language: language, source: source, verdict: .accepted,
            region: "eu-west", submittedAt: Date())
        record.match = match
        let reply = try await client.send(.POST, "/internal/submissions", json: record, headers: [(ArenaHeader.edgeSecret, TestCore.edgeSecret)])
        #expect(reply.status == 200 || reply.status == 201, "\(reply.text)")
    }

    @Test("a renamed copy opens a case with both programs and the matching lines; independent work does not; confirming voids the copy's solve")
    func casesAndReview() async throws {
        let environment = try await CoreTestEnvironment.start()
        defer { Task { await environment.stop() } }
        let client = environment.core.client
        let database = try await TestDatabase.open(environment)
        defer { database.close() }
        let admin = try await environment.core.signUp(TestCore.adminUsername)
        let ana = try await environment.core.signUp("pl_ana"), ben = try await environment.core.signUp("pl_ben")
        let cid = try await environment.core.signUp("pl_cid")
        try await Self.forward(client, ana, Self.original, .cpp17, key: "a1")
        try await Self.forward(client, cid, Self.independent, .python3, key: "c1")
        try await Self.forward(client, ben, Self.renamed, .cpp17, key: "b1")

        try await waitUntil("the scanner fingerprinted all three") {
            try await database.count("SELECT count(*)::int FROM submission_fingerprints") == 3
        }
        // Ordinary players may not read the queue.
        #expect(try await client.send(.GET, "/api/admin/plagiarism", bearer: ben.accessToken).status == 403)
        let open = try await client.send(.GET, "/api/admin/plagiarism?status=open", bearer: admin.accessToken).decode(Cases.self).items
        #expect(open.count == 1, "only the copy is flagged: \(open.map { "\($0.first.username)~\($0.second.username)" })")
        let found = try #require(open.first)
        #expect(found.first.username == "pl_ana" && found.second.username == "pl_ben" && found.problem == "max-subarray")
        #expect(found.similarity > 0.9)
        let detail = try await client.send(.GET, "/api/admin/plagiarism/\(found.id)", bearer: admin.accessToken).decode(Case.self)
        #expect(detail.first.source == Self.original && detail.second.source == Self.renamed)
        #expect(detail.regions?.isEmpty == false)
        // Bad input changes nothing.
        #expect(try await client.send(.POST, "/api/admin/plagiarism/\(found.id)", json: ["decision": "maybe"], bearer: admin.accessToken).status == 400)
        #expect(try await client.send(.POST, "/api/admin/plagiarism/999999", json: ["decision": "confirm"], bearer: admin.accessToken).status == 404)

        #expect(try await database.count("SELECT count(*)::int FROM solves s JOIN users u ON u.id = s.user_id WHERE u.username = 'pl_ben'") == 1)
        let confirmed = try await client.send(.POST, "/api/admin/plagiarism/\(found.id)", json: ["decision": "confirm", "note": "same code"], bearer: admin.accessToken)
        #expect(try confirmed.decode(Case.self).status == "confirmed")
        #expect(try await database.count("SELECT count(*)::int FROM solves s JOIN users u ON u.id = s.user_id WHERE u.username = 'pl_ben'") == 0)
        #expect(try await database.count("SELECT count(*)::int FROM solves s JOIN users u ON u.id = s.user_id WHERE u.username = 'pl_ana'") == 1)
        #expect(try await client.send(.POST, "/api/admin/plagiarism/\(found.id)", json: ["decision": "dismiss"], bearer: admin.accessToken).status == 409)
    }

    @Test("copied code inside a rated match holds its rating changes; dismissing releases them, confirming voids them")
    func matchHeldForReview() async throws {
        let environment = try await CoreTestEnvironment.start()
        defer { Task { await environment.stop() } }
        let client = environment.core.client
        let database = try await TestDatabase.open(environment)
        defer { database.close() }
        let admin = try await environment.core.signUp(TestCore.adminUsername)
        for (round, decision) in ["dismiss", "confirm"].enumerated() {
            let a = try await environment.core.signUp("mh_a\(round)"), b = try await environment.core.signUp("mh_b\(round)")
            let started = try await client.startMatch(
                ChallengeRequest(mode: .blitz, players: [a.user.username, b.user.username], rated: true), tokens: [a.accessToken, b.accessToken])
            let match = try #require(started.startedMatch, "\(started.text)")
            try await Self.forward(client, a, Self.original, .cpp17, key: "m\(round)a", match: match)
            try await Self.forward(client, b, Self.renamed, .cpp17, key: "m\(round)b", match: match)
            let standings = [
                MatchStanding(userID: a.user.id, username: a.user.username, place: 1, score: 100),
                MatchStanding(userID: b.user.id, username: b.user.username, place: 2, score: 0),
            ]
            let committed = try await client.send(
                .POST, "/internal/matches/\(match)/result", json: MatchResultRequest(mode: .blitz, standings: standings, endReason: "test"),
                headers: [(ArenaHeader.edgeSecret, TestCore.edgeSecret)])
            let reply = try committed.decode(MatchResultReply.self)
            #expect(reply.held == true && reply.ratingChanges.allSatisfy { $0.delta == 0 }, "\(committed.text)")
            #expect(try await database.count("SELECT count(*)::int FROM rating_history WHERE match_id = \(UUID(uuidString: match)!)") == 0)
            let cases = try await client.send(.GET, "/api/admin/plagiarism?status=open", bearer: admin.accessToken).decode(Cases.self).items
            let held = try #require(cases.first { $0.match == match })
            let decided = try await client.send(.POST, "/api/admin/plagiarism/\(held.id)", json: ["decision": decision], bearer: admin.accessToken)
            #expect(decided.status == 200, "\(decided.text)")
            let history = try await database.count("SELECT count(*)::int FROM rating_history WHERE match_id = \(UUID(uuidString: match)!)")
            let review = try await database.text("SELECT review FROM matches WHERE id = \(UUID(uuidString: match)!)")
            if decision == "dismiss" {
                #expect(history == 2 && review == "cleared")
                #expect(try await database.count("SELECT rating FROM ratings WHERE user_id = \(a.user.id) AND mode = 'blitz'") > 1500)
            } else {
                #expect(history == 0 && review == "voided")
                #expect(try await database.count("SELECT count(*)::int FROM ratings WHERE user_id = \(a.user.id) AND games > 0") == 0)
            }
        }
    }
}

extension TestDatabase {
    func text(_ query: PostgresQuery) async throws -> String? {
        var value: String?
        for try await row in try await self.primary.query(query, logger: self.logger).decode(String?.self) { value = row }
        return value
    }
}
