import Dispatch
import Logging
import NIOCore
import NIOPosix
import NIOSSL
import ServiceLifecycle
import Synchronization

/// Receives Redis pub/sub messages on a dedicated connection, for the life of a `ServiceGroup`.
///
/// A connection in subscribe mode cannot run ordinary commands, hence a separate type from
/// ``RedisClient``. It runs as a swift-service-lifecycle `Service` so that it starts and stops
/// with the node, and it survives Redis restarts by itself: after the connection drops it emits
/// ``RedisSubscriberEvent/disconnected``, reconnects with exponential backoff (100 ms doubling up
/// to 2 s) and resubscribes, then emits ``RedisSubscriberEvent/subscribed(isResubscription:)``.
public final class RedisSubscriber: Service, Sendable {
    private let configuration: RedisConfiguration
    private let channels: [String]
    private let eventLoopGroup: any EventLoopGroup
    private let logger: Logger
    private let stream: AsyncStream<RedisSubscriberEvent>
    private let continuation: AsyncStream<RedisSubscriberEvent>.Continuation

    static let initialBackoff = Duration.milliseconds(100)
    static let maximumBackoff = Duration.seconds(2)

    public init(
        configuration: RedisConfiguration,
        channels: [String],
        eventLoopGroup: any EventLoopGroup = MultiThreadedEventLoopGroup.singleton,
        logger: Logger
    ) {
        self.configuration = configuration
        self.channels = channels
        self.eventLoopGroup = eventLoopGroup
        var logger = logger
        logger[metadataKey: "redis.address"] = "\(configuration.host):\(configuration.port)"
        logger[metadataKey: "redis.channels"] = "\(channels.joined(separator: ","))"
        self.logger = logger
        (self.stream, self.continuation) = AsyncStream.makeStream(
            of: RedisSubscriberEvent.self,
            bufferingPolicy: .bufferingNewest(10_000)
        )
    }

    /// Connection events and messages. Single consumer; if the consumer falls behind, only the
    /// newest 10,000 events are kept. Finishes when ``run()`` returns.
    public var events: AsyncStream<RedisSubscriberEvent> {
        self.stream
    }

    /// Subscribes and keeps the subscription alive until graceful shutdown or task cancellation,
    /// then returns (without throwing) and finishes ``events``.
    public func run() async throws {
        defer { self.continuation.finish() }
        await cancelWhenGracefulShutdown {
            await self.subscribeUntilCancelled()
        }
    }

    private func subscribeUntilCancelled() async {
        if self.channels.isEmpty {
            self.logger.warning("RedisSubscriber has no channels to subscribe to; idling until shutdown")
            while !Task.isCancelled {
                try? await Task.sleep(for: .seconds(3600))
            }
            return
        }
        var hasSubscribedBefore = false
        var backoff = Self.initialBackoff
        while !Task.isCancelled {
            var subscribed = false
            do {
                try await self.runConnection(isResubscription: hasSubscribedBefore) {
                    subscribed = true
                    hasSubscribedBefore = true
                    backoff = Self.initialBackoff
                }
            } catch {
                if !Task.isCancelled {
                    self.logger.log(
                        level: hasSubscribedBefore ? .warning : .info,
                        "Redis subscription connection failed; retrying",
                        metadata: ["error": "\(error)", "retry.in": "\(backoff)"]
                    )
                }
            }
            if Task.isCancelled {
                return
            }
            if subscribed {
                self.logger.warning("Redis subscription connection lost; resubscribing")
                self.continuation.yield(.disconnected)
            }
            do {
                try await Task.sleep(for: backoff)
            } catch {
                return
            }
            backoff = min(backoff * 2, Self.maximumBackoff)
        }
    }

