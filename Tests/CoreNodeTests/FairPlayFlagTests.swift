import ArenaShared
import ArenaTestSupport
import CoreNode
import Foundation
import Logging
import Matches
import NIOHTTP1
import PostgresNIO
import Replication
import Testing

/// Collusion, fast solves and code shared by many accounts raise flags; a flagged rated
/// match holds its rating changes until an admin decides (docs/fair-play.md).
@Suite("Fair-play flags", .serialized, .timeLimit(.minutes(3)))
struct FairPlayFlagTests {
    struct Flags: Decodable { var items: [Flag] }
    struct Flag: Decodable {
        var id: Int64
        var kind: String
        var status: String
        var detail: String
        var match: String?
        var usernames: [String]
    }

    static let edge = [(ArenaHeader.edgeSecret, TestCore.edgeSecret)]

    /// A rated challenge between the two, accepted and ended with `winner` first; their
    /// seats are freed as the owner edge frees them at the end.
    static func playRated(
        _ client: TestHTTPClient, _ redis: RedisClient, _ winner: AuthResponse, _ loser: AuthResponse
    ) async throws -> (match: String, reply: MatchResultReply) {
        let started = try await client.startMatch(
            ChallengeRequest(mode: .blitz, players: [winner.user.username, loser.user.username], rated: true), tokens: [winner.accessToken, loser.accessToken])
        let match = try #require(started.startedMatch, "\(started.text)")
        let reply = try await Self.end(client, match, winner, loser)
        try await redis.send(["DEL", MatchKeys.playerMatch(winner.user.id), MatchKeys.playerMatch(loser.user.id)])
        return (match, reply)
    }

    static func end(_ client: TestHTTPClient, _ match: String, _ winner: AuthResponse, _ loser: AuthResponse) async throws -> MatchResultReply {
        let standings = [
            MatchStanding(userID: winner.user.id, username: winner.user.username, place: 1, score: 100),
            MatchStanding(userID: loser.user.id, username: loser.user.username, place: 2, score: 0),
        ]
        return try await client.send(
            .POST, "/internal/matches/\(match)/result", json: MatchResultRequest(mode: .blitz, standings: standings, endReason: "test"), headers: Self.edge
        ).decode(MatchResultReply.self)
    }

    static func flags(_ client: TestHTTPClient, _ admin: AuthResponse, status: String = "open") async throws -> [Flag] {
        try await client.send(.GET, "/api/admin/flags?status=\(status)", bearer: admin.accessToken).decode(Flags.self).items
    }

    @Test("a pair that keeps meeting with one side always winning is held for review; an even pair is not; dismissing applies the ratings")
    func collusionHoldsRatings() async throws {
        let environment = try await CoreTestEnvironment.start { configuration in
            configuration.challenges.ratedPerPairPerDay = 10
            configuration.fairPlay.collusionMinimumMatches = 4
        }
        defer { Task { await environment.stop() } }
        let client = environment.core.client
        let database = try await TestDatabase.open(environment)
        defer { database.close() }
        let redis = RedisClient(configuration: environment.redis.configuration(), logger: Logger(label: "test"))
        defer { Task { await redis.close() } }
        let admin = try await environment.core.signUp(TestCore.adminUsername)
        let farmer = try await environment.core.signUp("co_farmer"), alt = try await environment.core.signUp("co_alt")
        let even1 = try await environment.core.signUp("co_even1"), even2 = try await environment.core.signUp("co_even2")

        for round in 0..<3 {
            let (_, reply) = try await Self.playRated(client, redis, farmer, alt)
            #expect(reply.held != true && reply.ratingChanges.contains { $0.delta != 0 }, "round \(round): \(reply)")
            // The even pair takes turns winning.
            let (_, evenReply) = try await Self.playRated(client, redis, round % 2 == 0 ? even1 : even2, round % 2 == 0 ? even2 : even1)
            #expect(evenReply.held != true)
        }
        let (_, fourthEven) = try await Self.playRated(client, redis, even2, even1)
        #expect(fourthEven.held != true, "2 wins each is not lopsided")
        let ratingBefore = try await database.count("SELECT rating FROM ratings WHERE user_id = \(farmer.user.id) AND mode = 'blitz'")

        let (match, fourth) = try await Self.playRated(client, redis, farmer, alt)
        #expect(fourth.held == true && fourth.ratingChanges.allSatisfy { $0.delta == 0 }, "\(fourth)")
        #expect(try await database.count("SELECT rating FROM ratings WHERE user_id = \(farmer.user.id) AND mode = 'blitz'") == ratingBefore)
        // The result committed again (an edge's retry) is still held, not applied.
        #expect(try await Self.end(client, match, farmer, alt).held == true)

        #expect(try await client.send(.GET, "/api/admin/flags", bearer: farmer.accessToken).status == 403)
        let open = try await Self.flags(client, admin)
        #expect(open.count == 1, "\(open)")
        let flag = try #require(open.first)
        #expect(flag.kind == "collusion" && flag.match == match && Set(flag.usernames) == ["co_farmer", "co_alt"])
        #expect(flag.detail.contains("co_farmer beat co_alt in 4 of their 4"), "\(flag.detail)")

        #expect(try await client.send(.POST, "/api/admin/flags/\(flag.id)", json: ["decision": "later"], bearer: admin.accessToken).status == 400)
        let dismissed = try await client.send(.POST, "/api/admin/flags/\(flag.id)", json: ["decision": "dismiss", "note": "friends, checked"], bearer: admin.accessToken)
        #expect(dismissed.status == 200, "\(dismissed.text)")
        #expect(try await database.count("SELECT rating FROM ratings WHERE user_id = \(farmer.user.id) AND mode = 'blitz'") > ratingBefore)
        #expect(try await database.text("SELECT review FROM matches WHERE id = \(UUID(uuidString: match)!)") == "cleared")
        #expect(try await client.send(.POST, "/api/admin/flags/\(flag.id)", json: ["decision": "confirm"], bearer: admin.accessToken).status == 409)
    }

