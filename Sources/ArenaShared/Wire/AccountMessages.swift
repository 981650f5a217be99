import Foundation

/// `GET /api/account`: the signed-in player's own settings.
public struct AccountView: Codable, Sendable, Equatable {
    public var username: String
    public var email: String?
    public var emailVerified: Bool
    public init(username: String, email: String?, emailVerified: Bool) {
        self.username = username
        self.email = email
        self.emailVerified = emailVerified
    }
}

/// `PUT /api/account/email`: sets (or changes) the address; a confirmation link is mailed to it.
public struct SetEmailRequest: Codable, Sendable {
    public var email: String
    public init(email: String) { self.email = email }
}

/// `POST /api/account/email/verify`: the token from the confirmation mail.
public struct EmailVerification: Codable, Sendable {
    public var token: String
    public init(token: String) { self.token = token }
}

/// `POST /api/auth/password-reset`: always answered 202, whether or not an account has the address.
public struct PasswordResetRequest: Codable, Sendable {
    public var email: String
    public init(email: String) { self.email = email }
}

/// `POST /api/auth/password-reset/confirm`: the token from the reset mail and the new password.
public struct PasswordResetConfirmation: Codable, Sendable {
    public var token: String
    public var password: String
    public init(token: String, password: String) {
        self.token = token
        self.password = password
    }
}
