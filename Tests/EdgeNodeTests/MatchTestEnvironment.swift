import ArenaShared
import ArenaTestSupport
import CoreNode
import EdgeNode
import Foundation
import Matches

/// A core with short matches and a fast matchmaker, and one edge per region, for live-match tests.
final class MatchTestEnvironment: Sendable {
    let redis: TestRedis
    let core: TestCore
    let edges: [TestEdge]

    static let settings = MatchSettings(
        blitzSeconds: 240, blitzProblems: 2, golfSeconds: 120, royalePlayers: 3, royaleRoundSeconds: 60, sabotagePlantSeconds: 20,
        sabotageRepairSeconds: 120)

    static let solutions = TestDeployment.solutions

    static func start(regions: [String], persistentRedis: Bool = false, pools: [Int]? = nil) async throws -> MatchTestEnvironment {
        let deployment = try await TestDeployment.start(
            regions: regions, matchSettings: Self.settings, persistentRedis: persistentRedis, pools: pools, firstUID: 66_000)
        return MatchTestEnvironment(deployment: deployment)
    }

    private let deployment: TestDeployment

    private init(deployment: TestDeployment) {
        self.deployment = deployment
        self.redis = deployment.redis
        self.core = deployment.core
        self.edges = deployment.edges
    }

    /// Signs up `name` and opens a socket to `edge`.
    func player(_ name: String, on edge: TestEdge) async throws -> (client: LiveTestClient, auth: AuthResponse) {
        let auth = try await self.core.signUp(name)
        let client = LiveTestClient(name: name, port: edge.port, token: auth.accessToken)
        _ = try await client.next(type: "hello")
        return (client, auth)
    }

    func stop() async { await self.deployment.stop() }
}
