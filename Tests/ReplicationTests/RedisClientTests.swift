import ArenaTestSupport
import Logging
import NIOCore
import NIOPosix
import Replication
import Testing

@Suite("RedisClient against a real redis-server", .timeLimit(.minutes(1)))
struct RedisClientTests {
    let logger = Logger(label: "RedisClientTests")

    /// Starts a server and a client, runs `body`, and always cleans both up.
    private func withRedis(_ body: (TestRedis, RedisClient) async throws -> Void) async throws {
        let redis = try await TestRedis.start()
        let client = RedisClient(configuration: redis.configuration(), logger: self.logger)
        do {
            try await body(redis, client)
        } catch {
            await client.close()
            try? await redis.stop()
            throw error
        }
        await client.close()
        try await redis.stop()
    }

    @Test("ping, set, get, del, publish")
    func basicCommands() async throws {
        try await self.withRedis { _, client in
            try await withRedisTimeout(.seconds(30), "basic commands") {
                try await client.ping()
                #expect(try await client.get("missing") == nil)
                #expect(try await client.set("greeting", "héllo wörld"))
                #expect(try await client.get("greeting") == "héllo wörld")
                #expect(try await client.send(["EXISTS", "greeting"]).int == 1)
                #expect(try await client.del("greeting", "missing") == 1)
                #expect(try await client.get("greeting") == nil)
                #expect(try await client.del() == 0)
                #expect(try await client.publish("nobody-listens", "hi") == 0)
                #expect(try await client.send(["ECHO", "a\r\nb"]).string == "a\r\nb")
            }
        }
    }

    @Test("SET NX only sets absent keys; SET PX expires")
    func setOptions() async throws {
        try await self.withRedis { _, client in
            try await withRedisTimeout(.seconds(30), "set options") {
                #expect(try await client.set("lock", "a", onlyIfAbsent: true))
                #expect(try await client.set("lock", "b", onlyIfAbsent: true) == false)
                #expect(try await client.get("lock") == "a")

                // Margins for a loaded 2-core machine: the key must outlive one round trip.
                #expect(try await client.set("ttl", "x", expiresIn: .milliseconds(1500)))
                let pttl = try #require(try await client.send(["PTTL", "ttl"]).int)
                #expect(pttl > 0 && pttl <= 1500)
                #expect(try await client.set("long", "x", expiresIn: .seconds(60)))
                let longTTL = try #require(try await client.send(["PTTL", "long"]).int)
                #expect(longTTL > 59_000 && longTTL <= 60_000)

                try await Task.sleep(for: .milliseconds(1700))
                #expect(try await client.get("ttl") == nil)
                #expect(try await client.set("ttl", "y", expiresIn: .milliseconds(500), onlyIfAbsent: true))
            }
        }
    }

    @Test("pipelining 1,000 INCRs returns 1...1000 in order")
    func pipelineOrder() async throws {
        try await self.withRedis { _, client in
            try await withRedisTimeout(.seconds(30), "pipeline") {
                let replies = try await client.pipeline(Array(repeating: ["INCR", "counter"], count: 1000))
                #expect(replies.map(\.int) == Array(1...1000))
                #expect(try await client.pipeline([]) == [])
            }
        }
    }

    @Test("concurrent callers share one connection and each get their own reply")
    func concurrentCommands() async throws {
        try await self.withRedis { _, client in
            try await withRedisTimeout(.seconds(20), "concurrent commands") {
                try await withThrowingTaskGroup(of: Void.self) { group in
                    for index in 0..<200 {
                        group.addTask {
                            try await client.set("key-\(index)", "value-\(index)")
                            let value = try await client.get("key-\(index)")
                            #expect(value == "value-\(index)")
                        }
                    }
                    try await group.waitForAll()
                }
                let clients = try await client.send(["CLIENT", "LIST"]).string ?? ""
                #expect(clients.split(separator: "\n").count == 1)
            }
        }
    }

