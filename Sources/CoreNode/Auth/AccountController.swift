import ArenaHTTP
import ArenaShared
import Foundation
import Hummingbird
import Logging
import NIOPosix

/// The player's account settings (their email address and its confirmation) and password
/// reset by email. A reset request is answered the same whether or not an account has the
/// address; the reset itself signs the player out everywhere.
struct AccountController: Sendable {
    let accounts: AccountStore
    let hasher: PasswordHasher
    let revocations: SessionRevocationPublisher

    func addRoutes(authEndpoints: RouterGroup<CoreRequestContext>, api: RouterGroup<CoreRequestContext>) {
        api.get("api/account", use: self.account)
        api.put("api/account/email", use: self.setEmail)
        api.post("api/account/email/verify", use: self.verifyEmail)
        authEndpoints.post("password-reset", use: self.requestReset)
        authEndpoints.post("password-reset/confirm", use: self.confirmReset)
    }

    @Sendable func account(_ request: Request, context: CoreRequestContext) async throws -> Response {
        let identity = try context.requireIdentity()
        guard let account = try await self.accounts.account(userID: identity.userID) else { throw APIError.notFound("no such account") }
        return jsonResponse(account)
    }

    @Sendable func setEmail(_ request: Request, context: CoreRequestContext) async throws -> Response {
        let identity = try context.requireIdentity()
        let input = try await request.decodeJSON(as: SetEmailRequest.self, limit: 1024)
        let email = try Self.validEmail(input.email)
        do {
            let account = try await self.accounts.setEmail(userID: identity.userID, email: email)
            context.logger.info("email address set; confirmation mailed", metadata: ["user_id": "\(identity.userID)"])
            return jsonResponse(account)
        } catch let failure as AccountStore.Failure {
            throw Self.apiError(failure)
        }
    }

    @Sendable func verifyEmail(_ request: Request, context: CoreRequestContext) async throws -> Response {
        let input = try await request.decodeJSON(as: EmailVerification.self, limit: 1024)
        do {
            return jsonResponse(try await self.accounts.verifyEmail(token: input.token))
        } catch let failure as AccountStore.Failure {
            throw Self.apiError(failure)
        }
    }

    @Sendable func requestReset(_ request: Request, context: CoreRequestContext) async throws -> Response {
        let input = try await request.decodeJSON(as: PasswordResetRequest.self, limit: 1024)
        let email = try Self.validEmail(input.email)
        try await self.accounts.requestReset(email: email)
        return jsonResponse(
            ["status": "If an account has this confirmed address, a reset link is on its way; it works for 30 minutes."], status: .accepted)
    }

    @Sendable func confirmReset(_ request: Request, context: CoreRequestContext) async throws -> Response {
        let input = try await request.decodeJSON(as: PasswordResetConfirmation.self, limit: 4096)
        do {
            let username = try await self.accounts.resetTokenOwner(input.token)
            if let problem = PasswordPolicy.problem(with: input.password, username: username) {
                throw APIError.badRequest(problem, code: "weak_password")
            }
            let hasher = self.hasher
            let password = input.password
            let hash = try await NIOThreadPool.singleton.runIfActive { try hasher.hash(password) }
            let (userID, revoked) = try await self.accounts.resetPassword(token: input.token, passwordHash: hash)
            for session in revoked { await self.revocations.revoked(session) }
            context.logger.notice("password reset by email; every session revoked", metadata: ["user_id": "\(userID)", "sessions": "\(revoked.count)"])
            return jsonResponse(["username": username], status: .ok)
        } catch let failure as AccountStore.Failure {
            throw Self.apiError(failure)
        }
    }

    static func validEmail(_ raw: String) throws -> String {
        let email = raw.trimmingCharacters(in: .whitespaces)
        guard OutgoingMail.isValidAddress(email) else {
            throw APIError.badRequest("'\(email.prefix(80))' is not an email address we can send to (ASCII, name@domain.tld)", code: "invalid_email")
        }
        return email
    }

    static func apiError(_ failure: AccountStore.Failure) -> APIError {
        switch failure {
        case .emailTaken: APIError.conflict("another account uses this email address", code: "email_taken")
        case .invalidToken:
            APIError.badRequest("this link is not valid: it was used already, expired, or its address changed; ask for a new one", code: "invalid_token")
        case .tooManyMails:
            APIError(.tooManyRequests, code: "rate_limited", message: "too many confirmation mails this hour; try again later", headers: [.retryAfter: "3600"])
        }
    }
}
