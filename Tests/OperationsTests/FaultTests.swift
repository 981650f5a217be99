import ArenaShared
import ArenaTestSupport
import CoreNode
import Foundation
import LocalDeployment
import NIOHTTP1
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// Faults with real processes: the core killed with SIGKILL during a stream of
/// submissions, and the primary database dying with the replica promoted in its place.
@Suite("Faults with real processes", .serialized, .timeLimit(.minutes(10)))
struct FaultTests {
    struct Listing: Decodable { var items: [SubmissionSummary] }

    static var executable: String {
        URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("arena").path
    }

    /// `arena core` as its own process, on the test cluster and Redis.
    static func startCore(config: String, port: Int, log: String, redis: TestRedis, cluster: TestPostgresCluster) async throws -> ManagedProcess {
        var environment = ProcessInfo.processInfo.environment
        // As the rendered systemd unit passes them: credential files in $CREDENTIALS_DIRECTORY
        // (LoadCredential=), none in the environment or on the command line.
        let credentials = try TemporaryDirectories.make(prefix: "arena-credentials")
        try """
            ARENA_TOKEN_SECRET=\(TestCore.tokenSecret)
            ARENA_EDGE_SECRET=\(TestCore.edgeSecret)
            ARENA_REDIS_CA=\(redis.security?.caCertificatePath ?? "")
            ARENA_POSTGRES_CA=\(cluster.caCertificatePath)

            """.write(toFile: credentials + "/secrets.env", atomically: true, encoding: .utf8)
        try """
            ARENA_REDIS_PASSWORD=\(redis.security?.corePassword ?? "")
            ARENA_TOKEN_SIGNING_KEY=\(TestCore.tokenSigningKeyBase64)
            ARENA_POSTGRES_PASSWORD=\(cluster.applicationPassword)

            """.write(toFile: credentials + "/core-secrets.env", atomically: true, encoding: .utf8)
        environment["CREDENTIALS_DIRECTORY"] = credentials
        for name in ["ARENA_TOKEN_SECRET", "ARENA_EDGE_SECRET", "ARENA_REDIS_PASSWORD", "ARENA_TOKEN_SIGNING_KEY", "ARENA_POSTGRES_PASSWORD"] {
            environment[name] = nil
        }
        let core = try ManagedProcess(name: "core", executable: Self.executable, arguments: ["core", "--config", config], logFile: log, environment: environment)
        let client = TestHTTPClient(baseURL: "http://127.0.0.1:\(port)")
        for _ in 0..<300 {
            if (try? await client.send(.GET, "/ready"))?.status == 200 { return core }
            try await Task.sleep(for: .milliseconds(100))
        }
        Issue.record("the core did not become ready: \(core.logTail())")
        throw TestHarnessError.timeout("core")
    }

