import ArenaTestSupport
import Foundation
import Logging
import NIOCore
import NIOPosix
import Replication
import Testing

/// A Redis that accepts connections and never answers (a black hole) fails calls at their
/// deadline with a clear error; scripts travel as EVALSHA once Redis has them.
@Suite("RedisClient deadlines, health and scripts", .timeLimit(.minutes(1)))
struct RedisDeadlineTests {
    let logger = Logger(label: "RedisDeadlineTests")

    /// A TCP listener on loopback that reads and discards everything.
    static func blackHole() async throws -> (port: Int, close: @Sendable () async -> Void) {
        let server = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .childChannelInitializer { channel in channel.eventLoop.makeSucceededVoidFuture() }
            .bind(host: "127.0.0.1", port: 0).get()
        let port = server.localAddress?.port ?? 0
        return (port, { try? await server.close() })
    }

    @Test("a command to a black-holed Redis fails at its deadline, names it, and the next one fails the same way")
    func blackHoledCommand() async throws {
        let hole = try await Self.blackHole()
        let client = RedisClient(
            configuration: RedisConfiguration(host: "127.0.0.1", port: hole.port, commandTimeout: .milliseconds(500)), logger: self.logger)
        for attempt in 0..<2 {
            let started = ContinuousClock.now
            do {
                try await client.set("arena:k", "v")
                Issue.record("a black hole answered")
            } catch let error as RedisError {
                #expect("\(error)".contains("did not answer SET within"), "\(error)")
                #expect(error.isConnectionError)
            }
            // Not a speed check (the whole suite shares two cores): it returned instead of hanging.
            #expect(ContinuousClock.now - started < .seconds(25), "attempt \(attempt)")
        }
        await client.close()
        await hole.close()
    }

    @Test("with credentials, a black hole fails the connect at the connect deadline")
    func blackHoledAuthentication() async throws {
        let hole = try await Self.blackHole()
        let client = RedisClient(
            configuration: RedisConfiguration(
                host: "127.0.0.1", port: hole.port, connectTimeout: .milliseconds(500), commandTimeout: .seconds(30),
                credentials: .init(username: "core", password: "secret")),
            logger: self.logger)
        let started = ContinuousClock.now
        await #expect(throws: RedisError.self) { try await client.ping() }
        #expect(ContinuousClock.now - started < .seconds(25), "returned instead of hanging")
        await client.close()
        await hole.close()
    }

    @Test("scripts run as EVALSHA; after SCRIPT FLUSH the body is sent once more")
    func scriptsByHash() async throws {
        let redis = try await TestRedis.start()
        let client = RedisClient(configuration: redis.configuration(), logger: self.logger)
        let script = "return redis.call('INCR', KEYS[1])"
        let hash = RedisClient.scriptHash(script)
        #expect(hash.count == 40)
        #expect(try await client.send(["SCRIPT", "EXISTS", hash]).elements?.first?.int == 0)
        #expect(try await client.eval(script, keys: ["arena:n"], arguments: []).int == 1)
        #expect(try await client.send(["SCRIPT", "EXISTS", hash]).elements?.first?.int == 1)
        #expect(try await client.eval(script, keys: ["arena:n"], arguments: []).int == 2)
        try await client.send(["SCRIPT", "FLUSH"])
        #expect(try await client.eval(script, keys: ["arena:n"], arguments: []).int == 3)
        // The server's own hash of the body agrees with ours.
        #expect(try await client.send(["SCRIPT", "LOAD", script]).string == hash)
        await client.close()
        try await redis.stop()
    }

    @Test("after a failed connect, commands fail fast for a moment, then reconnect once Redis is back")
    func reconnectBackoff() async throws {
        let redis = try await TestRedis.start()
        let client = RedisClient(configuration: redis.configuration(), logger: self.logger)
        try await client.ping()
        try await redis.stop()
        await #expect(throws: RedisError.self) { try await client.ping() }
        await #expect(throws: RedisError.self) { try await client.ping() }
        try await redis.restart()
        try await redisEventually(within: .seconds(5)) { try await client.ping() }
        await client.close()
        try await redis.stop()
    }
}
