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

/// The listings the web app and the CLI read: matches to spectate and a player's solves.
@Suite("Match listing and solved problems", .timeLimit(.minutes(3)))
struct MatchListingTests {
    struct Created: Decodable { var match: String }
    struct Listing: Decodable {
        struct Item: Decodable {
            var id: String
            var status: String
            var isPrivate: Bool
            var players: [Player]
        }
        struct Player: Decodable { var username: String }
        var items: [Item]
    }
    struct Solved: Decodable { var items: [String] }

    @Test("live public matches are listed newest first; a private match only for its players; filters by status and player")
    func listing() async throws {
        let environment = try await CoreTestEnvironment.start()
        defer { Task { await environment.stop() } }
        let core = environment.core
        let redis = RedisClient(configuration: environment.redis.configuration(), logger: Logger(label: "test"))
        defer { Task { await redis.close() } }
        var tokens: [String: String] = [:]
        var ids: [String: Int64] = [:]
        for name in ["la1", "lb2", "lc3", "ld4"] {
            let auth = try await core.signUp(name)
            tokens[name] = auth.accessToken
            ids[name] = auth.user.id
        }
        func create(_ a: String, _ b: String, isPrivate: Bool) async throws -> String {
            let reply = try await core.client.startMatch(
                ChallengeRequest(mode: .blitz, players: [a, b], isPrivate: isPrivate), tokens: [tokens[a]!, tokens[b]!])
            #expect(reply.status == 200, "\(reply.text)")
            try await redis.send(["DEL", MatchKeys.playerMatch(ids[a]!), MatchKeys.playerMatch(ids[b]!)])
            return try reply.decode(Created.self).match
        }
        let first = try await create("la1", "lb2", isPrivate: false)
        let second = try await create("lc3", "ld4", isPrivate: false)
        let secret = try await create("la1", "lc3", isPrivate: true)

        // Reads go to the primary for a user who just wrote; an anonymous reader may see a
        // replica a moment behind, so wait until it caught up.
        var anonymous: [String] = []
        for _ in 0..<50 {
            anonymous = try await core.client.send(.GET, "/api/matches?status=live").decode(Listing.self).items.map(\.id)
            if anonymous.count >= 2 { break }
            try await Task.sleep(for: .milliseconds(100))
        }
        #expect(anonymous == [second, first])
        let stranger = try await core.client.send(.GET, "/api/matches?status=live", bearer: tokens["ld4"]).decode(Listing.self).items.map(\.id)
        #expect(!stranger.contains(secret))
        let player = try await core.client.send(.GET, "/api/matches?status=live", bearer: tokens["lc3"]).decode(Listing.self).items
        #expect(player.map(\.id) == [secret, second, first])
        #expect(player.first?.isPrivate == true)

        let byPlayer = try await core.client.send(.GET, "/api/matches?user=LB2", bearer: tokens["la1"]).decode(Listing.self).items
        #expect(byPlayer.map(\.id) == [first])
        #expect(Set(byPlayer[0].players.map(\.username)) == ["la1", "lb2"])
        #expect(try await core.client.send(.GET, "/api/matches?status=finished", bearer: tokens["la1"]).decode(Listing.self).items.isEmpty)

        // Bad input is refused, not ignored.
        #expect(try await core.client.send(.GET, "/api/matches?status=paused").status == 400)
        #expect(try await core.client.send(.GET, "/api/matches?limit=0").status == 400)
        #expect(try await core.client.send(.GET, "/api/matches?limit=1000").status == 400)

        // Solved problems: none yet, an unknown player is a 404.
        #expect(try await core.client.send(.GET, "/api/users/la1/solved", bearer: tokens["la1"]).decode(Solved.self).items == [])
        #expect(try await core.client.send(.GET, "/api/users/nobody_here/solved").status == 404)
    }

    @Test("an open match whose Redis state is gone is aborted and its players may play again; one with its state is left alone")
    func lostMatchesAreAborted() async throws {
        let environment = try await CoreTestEnvironment.start { $0.lostMatchSweepInterval = .milliseconds(200) }
        defer { Task { await environment.stop() } }
        let core = environment.core
        let database = try await TestDatabase.open(environment)
        defer { database.close() }
        let redis = RedisClient(configuration: environment.redis.configuration(), logger: Logger(label: "test"))
        defer { Task { await redis.close() } }
        var signedUp: [String: String] = [:]
        for name in ["lost1", "lost2", "kept1", "kept2"] { signedUp[name] = try await core.signUp(name).accessToken }
        let tokens = signedUp
        func create(_ a: String, _ b: String) async throws -> TestHTTPClient.Reply {
            try await core.client.startMatch(ChallengeRequest(mode: .blitz, players: [a, b], isPrivate: false), tokens: [tokens[a]!, tokens[b]!])
        }
        let lost = try await create("lost1", "lost2").decode(Created.self).match
        let kept = try await create("kept1", "kept2").decode(Created.self).match
        // Both older than the grace period; only one has lost its live state.
        try await database.primary.query("UPDATE matches SET created_at = now() - interval '1 hour'", logger: database.logger)
        #expect(try await redis.del(MatchKeys.snapshot(lost)) == 1)

        try await waitUntil("the lost match is aborted") {
            let record = try await core.client.send(.GET, "/api/matches/\(lost)", bearer: tokens["lost1"])
            return try record.decode(Listing.Item.self).status == "aborted"
        }
        try await Task.sleep(for: .milliseconds(500))  // more sweeps: the kept match stays live
        #expect(try await core.client.send(.GET, "/api/matches/\(kept)", bearer: tokens["kept1"]).decode(Listing.Item.self).status == "live")
        // The lost match's seats are free again; the kept match's players are still playing.
        #expect(try await create("lost1", "lost2").status == 200)
        let busy = try await create("kept1", "lost1")
        #expect(busy.status == 409)
        #expect(busy.text.contains("kept1 is already in a live match"), "names the player as the caller does: \(busy.text)")
        let metrics = try await core.client.send(.GET, "/metrics").text
        #expect(metrics.contains("arena_matches_lost_total 1"), "\(metrics)")
    }
}
