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

/// Challenges are invitations (docs/social.md, "Challenges"): nobody is seated until every
/// invited player accepted; custom matches are unrated unless all opted in; blocks, rated
/// pairings per day, creation rate and the accept window are enforced.
@Suite("Challenges", .serialized, .timeLimit(.minutes(3)))
struct ChallengeTests {
    struct Items: Decodable { var items: [ChallengeView] }
    struct Notifications: Decodable {
        struct Item: Decodable {
            var id: Int64
            var kind: String
            var challenge: ChallengeView?
            var read: Bool
        }
        var items: [Item]
        var unread: Int
    }

    static func signUp(_ core: TestCore, _ names: [String]) async throws -> [String: AuthResponse] {
        var auths: [String: AuthResponse] = [:]
        for name in names { auths[name] = try await core.signUp(name) }
        return auths
    }

    static func result(_ client: TestHTTPClient, match: String, winner: AuthResponse, loser: AuthResponse) async throws -> MatchResultReply {
        let standings = [
            MatchStanding(userID: winner.user.id, username: winner.user.username, place: 1, score: 100),
            MatchStanding(userID: loser.user.id, username: loser.user.username, place: 2, score: 0),
        ]
        let reply = try await client.send(
            .POST, "/internal/matches/\(match)/result", json: MatchResultRequest(mode: .blitz, standings: standings, endReason: "test"),
            headers: [("X-Arena-Edge-Secret", TestCore.edgeSecret)])
        #expect(reply.status == 200, "\(reply.text)")
        return try reply.decode(MatchResultReply.self)
    }

    @Test("a challenge seats nobody until accepted; the invitation is in the notifications; an unrated match leaves ratings, XP and history untouched")
    func invitationThenUnratedMatch() async throws {
        let environment = try await CoreTestEnvironment.start()
        defer { Task { await environment.stop() } }
        let client = environment.core.client
        let database = try await TestDatabase.open(environment)
        defer { database.close() }
        let users = try await Self.signUp(environment.core, ["ch_ann", "ch_bob", "ch_eve"])
        let ann = users["ch_ann"]!, bob = users["ch_bob"]!, eve = users["ch_eve"]!

        // The old way of seating named players at once is gone.
        let forced = try await client.send(.POST, "/api/matches", json: ChallengeRequest(mode: .blitz, players: ["ch_ann", "ch_bob"]), bearer: ann.accessToken)
        #expect(forced.status == 410 && forced.errorCode == "challenge_required", "\(forced.text)")

        let created = try await client.send(.POST, "/api/challenges", json: ChallengeRequest(mode: .blitz, players: ["ch_ann", "ch_bob"]), bearer: ann.accessToken)
        #expect(created.status == 201, "\(created.text)")
        let challenge = try created.decode(ChallengeView.self)
        #expect(challenge.status == .pending && challenge.rated == false && challenge.match == nil)
        #expect(challenge.players.map(\.response) == [.accepted, .pending])
        // Bob is not seated: no live match for him in Redis or PostgreSQL.
        let redis = RedisClient(configuration: environment.redis.configuration(), logger: Logger(label: "test"))
        defer { Task { await redis.close() } }
        #expect(try await redis.send(["EXISTS", MatchKeys.playerMatch(bob.user.id)]).int == 0)
        #expect(try await database.count("SELECT count(*)::int FROM match_players WHERE user_id = \(bob.user.id)") == 0)
        // He finds the invitation in his list and his notifications.
        let listed = try await client.send(.GET, "/api/challenges", bearer: bob.accessToken).decode(Items.self).items
        #expect(listed.map(\.id) == [challenge.id])
        let notes = try await client.send(.GET, "/api/notifications", bearer: bob.accessToken).decode(Notifications.self)
        #expect(notes.unread == 1 && notes.items.first?.kind == "challenge" && notes.items.first?.challenge?.id == challenge.id)
        // A stranger neither sees nor answers it; bad ids are refused without changes.
        #expect(try await client.send(.GET, "/api/challenges/\(challenge.id)", bearer: eve.accessToken).status == 404)
        #expect(try await client.send(.POST, "/api/challenges/\(challenge.id)/accept", bearer: eve.accessToken).status == 404)
        #expect(try await client.send(.POST, "/api/challenges/not-a-uuid/accept", bearer: bob.accessToken).status == 404)

        let accepted = try await client.send(.POST, "/api/challenges/\(challenge.id)/accept", bearer: bob.accessToken)
        #expect(accepted.status == 200, "\(accepted.text)")
        let started = try accepted.decode(ChallengeView.self)
        let match = try #require(started.match)
        #expect(started.status == .started)
        #expect(try await client.send(.POST, "/api/challenges/\(challenge.id)/accept", bearer: bob.accessToken).errorCode == "challenge_closed")
        let record = try await client.send(.GET, "/api/matches/\(match)", bearer: ann.accessToken).decode(MatchRecord.self)
        #expect(record.rated == false)
        // Notifications are marked read up to an id.
        #expect(try await client.send(.POST, "/api/notifications/read", json: ["upTo": notes.items[0].id], bearer: bob.accessToken).status == 200)
        #expect(try await client.send(.GET, "/api/notifications", bearer: bob.accessToken).decode(Notifications.self).unread == 0)

        // The result keeps places but changes no rating, XP, wins or history.
        let xpBefore = try await database.count("SELECT xp::int FROM users WHERE id = \(ann.user.id)")
        let reply = try await Self.result(client, match: match, winner: ann, loser: bob)
        #expect(reply.ratingChanges.allSatisfy { $0.delta == 0 && $0.before == 1500 })
        #expect(try await database.count("SELECT count(*)::int FROM ratings WHERE user_id = ANY(\([ann.user.id, bob.user.id])) AND games > 0") == 0)
        #expect(try await database.count("SELECT count(*)::int FROM rating_history WHERE match_id = \(UUID(uuidString: match)!)") == 0)
        #expect(try await database.count("SELECT xp::int FROM users WHERE id = \(ann.user.id)") == xpBefore)
        #expect(try await database.count("SELECT place FROM match_players WHERE match_id = \(UUID(uuidString: match)!) AND user_id = \(ann.user.id)") == 1)
    }

