import Crypto
import Logging
import NIOCore
import NIOPosix
import Synchronization

/// A Redis command client: one logical connection shared by all callers.
///
/// - Connects lazily on the first command, so creating a client never fails and nodes can start
///   before Redis is up.
/// - Pipelines: concurrent commands are written back to back on the one connection and their
///   replies matched in FIFO order, which is how Redis wants to be talked to (no pool needed).
/// - Reconnects transparently on the next command after the connection dropped (e.g. Redis
///   restarted). Commands in flight when it dropped fail with ``RedisError/connectionClosed``;
///   they are not retried automatically because they may already have been executed. After a
///   failed connect, commands fail at once with that error for a backoff (100 ms doubling up
///   to 1 s), so a down Redis is not hammered by every caller.
/// - Every command has a deadline (`commandTimeout`): a Redis that accepts and never answers
///   fails the call with ``RedisError/timedOut(_:)`` and the connection is dropped. An idle
///   connection is checked with `PING` (`healthCheckInterval`), and TCP keepalive is on.
/// - Authenticates (`AUTH user password`) and speaks TLS when configured.
///
/// Call ``close()`` when done (e.g. from a `ClosingService`).
public final class RedisClient: Sendable {
    private enum State {
        case idle
        case connecting(EventLoopFuture<RedisConnection>)
        case connected(RedisConnection)
        case closed
    }

    private enum Action {
        case use(RedisConnection)
        case wait(EventLoopFuture<RedisConnection>)
        case connect(EventLoopPromise<RedisConnection>)
    }

    private let configuration: RedisConfiguration
    private let eventLoopGroup: any EventLoopGroup
    private let logger: Logger
    private let state = Mutex<State>(.idle)
    /// Failed connects in a row, and until when new commands fail fast with the last error.
    private let backoff = Mutex<(failures: Int, until: ContinuousClock.Instant?, error: (any Error)?)>((0, nil, nil))

    public init(
        configuration: RedisConfiguration,
        eventLoopGroup: any EventLoopGroup = MultiThreadedEventLoopGroup.singleton,
        logger: Logger
    ) {
        self.configuration = configuration
        self.eventLoopGroup = eventLoopGroup
        var logger = logger
        logger[metadataKey: "redis.address"] = "\(configuration.host):\(configuration.port)"
        self.logger = logger
    }

    deinit {
        // Don't leak the socket if close() was never called.
        if case .connected(let connection) = self.state.withLock({ $0 }) {
            connection.channel.close(promise: nil)
        }
    }

    // MARK: Commands

    /// Sends one command, e.g. `["HSET", "h", "f", "v"]`, and returns its reply.
    ///
    /// - Throws: ``RedisError/server(_:)`` if Redis answers with an error reply (the connection
    ///   stays usable), or a connection-level ``RedisError`` (``RedisError/isConnectionError``).
    @discardableResult
    public func send(_ command: [String]) async throws -> RESPValue {
        let replies = try await self.sendWithDeadline([command])
        guard let reply = replies.first else {
            throw RedisError.protocolViolation
        }
        if case .error(let message) = reply {
            throw RedisError.server(message)
        }
        return reply
    }

    /// Sends several commands in one write and returns their replies in order.
    ///
    /// Error replies come back as ``RESPValue/error(_:)`` elements instead of being thrown, since
    /// the other commands were still executed. This is not a transaction: wrap the commands in
    /// `MULTI`/`EXEC` for atomicity.
    public func pipeline(_ commands: [[String]]) async throws -> [RESPValue] {
        if commands.isEmpty {
            return []
        }
        let replies = try await self.sendWithDeadline(commands)
        guard replies.count == commands.count else {
            throw RedisError.protocolViolation
        }
        return replies
    }

