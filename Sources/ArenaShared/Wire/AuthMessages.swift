import Foundation

public struct SignUpRequest: Codable, Sendable {
    public var username: String
    public var password: String
    /// The solved `GET /api/auth/challenge` (see `ProofOfWork`); sign-up needs it.
    public var proof: SignUpProof?
    /// Optional: an address for password resets, confirmed by a mailed link.
    public var email: String?
    public init(username: String, password: String, proof: SignUpProof? = nil, email: String? = nil) {
        self.username = username
        self.password = password
        self.proof = proof
        self.email = email
    }
}

public struct SignInRequest: Codable, Sendable {
    public var username: String
    public var password: String
    public init(username: String, password: String) {
        self.username = username
        self.password = password
    }
}

/// Returned by sign-up, sign-in and refresh. The refresh token itself travels only in
/// an HttpOnly cookie, out of reach of page scripts.
public struct AuthResponse: Codable, Sendable {
    public var accessToken: String
    public var tokenType: String
    public var expiresIn: Int
    public var user: UserProfile
    public init(accessToken: String, expiresIn: Int, user: UserProfile) {
        self.accessToken = accessToken
        self.tokenType = "Bearer"
        self.expiresIn = expiresIn
        self.user = user
    }
}

public struct UserProfile: Codable, Sendable, Hashable {
    public var id: Int64
    public var username: String
    public var role: UserRole
    public var createdAt: Date
    public init(id: Int64, username: String, role: UserRole, createdAt: Date) {
        self.id = id
        self.username = username
        self.role = role
        self.createdAt = createdAt
    }
}
