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
    /// The peer's IP, for per-client limits (sign-in brute force).
    public let clientAddress: String?

    public init(source: ApplicationRequestContextSource) {
        self.coreContext = .init(source: source)
        self.webSocket = .init()
        self.identity = nil
        self.clientAddress = source.channel.remoteAddress?.ipAddress
    }

    public var maxUploadSize: Int { 40 * 1024 * 1024 }
}
