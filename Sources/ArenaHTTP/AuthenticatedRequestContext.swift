import ArenaShared
import Foundation
import Hummingbird

/// A request context that can carry the caller's verified access token.
public protocol AuthenticatedRequestContext: RequestContext {
    var identity: AccessToken? { get set }
}

extension AuthenticatedRequestContext {
    /// The caller's identity, or a 401 telling how to get one.
    public func requireIdentity() throws -> AccessToken {
        guard let identity = self.identity else { throw APIError.unauthorized(TokenError.missing) }
        return identity
    }

    public func requireAdmin() throws -> AccessToken {
        let identity = try self.requireIdentity()
        guard identity.isAdmin else { throw APIError.forbidden("this action needs the admin role") }
        return identity
    }
}

/// Verifies `Authorization: Bearer` tokens. A request without one passes through
/// anonymous (routes decide whether they need a user); a bad one is refused here.
public struct BearerAuthenticator<Context: AuthenticatedRequestContext>: RouterMiddleware {
    let signer: TokenSigner
    /// Extra check for revocation; the core looks up the session, edges rely on short token lifetimes.
    let isRevoked: @Sendable (AccessToken) async throws -> Bool
    /// False on the auth endpoints: a stale token must not stop a player from signing in
    /// again, refreshing, or signing out (the request then runs anonymous).
    let rejectsInvalidTokens: Bool

    public init(
        signer: TokenSigner, rejectsInvalidTokens: Bool = true,
        isRevoked: @escaping @Sendable (AccessToken) async throws -> Bool = { _ in false }
    ) {
        self.signer = signer
        self.rejectsInvalidTokens = rejectsInvalidTokens
        self.isRevoked = isRevoked
    }

    public func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard let token = Self.bearerToken(in: request) else { return try await next(request, context) }
        let identity: AccessToken
        do {
            identity = try self.signer.verify(token)
        } catch {
            guard self.rejectsInvalidTokens else { return try await next(request, context) }
            throw APIError.unauthorized(error)
        }
        if try await self.isRevoked(identity) {
            guard self.rejectsInvalidTokens else { return try await next(request, context) }
            throw APIError.unauthorized(TokenError.revoked)
        }
        var context = context
        context.identity = identity
        return try await next(request, context)
    }

    public static func bearerToken(in request: Request) -> String? {
        if let header = request.headers[.authorization] {
            let parts = header.split(separator: " ", maxSplits: 1)
            if parts.count == 2, parts[0].lowercased() == "bearer" { return String(parts[1]).trimmingCharacters(in: .whitespaces) }
            return header.isEmpty ? nil : header
        }
        // Browsers cannot set headers on WebSocket handshakes.
        return request.uri.queryParameters.get("access_token")
    }
}