    /// Sends on the current connection and waits at most `commandTimeout`; past it the
    /// connection is closed (which fails everything pending on it) and this call throws
    /// ``RedisError/timedOut(_:)``.
    private func sendWithDeadline(_ commands: [[String]]) async throws -> [RESPValue] {
        let connection = try await self.connection()
        let expired = ExpiryFlag()
        let channel = connection.channel
        let deadline = channel.eventLoop.scheduleTask(in: TimeAmount(self.configuration.commandTimeout)) {
            expired.set()
            channel.close(promise: nil)
        }
        do {
            let replies = try await connection.sendFuture(commands).get()
            deadline.cancel()
            return replies
        } catch {
            deadline.cancel()
            if expired.isSet {
                let name = commands.count == 1 ? (commands[0].first ?? "a command") : "a pipeline of \(commands.count) commands"
                throw RedisError.timedOut("\(name) within \(self.configuration.commandTimeout)")
            }
            throw error
        }
    }

    // MARK: Conveniences

    /// Round-trips a `PING`; useful for readiness checks.
    public func ping() async throws {
        let reply = try await self.send(["PING"])
        guard reply.string == "PONG" else {
            throw RedisError.protocolViolation
        }
    }

    /// `GET key`: the value, or `nil` if the key does not exist.
    public func get(_ key: String) async throws -> String? {
        try await self.send(["GET", key]).string
    }

    /// `SET key value [PX milliseconds] [NX]`.
    ///
    /// - Parameters:
    ///   - expiresIn: time to live (millisecond precision, rounded up); `nil` for no expiry.
    ///   - onlyIfAbsent: only set the key if it does not exist yet (`NX`), e.g. for locks.
    /// - Returns: `true` if the value was stored, `false` if `onlyIfAbsent` was set and the key existed.
    @discardableResult
    public func set(
        _ key: String,
        _ value: String,
        expiresIn: Duration? = nil,
        onlyIfAbsent: Bool = false
    ) async throws -> Bool {
        var command = ["SET", key, value]
        if let expiresIn {
            command.append("PX")
            command.append(String(Self.milliseconds(expiresIn)))
        }
        if onlyIfAbsent {
            command.append("NX")
        }
        let reply = try await self.send(command)
        return !reply.isNull
    }

    /// `DEL key...`: the number of keys that existed and were removed.
    @discardableResult
    public func del(_ keys: String...) async throws -> Int {
        if keys.isEmpty {
            return 0
        }
        let reply = try await self.send(["DEL"] + keys)
        guard let count = reply.int else { throw RedisError.protocolViolation }
        return count
    }

    /// `PUBLISH channel message`: the number of subscribers (on this Redis node) that received it.
    @discardableResult
    public func publish(_ channel: String, _ message: String) async throws -> Int {
        let reply = try await self.send(["PUBLISH", channel, message])
        guard let count = reply.int else { throw RedisError.protocolViolation }
        return count
    }

    /// Closes the connection. Commands in flight fail with ``RedisError/connectionClosed``;
    /// later commands fail with ``RedisError/clientClosed``.
    public func close() async {
        let previous = self.state.withLock { state in
            let previous = state
            state = .closed
            return previous
        }
        switch previous {
        case .connected(let connection):
            await connection.close()
        case .connecting(let future):
            // The connect callback sees `.closed` and closes the new connection itself.
            _ = try? await future.get()
        case .idle, .closed:
            break
        }
    }

    // MARK: Connection management

    private func connection() async throws -> RedisConnection {
        let action: Action = try self.state.withLock { state throws(RedisError) -> Action in
            switch state {
            case .connected(let connection) where connection.isActive:
                return .use(connection)
            case .connecting(let future):
                return .wait(future)
            case .closed:
                throw RedisError.clientClosed
            case .idle, .connected:
                let now = ContinuousClock.now
                if let error = self.backoff.withLock({ backoff in backoff.until.map { now < $0 } == true ? backoff.error : nil }) {
                    throw (error as? RedisError) ?? RedisError.connectFailed(host: self.configuration.host, port: self.configuration.port, underlying: "\(error)")
                }
                let promise = self.eventLoopGroup.any().makePromise(of: RedisConnection.self)
                state = .connecting(promise.futureResult)
                return .connect(promise)
            }
        }

        switch action {
        case .use(let connection):
            return connection
        case .wait(let future):
            return try await future.get()
        case .connect(let promise):
            self.logger.debug("Connecting to Redis")
            RedisConnection.connect(
                configuration: self.configuration,
                eventLoopGroup: self.eventLoopGroup,
                logger: self.logger
            ).whenComplete { [weak self] result in
                guard let self else {
                    // The client went away while connecting; nobody can use the connection.
                    if case .success(let connection) = result { connection.channel.close(promise: nil) }
                    promise.fail(RedisError.clientClosed)
                    return
                }
                self.connectCompleted(result, promise: promise)
            }
            return try await promise.futureResult.get()
        }
    }

