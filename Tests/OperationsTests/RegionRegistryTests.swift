import ArenaShared
import ArenaTestSupport
import Foundation
import NIOHTTP1
import Testing

/// Edges register with the core and heartbeat; `arena regions plan` compares that
/// registry with a regions.yaml.
@Suite("Region registry and plan", .timeLimit(.minutes(5)))
struct RegionRegistryTests {
    struct Listing: Decodable { var items: [RegisteredRegion] }

    static var executable: String {
        URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("arena").path
    }

    @Test("both edges appear live with their settings; plan says keep, change, add and drain; bad heartbeats and a wrong secret change nothing")
    func registryAndPlan() async throws {
        let deployment = try await TestDeployment.start(regions: ["eu-west", "us-east"], firstUID: 68_500)
        do {
            let core = deployment.core.client
            let secret = [("X-Arena-Edge-Secret", TestCore.edgeSecret)]
            var regions: [RegisteredRegion] = []
            for _ in 0..<50 {
                regions = try await core.send(.GET, "/internal/regions", headers: secret).decode(Listing.self).items
                // The first heartbeat may leave before the listener has bound its port.
                if regions.count == 2 && regions.allSatisfy({ $0.liveEdges.count == 1 && $0.settings.httpPort != 0 }) { break }
                try await Task.sleep(for: .milliseconds(100))
            }
            #expect(regions.map(\.name) == ["eu-west", "us-east"])
            #expect(regions.allSatisfy { $0.state == .active && $0.liveEdges.first?.ready == true && $0.liveEdges.first?.version == ArenaBuild.version })
            // The ports really bound, not the configured 0.
            #expect(regions[0].settings.httpPort == deployment.edges[0].port)
            #expect(regions[0].settings.judgePool == 1)

            // Only edges may heartbeat or read the registry; nonsense is refused.
            #expect(try await core.send(.GET, "/internal/regions").status == 403)
            let bad = try await core.send(.POST, "/internal/regions/heartbeat", body: Data(#"{"region":"Not A Name"}"#.utf8), headers: secret)
            #expect(bad.status == 400)
            #expect(try await core.send(.GET, "/internal/regions", headers: secret).decode(Listing.self).items.count == 2)

            // A regions.yaml that keeps eu-west, grows us-east's judge pool and adds ap-south.
            let folder = try TemporaryDirectories.make(prefix: "arena-plan")
            func yaml(_ regions: String) throws -> String {
                let path = folder + "/regions-\(UUID().uuidString.prefix(6)).yaml"
                try """
                    version: 1
                    core:
                      host: 127.0.0.1
                      port: \(deployment.core.port)
                      postgres:
                        database: arena
                        user: arena
                        primary: { host: 127.0.0.1, port: 15432 }
                      redis: { host: 127.0.0.1, port: 16379 }
                    regions:
                    \(regions)
                    """.write(toFile: path, atomically: true, encoding: .utf8)
                return path
            }
            let eu = "  - { name: eu-west, host: 127.0.0.1, http_port: \(deployment.edges[0].port), judge_pool: 1, cache_entries: 100, cache_ttl_seconds: 3600 }"
            let grow = try yaml(
                eu + "\n  - { name: us-east, host: 127.0.0.1, http_port: \(deployment.edges[1].port), judge_pool: 3, cache_entries: 100, cache_ttl_seconds: 3600 }"
                    + "\n  - { name: ap-south, host: 127.0.0.1, http_port: 18082 }")
            let plan = try await ChildProcess.run(
                [Self.executable, "regions", "plan", "--config", grow, "--detailed-exit-code"], environment: ["ARENA_EDGE_SECRET": TestCore.edgeSecret])
            #expect(plan.status == 2, "\(plan.output)\(plan.errors)")
            let lines = plan.output.split(separator: "\n").map(String.init)
            #expect(lines.contains { $0.hasPrefix("eu-west") && $0.contains("keep") && $0.contains("1 live edge(s)") }, "\(plan.output)")
            #expect(lines.contains { $0.hasPrefix("us-east") && $0.contains("change") && $0.contains("judge_pool: 1 → 3") })
            #expect(lines.contains { $0.hasPrefix("ap-south") && $0.contains("add") })
            #expect(plan.output.contains("plan: 1 to add, 1 to change"))

            // Without us-east: drain it. The same file as deployed: nothing to do.
            let shrink = try await ChildProcess.run(
                [Self.executable, "regions", "plan", "--config", try yaml(eu)], environment: ["ARENA_EDGE_SECRET": TestCore.edgeSecret])
            #expect(shrink.status == 0)
            #expect(shrink.output.contains("us-east") && shrink.output.contains("drain"), "\(shrink.output)")
            // A wrong secret is a clear error, exit 1.
            let forged = try await ChildProcess.run(
                [Self.executable, "regions", "plan", "--config", grow], environment: ["ARENA_EDGE_SECRET": "not-the-secret-at-all"])
            #expect(forged.status == 1)
            #expect(forged.errors.contains("answered 403"))
        } catch {
            await deployment.stop()
            throw error
        }
        await deployment.stop()
    }
}
