import ArenaShared
import Foundation
import Synchronization

/// Routes server-pushed frames (judge progress, match events, chat) to the sockets open
/// on this edge. Each socket drains its own stream, so one slow socket never blocks
/// another, and the stream is bounded: a socket that stops reading loses its oldest
/// frames rather than growing without limit (a match client that sees a gap in `seq`
/// asks for `match:state`).
final class LiveHub: Sendable {
    private struct Socket {
        var user: Int64
        var continuation: AsyncStream<String>.Continuation
    }

    private struct Sockets {
        var byUser: [Int64: [UUID: AsyncStream<String>.Continuation]] = [:]
        var all: [UUID: Socket] = [:]
        /// match id → sockets watching it (players and spectators), and which of them spectate.
        var watchers: [String: [UUID: Socket]] = [:]
        var spectating: [UUID: Set<String>] = [:]
    }

    private let sockets = Mutex(Sockets())
    static let bufferedFrames = 256

    /// Registers a socket of `user`; the stream ends when it is disconnected.
    func connect(user: Int64) -> (id: UUID, frames: AsyncStream<String>) {
        let id = UUID()
        let (stream, continuation) = AsyncStream<String>.makeStream(bufferingPolicy: .bufferingNewest(Self.bufferedFrames))
        self.sockets.withLock {
            $0.byUser[user, default: [:]][id] = continuation
            $0.all[id] = Socket(user: user, continuation: continuation)
        }
        return (id, stream)
    }

    /// Removes a socket; returns the matches it was spectating (their counts drop) and
    /// whether it was the user's last socket here.
    @discardableResult
    func disconnect(user: Int64, id: UUID) -> (spectated: Set<String>, lastSocket: Bool) {
        let (continuation, spectated, last) = self.sockets.withLock { sockets -> (AsyncStream<String>.Continuation?, Set<String>, Bool) in
            let removed = sockets.byUser[user]?.removeValue(forKey: id)
            if sockets.byUser[user]?.isEmpty == true { sockets.byUser[user] = nil }
            sockets.all[id] = nil
            for match in sockets.watchers.keys where sockets.watchers[match]?[id] != nil {
                sockets.watchers[match]?[id] = nil
                if sockets.watchers[match]?.isEmpty == true { sockets.watchers[match] = nil }
            }
            let spectated = sockets.spectating.removeValue(forKey: id) ?? []
            return (removed, spectated, removed != nil && sockets.byUser[user] == nil)
        }
        continuation?.finish()
        return (spectated, last)
    }

    /// Sends one frame to one socket (replies to that socket's own frames).
    func send(_ text: String, user: Int64, socket id: UUID) {
        _ = self.sockets.withLock { $0.all[id]?.continuation }?.yield(text)
    }

    func send(_ frame: some Encodable, socket id: UUID) {
        guard let text = Self.encode(frame) else { return }
        _ = self.sockets.withLock { $0.all[id]?.continuation }?.yield(text)
    }

    /// Sends a frame to every socket of `user`.
    func send(_ frame: some Encodable, to user: Int64) {
        guard let text = Self.encode(frame) else { return }
        self.send(text: text, to: user)
    }

    func send(text: String, to user: Int64) {
        for continuation in self.sockets.withLock({ Array(($0.byUser[user] ?? [:]).values) }) { continuation.yield(text) }
    }

    func isConnected(_ user: Int64) -> Bool { self.sockets.withLock { $0.byUser[user] != nil } }

    /// Every socket of `user` here receives `match`'s events from now on.
    func watch(match: String, user: Int64) {
        self.sockets.withLock { sockets in
            for (id, continuation) in sockets.byUser[user] ?? [:] {
                sockets.watchers[match, default: [:]][id] = Socket(user: user, continuation: continuation)
            }
        }
    }

    /// One socket watches `match`; `spectator` marks it for the spectator count. False if already watching.
    @discardableResult
    func watch(match: String, socket id: UUID, spectator: Bool) -> Bool {
        self.sockets.withLock { sockets in
            guard let socket = sockets.all[id], sockets.watchers[match]?[id] == nil else { return false }
            sockets.watchers[match, default: [:]][id] = socket
            if spectator { sockets.spectating[id, default: []].insert(match) }
            return true
        }
    }

    /// Stops one socket watching; true if it was spectating (the count drops).
    @discardableResult
    func unwatch(match: String, socket id: UUID) -> Bool {
        self.sockets.withLock { sockets in
            sockets.watchers[match]?[id] = nil
            if sockets.watchers[match]?.isEmpty == true { sockets.watchers[match] = nil }
            return sockets.spectating[id]?.remove(match) != nil
        }
    }

    func isWatching(match: String, socket id: UUID) -> Bool { self.sockets.withLock { $0.watchers[match]?[id] != nil } }

    /// Delivers an already-encoded match frame to every socket watching the match.
    func fanOut(match: String, text: String) {
        for socket in self.sockets.withLock({ Array(($0.watchers[match] ?? [:]).values) }) { socket.continuation.yield(text) }
    }

    /// After `match:end`: nobody needs the match's events any more.
    func forget(match: String) {
        self.sockets.withLock { sockets in
            for id in (sockets.watchers.removeValue(forKey: match) ?? [:]).keys { sockets.spectating[id]?.remove(match) }
        }
    }

    /// Global chat: every socket on this edge.
    func broadcast(text: String) {
        for socket in self.sockets.withLock({ Array($0.all.values) }) { socket.continuation.yield(text) }
    }

    var connectionCount: Int { self.sockets.withLock { $0.all.count } }
    var watchedMatches: Int { self.sockets.withLock { $0.watchers.count } }

    static func encode(_ frame: some Encodable) -> String? {
        guard let data = try? ArenaJSON.encoder().encode(frame) else { return nil }
        return String(decoding: data, as: UTF8.self)
    }
}
