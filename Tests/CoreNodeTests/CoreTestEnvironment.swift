import ArenaTestSupport
import CoreNode

/// A core on the shared PostgreSQL cluster (own database) with its own Redis.
struct CoreTestEnvironment {
    let redis: TestRedis
    let core: TestCore

    static func start(configure: (inout CoreConfiguration) -> Void = { _ in }) async throws -> CoreTestEnvironment {
        let cluster = try await TestPostgresCluster.shared()
        let database = try await cluster.makeDatabase()
        let redis = try await TestRedis.start()
        var configuration = TestCore.configuration(cluster: cluster, database: database, redis: redis)
        configure(&configuration)
        let core = try await TestCore.start(configuration)
        return CoreTestEnvironment(redis: redis, core: core)
    }

    func stop() async {
        await self.core.stop()
        try? await self.redis.stop()
    }
}