    @Test("a rated challenge is rated once everyone accepts; rated pairings are capped per day; declines and cancels close it")
    func ratedCapAndDeclines() async throws {
        let environment = try await CoreTestEnvironment.start { $0.challenges.ratedPerPairPerDay = 1 }
        defer { Task { await environment.stop() } }
        let client = environment.core.client
        let users = try await Self.signUp(environment.core, ["rc_ann", "rc_bob"])
        let ann = users["rc_ann"]!, bob = users["rc_bob"]!
        let rated = try await client.startMatch(ChallengeRequest(mode: .blitz, players: ["rc_ann", "rc_bob"], rated: true), tokens: [ann.accessToken, bob.accessToken])
        let match = try #require(rated.startedMatch, "\(rated.text)")
        let reply = try await Self.result(client, match: match, winner: ann, loser: bob)
        #expect(reply.ratingChanges.first { $0.userID == ann.user.id }!.delta > 0)

        // A second rated challenge between the same pair today is refused, from either side; unrated is fine.
        let again = try await client.send(.POST, "/api/challenges", json: ChallengeRequest(mode: .golf, players: ["rc_bob", "rc_ann"], rated: true), bearer: bob.accessToken)
        #expect(again.status == 409 && again.errorCode == "rated_cap", "\(again.text)")
        #expect(again.text.contains("rated challenges in the last 24 hours"))
        let friendly = try await client.send(.POST, "/api/challenges", json: ChallengeRequest(mode: .golf, players: ["rc_bob", "rc_ann"]), bearer: bob.accessToken)
        #expect(friendly.status == 201)
        let declined = try await client.send(.POST, "/api/challenges/\(try friendly.decode(ChallengeView.self).id)/decline", bearer: ann.accessToken)
        #expect(try declined.decode(ChallengeView.self).status == .declined)
        // The challenger can cancel their own.
        let another = try await client.send(.POST, "/api/challenges", json: ChallengeRequest(mode: .golf, players: ["rc_bob", "rc_ann"]), bearer: bob.accessToken)
        let id = try another.decode(ChallengeView.self).id
        #expect(try await client.send(.POST, "/api/challenges/\(id)/decline", bearer: bob.accessToken).decode(ChallengeView.self).status == .cancelled)
        #expect(try await client.send(.POST, "/api/challenges/\(id)/accept", bearer: ann.accessToken).errorCode == "challenge_closed")
        // Wrong player counts and challenges you are not in are refused.
        #expect(try await client.send(.POST, "/api/challenges", json: ChallengeRequest(mode: .blitz, players: ["rc_ann"]), bearer: ann.accessToken).status == 400)
        #expect(try await client.send(.POST, "/api/challenges", json: ChallengeRequest(mode: .blitz, players: ["rc_bob", "nobody_here"]), bearer: bob.accessToken).status == 404)
    }

