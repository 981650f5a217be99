import ArenaShared
import ArenaTestSupport
import Foundation
import LocalDeployment
import NIOHTTP1
import Testing

/// The operator's path on a real local deployment (`arena up` with its own PostgreSQL
/// primary + replica, Redis, core and edges as processes): add a third region to
/// regions.yaml, `plan` shows it, `apply` brings it up and it serves and reports metrics;
/// then remove a region: it is drained, stopped and forgotten.
@Suite("Region rollout on a local deployment", .timeLimit(.minutes(10)))
struct RegionRolloutTests {
    static var executable: String {
        URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("arena").path
    }

    static func yaml(core: Int, postgres: Int, replica: Int, redis: Int, regions: [(String, Int)]) -> String {
        var text = """
            version: 1
            core:
              host: 127.0.0.1
              port: \(core)
              postgres:
                database: arena
                user: arena
                primary: { host: 127.0.0.1, port: \(postgres) }
                replicas:
                  - { name: replica-a, host: 127.0.0.1, port: \(replica) }
              redis: { host: 127.0.0.1, port: \(redis) }
            regions:

            """
        for (name, port) in regions {
            text += "  - { name: \(name), host: 127.0.0.1, http_port: \(port), read_replica: replica-a, judge_pool: 1 }\n"
        }
        return text
    }

    @Test("add a third region with plan and apply, then drain and remove one")
    func addAndRemoveRegions() async throws {
        try await HeavyTestLock.run {
            let folder = try TemporaryDirectories.make(prefix: "arena-rollout")
            let data = folder + "/data"
            let config = folder + "/regions.yaml"
            let ports = try (0..<7).map { _ in try findFreePort() }
            func write(_ regions: [(String, Int)]) throws {
                try Self.yaml(core: ports[0], postgres: ports[1], replica: ports[2], redis: ports[3], regions: regions)
                    .write(toFile: config, atomically: true, encoding: .utf8)
            }
            func arena(_ arguments: [String], timeout: Duration = .seconds(240)) async throws -> ChildProcess.Outcome {
                try await ChildProcess.run([Self.executable] + arguments, timeout: timeout)
            }
            try write([("eu-west", ports[4]), ("us-east", ports[5])])
            // No problem library: this test is about regions (the library import has its own).
            let up = try await arena(
                ["up", "--detach", "--no-install", "--config", config, "--data", data, "--library", folder + "/no-library"], timeout: .seconds(300))
            #expect(up.status == 0, "\(up.output)\(up.errors)")
            guard up.status == 0 else { return }
            do {
                let common = ["--config", config, "--data", data]
                // Wait until both edges registered (heartbeats every 5 s).
                var plan = try await arena(["regions", "plan", "--detailed-exit-code"] + common)
                for _ in 0..<30 where plan.status != 0 {
                    try await Task.sleep(for: .seconds(1))
                    plan = try await arena(["regions", "plan", "--detailed-exit-code"] + common)
                }
                #expect(plan.status == 0, "the deployment should match its file: \(plan.output)\(plan.errors)")

                // Add ap-south.
                try write([("eu-west", ports[4]), ("us-east", ports[5]), ("ap-south", ports[6])])
                plan = try await arena(["regions", "plan", "--detailed-exit-code"] + common)
                #expect(plan.status == 2)
                #expect(plan.output.split(separator: "\n").contains { $0.hasPrefix("ap-south") && $0.contains("add") }, "\(plan.output)")
                let add = try await arena(["regions", "apply"] + common)
                #expect(add.status == 0, "\(add.output)\(add.errors)")
                #expect(add.output.contains("ap-south is live and ready: announced (added)"), "\(add.output)")
                let client = TestHTTPClient(baseURL: "http://127.0.0.1:\(ports[6])")
                #expect(try await client.send(.GET, "/health").status == 200)
                #expect(try await client.send(.GET, "/api/problems/a-plus-b").status == 200)
                let metrics = try await client.send(.GET, "/metrics").text
                #expect(metrics.contains(#"region="ap-south""#), "the new edge's metrics carry its region")
                #expect(try await arena(["regions", "plan", "--detailed-exit-code"] + common).status == 0)

                // Remove us-east: drained, its edge stopped, the registry forgets it.
                try write([("eu-west", ports[4]), ("ap-south", ports[6])])
                let remove = try await arena(["regions", "apply"] + common)
                #expect(remove.status == 0, "\(remove.output)\(remove.errors)")
                #expect(remove.output.contains("draining us-east") && remove.output.contains("us-east removed"), "\(remove.output)")
                #expect(!isPortOpen(ports[5]), "us-east's edge should have stopped")
                let after = try await arena(["regions", "plan", "--detailed-exit-code"] + common)
                #expect(after.status == 0, "\(after.output)")
                #expect(!after.output.contains("us-east"))
            } catch {
                _ = try? await arena(["down", "--data", data], timeout: .seconds(120))
                throw error
            }
            let down = try await arena(["down", "--data", data], timeout: .seconds(120))
            #expect(down.status == 0, "\(down.output)\(down.errors)")
            try? FileManager.default.removeItem(atPath: folder)
        }
    }
}
