import NIOWebSocket
import Prometheus
import ArenaHTTP
import ArenaShared
import Foundation
import Hummingbird
import HummingbirdWebSocket
import Logging
import NIOCore

/// The player's WebSocket (`/ws`). The access token is checked at the handshake (header
/// or `?access_token=`, since browsers cannot set headers there); every frame is
/// validated, and an invalid or flooding frame gets an error frame, never a crash.
/// Server-pushed frames (judge progress now, match events later) arrive through the
/// `LiveHub`; all writes to one socket go through its hub stream, so they never interleave.
struct LiveSocket: Sendable {
    let region: String
    let metrics: EdgeMetrics
    let hub: LiveHub
    let matches: MatchGateway
    /// Verifies `auth` frames (a fresh access token keeps the socket past the old one's expiry).
    let signer: TokenSigner
    let sessions: SessionSockets
    /// A `match:submit` carries a source up to the one limit every path shares; JSON may
    /// escape each byte to six (`\u0001`), plus room for the other fields.
    static let maximumFrameBytes = 6 * SubmissionRequest.maximumSourceBytes + 4096
    static let framesPerSecond = 20
    /// A browser sends a message as one frame, so frames may be as large as a message
    /// (the library's default of 16 KiB would drop the socket on a 20 KiB source).
    static let serverConfiguration = WebSocketServerConfiguration(maxFrameSize: maximumFrameBytes)