    @Test("kill -9 the core during a stream of submissions: every acknowledged one arrives once after the restart")
    func coreKilledDuringSubmissions() async throws {
        try await HeavyTestLock.run {
            let cluster = try await TestPostgresCluster.shared()
            let database = try await cluster.makeDatabase()
            let redis = try await TestRedis.start()
            let folder = try TemporaryDirectories.make(prefix: "arena-fault")
            let port = try findFreePort()
            try """
                version: 1
                core:
                  host: 127.0.0.1
                  port: \(port)
                  postgres:
                    database: \(database)
                    user: \(TestPostgresCluster.applicationUser)
                    primary: { host: 127.0.0.1, port: \(cluster.primary.port) }
                    replicas:
                      - { name: replica-a, host: 127.0.0.1, port: \(cluster.replica.port) }
                  redis: { host: 127.0.0.1, port: \(redis.port) }
                regions:
                  - { name: eu-west, host: 127.0.0.1, http_port: \(try findFreePort()), read_replica: replica-a }
                """.write(toFile: folder + "/regions.yaml", atomically: true, encoding: .utf8)
            var core = try await Self.startCore(config: folder + "/regions.yaml", port: port, log: folder + "/core-1.log", redis: redis, cluster: cluster)
            let edge = try await TestEdge.start(
                region: "eu-west", coreURL: "http://127.0.0.1:\(port)", redis: redis, submissionBurst: 1000, judgeQueueCapacity: 1000,
                judgePoolSize: 2, judgeFirstUID: 68_600)
            do {
                let source = TestDeployment.solutions["a-plus-b"]!
                var tokens: [String] = []
                for index in 0..<3 {
                    let reply = try await edge.client.signUp(username: "stream\(index)_\(UInt32.random(in: 0...999_999))", password: "correct horse battery")
                    #expect(reply.status == 201, "\(reply.text)")
                    tokens.append(try reply.decode(AuthResponse.self).accessToken)
                }
                // The stream: 45 submissions; the core dies with SIGKILL after the 15th and is
                // back after the 30th. Every 202 is a promise.
                var acknowledged: [Int: Set<String>] = [:]
                for index in 0..<45 {
                    if index == 15 {
                        kill(core.pid, SIGKILL)
                        _ = await core.waitForExit()
                    }
                    if index == 30 {
                        core = try await Self.startCore(config: folder + "/regions.yaml", port: port, log: folder + "/core-2.log", redis: redis, cluster: cluster)
                    }
                    let user = index % tokens.count
                    let key = "stream-\(index)"
                    let reply = try await edge.client.send(
                        .POST, "/api/submissions", json: SubmissionRequest(problem: "a-plus-b", language: "python3", source: source),
                        bearer: tokens[user], headers: [("Idempotency-Key", key)])
                    if reply.status == 202 { acknowledged[user, default: []].insert(try reply.decode(SubmissionReceipt.self).idempotencyKey) }
                    // A client retrying the same key is answered again, never stored twice.
                    if index % 10 == 3 {
                        _ = try await edge.client.send(
                            .POST, "/api/submissions", json: SubmissionRequest(problem: "a-plus-b", language: "python3", source: source),
                            bearer: tokens[user], headers: [("Idempotency-Key", key)])
                    }
                    try await Task.sleep(for: .milliseconds(40))
                }
                let total = acknowledged.values.map(\.count).reduce(0, +)
                #expect(total == 45, "the edge acknowledges while the core is down")

                // After the restart: each acknowledged submission at the core exactly once, judged.
                var stored: [Int: [SubmissionSummary]] = [:]
                for _ in 0..<300 {
                    for (user, token) in tokens.enumerated() {
                        stored[user] = try await edge.client.send(.GET, "/api/submissions?user=me&limit=100", bearer: token).decode(Listing.self).items
                    }
                    if stored.values.map(\.count).reduce(0, +) >= total, stored.values.allSatisfy({ $0.allSatisfy { $0.verdict != .pending } }) { break }
                    try await Task.sleep(for: .milliseconds(200))
                }
                for (user, keys) in acknowledged {
                    let rows = stored[user] ?? []
                    #expect(rows.count == keys.count, "user \(user): \(rows.count) stored for \(keys.count) acknowledged")
                    #expect(Set(rows.map(\.idempotencyKey)) == keys, "user \(user): the stored keys differ from the acknowledged ones")
                    #expect(rows.allSatisfy { $0.verdict == .accepted }, "user \(user): \(rows.map(\.verdict))")
                }
                #expect(edge.metric("arena_outbox_depth") == 0)
            } catch {
                await edge.stop()
                await core.stop()
                try? await redis.stop()
                throw error
            }
            await edge.stop()
            await core.stop()
            try? await redis.stop()
        }
    }

    @Test("the primary dies: the promoted replica has every committed write, and the core runs on it")
    func promoteReplica() async throws {
        try await HeavyTestLock.run {
            let cluster = try await TestPostgresCluster.start()
            let redis = try await TestRedis.start()
            let database = try await cluster.makeDatabase()
            var core = try await TestCore.start(TestCore.configuration(cluster: cluster, database: database, redis: redis))
            do {
                let name = "survivor_\(UInt32.random(in: 0...999_999))"
                _ = try await core.signUp(name)
                // Committed on the primary and replayed by the replica (asynchronous streaming:
                // a write the replica had not replayed would be lost with the primary).
                for _ in 0..<100 {
                    if try await cluster.replica.psql("SELECT count(*) FROM users WHERE username = '\(name)'", database: database) == "1" { break }
                    try await Task.sleep(for: .milliseconds(50))
                }
                await core.stop()
                await cluster.primary.kill()

                // The runbook's steps: promote, point the core at the new primary, no replicas.
                let bin = try PostgresServer.binDirectory()
                _ = try await runCommand("\(bin)/pg_ctl", ["promote", "-w", "-D", cluster.replica.dataDirectory], user: PostgresServer.runAsUser)
                #expect(try await cluster.replica.psql("SELECT pg_is_in_recovery()") == "f")
                var configuration = TestCore.configuration(cluster: cluster, database: database, redis: redis)
                configuration.postgres = PostgresDeployment(
                    database: database, user: TestPostgresCluster.applicationUser, primary: Endpoint(host: "127.0.0.1", port: cluster.replica.port), replicas: [])
                configuration.regionReplicas = [:]
                core = try await TestCore.start(configuration)
                let signIn = try await core.client.send(.POST, "/api/auth/signin", json: SignInRequest(username: name, password: "correct horse battery"))
                #expect(signIn.status == 200, "\(signIn.text)")
                // Writes work on the new primary.
                _ = try await core.signUp("after_\(UInt32.random(in: 0...999_999))")
                #expect(try await core.client.send(.GET, "/ready").status == 200)
            } catch {
                await core.stop()
                try? await redis.stop()
                await cluster.stop()
                throw error
            }
            await core.stop()
            try? await redis.stop()
            await cluster.stop()
        }
    }
}
