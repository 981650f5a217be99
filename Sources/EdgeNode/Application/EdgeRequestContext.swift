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

    public init(source: ApplicationRequestContextSource) {
        self.coreContext = .init(source: source)
        self.webSocket = .init()
        self.identity = nil
    }

    public var maxUploadSize: Int { 40 * 1024 * 1024 }
}
