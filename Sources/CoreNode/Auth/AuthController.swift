import ArenaHTTP
import ArenaShared
import Crypto
import Foundation
import Hummingbird
import NIOPosix
import Logging
import Prometheus

/// Sign-up, sign-in, refresh (rotating, HttpOnly cookie), sign-out and `me`.
struct AuthController: Sendable {
    let sessions: SessionStore
    let accounts: AccountStore
    let signer: TokenSigner
    let hasher: PasswordHasher
    let consistency: ReadConsistency
    let configuration: CoreConfiguration
    let metrics: CoreMetrics
    let throttle: SignInThrottle
    let gate: SignUpGate
    let edgeGate: InternalCallerGate
    let revocations: SessionRevocationPublisher

    /// `authEndpoints` is mounted at `api/auth` and tolerates stale tokens.
    func addRoutes(authEndpoints: RouterGroup<CoreRequestContext>, api: RouterGroup<CoreRequestContext>) {
        authEndpoints.get("challenge", use: self.challenge)
        authEndpoints.get("keys", use: self.keys)
        authEndpoints.post("signup", use: self.signUp)
        authEndpoints.post("signin", use: self.signIn)
        authEndpoints.post("refresh", use: self.refresh)
        authEndpoints.post("signout", use: self.signOut)
        api.get("api/me", use: self.me)
    }

    static let usernamePattern = "3-24 characters of letters, digits, '_' and '-', starting with a letter"

    static func isValidUsername(_ name: String) -> Bool {
        guard (3...24).contains(name.count), let first = name.first, first.isASCII, first.isLetter else { return false }
        return name.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_" || $0 == "-") }
    }

    @Sendable func signUp(_ request: Request, context: CoreRequestContext) async throws -> Response {
        let input = try await request.decodeJSON(as: SignUpRequest.self, limit: 4096)
        guard Self.isValidUsername(input.username) else {
            throw APIError.badRequest("username must be \(Self.usernamePattern)", code: "invalid_username")
        }
        if let problem = PasswordPolicy.problem(with: input.password, username: input.username) {
            throw APIError.badRequest(problem, code: "weak_password")
        }
        let email = try input.email.flatMap { $0.isEmpty ? nil : try AccountController.validEmail($0) }
        // The bot defences, after the cheap checks (a typo costs no proof) and before the hash.
        do {
            try await self.gate.accept(input.proof, now: Date())
            try await self.gate.admit(address: self.clientAddress(of: request, context: context), now: Date())
        } catch let refusal as SignUpGate.Refusal {
            self.metrics.signUpRefused(refusal.metricReason)
            throw refusal.apiError
        }
        let hasher = self.hasher
        let password = input.password
        // The KDF takes tens of milliseconds of CPU: run it on NIO's blocking pool, not
        // on Swift's cooperative threads that serve every other request.
        let hash = try await NIOThreadPool.singleton.runIfActive { try hasher.hash(password) }
        let role: UserRole = self.configuration.adminUsernames.contains(input.username) ? .admin : .user
        guard let user = try await self.sessions.createUser(username: input.username, passwordHash: hash, role: role) else {
            throw APIError.conflict("username '\(input.username)' is taken; choose another", code: "username_taken")
        }
        context.logger.info("user signed up", metadata: ["user_id": "\(user.id)"])
        if let email {
            // The account exists either way; an address another account took is simply not
            // set (the player sees it unset in their settings), and says nothing about who has it.
            do {
                _ = try await self.accounts.setEmail(userID: user.id, email: email)
            } catch {
                context.logger.notice("email address not set at sign-up", metadata: ["user_id": "\(user.id)", "error": "\(error)"])
            }
        }
        return try await self.issueSession(for: user, status: .created)
    }

