import Foundation

/// The claims of a short-lived access token. Edges check these without calling the
/// core, so they carry everything a request needs: who, which role, which session.
public struct AccessToken: Codable, Sendable, Hashable {
    /// User id.
    public var sub: Int64
    /// Username, for display and logs.
    public var name: String
    public var role: UserRole
    /// The sign-in session (refresh-token family) this token belongs to; revoking the
    /// session revokes every access token issued from it.
    public var sid: String
    /// Issued at / expires at, seconds since 1970 (RFC 7519 NumericDate).
    public var iat: Int64
    public var exp: Int64
    public var iss: String

    public init(userID: Int64, name: String, role: UserRole, sessionID: String, issuedAt: Date, lifetime: Duration) {
        self.sub = userID
        self.name = name
        self.role = role
        self.sid = sessionID
        self.iat = Int64(issuedAt.timeIntervalSince1970)
        self.exp = self.iat + lifetime.components.seconds
        self.iss = AccessToken.issuer
    }

    public static let issuer = "codearena"
    public var userID: Int64 { self.sub }
    public var isAdmin: Bool { self.role == .admin }
}

/// Roles known to the platform; admins may create and edit problems.
public enum UserRole: String, Codable, Sendable, Hashable {
    case user
    case admin
}
