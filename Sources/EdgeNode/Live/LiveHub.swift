import ArenaShared
import Foundation
import Synchronization

/// Routes server-pushed frames (judge progress, later match events) to the sockets a
/// player has open on this edge. Each socket drains its own stream, so one slow socket
/// never blocks another, and the stream is bounded: a socket that stops reading loses
/// its oldest frames rather than growing without limit.
final class LiveHub: Sendable {
    private let sockets = Mutex<[Int64: [UUID: AsyncStream<String>.Continuation]]>([:])
    static let bufferedFrames = 256

    /// Registers a socket of `user`; the stream ends when it is disconnected.
    func connect(user: Int64) -> (id: UUID, frames: AsyncStream<String>) {
        let id = UUID()
        let (stream, continuation) = AsyncStream<String>.makeStream(bufferingPolicy: .bufferingNewest(Self.bufferedFrames))
        self.sockets.withLock { $0[user, default: [:]][id] = continuation }
        return (id, stream)
    }

    func disconnect(user: Int64, id: UUID) {
        let continuation = self.sockets.withLock { sockets -> AsyncStream<String>.Continuation? in
            let removed = sockets[user]?.removeValue(forKey: id)
            if sockets[user]?.isEmpty == true { sockets[user] = nil }
            return removed
        }
        continuation?.finish()
    }

    /// Sends one frame to one socket (replies to that socket's own frames).
    func send(_ text: String, user: Int64, socket id: UUID) {
        _ = self.sockets.withLock { $0[user]?[id] }?.yield(text)
    }

    /// Sends a frame to every socket of `user`.
    func send(_ frame: some Encodable, to user: Int64) {
        guard let data = try? ArenaJSON.encoder().encode(frame) else { return }
        let text = String(decoding: data, as: UTF8.self)
        for continuation in self.sockets.withLock({ Array(($0[user] ?? [:]).values) }) { continuation.yield(text) }
    }

    var connectionCount: Int { self.sockets.withLock { $0.values.reduce(0) { $0 + $1.count } } }
}
