import Foundation
import Synchronization

/// Why the edge ends a player's socket (sent as the close reason, code 4001).
enum SessionEnd: String, Sendable {
    // A close reason has at most 123 bytes.
    case expired = "token expired: send an auth frame with a fresh access token before it runs out"
    case revoked = "session ended: signed out or revoked"
}

/// Session ids are compared lowercased (tokens and the core's messages may differ in case).
/// Which open sockets belong to which session, so a sign-out or revocation anywhere
/// (published by the core on `arena:revoked-sessions`) closes them within moments, and a
/// socket whose token runs out without an `auth` frame is closed. Sessions revoked
/// recently are remembered, so a socket opened afterwards with a still-valid access
/// token is refused too.
final class SessionSockets: Sendable {
    /// The core's Redis channel for revoked session ids.
    static let channel = "arena:revoked-sessions"
    /// How long a revoked session is remembered (longer than any access token lives).
    static let memory: TimeInterval = 3600
    static let closeCode: UInt16 = 4001

    private struct State {
        var sockets: [String: [UUID: AsyncStream<SessionEnd>.Continuation]] = [:]
        var revoked: [String: Date] = [:]
    }

    private let state = Mutex(State())

    /// Registers a socket of session `sid`; its stream yields when the session ends.
    func register(socket: UUID, session sid: String) -> AsyncStream<SessionEnd> {
        let sid = sid.lowercased()
        let (stream, continuation) = AsyncStream.makeStream(of: SessionEnd.self, bufferingPolicy: .bufferingNewest(1))
        let revoked = self.state.withLock { state -> Bool in
            state.sockets[sid, default: [:]][socket] = continuation
            return state.revoked[sid] != nil
        }
        if revoked { continuation.yield(.revoked) }
        return stream
    }

    /// After an `auth` frame: the socket now belongs to the new token's session.
    func move(socket: UUID, from old: String, to new: String) -> Bool {
        let old = old.lowercased(), new = new.lowercased()
        return self.state.withLock { state in
            guard state.revoked[new] == nil, let continuation = state.sockets[old]?.removeValue(forKey: socket) else { return false }
            if state.sockets[old]?.isEmpty == true { state.sockets[old] = nil }
            state.sockets[new, default: [:]][socket] = continuation
            return true
        }
    }

    func unregister(socket: UUID, session sid: String) {
        let sid = sid.lowercased()
        let continuation = self.state.withLock { state in
            let removed = state.sockets[sid]?.removeValue(forKey: socket)
            if state.sockets[sid]?.isEmpty == true { state.sockets[sid] = nil }
            return removed
        }
        continuation?.finish()
    }

    /// Ends one socket (its token expired); false when it is no longer under `sid` (renewed).
    @discardableResult
    func end(socket: UUID, session sid: String, _ reason: SessionEnd) -> Bool {
        guard let continuation = self.state.withLock({ $0.sockets[sid.lowercased()]?[socket] }) else { return false }
        continuation.yield(reason)
        return true
    }

    /// A session was signed out or revoked: every socket of it closes.
    func revoke(session sid: String, now: Date = Date()) {
        let sid = sid.lowercased()
        let continuations = self.state.withLock { state in
            state.revoked = state.revoked.filter { now.timeIntervalSince($0.value) < Self.memory }
            state.revoked[sid] = now
            return Array((state.sockets[sid] ?? [:]).values)
        }
        for continuation in continuations { continuation.yield(.revoked) }
    }

    func isRevoked(_ sid: String) -> Bool {
        self.state.withLock { $0.revoked[sid.lowercased()] != nil }
    }

    var openSessions: Int { self.state.withLock { $0.sockets.count } }
}

/// The session one socket speaks for and when its access token runs out (an `auth` frame
/// moves both); shared by the socket's tasks.
final class SocketSession: Sendable {
    private let state: Mutex<(sid: String, expires: Int64)>

    init(sid: String, expires: Int64) {
        self.state = Mutex((sid, expires))
    }

    var current: (sid: String, expires: Int64) { self.state.withLock { $0 } }

    func update(sid: String, expires: Int64) {
        self.state.withLock { $0 = (sid, expires) }
    }
}