    @Test("an error reply throws RedisError.server and the connection stays usable")
    func errorReply() async throws {
        try await self.withRedis { _, client in
            try await withRedisTimeout(.seconds(30), "error reply") {
                try await client.set("text", "not a number")
                let error = await #expect(throws: RedisError.self) {
                    try await client.send(["INCR", "text"])
                }
                #expect(error?.serverMessage == "ERR value is not an integer or out of range")
                #expect(error?.isConnectionError == false)
                #expect(error.map { "\($0)" }?.contains("ERR value is not an integer") == true)

                let replies = try await client.pipeline([["INCR", "text"], ["INCR", "n"], ["NOSUCHCOMMAND"]])
                #expect(replies.count == 3)
                guard case .error(let message) = replies[0] else {
                    Issue.record("expected an error reply, got \(replies[0])")
                    return
                }
                #expect(message.hasPrefix("ERR value is not an integer"))
                #expect(replies[1] == .integer(1))
                guard case .error = replies[2] else {
                    Issue.record("expected an error reply, got \(replies[2])")
                    return
                }
                try await client.ping()
                #expect(try await client.get("text") == "not a number")
            }
        }
    }

    @Test("reconnects on the next command after Redis restarted")
    func reconnectsAfterRestart() async throws {
        try await self.withRedis { redis, client in
            try await withRedisTimeout(.seconds(20), "reconnect") {
                try await client.set("before", "restart")
                try await redis.restart()
                try await redisEventually(within: .seconds(5)) {
                    try await client.ping()
                }
                // Persistence is off, so the restarted server starts empty.
                #expect(try await client.get("before") == nil)
                #expect(try await client.set("after", "restart"))
                #expect(try await client.get("after") == "restart")
            }
        }
    }

    @Test("commands in flight when the connection drops fail with connectionClosed")
    func inFlightCommandsFail() async throws {
        try await self.withRedis { redis, client in
            try await withRedisTimeout(.seconds(20), "in-flight failure") {
                try await client.ping()
                let blocked = Task {
                    try await client.send(["BLPOP", "never-pushed", "0"])
                }
                // Make sure BLPOP reached the server before stopping it.
                try await redisEventually(within: .seconds(5)) {
                    let other = RedisClient(configuration: redis.configuration(), logger: self.logger)
                    defer { Task { await other.close() } }
                    let blockedClients = try await other.send(["INFO", "clients"]).string ?? ""
                    guard blockedClients.contains("blocked_clients:1") else {
                        throw RedisTestTimeout(description: "BLPOP not blocked yet")
                    }
                }
                try await redis.restart()
                let result = await blocked.result
                #expect(throws: RedisError.connectionClosed) { try result.get() }
                try await redisEventually(within: .seconds(5)) {
                    try await client.ping()
                }
            }
        }
    }

    @Test("connecting to a port without a server fails with connectFailed, and reconnects once it is back")
    func connectFailure() async throws {
        let redis = try await TestRedis.start()
        let port = redis.port
        try await redis.stop()
        var configuration = redis.configuration()
        configuration.connectTimeout = .seconds(1)
        let client = RedisClient(configuration: configuration, logger: self.logger)
        let error = await #expect(throws: RedisError.self) {
            try await withRedisTimeout(.seconds(30), "connect failure") { try await client.ping() }
        }
        #expect(error?.isConnectionError == true)
        #expect(error.map { "\($0)" }?.contains("Could not connect to Redis at 127.0.0.1:\(port)") == true)

        // Once the server is back, the same client works (after its reconnect backoff, at most 1 s).
        try await redis.restart()
        try await redisEventually(within: .seconds(5)) { try await client.ping() }
        await client.close()
        try await redis.stop()
    }

    @Test("a server answering garbage fails the command with protocolViolation")
    func protocolViolation() async throws {
        let server = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .childChannelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.addHandler(GarbageReplyHandler())
                }
            }
            .bind(host: "127.0.0.1", port: 0)
            .get()
        let port = try #require(server.localAddress?.port)
        // A generous deadline: this checks the protocol error, and the test process can stall
        // for seconds while the whole suite starts on two cores.
        let client = RedisClient(configuration: RedisConfiguration(host: "127.0.0.1", port: port, commandTimeout: .seconds(60)), logger: self.logger)
        await #expect(throws: RedisError.protocolViolation) {
            try await withRedisTimeout(.seconds(30), "garbage reply") { try await client.ping() }
        }
        await client.close()
        try await server.close()
    }

    @Test("commands after close() fail with clientClosed")
    func closedClient() async throws {
        try await self.withRedis { _, client in
            try await client.ping()
            await client.close()
            await #expect(throws: RedisError.clientClosed) {
                try await client.ping()
            }
        }
    }
}

/// Answers anything with bytes that are not RESP.
private final class GarbageReplyHandler: ChannelInboundHandler {
    typealias InboundIn = ByteBuffer
    typealias OutboundOut = ByteBuffer

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        context.writeAndFlush(Self.wrapOutboundOut(ByteBuffer(string: "HTTP/1.1 400 Bad Request\r\n")), promise: nil)
    }
}
