import ArenaShared
import ArenaTestSupport
@testable import CoreNode
import Foundation
import LocalDeployment
import NIOHTTP1
import Testing

@Suite("Email addresses and password reset through a real mail server (exim on loopback)", .timeLimit(.minutes(3)))
struct AccountMailTests {
    static func start(mailPort: Int) async throws -> CoreTestEnvironment {
        try await CoreTestEnvironment.start { configuration in
            configuration.mail.smtpPort = mailPort
            configuration.mail.linkBase = "https://play.example.test"
            configuration.mail.pollInterval = .milliseconds(200)
        }
    }

    @Test("sign up with an address, confirm it from the mail, reset the password from another mail: old password and sessions are gone")
    func confirmAndReset() async throws {
        let mail = try await TestMailServer.start()
        let environment = try await Self.start(mailPort: mail.port)
        defer { Task { await environment.stop(); await mail.stop() } }
        let client = environment.core.client
        let signedUp = try await client.signUp(username: "iris", password: "correct horse battery", email: "Iris@Example.org")
        #expect(signedUp.status == 201)
        let auth = try signedUp.decode(AuthResponse.self)
        let cookie = try #require(signedUp.header("set-cookie")?.split(separator: ";").first.map(String.init))
        #expect(try await client.send(.GET, "/api/account", bearer: auth.accessToken).decode(AccountView.self)
            == AccountView(username: "iris", email: "Iris@Example.org", emailVerified: false))

        // Unconfirmed addresses get no reset mail (and the answer does not tell).
        #expect(try await client.send(.POST, "/api/auth/password-reset", json: PasswordResetRequest(email: "iris@example.org")).status == 202)

        let confirmation = try await mail.waitForMessage(to: "Iris@Example.org", subject: "Confirm your email")
        #expect(confirmation.headers["from"] == "CodeArena <noreply@arena.localhost>")
        #expect(confirmation.body.contains("Hello iris") && confirmation.body.contains("https://play.example.test/#/verify-email?token="))
        let verifyToken = try #require(TestMailServer.token(in: confirmation))
        #expect(try await client.send(.POST, "/api/account/email/verify", json: EmailVerification(token: verifyToken)).decode(AccountView.self).emailVerified)
        #expect(try await client.send(.POST, "/api/account/email/verify", json: EmailVerification(token: verifyToken)).errorCode == "invalid_token", "a link works once")
        #expect(mail.messages(to: "iris@example.org").filter { $0.subject.contains("Reset") }.isEmpty, "no reset mail went to the unconfirmed address")

        // Any letter case finds the account; only one mail goes out.
        #expect(try await client.send(.POST, "/api/auth/password-reset", json: PasswordResetRequest(email: "IRIS@example.ORG")).status == 202)
        let reset = try await mail.waitForMessage(to: "iris@example.org", subject: "Reset your CodeArena password")
        let resetToken = try #require(TestMailServer.token(in: reset))
        #expect(reset.body.contains("https://play.example.test/#/reset?token=\(resetToken)"))

        let weak = try await client.send(.POST, "/api/auth/password-reset/confirm", json: PasswordResetConfirmation(token: resetToken, password: "short"))
        #expect(weak.errorCode == "weak_password", "a refused password leaves the link usable")
        let done = try await client.send(.POST, "/api/auth/password-reset/confirm", json: PasswordResetConfirmation(token: resetToken, password: "a brand new passphrase"))
        #expect(done.status == 200, "\(done.text)")
        #expect(try await client.send(.POST, "/api/auth/password-reset/confirm", json: PasswordResetConfirmation(token: resetToken, password: "another new passphrase")).errorCode == "invalid_token")