    func addRoutes(to router: RouterGroup<EdgeRequestContext>) {
        router.ws("ws") { _, context in
            guard let identity = context.identity else { throw APIError.unauthorized(TokenError.missing) }
            guard !self.sessions.isRevoked(identity.sid) else { throw APIError.unauthorized("this session was signed out; sign in again") }
            return .upgrade([:])
        } onUpgrade: { inbound, outbound, context in
            guard let identity = context.requestContext.identity else { return }
            self.metrics.webSocketConnections.increment()
            defer { self.metrics.webSocketConnections.decrement() }
            let (socket, frames) = self.hub.connect(user: identity.userID)
            let who = MatchGateway.Who(userID: identity.userID, name: identity.name, socket: socket)
            // Ends the socket's outbound stream; spectator counts and the queue follow (a second call does nothing).
            let leave: @Sendable () -> Void = {
                let (spectated, last) = self.hub.disconnect(user: identity.userID, id: socket)
                if !spectated.isEmpty || last { Task { await self.matches.disconnected(who, spectated: spectated, lastSocket: last) } }
            }
            defer { leave() }
            // The session this socket speaks for, and when its access token runs out (an `auth` frame moves both).
            let session = SocketSession(sid: identity.sid, expires: identity.exp)
            let endings = self.sessions.register(socket: socket, session: identity.sid)
            defer { self.sessions.unregister(socket: socket, session: session.current.sid) }
            let reply: @Sendable ([String: String]) -> Void = { object in
                guard let data = try? ArenaJSON.encoder().encode(object) else { return }
                self.hub.send(String(decoding: data, as: UTF8.self), user: identity.userID, socket: socket)
            }
            let replyError: @Sendable (String, String, String?) -> Void = { code, message, id in
                self.metrics.webSocketErrorFrames.increment()
                var frame = ["type": "error", "code": code, "message": message]
                if let id { frame["id"] = id }
                reply(frame)
            }
            try await withThrowingTaskGroup(of: Void.self) { group in
                group.addTask {
                    for await text in frames { try await outbound.write(.text(text)) }
                }
                reply([
                    "type": "hello", "protocol": "1", "serverTime": String(Int64(Date().timeIntervalSince1970 * 1000)), "region": self.region,
                    "user": identity.name, "sourceLimit": String(SubmissionRequest.maximumSourceBytes),
                ])
                group.addTask { await self.matches.announceSeat(who) }
                group.addTask {
                    // Sign-out anywhere, or the token running out: a clear close, code 4001.
                    for await end in endings {
                        try? await outbound.close(.unknown(SessionSockets.closeCode), reason: end.rawValue)
                        break
                    }
                }
                group.addTask {
                    while !Task.isCancelled {
                        let (sid, expires) = session.current
                        let left = Double(expires) - Date().timeIntervalSince1970
                        if left <= 0 {
                            // An `auth` frame may have renewed or moved the socket meanwhile: look
                            // again (the close makes the group cancel this task).
                            if session.current.expires != expires { continue }
                            if self.sessions.end(socket: socket, session: sid, .expired) { return }
                            try? await Task.sleep(for: .milliseconds(200))
                            continue
                        }
                        // Re-checked at least every 5 s, so an `auth` frame's new expiry is seen.
                        try? await Task.sleep(for: .seconds(min(left, 5)))
                    }
                }
                var windowStart = ContinuousClock.now
                var framesInWindow = 0
                var floodStrikes = 0
                for try await message in inbound.messages(maxSize: Self.maximumFrameBytes) {
                    let now = ContinuousClock.now
                    if now - windowStart >= .seconds(1) {
                        windowStart = now
                        framesInWindow = 0
                    }
                    framesInWindow += 1
                    if framesInWindow > Self.framesPerSecond {
                        floodStrikes += 1
                        if framesInWindow == Self.framesPerSecond + 1 {
                            replyError("rate_limited", "more than \(Self.framesPerSecond) frames per second; slow down", nil)
                        }
                        if floodStrikes > 10 * Self.framesPerSecond {
                            try await outbound.close(.policyViolation, reason: "flood")
                            break
                        }
                        continue
                    }
                    guard case .text(let text) = message else {
                        replyError("invalid_frame", "frames are JSON text", nil)
                        continue
                    }
                    guard let frame = try? JSONDecoder().decode(LiveFrame.self, from: Data(text.utf8)) else {
                        replyError("invalid_frame", "a frame is a JSON object with a string `type`", nil)
                        continue
                    }
                    switch frame.type {
                    case "auth":
                        self.reauthenticate(frame, session: session, socket: socket, userID: identity.userID, reply: reply, replyError: replyError)
                    case "ping":
                        var pong = ["type": "pong"]
                        if let id = frame.id { pong["id"] = id }
                        reply(pong)
                    default:
                        do throws(LiveError) {
                            if try await !self.matches.handle(frame, from: who) {
                                replyError("unknown_type", "unknown frame type '\(frame.type.prefix(40))'", frame.id)
                            }
                        } catch {
                            self.metrics.matchFramesRejected.increment()
                            replyError(error.code, error.message, frame.id)
                        }
                    }
                }
                leave()
                group.cancelAll()
                try await group.waitForAll()
            }
        }
    }

    /// `{"type":"auth","token":…}`: a fresh access token of the same player keeps the socket
    /// open past the old token's expiry (the web app and the CLI send one after each refresh).
    func reauthenticate(
        _ frame: LiveFrame, session: SocketSession, socket: UUID, userID: Int64,
        reply: @Sendable ([String: String]) -> Void, replyError: @Sendable (String, String, String?) -> Void
    ) {
        guard let jwt = frame.token, let token = try? self.signer.verify(jwt) else {
            replyError("auth_failed", "the token is not a valid access token; refresh and send it again", frame.id)
            return
        }
        guard token.userID == userID else {
            replyError("auth_failed", "the token belongs to another player; open a new socket to switch players", frame.id)
            return
        }
        let old = session.current.sid
        guard token.sid == old || self.sessions.move(socket: socket, from: old, to: token.sid) else {
            replyError("auth_failed", "that session was signed out; sign in again", frame.id)
            return
        }
        session.update(sid: token.sid, expires: token.exp)
        var ok = ["type": "auth:ok", "expiresAt": String(token.exp * 1000)]
        if let id = frame.id { ok["id"] = id }
        reply(ok)
    }
}
