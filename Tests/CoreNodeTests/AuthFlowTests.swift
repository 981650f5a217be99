import NIOHTTP1
import ArenaShared
import ArenaTestSupport
import CoreNode
import Crypto
import Foundation
import Replication
import Testing

@Suite("Authentication against real PostgreSQL", .timeLimit(.minutes(3)))
struct AuthFlowTests {
    /// The same claims (user, role, session), validly signed but expired an hour ago.
    static func expiredCopy(of token: String) throws -> String {
        let signer = TestCore.tokenSigner
        let claims = try signer.verify(token)
        return try signer.sign(
            AccessToken(
                userID: claims.sub, name: claims.name, role: claims.role, sessionID: claims.sid,
                issuedAt: Date(timeIntervalSinceNow: -3600), lifetime: .seconds(60)))
    }

    @Test("sign up, sign in, me; wrong password and duplicate names refused")
    func signUpAndSignIn() async throws {
        let environment = try await CoreTestEnvironment.start()
        defer { Task { await environment.stop() } }
        let client = environment.core.client

        let signUp = try await client.signUp(username: "Alice", password: "correct horse battery")
        #expect(signUp.status == 201)
        #expect(signUp.header("x-arena-lsn") != nil)
        let refreshCookie = try #require(signUp.cookie(RefreshToken.cookieName))
        #expect(!refreshCookie.isEmpty)
        #expect(signUp.headers["set-cookie"].first?.contains("HttpOnly") == true)
        // The page-readable hint next to it says only that a refresh cookie exists.
        #expect(signUp.cookie(RefreshToken.hintCookieName) == "1")
        let hint = signUp.headers["set-cookie"].first { $0.hasPrefix("\(RefreshToken.hintCookieName)=") }
        #expect(hint?.contains("HttpOnly") == false && hint?.contains("Path=/") == true, "\(hint ?? "no hint cookie")")
        let auth = try signUp.decode(AuthResponse.self)
        #expect(auth.user.username == "Alice")
        #expect(auth.user.role == .user)
        #expect(auth.expiresIn == 15 * 60)

        let me = try await client.send(.GET, "/api/me", bearer: auth.accessToken)
        #expect(me.status == 200)
        #expect(try me.decode(UserProfile.self).id == auth.user.id)

        let duplicate = try await client.signUp(username: "alice", password: "another good one")
        #expect(duplicate.status == 409)
        #expect(duplicate.errorCode == "username_taken")

        let wrong = try await client.send(.POST, "/api/auth/signin", json: SignInRequest(username: "Alice", password: "not the password"))
        #expect(wrong.status == 401)
        let unknown = try await client.send(.POST, "/api/auth/signin", json: SignInRequest(username: "nobody", password: "not the password"))
        #expect(unknown.status == 401)
        let right = try await client.send(.POST, "/api/auth/signin", json: SignInRequest(username: "alice", password: "correct horse battery"))
        #expect(right.status == 200)
        #expect(try right.decode(AuthResponse.self).user.id == auth.user.id)
        // Signing out clears both cookies.
        let out = try await client.send(.POST, "/api/auth/signout", headers: [("cookie", "\(RefreshToken.cookieName)=\(refreshCookie)")])
        #expect(out.status == 204)
        let cleared = out.headers["set-cookie"]
        #expect(cleared.contains { $0.hasPrefix("\(RefreshToken.hintCookieName)=;") && $0.contains("Max-Age=0") }, "\(cleared)")
        #expect(cleared.contains { $0.hasPrefix("\(RefreshToken.cookieName)=;") && $0.contains("Max-Age=0") }, "\(cleared)")
    }

