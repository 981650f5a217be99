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

/// Matches deal problems the seated players have not solved, nor met in a recent match.
@Suite("Fresh problems in matches", .timeLimit(.minutes(3)))
struct FreshProblemsTests {
    struct Created: Decodable { var match: String }

    @Test("players who solved two of the three problems get the third; met again only when nothing fresher is left")
    func dealsUnsolvedProblems() async throws {
        let environment = try await CoreTestEnvironment.start()
        defer { Task { await environment.stop() } }
        let core = environment.core
        let database = try await TestDatabase.open(environment)
        defer { database.close() }
        let redis = RedisClient(configuration: environment.redis.configuration(), logger: Logger(label: "test"))
        defer { Task { await redis.close() } }
        var tokens: [String: String] = [:]
        var ids: [String: Int64] = [:]
        for name in ["fresh1", "fresh2"] {
            let auth = try await core.signUp(name)
            tokens[name] = auth.accessToken
            ids[name] = auth.user.id
        }
        // Both solved A + B and Reverse Words (the seed's easy problems).
        try await database.primary.query(
            """
            INSERT INTO solves (user_id, problem_id, language, first_solved_at)
            SELECT u, p.id, 'python3', now() FROM problems p, unnest(\([ids["fresh1"]!, ids["fresh2"]!])::bigint[]) AS u
            WHERE p.slug IN ('a-plus-b', 'reverse-words')
            """)
        func golf() async throws -> [String] {
            let reply = try await core.client.startMatch(
                ChallengeRequest(mode: .golf, players: ["fresh1", "fresh2"]), tokens: [tokens["fresh1"]!, tokens["fresh2"]!])
            #expect(reply.status == 200, "\(reply.text)")
            let id = try reply.decode(Created.self).match
            try await redis.send(["DEL", MatchKeys.playerMatch(ids["fresh1"]!), MatchKeys.playerMatch(ids["fresh2"]!)])
            var problems: [String] = []
            for try await slugs in try await database.primary.query("SELECT problems FROM matches WHERE id = \(UUID(uuidString: id)!)").decode([String].self) {
                problems = slugs
            }
            return problems
        }
        // The only unsolved problem, every time: met recently beats solved.
        #expect(try await golf() == ["max-subarray"])
        #expect(try await golf() == ["max-subarray"])
        // A new, unsolved problem near their level is dealt before the one they just met.
        try await database.primary.query(
            """
            INSERT INTO problems (slug, title, statement, difficulty, tags, time_limit_ms, memory_limit_kb, modes)
            VALUES ('fresh-one', 'Fresh One', 'Print 1.', 1500, '{math}', 1000, 262144, '{golf}')
            """)
        #expect(try await golf() == ["fresh-one"])
        // A problem not suited to the mode is never dealt in it.
        try await database.primary.query("UPDATE problems SET modes = '{blitz}' WHERE slug = 'fresh-one'")
        #expect(try await golf() == ["max-subarray"])
    }
}
