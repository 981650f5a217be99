import ArenaHTTP
import HTTPTypes
import Hummingbird

/// Sets `clientAddress` from `Forwarded` / `X-Forwarded-For` when the peer is a trusted
/// proxy (`EdgeConfiguration.trustedProxies`); otherwise it stays the peer's address.
struct ClientAddressMiddleware: RouterMiddleware {
    typealias Context = EdgeRequestContext
    let trusted: TrustedProxies
    static let forwarded = HTTPField.Name("Forwarded")!
    static let forwardedFor = HTTPField.Name("X-Forwarded-For")!

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard !self.trusted.isEmpty else { return try await next(request, context) }
        var context = context
        context.clientAddress = self.trusted.clientAddress(
            peer: context.peerAddress, forwarded: request.headers[Self.forwarded], forwardedFor: request.headers[Self.forwardedFor])
        return try await next(request, context)
    }
}