    @Test("failed sign-ins per account, from any address: the account waits out its window, others do not; success starts afresh; no Redis, no lockout")
    func accountThrottle() async throws {
        let environment = try await CoreTestEnvironment.start { configuration in
            configuration.signInFailureLimit = 3
            configuration.signInFailureWindow = .seconds(60)
        }
        defer { Task { await environment.stop() } }
        let client = environment.core.client
        for name in ["victim", "bystander"] {
            #expect(try await client.signUp(username: name, password: "correct horse battery").status == 201)
        }
        func signIn(_ name: String, _ password: String) async throws -> TestHTTPClient.Reply {
            try await client.send(.POST, "/api/auth/signin", json: SignInRequest(username: name, password: password))
        }

        // Two failures, then success: the count starts again.
        for _ in 0..<2 { #expect(try await signIn("victim", "guess").status == 401) }
        #expect(try await signIn("victim", "correct horse battery").status == 200)
        // Three more (in another letter case: the same account) use up the window.
        for _ in 0..<3 { #expect(try await signIn("VICTIM", "guess").status == 401) }
        let refused = try await signIn("victim", "correct horse battery")
        #expect(refused.status == 429)
        #expect(refused.errorCode == "account_throttled")
        let wait = try #require(refused.header("retry-after").flatMap { Int($0) })
        #expect((1...60).contains(wait))
        #expect(try await signIn("bystander", "correct horse battery").status == 200)
        // A name that does not exist is throttled the same way (no hint that it is unknown).
        for _ in 0..<3 { #expect(try await signIn("nobody_here", "guess").status == 401) }
        #expect(try await signIn("nobody_here", "guess").status == 429)
        let metrics = try await client.send(.GET, "/metrics").text
        #expect(metrics.contains("arena_auth_sign_ins_throttled_total 2"))

        // When the window ends (its Redis key expires; here made to expire now) the right
        // password works again.
        let redis = RedisClient(configuration: environment.redis.configuration(), logger: makeTestLogger("test.redis"))
        #expect(try await redis.send(["PEXPIRE", "arena:signin-failures:victim", "1"]).int == 1)
        await redis.close()
        var after = refused.status
        for _ in 0..<40 where after == 429 {
            try await Task.sleep(for: .milliseconds(50))
            after = try await signIn("victim", "correct horse battery").status
        }
        #expect(after == 200)

        // Without Redis the check is skipped: players are not locked out.
        try await environment.redis.stop()
        #expect(try await signIn("bystander", "correct horse battery").status == 200)
    }

    @Test("during a secret rotation the previous token and edge secrets are still accepted; new tokens use the current one; others are refused")
    func secretRotationOverlap() async throws {
        let retired = try Curve25519.Signing.PrivateKey(rawRepresentation: Data(repeating: 9, count: 32))
        let retiredEdge = "the-retired-edge-secret-0123"
        let environment = try await CoreTestEnvironment.start { configuration in
            configuration.previousTokenPublicKeys = [retired.publicKey]
            configuration.previousEdgeSecrets = [retiredEdge]
        }
        defer { Task { await environment.stop() } }
        let client = environment.core.client
        let signedUp = try await client.signUp(username: "rotor", password: "correct horse battery")
        let auth = try signedUp.decode(AuthResponse.self)
        // Issued with the current key alone.
        let claims = try TokenSigner(verifyingWith: [TestCore.tokenSigningKey.publicKey]).verify(auth.accessToken)
        func resigned(with key: Curve25519.Signing.PrivateKey) throws -> String {
            try TokenSigner(signingKey: key).sign(
                AccessToken(userID: claims.sub, name: claims.name, role: claims.role, sessionID: claims.sid, issuedAt: Date(), lifetime: .seconds(600)))
        }
        #expect(try await client.send(.GET, "/api/me", bearer: resigned(with: retired)).status == 200)
        #expect(try await client.send(.GET, "/api/me", bearer: resigned(with: Curve25519.Signing.PrivateKey())).status == 401)
        // The keys the core publishes: the current one first, then the retired one.
        struct Keys: Decodable { struct Key: Decodable { var kid: String; var x: String }; var keys: [Key] }
        let published = try await client.send(.GET, "/api/auth/keys").decode(Keys.self).keys
        #expect(published.map(\.kid) == [TokenSigner.keyID(TestCore.tokenSigningKey.publicKey), TokenSigner.keyID(retired.publicKey)])

        for (secret, status) in [(TestCore.edgeSecret, 200), (retiredEdge, 200), ("some-other-edge-secret-0123", 403)] {
            let reply = try await client.send(.GET, "/internal/regions", headers: [(ArenaHeader.edgeSecret, secret)])
            #expect(reply.status == status, "edge secret \(secret): \(reply.text)")
        }
    }

    @Test("bad sign-up input gets a 4xx naming the problem and writes nothing")
    func badInput() async throws {
        let environment = try await CoreTestEnvironment.start()
        defer { Task { await environment.stop() } }
        let client = environment.core.client

        let malformed = try await client.send(.POST, "/api/auth/signup", body: Data("{\"username\": ".utf8))
        #expect(malformed.status == 400)
        #expect(malformed.errorCode == "invalid_json")
        let missing = try await client.send(.POST, "/api/auth/signup", body: Data(#"{"username":"bob"}"#.utf8))
        #expect(missing.status == 400)
        #expect(missing.text.contains("password"))
        let wrongType = try await client.send(.POST, "/api/auth/signup", body: Data(#"{"username":42,"password":"x"}"#.utf8))
        #expect(wrongType.status == 400)
        #expect(wrongType.text.contains("username"))
        let weak = try await client.signUp(username: "bob", password: "short")
        #expect(weak.status == 400)
        #expect(weak.errorCode == "weak_password")
        let common = try await client.signUp(username: "bob", password: "password123")
        #expect(common.errorCode == "weak_password")
        let badName = try await client.signUp(username: "b ob; drop", password: "correct horse battery")
        #expect(badName.errorCode == "invalid_username")
        let huge = try await client.send(.POST, "/api/auth/signup", body: Data(repeating: UInt8(ascii: "a"), count: 100_000))
        #expect(huge.status == 413)

        // None of it created a user: the name is still free.
        let later = try await client.signUp(username: "bob", password: "correct horse battery")
        #expect(later.status == 201)
    }

    @Test("refresh rotates the cookie; reusing an old one after the grace window revokes the session")
    func refreshRotation() async throws {
        let environment = try await CoreTestEnvironment.start { $0.refreshReuseGrace = .milliseconds(500) }
        defer { Task { await environment.stop() } }
        let client = environment.core.client
        let signUp = try await client.signUp(username: "carol", password: "correct horse battery")
        let first = try #require(signUp.cookie(RefreshToken.cookieName))

        let refreshed = try await client.send(.POST, "/api/auth/refresh", headers: [("cookie", "\(RefreshToken.cookieName)=\(first)")])
        #expect(refreshed.status == 200)
        let second = try #require(refreshed.cookie(RefreshToken.cookieName))
        #expect(second != first)
        let token = try refreshed.decode(AuthResponse.self).accessToken
        #expect(try await client.send(.GET, "/api/me", bearer: token).status == 200)

        // The first cookie again, after the grace window: theft suspected, the whole session ends.
        try await Task.sleep(for: .seconds(1))
        let reused = try await client.send(.POST, "/api/auth/refresh", headers: [("cookie", "\(RefreshToken.cookieName)=\(first)")])
        #expect(reused.status == 401)
        let afterReuse = try await client.send(.POST, "/api/auth/refresh", headers: [("cookie", "\(RefreshToken.cookieName)=\(second)")])
        #expect(afterReuse.status == 401)
        #expect(try await client.send(.GET, "/api/me", bearer: token).status == 401)

        let noCookie = try await client.send(.POST, "/api/auth/refresh")
        #expect(noCookie.status == 401)
        let garbage = try await client.send(.POST, "/api/auth/refresh", headers: [("cookie", "\(RefreshToken.cookieName)=garbage")])
        #expect(garbage.status == 401)
    }

    @Test("two tabs refreshing with the same cookie at the same moment both get a session; the session lives on")
    func simultaneousRefreshes() async throws {
        let environment = try await CoreTestEnvironment.start()
        defer { Task { await environment.stop() } }
        let client = environment.core.client
        let signUp = try await client.signUp(username: "twotabs", password: "correct horse battery")
        let cookie = try #require(signUp.cookie(RefreshToken.cookieName))
        async let first = client.send(.POST, "/api/auth/refresh", headers: [("cookie", "\(RefreshToken.cookieName)=\(cookie)")])
        async let second = client.send(.POST, "/api/auth/refresh", headers: [("cookie", "\(RefreshToken.cookieName)=\(cookie)")])
        let replies = try await [first, second]
        #expect(replies.allSatisfy { $0.status == 200 }, "\(replies.map(\.text))")
        let cookies = replies.compactMap { $0.cookie(RefreshToken.cookieName) }
        #expect(Set(cookies).count == 2 && !cookies.contains(cookie))
        // Each tab's new cookie keeps working, and so do their access tokens.
        for (reply, next) in zip(replies, cookies) {
            #expect(try await client.send(.GET, "/api/me", bearer: try reply.decode(AuthResponse.self).accessToken).status == 200)
            #expect(try await client.send(.POST, "/api/auth/refresh", headers: [("cookie", "\(RefreshToken.cookieName)=\(next)")]).status == 200)
        }
    }

    @Test("sign-out revokes the access token and the refresh token at once")
    func signOut() async throws {
        let environment = try await CoreTestEnvironment.start()
        defer { Task { await environment.stop() } }
        let client = environment.core.client
        let signUp = try await client.signUp(username: "dave", password: "correct horse battery")
        let cookie = try #require(signUp.cookie(RefreshToken.cookieName))
        let token = try signUp.decode(AuthResponse.self).accessToken

        let out = try await client.send(.POST, "/api/auth/signout", bearer: token)
        #expect(out.status == 204)
        let me = try await client.send(.GET, "/api/me", bearer: token)
        #expect(me.status == 401)
        #expect(me.text.contains("signed out"))
        let refresh = try await client.send(.POST, "/api/auth/refresh", headers: [("cookie", "\(RefreshToken.cookieName)=\(cookie)")])
        #expect(refresh.status == 401)
    }

    @Test("forged, expired and malformed tokens are refused")
    func forgedTokens() async throws {
        let environment = try await CoreTestEnvironment.start()
        defer { Task { await environment.stop() } }
        let client = environment.core.client
        let auth = try await environment.core.signUp("erin")

        let forger = TokenSigner(signingKey: Curve25519.Signing.PrivateKey())
        let forged = try forger.sign(
            AccessToken(userID: auth.user.id, name: "erin", role: .admin, sessionID: UUID().uuidString, issuedAt: Date(), lifetime: .seconds(600)))
        let forgedReply = try await client.send(.GET, "/api/me", bearer: forged)
        #expect(forgedReply.status == 401)
        #expect(forgedReply.text.contains("signature"))

        let expired = try Self.expiredCopy(of: auth.accessToken)
        let expiredReply = try await client.send(.GET, "/api/me", bearer: expired)
        #expect(expiredReply.status == 401)
        #expect(expiredReply.text.contains("expired"))

        // A token made with the shared secret edges hold (HS256): edges cannot mint tokens.
        let edgeMinted = try TokenSignerTestsSupport.hs256(
            AccessToken(userID: auth.user.id, name: "erin", role: .admin, sessionID: UUID().uuidString, issuedAt: Date(), lifetime: .seconds(600)),
            secret: TestCore.tokenSecret)
        let edgeMintedReply = try await client.send(.GET, "/api/me", bearer: edgeMinted)
        #expect(edgeMintedReply.status == 401 && edgeMintedReply.text.contains("algorithm"), "\(edgeMintedReply.text)")

        #expect(try await client.send(.GET, "/api/me", bearer: "not.a.jwt").status == 401)
        #expect(try await client.send(.GET, "/api/me").status == 401)
    }

    @Test("a stale access token does not block signing in again, refreshing or signing out")
    func staleTokenOnAuthEndpoints() async throws {
        let environment = try await CoreTestEnvironment.start()
        defer { Task { await environment.stop() } }
        let client = environment.core.client
        let signUp = try await client.signUp(username: "olga", password: "correct horse battery")
        let cookie = try #require(signUp.cookie(RefreshToken.cookieName))
        let expired = try Self.expiredCopy(of: try signUp.decode(AuthResponse.self).accessToken)

        #expect(try await client.send(.GET, "/api/me", bearer: expired).status == 401)
        let signIn = try await client.send(.POST, "/api/auth/signin", json: SignInRequest(username: "olga", password: "correct horse battery"), bearer: expired)
        #expect(signIn.status == 200)
        let out = try await client.send(.POST, "/api/auth/signout", bearer: expired, headers: [("cookie", "\(RefreshToken.cookieName)=\(cookie)")])
        #expect(out.status == 204)
        let refresh = try await client.send(.POST, "/api/auth/refresh", headers: [("cookie", "\(RefreshToken.cookieName)=\(cookie)")])
        #expect(refresh.status == 401)
    }
}

/// An HS256 JWT as anyone holding the shared token secret (every edge) could make one.
enum TokenSignerTestsSupport {
    static func hs256(_ token: AccessToken, secret: String) throws -> String {
        func base64URL(_ data: Data) -> String {
            data.base64EncodedString().replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: "")
        }
        let header = base64URL(Data(#"{"alg":"HS256","typ":"JWT"}"#.utf8))
        let payload = base64URL(try JSONEncoder().encode(token))
        let mac = HMAC<SHA256>.authenticationCode(for: Data("\(header).\(payload)".utf8), using: SymmetricKey(data: Data(secret.utf8)))
        return "\(header).\(payload).\(base64URL(Data(mac)))"
    }
}
