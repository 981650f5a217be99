import ArenaShared
import ArenaTestSupport
import Foundation
import Logging
import Matches
import NIOHTTP1
import Replication
import Testing

/// Match results at the core: ratings change once per match, in one transaction, and
/// stay consistent when results of matches sharing players arrive at the same time.
@Suite("Match results and ratings", .timeLimit(.minutes(3)))
struct MatchResultTests {
    struct Created: Decodable { var match: String }
    struct History: Decodable { var items: [RatingHistoryEntry] }

    @Test("concurrent and duplicated results: each applies once, every 1v1 is zero-sum, ratings add up")
    func concurrentResults() async throws {
        let environment = try await CoreTestEnvironment.start()
        defer { Task { await environment.stop() } }
        let core = environment.core
        let redis = RedisClient(configuration: environment.redis.configuration(), logger: Logger(label: "test"))
        defer { Task { await redis.close() } }
        let names = ["pa1", "pb2", "pc3", "pd4"]
        var tokens: [String: String] = [:]
        var ids: [String: Int64] = [:]
        for name in names {
            let auth = try await core.signUp(name)
            tokens[name] = auth.accessToken
            ids[name] = auth.user.id
        }
        // Every pair plays once; the seats are freed between creations so matches sharing players coexist.
        var matches: [(id: String, a: String, b: String)] = []
        for (i, a) in names.enumerated() {
            for b in names[(i + 1)...] {
                let reply = try await core.client.startMatch(
                    ChallengeRequest(mode: .blitz, players: [a, b], rated: true), tokens: [tokens[a]!, tokens[b]!])
                #expect(reply.status == 200, "\(reply.text)")
                matches.append((try reply.decode(Created.self).match, a, b))
                try await redis.send(["DEL", MatchKeys.playerMatch(ids[a]!), MatchKeys.playerMatch(ids[b]!)])
            }
        }
        // All results at once, each sent three times (a retrying owner, a failover).
        let client = core.client
        let replies = try await withThrowingTaskGroup(of: MatchResultReply.self) { group in
            for match in matches {
                let standings = [
                    MatchStanding(userID: ids[match.a]!, username: match.a, place: 1, score: 100),
                    MatchStanding(userID: ids[match.b]!, username: match.b, place: 2, score: 0),
                ]
                for _ in 0..<3 {
                    group.addTask {
                        let reply = try await client.send(
                            .POST, "/internal/matches/\(match.id)/result", json: MatchResultRequest(mode: .blitz, standings: standings, endReason: "test"),
                            headers: [("X-Arena-Edge-Secret", TestCore.edgeSecret)])
                        #expect(reply.status == 200, "\(reply.text)")
                        return try reply.decode(MatchResultReply.self)
                    }
                }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(replies.filter(\.applied).count == matches.count)
        var deltas: [Int64: Int] = [:]
        for match in matches {
            let forMatch = replies.filter { $0.match == match.id }
            #expect(forMatch.count == 3)
            // The duplicates answer with exactly the changes that were applied.
            #expect(Set(forMatch.map { Set($0.ratingChanges) }).count == 1)
            let changes = forMatch[0].ratingChanges
            #expect(changes.map(\.delta).reduce(0, +) == 0)
            #expect(changes.first { $0.userID == ids[match.a]! }!.delta > 0)
            for change in changes { deltas[change.userID, default: 0] += change.delta }
        }
        // Each rating is 1500 plus the sum of its changes, and the history has one row per match.
        for name in names {
            // An anonymous read is served by a replica, which may be a moment behind the primary.
            try await waitUntil("\(name)'s three matches reach the replica") {
                try await core.client.send(.GET, "/api/users/\(name)/ratings?mode=blitz").decode(History.self).items.count == 3
            }
            let history = try await core.client.send(.GET, "/api/users/\(name)/ratings?mode=blitz").decode(History.self).items
            #expect(history.count == 3)
            #expect(history.last?.after == 1500 + deltas[ids[name]!]!)
            for (earlier, later) in zip(history, history.dropFirst()) { #expect(earlier.after == later.before) }
        }
        #expect(deltas.values.reduce(0, +) == 0)
        // SRE view: each match completes once, and zero-sum ratings do not drift.
        let exposition = try await client.send(.GET, "/metrics").text
        #expect(exposition.contains(#"arena_matches_completed_total{mode="blitz"} \#(matches.count)"#), "\(exposition)")
        #expect(exposition.contains(#"arena_rating_drift{mode="blitz"} 0.0"#))
        #expect(exposition.contains(#"arena_match_results_duplicate_total \#(matches.count * 2)"#))
        // Bad results change nothing.
        let bogus = try await client.send(
            .POST, "/internal/matches/\(matches[0].id)/result",
            json: MatchResultRequest(mode: .golf, standings: [MatchStanding(userID: 1, username: "x", place: 1, score: 0)], endReason: "x"),
            headers: [("X-Arena-Edge-Secret", TestCore.edgeSecret)])
        #expect(bogus.status == 400, "\(bogus.text)")
        let forged = try await client.send(
            .POST, "/internal/matches/\(UUID().uuidString)/result", json: MatchResultRequest(mode: .blitz, standings: [], endReason: "x"))
        #expect(forged.status == 403)
        #expect(try await client.send(.GET, "/api/users/nobody/ratings").status == 404)
        #expect(try await client.send(.GET, "/api/users/pa1/ratings?mode=chess").status == 400)
    }

    @Test("the matchmaker pairs queued players of close rating and refuses a second queue")
    func matchmaking() async throws {
        let environment = try await CoreTestEnvironment.start()
        defer { Task { await environment.stop() } }
        let core = environment.core
        let a = try await core.signUp("mm_a").user.id
        let b = try await core.signUp("mm_b").user.id
        let headers = [("X-Arena-Edge-Secret", TestCore.edgeSecret)]
        let join = try await core.client.send(.POST, "/internal/queue", json: QueueJoinRequest(userID: a, mode: .golf, region: "eu-west"), headers: headers)
        #expect(join.status == 200)
        #expect(try join.decode(QueueJoinReply.self).rating == 1500)
        let twice = try await core.client.send(.POST, "/internal/queue", json: QueueJoinRequest(userID: a, mode: .blitz, region: "eu-west"), headers: headers)
        #expect(twice.status == 409 && twice.errorCode == "already_queued")
        let unknown = try await core.client.send(.POST, "/internal/queue", json: QueueJoinRequest(userID: 999_999, mode: .blitz, region: "x"), headers: headers)
        #expect(unknown.status == 404)
        #expect(try await core.client.send(.POST, "/internal/queue/leave", json: QueueLeaveRequest(userID: a), headers: headers).status == 200)
        _ = try await core.client.send(.POST, "/internal/queue", json: QueueJoinRequest(userID: a, mode: .golf, region: "eu-west"), headers: headers)
        _ = try await core.client.send(.POST, "/internal/queue", json: QueueJoinRequest(userID: b, mode: .golf, region: "us-east"), headers: headers)
        let redis = RedisClient(configuration: environment.redis.configuration(), logger: Logger(label: "test"))
        defer { Task { await redis.close() } }
        try await waitUntil(timeout: .seconds(15), "the matchmaker seats both players") {
            let first = try await redis.get(MatchKeys.playerMatch(a))
            let second = try await redis.get(MatchKeys.playerMatch(b))
            return first != nil && second != nil
        }
        let match = try #require(try await redis.get(MatchKeys.playerMatch(a)))
        #expect(try await redis.get(MatchKeys.playerMatch(b)) == match)
        // Seating comes first; the match is listed as live once its row and snapshot exist.
        try await waitUntil(timeout: .seconds(15), "the match is listed as live") {
            try await redis.send(["SISMEMBER", MatchKeys.liveMatches, match]).int == 1
        }
        #expect(try await redis.send(["HEXISTS", MatchKeys.queueMembers, String(a)]).int == 0)
        let inMatch = try await core.client.send(.POST, "/internal/queue", json: QueueJoinRequest(userID: b, mode: .blitz, region: "us-east"), headers: headers)
        #expect(inMatch.status == 409 && inMatch.errorCode == "in_match")
        let metrics = try await core.client.send(.GET, "/metrics").text
        #expect(metrics.contains("arena_matches_created_total{mode=\"golf\"} 1"))
    }
}
