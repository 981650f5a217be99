import ArenaShared
import ArenaTestSupport
import CoreNode
import Foundation
import NIOHTTP1
import Testing

/// Sessions end where they should (docs/live-protocol.md, "Session end"): a sign-out on any
/// edge closes the session's sockets on every edge within seconds, and a socket whose token
/// expires is closed unless the client sends a fresh one in an `auth` frame.
@Suite("WebSockets end with their session", .timeLimit(.minutes(3)))
struct SessionEndTests {
    @Test("signing out on one edge closes the session's socket on another within 5 s (code 4001); a new socket with the old token is refused; other sessions stay")
    func signOutClosesSocketsEverywhere() async throws {
        let environment = try await EdgeTestEnvironment.start(regions: ["eu-west", "us-east"])
        defer { Task { await environment.stop() } }
        let (euWest, usEast) = (environment.edges[0], environment.edges[1])
        let name = "leaver_\(UInt32.random(in: 0...999_999))"
        let signUp = try await euWest.client.signUp(username: name, password: "correct horse battery")
        #expect(signUp.status == 201, "\(signUp.text)")
        let auth = try signUp.decode(AuthResponse.self)
        // A second session of the same player (another device) is not signed out.
        let other = try await usEast.client.send(.POST, "/api/auth/signin", json: SignInRequest(username: name, password: "correct horse battery"))
        let otherToken = try other.decode(AuthResponse.self).accessToken

        let socket = LiveTestClient(name: "leaver", port: usEast.port, token: auth.accessToken)
        let survivor = LiveTestClient(name: "other-device", port: usEast.port, token: otherToken)
        defer { Task { await socket.close(); await survivor.close() } }
        _ = try await socket.next(type: "hello")
        _ = try await survivor.next(type: "hello")

        // The edge hears sign-outs once it is subscribed (part of its readiness).
        for _ in 0..<100 where try await usEast.client.send(.GET, "/ready").status != 200 { try await Task.sleep(for: .milliseconds(100)) }
        let cookie = signUp.cookie(RefreshToken.cookieName) ?? ""
        let signOut = try await euWest.client.send(
            .POST, "/api/auth/signout", bearer: auth.accessToken, headers: [("cookie", "\(RefreshToken.cookieName)=\(cookie)")])
        #expect(signOut.status == 204, "\(signOut.text)")
        let closed = try await socket.closedByServer(within: .seconds(5))
        #expect(closed?.code == 4001 && (closed?.reason ?? "").contains("session ended"), "\(String(describing: closed))")

        // The access token is still unexpired, but the edge remembers the revoked session.
        let again = LiveTestClient(name: "leaver-again", port: usEast.port, token: auth.accessToken)
        try await Task.sleep(for: .seconds(2))
        #expect(!again.frames.contains { $0.type == "hello" }, "a socket of the signed-out session was opened")
        await again.close()
        // The other session still opens sockets: only the signed-out session is refused.
        let otherAgain = LiveTestClient(name: "other-again", port: usEast.port, token: otherToken)
        _ = try await otherAgain.next(type: "hello")
        await otherAgain.close()

        survivor.send(["type": "ping", "id": "p1"])
        _ = try await survivor.next("pong") { $0.type == "pong" && $0.id == "p1" }
    }

    @Test("a socket whose token expires is closed with 4001; one that sends a fresh token in an auth frame stays open; a stranger's token is refused")
    func expiryAndReauthentication() async throws {
        let cluster = try await TestPostgresCluster.shared()
        let database = try await cluster.makeDatabase()
        let redis = try await TestRedis.start()
        var configuration = TestCore.configuration(cluster: cluster, database: database, redis: redis)
        configuration.accessTokenLifetime = .seconds(10)
        let core = try await TestCore.start(configuration)
        let edge = try await TestEdge.start(region: "eu-west", coreURL: core.url, redis: redis)
        defer {
            Task {
                await edge.stop()
                await core.stop()
                try? await redis.stop()
            }
        }
        let first = try await edge.client.signUp(username: "expiring_\(UInt32.random(in: 0...999_999))", password: "correct horse battery")
        let second = try await edge.client.signUp(username: "renewing_\(UInt32.random(in: 0...999_999))", password: "correct horse battery")
        // Fresh tokens at one moment (sign-up may be slow on a loaded machine): both expire 10 s from here.
        func refreshed(_ reply: TestHTTPClient.Reply) async throws -> (auth: AuthResponse, cookie: String) {
            let cookie = reply.cookie(RefreshToken.cookieName) ?? ""
            let answer = try await edge.client.send(.POST, "/api/auth/refresh", headers: [("cookie", "\(RefreshToken.cookieName)=\(cookie)")])
            #expect(answer.status == 200, "\(answer.text)")
            return (try answer.decode(AuthResponse.self), answer.cookie(RefreshToken.cookieName) ?? "")
        }
        let start = ContinuousClock.now
        let (firstAuth, _) = try await refreshed(first)
        let (secondAuth, secondCookie) = try await refreshed(second)
        let expiring = LiveTestClient(name: "expiring", port: edge.port, token: firstAuth.accessToken)
        let renewing = LiveTestClient(name: "renewing", port: edge.port, token: secondAuth.accessToken)
        defer { Task { await expiring.close(); await renewing.close() } }
        _ = try await expiring.next(type: "hello")
        _ = try await renewing.next(type: "hello")

        // A token of another player is refused and changes nothing.
        renewing.send(["type": "auth", "token": firstAuth.accessToken, "id": "a0"])
        let refused = try await renewing.next("auth error") { $0.type == "error" && $0.id == "a0" }
        #expect(refused.code == "auth_failed")
        // A fresh token of the same player (the refresh the web app does) keeps the socket.
        try await Task.sleep(until: start + .seconds(5))
        let cookie = secondCookie
        let renewed = try await edge.client.send(.POST, "/api/auth/refresh", headers: [("cookie", "\(RefreshToken.cookieName)=\(cookie)")])
        #expect(renewed.status == 200, "\(renewed.text)")
        let fresh = try renewed.decode(AuthResponse.self)
        renewing.send(["type": "auth", "token": fresh.accessToken, "id": "a1"])
        _ = try await renewing.next("auth:ok") { $0.type == "auth:ok" && $0.id == "a1" }

        let closed = try await expiring.closedByServer(within: .seconds(15))
        #expect(closed?.code == 4001 && (closed?.reason ?? "").contains("token expired"), "\(String(describing: closed))")
        // Past the first token's expiry, the renewed socket still answers (until its new token runs out).
        renewing.send(["type": "ping", "id": "p1"])
        _ = try await renewing.next("pong") { $0.type == "pong" && $0.id == "p1" }
    }
}
