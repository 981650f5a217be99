import Logging
import NIOCore
import NIOPosix
import NIOSSL

/// One TCP (or TLS) connection to Redis with the RESP codec and request/response matching
/// installed, authenticated if the configuration has credentials.
///
/// Separate from ``RedisClient`` so the client can drop and replace connections (reconnect)
/// while this type stays simple: it never reconnects and is unusable once closed.
final class RedisConnection: Sendable {
    let channel: any Channel
    private let logger: Logger

    private init(channel: any Channel, logger: Logger) {
        self.channel = channel
        self.logger = logger
    }

    /// `true` until the socket has been closed by either side.
    var isActive: Bool { self.channel.isActive }

    /// Opens a connection, with TCP keepalive, TLS and `AUTH` as configured. The whole
    /// opening (TCP, handshake, `AUTH`) is bounded by `connectTimeout`; failures are reported
    /// as ``RedisError/connectFailed(host:port:underlying:)`` or
    /// ``RedisError/authenticationFailed(_:)``.
    static func connect(
        configuration: RedisConfiguration,
        eventLoopGroup: any EventLoopGroup,
        logger: Logger
    ) -> EventLoopFuture<RedisConnection> {
        let handlerLogger = logger
        let context: NIOSSLContext?
        do {
            context = try configuration.tls?.makeContext()
        } catch {
            return eventLoopGroup.any().makeFailedFuture(
                RedisError.connectFailed(host: configuration.host, port: configuration.port, underlying: "TLS setup: \(error)"))
        }
        return Self.bootstrap(configuration, eventLoopGroup)
            .channelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    try Self.addTLS(context, configuration, to: channel)
                    try channel.pipeline.syncOperations.addHandlers([
                        ByteToMessageHandler(RESPDecoder()),
                        RedisConnectionHandler(logger: handlerLogger),
                    ])
                }
            }
            .connect(host: configuration.host, port: configuration.port)
            .flatMapErrorThrowing { error in
                throw RedisError.connectFailed(host: configuration.host, port: configuration.port, underlying: "\(error)")
            }
            .flatMap { channel in
                let connection = RedisConnection(channel: channel, logger: logger)
                // TLS and AUTH happen on the first write; a peer that accepts TCP and never
                // answers is cut off at the connect deadline.
                let deadline = channel.eventLoop.scheduleTask(in: TimeAmount(configuration.connectTimeout)) { channel.close(promise: nil) }
                let opened: EventLoopFuture<RedisConnection>
                if let auth = configuration.authCommand {
                    opened = connection.sendFuture([auth]).flatMapThrowing { replies in
                        if case .error(let message) = replies.first { throw RedisError.authenticationFailed(message) }
                        return connection
                    }
                } else {
                    opened = channel.eventLoop.makeSucceededFuture(connection)
                }
                return opened.always { _ in deadline.cancel() }
                    .flatMapErrorThrowing { error in
                        channel.close(promise: nil)
                        if let redis = error as? RedisError, redis.isAuthenticationFailure { throw redis }
                        throw RedisError.connectFailed(
                            host: configuration.host, port: configuration.port, underlying: "no answer to the TLS handshake or AUTH in time (\(error))")
                    }
            }
            .map { connection in
                logger.debug("Connected to Redis", metadata: ["redis.address": "\(configuration.host):\(configuration.port)"])
                return connection
            }
    }

    /// TCP with keepalive (a peer that vanished is noticed by the kernel too) and the connect timeout.
    static func bootstrap(_ configuration: RedisConfiguration, _ group: any EventLoopGroup) -> ClientBootstrap {
        ClientBootstrap(group: group)
            .connectTimeout(TimeAmount(configuration.connectTimeout))
            .channelOption(ChannelOptions.socketOption(.so_keepalive), value: 1)
            .channelOption(ChannelOptions.tcpOption(.tcp_nodelay), value: 1)
    }

    /// The TLS handler first in the pipeline, checking the name Redis's certificate must
    /// carry (an IP address is checked against the certificate's IP entries instead).
    static func addTLS(_ context: NIOSSLContext?, _ configuration: RedisConfiguration, to channel: any Channel) throws {
        guard let context else { return }
        let name = configuration.tls?.serverName ?? configuration.host
        try channel.pipeline.syncOperations.addHandler(try NIOSSLClientHandler(context: context, serverHostname: Self.isIPAddress(name) ? nil : name))
    }

    static func isIPAddress(_ host: String) -> Bool {
        (try? SocketAddress(ipAddress: host, port: 0)) != nil
    }

    /// Writes `commands` back to back and returns their replies in order. Error replies are
    /// returned as ``RESPValue/error(_:)`` values; connection failures throw ``RedisError``.
    func send(_ commands: [[String]]) async throws -> [RESPValue] {
        try await self.sendFuture(commands).get()
    }

    func sendFuture(_ commands: [[String]]) -> EventLoopFuture<[RESPValue]> {
        let promise = self.channel.eventLoop.makePromise(of: [RESPValue].self)
        // If the channel is already closed the write never reaches the handler; fail here instead.
        self.channel.writeAndFlush(RedisRequest(commands: commands, promise: promise)).whenFailure { _ in
            promise.fail(RedisError.connectionClosed)
        }
        return promise.futureResult
    }

    /// Pings the connection every `interval` while it is open; one that does not answer within
    /// `timeout` is closed, so the next command reconnects instead of waiting on a dead peer.
    func startHealthCheck(interval: Duration, timeout: Duration) {
        let channel = self.channel
        let logger = self.logger
        let task = channel.eventLoop.scheduleRepeatedAsyncTask(initialDelay: TimeAmount(interval), delay: TimeAmount(interval)) { _ in
            let deadline = channel.eventLoop.scheduleTask(in: TimeAmount(timeout)) {
                logger.warning("Redis did not answer the health check PING in time; dropping the connection")
                channel.close(promise: nil)
            }
            return self.sendFuture([["PING"]]).map { _ in deadline.cancel() }.recover { _ in deadline.cancel() }
        }
        channel.closeFuture.whenComplete { _ in task.cancel() }
    }

    func close() async {
        do {
            try await self.channel.close()
        } catch ChannelError.alreadyClosed {
            // fine
        } catch {
            self.logger.debug("Error closing Redis connection", metadata: ["error": "\(error)"])
        }
    }
}
