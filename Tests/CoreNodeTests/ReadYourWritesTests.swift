import LocalDeployment
import NIOHTTP1
import ArenaShared
import ArenaTestSupport
import CoreNode
import Foundation
import Testing

/// Uses a private PostgreSQL cluster: it pauses WAL replay on the replica.
@Suite("Read-your-writes against a really lagging replica", .serialized, .timeLimit(.minutes(3)))
struct ReadYourWritesTests {
    /// A core on its own cluster and Redis, stopped when the test process exits.
    static func privateDeployment() async throws -> (TestPostgresCluster, TestCore) {
        let cluster = try await TestPostgresCluster.start()
        let redis = try await TestRedis.start()
        let database = try await cluster.makeDatabase()
        let core = try await TestCore.start(TestCore.configuration(cluster: cluster, database: database, redis: redis))
        return (cluster, core)
    }

    @Test("a writer's reads go to the primary while the replica lags, and back to the replica once it catches up")
    func lagRouting() async throws {
        let (cluster, core) = try await Self.privateDeployment()
        let client = core.client
        let admin = try await core.signUp(TestCore.adminUsername)
        // Warm up: the replica has everything so far and serves anonymous reads.
        try await waitUntil("replica serves reads") {
            try await client.send(.GET, "/api/problems/a-plus-b").header("x-arena-served-by") == "replica-a"
        }

        try await cluster.pauseReplay()
        let created = try await client.send(.POST, "/api/problems", json: TestFixtures.problem("lagging-problem"), bearer: admin.accessToken)
        #expect(created.status == 201)
        let lsn = try #require(created.header("x-arena-lsn"))
        #expect(LogSequenceNumber(lsn) != nil)

        // The writer sees its write at once, from the primary.
        let own = try await client.send(.GET, "/api/problems/lagging-problem", bearer: admin.accessToken)
        #expect(own.status == 200)
        #expect(own.header("x-arena-served-by") == "primary")
        // A reader carrying the position is routed the same way.
        let carried = try await client.send(.GET, "/api/problems/lagging-problem", headers: [(ArenaHeader.minimumLSN, lsn)])
        #expect(carried.status == 200)
        #expect(carried.header("x-arena-served-by") == "primary")
        // An anonymous reader is served by the replica, which really has not replayed it.
        // (On a loaded machine a slow lag probe can take the replica out of rotation for a
        // moment; then that read goes to the primary, so wait for a replica-served one.)
        let stale = Eventually<Int>()
        try await waitUntil("an anonymous read served by the lagging replica") {
            let reply = try await client.send(.GET, "/api/problems/lagging-problem")
            guard reply.header("x-arena-served-by") == "replica-a" else { return false }
            stale.set(reply.status)
            return true
        }
        #expect(try await stale.wait(timeout: .zero) == 404)

        try await cluster.resumeReplay()
        try await waitUntil("replica catches up and serves the writer again") {
            let reply = try await client.send(.GET, "/api/problems/lagging-problem", headers: [(ArenaHeader.minimumLSN, lsn)])
            return reply.status == 200 && reply.header("x-arena-served-by") == "replica-a"
        }
        let metrics = try await client.send(.GET, "/metrics").text
        #expect(metrics.contains("arena_replica_lag_bytes{replica=\"replica-a\"}"))
        #expect(metrics.contains("arena_db_reads_total{database=\"primary\"}"))
    }

    @Test("a stopped replica drops out of rotation and reads fall back to the primary")
    func replicaDown() async throws {
        let (cluster, core) = try await Self.privateDeployment()
        let client = core.client
        try await waitUntil("replica serves reads") {
            try await client.send(.GET, "/api/problems").header("x-arena-served-by") == "replica-a"
        }
        await cluster.replica.stop()
        let last = Eventually<String>()
        do {
            try await waitUntil("reads fall back to the primary") {
                let reply = try await client.send(.GET, "/api/problems")
                last.set("\(reply.status) \(reply.header("x-arena-served-by") ?? "-") \(reply.text.prefix(200))")
                return reply.status == 200 && reply.header("x-arena-served-by") == "primary"
            }
        } catch {
            Issue.record("last reply: \((try? await last.wait(timeout: .zero)) ?? "none")")
            throw error
        }
        let ready = try await client.send(.GET, "/ready")
        #expect(ready.status == 200)
        #expect(ready.text.contains("out of rotation"))
    }
}
