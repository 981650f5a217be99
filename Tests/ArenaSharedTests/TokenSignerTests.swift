import ArenaShared
import Foundation
import Testing

@Suite("Access tokens, passwords and WAL positions")
struct TokenSignerTests {
    let signer = TokenSigner(secret: "unit-test-secret-0123456789")

    func token(issuedAt: Date = Date(), lifetime: Duration = .seconds(900)) -> AccessToken {
        AccessToken(userID: 7, name: "alice", role: .user, sessionID: "s-1", issuedAt: issuedAt, lifetime: lifetime)
    }

    @Test func roundTrip() throws {
        let jwt = try signer.sign(token())
        #expect(jwt.split(separator: ".").count == 3)
        let verified = try signer.verify(jwt)
        #expect(verified.sub == 7 && verified.name == "alice" && verified.role == .user && verified.sid == "s-1")
    }

    @Test func refusesOtherSecretsTamperingAndExpiry() throws {
        let jwt = try signer.sign(token())
        #expect(throws: TokenError.badSignature) { try TokenSigner(secret: "another-secret-0123456789").verify(jwt) }
        // Flip the role in the payload without re-signing.
        let parts = jwt.split(separator: ".").map(String.init)
        let forgedPayload = try signer.sign(
            AccessToken(userID: 7, name: "alice", role: .admin, sessionID: "s-1", issuedAt: Date(), lifetime: .seconds(900))
        ).split(separator: ".")[1]
        #expect(throws: TokenError.badSignature) { try signer.verify("\(parts[0]).\(forgedPayload).\(parts[2])") }
        let old = try signer.sign(token(issuedAt: Date(timeIntervalSinceNow: -2000)))
        #expect(throws: TokenError.expired) { try signer.verify(old) }
        #expect(throws: TokenError.malformed) { try signer.verify("abc") }
        #expect(throws: TokenError.malformed) { try signer.verify("a.b.c") }
        // alg=none is never accepted.
        let none = "eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0.\(parts[1])."
        #expect(throws: (any Error).self) { try signer.verify(none) }
    }

    @Test("a rotation: the previous secret still verifies, new tokens use the current one")
    func previousSecretsVerify() throws {
        let rotating = TokenSigner(secret: "the-new-secret-0123456789", previousSecrets: ["unit-test-secret-0123456789"])
        let fromBefore = try signer.sign(token())
        #expect(try rotating.verify(fromBefore).sub == 7)
        let fresh = try rotating.sign(token())
        #expect(try TokenSigner(secret: "the-new-secret-0123456789").verify(fresh).sub == 7)
        #expect(throws: TokenError.badSignature) { try signer.verify(fresh) }
        #expect(throws: TokenError.badSignature) { try TokenSigner(secret: "the-new-secret-0123456789").verify(fromBefore) }
    }

    @Test func passwordHashing() throws {
        let hasher = PasswordHasher(rounds: 1_000)
        let hash = try hasher.hash("correct horse battery")
        #expect(hash.hasPrefix("pbkdf2-sha256$1000$"))
        #expect(hasher.verify("correct horse battery", against: hash))
        #expect(!hasher.verify("correct horse batterz", against: hash))
        #expect(!hasher.verify("x", against: "garbage"))
        #expect(try hasher.hash("same") != hasher.hash("same"))  // salted
    }

    @Test func passwordPolicy() {
        #expect(PasswordPolicy.problem(with: "short", username: "bob") != nil)
        #expect(PasswordPolicy.problem(with: "aaaaaaaaaaaa", username: "bob") != nil)
        #expect(PasswordPolicy.problem(with: "password123", username: "bob") != nil)
        #expect(PasswordPolicy.problem(with: "bobbybobby99x", username: "bobby") != nil)
        #expect(PasswordPolicy.problem(with: "correct horse battery", username: "bob") == nil)
    }

    @Test func logSequenceNumbers() throws {
        let a = try #require(LogSequenceNumber("0/16B3748"))
        let b = try #require(LogSequenceNumber("1/0"))
        #expect(a < b)
        #expect(b.value == 1 << 32)
        #expect(a.description == "0/16B3748")
        #expect(LogSequenceNumber("16B3748") == nil)
        #expect(LogSequenceNumber("x/y") == nil)
        let decoded = try JSONDecoder().decode([LogSequenceNumber].self, from: Data(#"["A/FF"]"#.utf8))
        #expect(decoded.first?.description == "A/FF")
    }
}