        // The old password and every session are gone; the new password works.
        #expect(try await client.send(.POST, "/api/auth/signin", json: SignInRequest(username: "iris", password: "correct horse battery")).status == 401)
        #expect(try await client.send(.POST, "/api/auth/signin", json: SignInRequest(username: "iris", password: "a brand new passphrase")).status == 200)
        #expect(try await client.send(.GET, "/api/account", bearer: auth.accessToken).status == 401, "the old session was revoked")
        #expect(try await client.send(.POST, "/api/auth/refresh", headers: [("cookie", cookie)]).status == 401)
    }

    @Test("bad addresses and tokens are refused, a taken address is not given twice, and unknown addresses look the same as known ones")
    func refusals() async throws {
        let mail = try await TestMailServer.start()
        let environment = try await Self.start(mailPort: mail.port)
        defer { Task { await environment.stop(); await mail.stop() } }
        let client = environment.core.client
        let jay = try await environment.core.signUp("jay").accessToken
        let kit = try await environment.core.signUp("kit").accessToken
        for bad in ["not-an-address", "a@b", "two@@example.org", "new\nline@example.org", "space d@example.org", "ü@example.org"] {
            #expect(try await client.send(.PUT, "/api/account/email", json: SetEmailRequest(email: bad), bearer: jay).errorCode == "invalid_email", "\(bad)")
        }
        #expect(try await client.send(.PUT, "/api/account/email", json: SetEmailRequest(email: "jay@example.org"), bearer: jay).status == 200)
        #expect(try await client.send(.PUT, "/api/account/email", json: SetEmailRequest(email: "JAY@example.org"), bearer: kit).errorCode == "email_taken")
        #expect(try await client.send(.GET, "/api/account", bearer: kit).decode(AccountView.self).email == nil)
        #expect(try await client.send(.PUT, "/api/account/email", json: SetEmailRequest(email: "x@example.org")).status == 401)
        #expect(try await client.send(.POST, "/api/account/email/verify", json: EmailVerification(token: "made-up-token-made-up-token")).errorCode == "invalid_token")
        #expect(try await client.send(.POST, "/api/auth/password-reset/confirm", json: PasswordResetConfirmation(token: "x", password: "whatever it is now")).errorCode == "invalid_token")
        let unknown = try await client.send(.POST, "/api/auth/password-reset", json: PasswordResetRequest(email: "nobody@example.org"))
        #expect(unknown.status == 202)
        #expect(try await client.send(.POST, "/api/auth/password-reset", json: PasswordResetRequest(email: "bad address")).errorCode == "invalid_email")

        // A link for an address that changed since does not confirm the new one.
        let first = try await mail.waitForMessage(to: "jay@example.org", subject: "Confirm")
        #expect(try await client.send(.PUT, "/api/account/email", json: SetEmailRequest(email: "jay2@example.org"), bearer: jay).status == 200)
        #expect(try await client.send(.POST, "/api/account/email/verify", json: EmailVerification(token: try #require(TestMailServer.token(in: first)))).errorCode == "invalid_token")
        #expect(mail.messages(to: "nobody@example.org").isEmpty)
    }

    @Test("mail asked for while the mail server is down is not lost: it goes out once the server is back")
    func mailSurvivesAnOutage() async throws {
        let port = try findFreePort()
        let environment = try await Self.start(mailPort: port)
        defer { Task { await environment.stop() } }
        let client = environment.core.client
        let lea = try await environment.core.signUp("lea").accessToken
        #expect(try await client.send(.PUT, "/api/account/email", json: SetEmailRequest(email: "lea@example.org"), bearer: lea).status == 200)
        // The sender tries and fails (nothing listens): the message stays queued with its error.
        try await Task.sleep(for: .seconds(1))
        let mail = try await TestMailServer.start(port: port)
        defer { Task { await mail.stop() } }
        let arrived = try await mail.waitForMessage(to: "lea@example.org", subject: "Confirm", timeout: .seconds(30))
        #expect(TestMailServer.token(in: arrived) != nil)
        try await waitUntil(timeout: .seconds(5), "the sent mail is counted") { environment.core.metric("arena_mail_sent_total") == 1 }
    }

    @Test("the SMTP client hands a message to exim, which delivers it dot-stuffed and whole; no server is a quick failure")
    func smtpClientDelivers() async throws {
        let mail = try await TestMailServer.start()
        defer { Task { await mail.stop() } }
        let client = SMTPClient(host: "127.0.0.1", port: mail.port, timeout: .seconds(30))
        try await client.send(
            OutgoingMail(to: "ola@example.org", subject: "Hello", body: "first line\n.\nlast line"), from: "CodeArena <noreply@arena.localhost>",
            envelopeFrom: "noreply@arena.localhost", messageID: "test-1@arena.localhost")
        let delivered = try await mail.waitForMessage(to: "ola@example.org", subject: "Hello")
        #expect(delivered.body.contains("first line\n.\nlast line"), "\(delivered.body)")
        #expect(delivered.headers["message-id"] == "<test-1@arena.localhost>")
        // Nothing listening: a transient failure (tried again later), quickly.
        let nowhere = SMTPClient(host: "127.0.0.1", port: try findFreePort(), timeout: .seconds(5))
        await #expect(throws: (any Error).self) {
            try await nowhere.send(OutgoingMail(to: "ola@example.org", subject: "x", body: "x"), from: "a <a@b.org>", envelopeFrom: "a@b.org", messageID: "2@x")
        }
    }

    @Test("addresses: what we send to, and a message that cannot add headers or end early")
    func messageFormat() {
        for good in ["a@example.org", "first.last+tag@mail.example.co.uk", "x_y-z@a-b.io"] { #expect(OutgoingMail.isValidAddress(good), "\(good)") }
        for bad in ["", "a", "a@b", ".a@example.org", "a..b@example.org", "a@-example.org", "a@example.org>", "<a@example.org", "a@exa mple.org", "a\r\nBcc: x@y.org"] {
            #expect(!OutgoingMail.isValidAddress(bad), "\(bad)")
        }
        let mail = OutgoingMail(to: "a@example.org", subject: "Line\nbreak ü", body: "hello\n.\n..twice\nend")
        let data = mail.data(from: "CodeArena <noreply@arena.localhost>", messageID: "1@arena.localhost", date: Date(timeIntervalSince1970: 0))
        #expect(data.contains("Subject: =?utf-8?B?"), "a subject with a line break or non-ASCII is encoded, never raw")
        #expect(data.contains("\r\nDate: Thu, 01 Jan 1970 00:00:00 +0000\r\n"))
        #expect(data.hasSuffix("\r\nhello\r\n..\r\n...twice\r\nend\r\n.\r\n"), "dot-stuffed: a lone dot in the body cannot end the message")
    }
}