    /// The public keys access tokens are verified with (a JWK set: `kty OKP`, `crv Ed25519`,
    /// `x` the key, base64url), the signing key's first. For operators configuring edges
    /// (`ARENA_TOKEN_PUBLIC_KEYS`) and anyone verifying a token.
    @Sendable func keys(_ request: Request, context: CoreRequestContext) async throws -> Response {
        struct Key: Encodable {
            var kty = "OKP", crv = "Ed25519", alg = "EdDSA", use = "sig"
            var kid: String
            var x: String
        }
        let keys = self.signer.verificationKeys.map { entry in
            Key(kid: entry.id, x: entry.key.rawRepresentation.base64EncodedString()
                .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: ""))
        }
        return jsonResponse(["keys": keys])
    }

    /// A proof-of-work challenge for one sign-up (see `SignUpGate`).
    @Sendable func challenge(_ request: Request, context: CoreRequestContext) async throws -> Response {
        var response = jsonResponse(self.gate.issue(now: Date()))
        response.headers[.cacheControl] = "no-store"
        return response
    }

    /// The player's address: what an edge vouches for (with the edge secret), else the TCP peer.
    func clientAddress(of request: Request, context: CoreRequestContext) async -> String {
        if let vouched = request.headers[ArenaHeader.clientAddressField], !vouched.isEmpty, vouched.count <= 64,
            await self.edgeGate.isEdge(request, context: context)
        {
            return vouched
        }
        return context.peerAddress ?? "unknown"
    }

    @Sendable func signIn(_ request: Request, context: CoreRequestContext) async throws -> Response {
        let input = try await request.decodeJSON(as: SignInRequest.self, limit: 4096)
        // Before the hash: a throttled account costs no KDF time and learns nothing.
        if let wait = await self.throttle.retryAfter(username: input.username) {
            self.metrics.signInsThrottled.increment()
            throw APIError(
                .tooManyRequests, code: "account_throttled",
                message: "too many failed sign-ins for this account; wait \(wait) s before trying again",
                headers: [.retryAfter: String(wait)])
        }
        let stored = try await self.sessions.user(named: input.username)
        // Hash even for unknown users so timing does not reveal which names exist.
        let hasher = self.hasher
        let password = input.password
        let storedHash = stored?.passwordHash
        let valid = try await NIOThreadPool.singleton.runIfActive { () -> Bool in
            guard let storedHash else {
                _ = try? hasher.hash(password)
                return false
            }
            return hasher.verify(password, against: storedHash)
        }
        guard let stored, valid else {
            self.metrics.signInFailures.increment()
            await self.throttle.recordFailure(username: input.username)
            throw APIError.unauthorized("wrong username or password")
        }
        await self.throttle.reset(username: input.username)
        self.metrics.signIns.increment()
        return try await self.issueSession(for: stored.profile, status: .ok)
    }

    @Sendable func refresh(_ request: Request, context: CoreRequestContext) async throws -> Response {
        guard let token = request.cookies[RefreshToken.cookieName]?.value, !token.isEmpty else {
            throw APIError.unauthorized("no refresh token cookie; sign in again")
        }
        switch try await self.sessions.rotate(
            token: token, lifetime: self.configuration.refreshTokenLifetime, reuseGrace: self.configuration.refreshReuseGrace) {
        case .rotated(let user, let sessionID, let newToken):
            return try self.authResponse(user: user, sessionID: sessionID, refreshToken: newToken, status: .ok)
        case .invalid: throw APIError.unauthorized("refresh token is not valid; sign in again")
        case .expired: throw APIError.unauthorized("refresh token has expired; sign in again")
        case .revoked: throw APIError.unauthorized("this session was signed out; sign in again")
        case .reused(let sessionID):
            context.logger.warning("refresh token reuse detected; session revoked")
            await self.revocations.revoked(sessionID)
            throw APIError.unauthorized("refresh token was already used; the session is revoked for safety, sign in again")
        }
    }

    @Sendable func signOut(_ request: Request, context: CoreRequestContext) async throws -> Response {
        var revoked: Set<UUID> = []
        if let token = request.cookies[RefreshToken.cookieName]?.value, !token.isEmpty,
            let sessionID = try await self.sessions.revokeSession(refreshToken: token)
        {
            revoked.insert(sessionID)
        }
        if let identity = context.identity, let id = UUID(uuidString: identity.sid),
            let sessionID = try await self.sessions.revokeSession(id: id, userID: identity.userID)
        {
            revoked.insert(sessionID)
        }
        // Every edge closes the session's open sockets (docs/architecture.md, "Auth").
        for sessionID in revoked { await self.revocations.revoked(sessionID) }
        guard !revoked.isEmpty else { throw APIError.unauthorized("no session to sign out of; send the refresh cookie or an access token") }
        var response = Response(status: .noContent)
        response.setCookie(self.refreshCookie(value: "", maxAge: 0))
        response.setCookie(self.hintCookie(maxAge: 0))
        return response
    }

    @Sendable func me(_ request: Request, context: CoreRequestContext) async throws -> Response {
        let identity = try context.requireIdentity()
        let logger = context.logger
        let (profile, servedBy) = try await self.consistency.read(for: request, identity: identity) { client in
            try await SessionStore.profile(id: identity.userID, on: client, logger: logger)
        }
        guard let profile else { throw APIError.notFound("user \(identity.userID) no longer exists") }
        return jsonResponse(profile, headers: [ArenaHeader.servedByField: servedBy])
    }

    private func issueSession(for user: UserProfile, status: HTTPResponse.Status) async throws -> Response {
        let (sessionID, token) = try await self.sessions.startSession(userID: user.id, lifetime: self.configuration.refreshTokenLifetime)
        var response = try self.authResponse(user: user, sessionID: sessionID, refreshToken: token, status: status)
        if let position = await self.consistency.recordWrite(by: user.id) {
            response.headers[ArenaHeader.commitLSNField] = position.description
        }
        return response
    }

    private func authResponse(user: UserProfile, sessionID: UUID, refreshToken: String, status: HTTPResponse.Status) throws -> Response {
        let lifetime = self.configuration.accessTokenLifetime
        let claims = AccessToken(
            userID: user.id, name: user.username, role: user.role, sessionID: sessionID.uuidString, issuedAt: Date(), lifetime: lifetime)
        let body = AuthResponse(accessToken: try self.signer.sign(claims), expiresIn: Int(lifetime.components.seconds), user: user)
        var response = jsonResponse(body, status: status, headers: [.cacheControl: "no-store"])
        let maxAge = Int(self.configuration.refreshTokenLifetime.components.seconds)
        response.setCookie(self.refreshCookie(value: refreshToken, maxAge: maxAge))
        response.setCookie(self.hintCookie(maxAge: maxAge))
        return response
    }

    /// Readable by the page (unlike the refresh cookie, which scripts never see): it only
    /// says a refresh cookie was issued, so a new tab restores the session with one refresh
    /// instead of probing (and logging a 401) for every visitor. It holds no secret.
    private func hintCookie(maxAge: Int) -> Cookie {
        Cookie(
            name: RefreshToken.hintCookieName, value: maxAge > 0 ? "1" : "", maxAge: maxAge, path: "/",
            secure: self.configuration.secureCookies, httpOnly: false, sameSite: .strict)
    }

    private func refreshCookie(value: String, maxAge: Int) -> Cookie {
        Cookie(
            name: RefreshToken.cookieName, value: value, maxAge: maxAge, path: "/api/auth",
            secure: self.configuration.secureCookies, httpOnly: true, sameSite: .strict)
    }
}
