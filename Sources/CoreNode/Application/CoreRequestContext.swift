import ArenaHTTP
import ArenaShared
import Hummingbird
import Logging
import NIOCore

/// Per-request state of the core: the verified caller, if any.
public struct CoreRequestContext: AuthenticatedRequestContext, RequestContext {
    public var coreContext: CoreRequestContextStorage
    public var identity: AccessToken?
    /// The TCP peer (an edge, or a client calling the core directly).
    public let peerAddress: String?
    /// The connection, to read an internal caller's client certificate (`InternalCallerGate`).
    public let channel: any Channel

    public init(source: ApplicationRequestContextSource) {
        self.coreContext = .init(source: source)
        self.identity = nil
        self.peerAddress = source.channel.remoteAddress?.ipAddress
        self.channel = source.channel
    }

    /// Bodies are limited per route (`decodeJSON(limit:)`); this is the outer bound.
    public var maxUploadSize: Int { 40 * 1024 * 1024 }
}