    @Test("a hard problem accepted seconds after the deal holds the match; confirming voids the solve and the match")
    func fastSolveHoldsRatings() async throws {
        let environment = try await CoreTestEnvironment.start { $0.fairPlay.fastSolveDifficulty = 800 }
        defer { Task { await environment.stop() } }
        let client = environment.core.client
        let database = try await TestDatabase.open(environment)
        defer { database.close() }
        let admin = try await environment.core.signUp(TestCore.adminUsername)
        let quick = try await environment.core.signUp("fs_quick"), slow = try await environment.core.signUp("fs_slow")
        let started = try await client.startMatch(
            ChallengeRequest(mode: .blitz, players: [quick.user.username, slow.user.username], rated: true), tokens: [quick.accessToken, slow.accessToken])
        let match = try #require(started.startedMatch, "\(started.text)")
        try await PlagiarismTests.forward(client, quick, "print(0)\n", .python3, key: "fast", match: match)
        let reply = try await Self.end(client, match, quick, slow)
        #expect(reply.held == true, "\(reply)")
        let flag = try #require(try await Self.flags(client, admin).first)
        #expect(flag.kind == "fast_solve" && flag.usernames == ["fs_quick"] && flag.detail.contains("after the match dealt it"), "\(flag)")
        #expect(try await database.count("SELECT count(*)::int FROM solves s JOIN users u ON u.id = s.user_id WHERE u.username = 'fs_quick'") == 1)

        let confirmed = try await client.send(.POST, "/api/admin/flags/\(flag.id)", json: ["decision": "confirm"], bearer: admin.accessToken)
        #expect(confirmed.status == 200, "\(confirmed.text)")
        #expect(try await database.count("SELECT count(*)::int FROM solves s JOIN users u ON u.id = s.user_id WHERE u.username = 'fs_quick'") == 0)
        #expect(try await database.text("SELECT review FROM matches WHERE id = \(UUID(uuidString: match)!)") == "voided")
        #expect(try await database.count("SELECT count(*)::int FROM rating_history WHERE match_id = \(UUID(uuidString: match)!)") == 0)
    }

    @Test("the same program accepted from three accounts raises one flag naming them; two do not; confirming keeps only the first")
    func sharedCodeAcrossAccounts() async throws {
        let environment = try await CoreTestEnvironment.start()
        defer { Task { await environment.stop() } }
        let client = environment.core.client
        let database = try await TestDatabase.open(environment)
        defer { database.close() }
        let admin = try await environment.core.signUp(TestCore.adminUsername)
        let accounts = [
            try await environment.core.signUp("sc_one"), try await environment.core.signUp("sc_two"), try await environment.core.signUp("sc_three"),
        ]
        // Renaming identifiers does not change a program's shape.
        let renamed = PlagiarismTests.original.replacingOccurrences(of: "dist", with: "far").replacingOccurrences(of: "heap", with: "pq")
        try await PlagiarismTests.forward(client, accounts[0], PlagiarismTests.original, .cpp17, key: "s1")
        try await PlagiarismTests.forward(client, accounts[1], renamed, .cpp17, key: "s2")
        try await waitUntil("the scanner fingerprinted two") { try await database.count("SELECT count(*)::int FROM submission_fingerprints") == 2 }
        #expect(try await Self.flags(client, admin).filter { $0.kind == "shared_code" }.isEmpty)
        try await PlagiarismTests.forward(client, accounts[2], PlagiarismTests.original, .cpp17, key: "s3")
        try await waitUntil("the scanner flagged the third copy") { try await !Self.flags(client, admin).filter { $0.kind == "shared_code" }.isEmpty }
        let flag = try #require(try await Self.flags(client, admin).first { $0.kind == "shared_code" })
        #expect(flag.usernames == ["sc_one", "sc_two", "sc_three"], "\(flag)")

        #expect(try await client.send(.POST, "/api/admin/flags/\(flag.id)", json: ["decision": "confirm"], bearer: admin.accessToken).status == 200)
        let solvers = try await database.count(
            "SELECT count(*)::int FROM solves s JOIN users u ON u.id = s.user_id WHERE u.username IN ('sc_one', 'sc_two', 'sc_three')")
        #expect(solvers == 1)
        #expect(try await database.count("SELECT count(*)::int FROM solves s JOIN users u ON u.id = s.user_id WHERE u.username = 'sc_one'") == 1)
    }
}
