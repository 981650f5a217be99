import ArenaShared
import ArenaTestSupport
import Foundation
import Logging
import Matches
import NIOHTTP1
import Replication
import Testing

@testable import CoreNode

/// The holes in read-your-writes that issue 15 named: a match result recorded no position
/// for its players, a lower position could overwrite a higher one, an unreadable position
/// let any replica serve, and each core clamped client positions by its own writes only.
/// Each test pauses WAL replay on a private cluster, so a stale read would really be stale.
@Suite("Read-your-writes positions", .serialized, .timeLimit(.minutes(4)))
struct ReadYourWritesPositionTests {
    struct Deployment {
        var cluster: TestPostgresCluster
        var redis: TestRedis
        var database: String
        var core: TestCore
    }

    static func deployment() async throws -> Deployment {
        let cluster = try await TestPostgresCluster.start()
        let redis = try await TestRedis.start()
        let database = try await cluster.makeDatabase()
        let core = try await TestCore.start(TestCore.configuration(cluster: cluster, database: database, redis: redis))
        return Deployment(cluster: cluster, redis: redis, database: database, core: core)
    }

    static func redisClient(_ redis: TestRedis) -> RedisClient {
        RedisClient(configuration: redis.configuration(), logger: Logger(label: "test.ryw"))
    }

    struct Created: Decodable { var match: String }

    @Test("a match result makes every player's next read wait for it, not only the committing edge's")
    func matchResultForEveryPlayer() async throws {
        let deployment = try await Self.deployment()
        let client = deployment.core.client
        let ann = try await deployment.core.signUp("ryw_ann")
        let bob = try await deployment.core.signUp("ryw_bob")
        let created = try await client.startMatch(
            ChallengeRequest(mode: .blitz, players: ["ryw_ann", "ryw_bob"], rated: true), tokens: [ann.accessToken, bob.accessToken])
        #expect(created.status == 200, "\(created.text)")
        let match = try created.decode(Created.self).match
        // Bob's own reads are served by the replica once it has his sign-up.
        try await waitUntil("bob's reads on the replica") {
            try await client.send(.GET, "/api/users/ryw_bob/ratings?mode=blitz", bearer: bob.accessToken).header("x-arena-served-by") == "replica-a"
        }

        try await deployment.cluster.pauseReplay()
        let result = MatchResultRequest(
            mode: .blitz,
            standings: [
                MatchStanding(userID: ann.user.id, username: "ryw_ann", place: 1, score: 100),
                MatchStanding(userID: bob.user.id, username: "ryw_bob", place: 2, score: 0),
            ], endReason: "test")
        let committed = try await client.send(
            .POST, "/internal/matches/\(match)/result", json: result, headers: [(ArenaHeader.edgeSecret, TestCore.edgeSecret)])
        #expect(committed.status == 200, "\(committed.text)")
        #expect(committed.header("x-arena-lsn") != nil, "the commit hands back its position")
        // Bob committed nothing himself; his next read must still show the result.
        let read = try await client.send(.GET, "/api/users/ryw_bob/ratings?mode=blitz", bearer: bob.accessToken)
        #expect(read.header("x-arena-served-by") == "primary", "a lagging replica would show bob's old rating")
        #expect(read.text.contains("\"after\""), "the new rating is in bob's history: \(read.text.prefix(300))")
        try await deployment.cluster.resumeReplay()
    }

    @Test("a stored position only rises: a slower core committing an older position does not move it back")
    func positionsOnlyRise() async throws {
        let redis = try await TestRedis.start()
        let client = Self.redisClient(redis)
        defer { Task { await client.close() } }
        func store(_ position: String, _ keys: [String]) async throws -> Int? {
            try await client.eval(ReadConsistency.storeIfHigher, keys: keys, arguments: [position, "60000"]).int
        }
        #expect(try await store("0/20", ["k1", "k2"]) == 2)
        #expect(try await store("0/10", ["k1", "k2"]) == 0)
        #expect(try await client.get("k1") == "0/20")
        #expect(try await store("0/FF", ["k1"]) == 1)
        #expect(try await store("1/0", ["k1", "k2"]) == 2)
        #expect(try await store("0/FFFFFFFF", ["k1"]) == 0, "the high half decides first")
        #expect(try await client.get("k2") == "1/0")
        #expect((try await client.send(["PTTL", "k1"]).int ?? 0) > 0, "every position keeps its window")
        await #expect(throws: (any Error).self) { _ = try await store("not-a-position", ["k1"]) }
        #expect(try await client.get("k1") == "1/0")
    }

    @Test("an unreadable stored position sends the reader to the primary, not to any replica")
    func unreadablePositionReadsThePrimary() async throws {
        let deployment = try await Self.deployment()
        let client = deployment.core.client
        let cay = try await deployment.core.signUp("ryw_cay")
        try await waitUntil("cay's reads on the replica") {
            try await client.send(.GET, "/api/me", bearer: cay.accessToken).header("x-arena-served-by") == "replica-a"
        }
        let redis = Self.redisClient(deployment.redis)
        defer { Task { await redis.close() } }
        try await redis.send(["SET", ReadConsistency.key(for: cay.user.id), "garbage", "EX", "60"])
        #expect(try await client.send(.GET, "/api/me", bearer: cay.accessToken).header("x-arena-served-by") == "primary")
    }

    @Test("a position written through one core is honoured by another core that never saw it")
    func sharedClamp() async throws {
        let deployment = try await Self.deployment()
        let second = try await TestCore.start(TestCore.configuration(cluster: deployment.cluster, database: deployment.database, redis: deployment.redis))
        defer { Task { await second.stop() } }
        let admin = try await deployment.core.signUp(TestCore.adminUsername)
        // The second core writes once, so it knows a (soon old) highest position.
        let dee = try await second.client.signUp(username: "ryw_dee", password: "correct horse battery")
            .decode(AuthResponse.self)
        // Once dee's own reads are on the replica, it has replayed that write: clamped to
        // it, a position would let the replica serve.
        try await waitUntil("the replica has the second core's write") {
            try await second.client.send(.GET, "/api/me", bearer: dee.accessToken).header("x-arena-served-by") == "replica-a"
        }
        try await deployment.cluster.pauseReplay()
        let created = try await deployment.core.client.send(.POST, "/api/problems", json: TestFixtures.problem("shared-clamp"), bearer: admin.accessToken)
        #expect(created.status == 201, "\(created.text)")
        let position = try #require(created.header("x-arena-lsn"))
        // Anonymous, on the other core, carrying the writer's position.
        let read = try await second.client.send(.GET, "/api/problems/shared-clamp", headers: [(ArenaHeader.minimumLSN, position)])
        #expect(read.status == 200, "clamped to the second core's own older writes, the lagging replica answered: \(read.status)")
        #expect(read.header("x-arena-served-by") == "primary")
        try await deployment.cluster.resumeReplay()
    }
}
