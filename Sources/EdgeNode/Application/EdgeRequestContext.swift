import ArenaHTTP
import ArenaShared
import Hummingbird
import HummingbirdWebSocket
import Logging
import NIOCore

/// Per-request state of an edge: the verified caller, and the WebSocket handler slot
/// Hummingbird needs for upgrades.
public struct EdgeRequestContext: AuthenticatedRequestContext, WebSocketRequestContext, RequestContext {
    public var coreContext: CoreRequestContextStorage
    public let webSocket: WebSocketHandlerReference<EdgeRequestContext>
    public var identity: AccessToken?
    /// The TCP peer's IP (a player, or a reverse proxy in front of the edge).
    public let peerAddress: String?
    /// The player's IP, for per-client limits (sign-in brute force, sign-ups): the peer, or
    /// what a trusted proxy says it is (`ClientAddressMiddleware`).
    public var clientAddress: String?

    public init(source: ApplicationRequestContextSource) {
        self.coreContext = .init(source: source)
        self.webSocket = .init()
        self.identity = nil
        self.peerAddress = source.channel.remoteAddress?.ipAddress
        self.clientAddress = self.peerAddress
    }

    public var maxUploadSize: Int { 40 * 1024 * 1024 }
}
