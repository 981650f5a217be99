import Logging
import NIOCore
import NIOPosix

/// One TCP connection to Redis with the RESP codec and request/response matching installed.
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

    /// Opens a connection; failures are reported as ``RedisError/connectFailed(host:port:underlying:)``.
    static func connect(
        configuration: RedisConfiguration,
        eventLoopGroup: any EventLoopGroup,
        logger: Logger
    ) -> EventLoopFuture<RedisConnection> {
        let handlerLogger = logger
        return ClientBootstrap(group: eventLoopGroup)
            .connectTimeout(TimeAmount(configuration.connectTimeout))
            .channelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.addHandlers([
                        ByteToMessageHandler(RESPDecoder()),
                        RedisConnectionHandler(logger: handlerLogger),
                    ])
                }
            }
            .connect(host: configuration.host, port: configuration.port)
            .flatMapErrorThrowing { error in
                throw RedisError.connectFailed(
                    host: configuration.host,
                    port: configuration.port,
                    underlying: "\(error)"
                )
            }
            .map { channel in
                logger.debug("Connected to Redis", metadata: ["redis.address": "\(configuration.host):\(configuration.port)"])
                return RedisConnection(channel: channel, logger: logger)
            }
    }

    /// Writes `commands` back to back and returns their replies in order. Error replies are
    /// returned as ``RESPValue/error(_:)`` values; connection failures throw ``RedisError``.
    func send(_ commands: [[String]]) async throws -> [RESPValue] {
        let promise = self.channel.eventLoop.makePromise(of: [RESPValue].self)
        // If the channel is already closed the write never reaches the handler; fail here instead.
        self.channel.writeAndFlush(RedisRequest(commands: commands, promise: promise)).whenFailure { _ in
            promise.fail(RedisError.connectionClosed)
        }
        return try await promise.futureResult.get()
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