    @Test("blocks, the accept window, open challenges and the creation rate limit")
    func limits() async throws {
        let environment = try await CoreTestEnvironment.start {
            $0.challenges.acceptWindow = .seconds(1)
            $0.challenges.creationLimit = 5
            $0.challenges.openPerPlayer = 1
        }
        defer { Task { await environment.stop() } }
        let client = environment.core.client
        let users = try await Self.signUp(environment.core, ["li_ann", "li_bob", "li_cat"])
        let ann = users["li_ann"]!, bob = users["li_bob"]!

        // Bob blocks Ann: her open challenge to him is declined and new ones are refused (both ways).
        let open = try await client.send(.POST, "/api/challenges", json: ChallengeRequest(mode: .blitz, players: ["li_ann", "li_bob"]), bearer: ann.accessToken)
        #expect(try await client.send(.PUT, "/api/blocks/li_ann", bearer: bob.accessToken).status == 200)
        #expect(try await client.send(.GET, "/api/challenges/\(try open.decode(ChallengeView.self).id)", bearer: ann.accessToken).decode(ChallengeView.self).status == .declined)
        let blocked = try await client.send(.POST, "/api/challenges", json: ChallengeRequest(mode: .blitz, players: ["li_ann", "li_bob"]), bearer: ann.accessToken)
        #expect(blocked.status == 403 && blocked.text.contains("li_bob does not take challenges from you"), "\(blocked.text)")
        #expect(try await client.send(.POST, "/api/challenges", json: ChallengeRequest(mode: .blitz, players: ["li_bob", "li_ann"]), bearer: bob.accessToken).status == 403)
        struct Names: Decodable { var items: [String] }
        #expect(try await client.send(.GET, "/api/blocks", bearer: bob.accessToken).decode(Names.self).items == ["li_ann"])
        #expect(try await client.send(.PUT, "/api/blocks/li_bob", bearer: bob.accessToken).status == 400)
        #expect(try await client.send(.DELETE, "/api/blocks/li_ann", bearer: bob.accessToken).status == 200)

        // The accept window: a late accept is refused and nobody is seated.
        let late = try await client.send(.POST, "/api/challenges", json: ChallengeRequest(mode: .blitz, players: ["li_ann", "li_bob"]), bearer: ann.accessToken)
        try await Task.sleep(for: .milliseconds(1500))
        let expired = try await client.send(.POST, "/api/challenges/\(try late.decode(ChallengeView.self).id)/accept", bearer: bob.accessToken)
        #expect(expired.status == 410 && expired.errorCode == "challenge_expired", "\(expired.text)")

        // One open challenge at most here; then the creation rate (5 attempts per window, refused ones count) is spent.
        #expect(try await client.send(.POST, "/api/challenges", json: ChallengeRequest(mode: .blitz, players: ["li_ann", "li_bob"]), bearer: ann.accessToken).status == 201)
        let tooMany = try await client.send(.POST, "/api/challenges", json: ChallengeRequest(mode: .golf, players: ["li_ann", "li_cat"]), bearer: ann.accessToken)
        #expect(tooMany.status == 409 && tooMany.errorCode == "too_many_challenges", "\(tooMany.text)")
        let limited = try await client.send(.POST, "/api/challenges", json: ChallengeRequest(mode: .golf, players: ["li_ann", "li_cat"]), bearer: ann.accessToken)
        #expect(limited.status == 429 && limited.header("retry-after") != nil, "\(limited.text)")
    }
}

extension TestDatabase {
    /// The single integer a query returns (0 when it returns no row).
    func count(_ query: PostgresQuery) async throws -> Int {
        var value = 0
        for try await row in try await self.primary.query(query, logger: self.logger).decode(Int.self) { value = row }
        return value
    }
}