    private func connectCompleted(_ result: Result<RedisConnection, any Error>, promise: EventLoopPromise<RedisConnection>) {
        switch result {
        case .success(let connection):
            let stillWanted = self.state.withLock { state -> Bool in
                guard case .connecting(let future) = state, future === promise.futureResult else {
                    return false
                }
                state = .connected(connection)
                return true
            }
            guard stillWanted else {
                connection.channel.close(promise: nil)
                promise.fail(RedisError.clientClosed)
                return
            }
            // Weak: an open connection must not keep the client alive (deinit closes it).
            connection.channel.closeFuture.whenComplete { [weak self] _ in
                guard let self else { return }
                self.logger.debug("Redis connection closed")
                self.state.withLock { state in
                    if case .connected(let current) = state, current === connection {
                        state = .idle
                    }
                }
            }
            self.backoff.withLock { $0 = (0, nil, nil) }
            connection.startHealthCheck(interval: self.configuration.healthCheckInterval, timeout: self.configuration.commandTimeout)
            promise.succeed(connection)

        case .failure(let error):
            self.backoff.withLock { backoff in
                backoff.failures += 1
                let delay = Duration.milliseconds(min(1000, 100 << min(backoff.failures - 1, 10)))
                backoff = (backoff.failures, ContinuousClock.now + delay, error)
            }
            self.logger.debug("Connecting to Redis failed", metadata: ["error": "\(error)"])
            self.state.withLock { state in
                if case .connecting(let future) = state, future === promise.futureResult {
                    state = .idle
                }
            }
            promise.fail(error)
        }
    }

    /// Whole milliseconds, rounded up so a positive duration never becomes `PX 0`.
    private static func milliseconds(_ duration: Duration) -> Int64 {
        let (seconds, attoseconds) = duration.components
        let perMillisecond: Int64 = 1_000_000_000_000_000
        var milliseconds = seconds * 1000 + attoseconds / perMillisecond
        if attoseconds % perMillisecond > 0 {
            milliseconds += 1
        }
        return milliseconds
    }
}

extension RedisClient {
    /// `EVAL script numkeys keys... args...`: runs a Lua script atomically on the server
    /// (how two edges race for a lease, or a match snapshot is replaced only by its owner).
    /// Sent as `EVALSHA` (the script's SHA-1): Redis keeps compiled scripts, so the body
    /// travels only the first time after a Redis start (`NOSCRIPT` → `EVAL`, which caches it).
    @discardableResult
    public func eval(_ script: String, keys: [String], arguments: [String]) async throws -> RESPValue {
        do {
            return try await self.send(["EVALSHA", Self.scriptHash(script), String(keys.count)] + keys + arguments)
        } catch let error as RedisError where error.serverMessage?.hasPrefix("NOSCRIPT") == true {
            return try await self.send(["EVAL", script, String(keys.count)] + keys + arguments)
        }
    }

    /// The SHA-1 Redis names a script by (lowercase hex).
    public static func scriptHash(_ script: String) -> String {
        Insecure.SHA1.hash(data: Array(script.utf8)).map { byte in
            let digits = Array("0123456789abcdef".utf8)
            return String(decoding: [digits[Int(byte >> 4)], digits[Int(byte & 0xf)]], as: UTF8.self)
        }.joined()
    }
}

/// Set once by a command's deadline (on the event loop), read by the waiting caller.
private final class ExpiryFlag: Sendable {
    private let value = Atomic<Bool>(false)
    func set() { self.value.store(true, ordering: .releasing) }
    var isSet: Bool { self.value.load(ordering: .acquiring) }
}
