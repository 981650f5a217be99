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
/// Match, lobby and chat frames arrive with the live-match work; this is the
/// connection, its auth, its limits and `ping`.
struct LiveSocket: Sendable {
    let region: String
    let metrics: EdgeMetrics
    static let maximumFrameBytes = 64 * 1024
    static let framesPerSecond = 20

    struct Frame: Decodable {
        var type: String
        var id: String?
    }

    func addRoutes(to router: RouterGroup<EdgeRequestContext>) {
        router.ws("ws") { _, context in
            guard context.identity != nil else { throw APIError.unauthorized(TokenError.missing) }
            return .upgrade([:])
        } onUpgrade: { inbound, outbound, context in
            guard let identity = context.requestContext.identity else { return }
            self.metrics.webSocketConnections.increment()
            defer { self.metrics.webSocketConnections.decrement() }
            try await self.send(
                ["type": "hello", "protocol": "1", "region": self.region, "user": identity.name], to: outbound)
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
                        try await self.sendError("rate_limited", "more than \(Self.framesPerSecond) frames per second; slow down", id: nil, to: outbound)
                    }
                    if floodStrikes > 10 * Self.framesPerSecond {
                        try await outbound.close(.policyViolation, reason: "flood")
                        return
                    }
                    continue
                }
                guard case .text(let text) = message else {
                    try await self.sendError("invalid_frame", "frames are JSON text", id: nil, to: outbound)
                    continue
                }
                guard let frame = try? JSONDecoder().decode(Frame.self, from: Data(text.utf8)) else {
                    try await self.sendError("invalid_frame", "a frame is a JSON object with a string `type`", id: nil, to: outbound)
                    continue
                }
                switch frame.type {
                case "ping":
                    var reply = ["type": "pong"]
                    if let id = frame.id { reply["id"] = id }
                    try await self.send(reply, to: outbound)
                default:
                    try await self.sendError("unknown_type", "unknown frame type '\(frame.type.prefix(40))'", id: frame.id, to: outbound)
                }
            }
        }
    }

    private func send(_ object: [String: String], to outbound: WebSocketOutboundWriter) async throws {
        let data = try ArenaJSON.encoder().encode(object)
        try await outbound.write(.text(String(decoding: data, as: UTF8.self)))
    }

    private func sendError(_ code: String, _ message: String, id: String?, to outbound: WebSocketOutboundWriter) async throws {
        self.metrics.webSocketErrorFrames.increment()
        var frame = ["type": "error", "code": code, "message": message]
        if let id { frame["id"] = id }
        try await self.send(frame, to: outbound)
    }
}