    /// One connection: connect (TLS, `AUTH` as configured), SUBSCRIBE, forward messages until
    /// the connection ends. A `PING` every `healthCheckInterval` must be answered within
    /// `commandTimeout`, so a black-holed Redis is noticed and the subscription rebuilt.
    /// `onSubscribed` is called once Redis confirmed every channel.
    private func runConnection(
        isResubscription: Bool,
        onSubscribed: () -> Void
    ) async throws {
        let configuration = self.configuration
        let channel: NIOAsyncChannel<RESPValue, RESPValue>
        do {
            let context = try configuration.tls?.makeContext()
            channel = try await RedisConnection.bootstrap(configuration, self.eventLoopGroup)
                .connect(host: configuration.host, port: configuration.port) { channel in
                    channel.eventLoop.makeCompletedFuture {
                        try RedisConnection.addTLS(context, configuration, to: channel)
                        try channel.pipeline.syncOperations.addHandlers([
                            ByteToMessageHandler(RESPDecoder()),
                            MessageToByteHandler(RESPEncoder()),
                        ])
                        return try NIOAsyncChannel<RESPValue, RESPValue>(wrappingChannelSynchronously: channel)
                    }
                }
        } catch {
            throw RedisError.connectFailed(host: configuration.host, port: configuration.port, underlying: "\(error)")
        }

        let heartbeat = Heartbeat()
        let underlying = channel.channel
        let logger = self.logger
        try await channel.executeThenClose { inbound, outbound in
            try await withThrowingTaskGroup(of: Void.self) { group in
                group.addTask {
                    // Anything from Redis after the PING (a message, the pong) counts as alive;
                    // silence closes the connection, which ends the read below.
                    while true {
                        try await Task.sleep(for: configuration.healthCheckInterval)
                        let sent = Heartbeat.now()
                        try await outbound.write(.array([.bulk("PING")]))
                        try await Task.sleep(for: configuration.commandTimeout)
                        if heartbeat.last < sent {
                            logger.warning("Redis did not answer the subscription's health check PING in time; reconnecting")
                            underlying.close(promise: nil)
                            return
                        }
                    }
                }
                defer { group.cancelAll() }
                var iterator = inbound.makeAsyncIterator()
                if let auth = configuration.authCommand {
                    try await outbound.write(.array(auth.map(RESPValue.bulk)))
                    if case .error(let message) = try await iterator.next() { throw RedisError.authenticationFailed(message) }
                }
                try await outbound.write(.array((["SUBSCRIBE"] + self.channels).map(RESPValue.bulk)))
                try await self.forward(&iterator, heartbeat: heartbeat, isResubscription: isResubscription, onSubscribed: onSubscribed)
            }
        }
    }

    /// Reads pushes until the connection ends, forwarding messages.
    private func forward(
        _ iterator: inout NIOAsyncChannelInboundStream<RESPValue>.AsyncIterator, heartbeat: Heartbeat, isResubscription: Bool,
        onSubscribed: () -> Void
    ) async throws {
        var pending = Set(self.channels)
        while let value = try await iterator.next() {
            heartbeat.beat()
            guard case .array(.some(let parts)) = value, let kind = parts.first?.string else {
                if case .error(let message) = value {
                    throw RedisError.server(message)
                }
                throw RedisError.protocolViolation
            }
            switch kind {
            case "message" where parts.count == 3:
                guard let name = parts[1].string, let payload = parts[2].string else {
                    throw RedisError.protocolViolation
                }
                self.continuation.yield(.message(RedisPubSubMessage(channel: name, payload: payload)))
            case "subscribe" where parts.count == 3:
                guard !pending.isEmpty, let name = parts[1].string else { continue }
                pending.remove(name)
                if pending.isEmpty {
                    self.logger.info("Subscribed to Redis channels", metadata: ["resubscription": "\(isResubscription)"])
                    onSubscribed()
                    self.continuation.yield(.subscribed(isResubscription: isResubscription))
                }
            case "pong":
                break
            default:
                self.logger.debug("Ignoring unexpected pub/sub push", metadata: ["kind": "\(kind)"])
            }
        }
    }
}

/// When the subscription last heard from Redis (monotonic nanoseconds).
private final class Heartbeat: Sendable {
    private let value = Atomic<UInt64>(Heartbeat.now())
    static func now() -> UInt64 { DispatchTime.now().uptimeNanoseconds }
    func beat() { self.value.store(Self.now(), ordering: .relaxed) }
    var last: UInt64 { self.value.load(ordering: .relaxed) }
}
