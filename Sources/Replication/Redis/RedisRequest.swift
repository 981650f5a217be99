import NIOCore

/// One write to a ``RedisConnectionHandler``: commands sent back to back, and the promise that
/// receives their replies in the same order once all have arrived.
///
/// A single `send` is a request with one command; a `pipeline` is one request with many, so it
/// costs one promise and one socket write however long it is.
struct RedisRequest: Sendable {
    var commands: [[String]]
    var promise: EventLoopPromise<[RESPValue]>
}
