import Logging
import NIOCore

/// Matches replies to requests on one Redis connection.
///
/// Redis answers commands strictly in order, so a FIFO of pending requests is all the bookkeeping
/// pipelining needs: each decoded reply completes the oldest outstanding command. When the
/// connection goes away (or its framing breaks) every pending request is failed, so no caller
/// waits forever. Lives on the channel's event loop, like every handler, so it needs no locks.
final class RedisConnectionHandler: ChannelDuplexHandler {
    typealias InboundIn = RESPValue
    typealias OutboundIn = RedisRequest
    typealias OutboundOut = ByteBuffer

    private struct Pending {
        var remaining: Int
        var replies: [RESPValue]
        var promise: EventLoopPromise<[RESPValue]>
    }

    private var pending = CircularBuffer<Pending>(initialCapacity: 16)
    private var isClosed = false
    private let logger: Logger

    init(logger: Logger) {
        self.logger = logger
    }

    func write(context: ChannelHandlerContext, data: NIOAny, promise: EventLoopPromise<Void>?) {
        let request = Self.unwrapOutboundIn(data)
        guard !self.isClosed else {
            request.promise.fail(RedisError.connectionClosed)
            promise?.fail(RedisError.connectionClosed)
            return
        }
        guard !request.commands.isEmpty else {
            request.promise.succeed([])
            promise?.succeed(())
            return
        }
        var buffer = context.channel.allocator.buffer(capacity: 64 * request.commands.count)
        for command in request.commands {
            RESPEncoder.writeCommand(command, into: &buffer)
        }
        var replies: [RESPValue] = []
        replies.reserveCapacity(request.commands.count)
        self.pending.append(Pending(remaining: request.commands.count, replies: replies, promise: request.promise))
        context.write(Self.wrapOutboundOut(buffer), promise: promise)
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        let reply = Self.unwrapInboundIn(data)
        guard !self.pending.isEmpty else {
            // A reply nobody asked for: the stream is out of sync and cannot be trusted.
            self.logger.error("Unexpected reply from Redis without a pending command; closing the connection")
            self.failAll(RedisError.protocolViolation)
            context.close(promise: nil)
            return
        }
        let index = self.pending.startIndex
        self.pending[index].replies.append(reply)
        self.pending[index].remaining -= 1
        if self.pending[index].remaining == 0 {
            let done = self.pending.removeFirst()
            done.promise.succeed(done.replies)
        }
    }

    func channelInactive(context: ChannelHandlerContext) {
        self.failAll(RedisError.connectionClosed)
        context.fireChannelInactive()
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        self.logger.debug("Redis connection error; closing", metadata: ["error": "\(error)"])
        self.failAll((error as? RedisError) ?? RedisError.connectionClosed)
        context.close(promise: nil)
    }

    private func failAll(_ error: RedisError) {
        self.isClosed = true
        while let request = self.pending.popFirst() {
            request.promise.fail(error)
        }
    }
}
