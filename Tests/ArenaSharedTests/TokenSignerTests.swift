import ArenaShared
import Crypto
import Foundation
import Testing

@Suite("Access tokens, passwords and WAL positions")
struct TokenSignerTests {
    static let coreKey = try! Curve25519.Signing.PrivateKey(rawRepresentation: Data(repeating: 1, count: 32))
    let signer = TokenSigner(signingKey: Self.coreKey)

    func token(issuedAt: Date = Date(), lifetime: Duration = .seconds(900)) -> AccessToken {
        AccessToken(userID: 7, name: "alice", role: .user, sessionID: "s-1", issuedAt: issuedAt, lifetime: lifetime)
    }

    /// What an edge (or anyone with the old shared secret) could make: an HS256 JWT.
    static func hs256(_ token: AccessToken, secret: String) throws -> String {
        let header = Data(#"{"alg":"HS256","typ":"JWT"}"#.utf8).base64URL
        let payload = try JSONEncoder().encode(token).base64URL
        let mac = HMAC<SHA256>.authenticationCode(for: Data("\(header).\(payload)".utf8), using: SymmetricKey(data: Data(secret.utf8)))
        return "\(header).\(payload).\(Data(mac).base64URL)"
    }

    @Test func roundTrip() throws {
        let jwt = try signer.sign(token())
        #expect(jwt.split(separator: ".").count == 3)
        let verified = try signer.verify(jwt)
        #expect(verified.sub == 7 && verified.name == "alice" && verified.role == .user && verified.sid == "s-1")
        // An edge verifies with the public key alone, and cannot sign.
        let edge = TokenSigner(verifyingWith: [Self.coreKey.publicKey])
        #expect(try edge.verify(jwt).sub == 7)
        #expect(throws: TokenError.cannotSign) { try edge.sign(token()) }
    }

    @Test func refusesOtherKeysTamperingExpiryAndSharedSecrets() throws {
        let jwt = try signer.sign(token())
        let stranger = try Curve25519.Signing.PrivateKey(rawRepresentation: Data(repeating: 2, count: 32))
        #expect(throws: TokenError.badSignature) { try TokenSigner(verifyingWith: [stranger.publicKey]).verify(jwt) }
        // Signed by another key that claims the core's key id.
        let parts = jwt.split(separator: ".").map(String.init)
        let otherSignature = try stranger.signature(for: Data("\(parts[0]).\(parts[1])".utf8)).base64URL
        #expect(throws: TokenError.badSignature) { try signer.verify("\(parts[0]).\(parts[1]).\(otherSignature)") }
        // Flip the role in the payload without re-signing.
        let forgedPayload = try signer.sign(
            AccessToken(userID: 7, name: "alice", role: .admin, sessionID: "s-1", issuedAt: Date(), lifetime: .seconds(900))
        ).split(separator: ".")[1]
        #expect(throws: TokenError.badSignature) { try signer.verify("\(parts[0]).\(forgedPayload).\(parts[2])") }
        let old = try signer.sign(token(issuedAt: Date(timeIntervalSinceNow: -2000)))
        #expect(throws: TokenError.expired) { try signer.verify(old) }
        #expect(throws: TokenError.malformed) { try signer.verify("abc") }
        #expect(throws: TokenError.malformed) { try signer.verify("a.b.c") }
        // alg=none and HS256 (a shared secret edges used to hold) are never accepted.
        let none = "eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0.\(parts[1])."
        #expect(throws: (any Error).self) { try signer.verify(none) }
        #expect(throws: TokenError.unsupportedAlgorithm) { try signer.verify(try Self.hs256(token(), secret: "test-token-secret-0123456789abcdef")) }
    }

    @Test("a rotation: the previous public key still verifies, new tokens use the current key")
    func previousKeysVerify() throws {
        let next = try Curve25519.Signing.PrivateKey(rawRepresentation: Data(repeating: 3, count: 32))
        let rotating = TokenSigner(signingKey: next, previousPublicKeys: [Self.coreKey.publicKey])
        let fromBefore = try signer.sign(token())
        #expect(try rotating.verify(fromBefore).sub == 7)
        let fresh = try rotating.sign(token())
        #expect(try TokenSigner(verifyingWith: [next.publicKey]).verify(fresh).sub == 7)
        #expect(throws: TokenError.badSignature) { try signer.verify(fresh) }
        #expect(throws: TokenError.badSignature) { try TokenSigner(verifyingWith: [next.publicKey]).verify(fromBefore) }
        #expect(TokenSigner.keyID(next.publicKey) != TokenSigner.keyID(Self.coreKey.publicKey))
        #expect(TokenSigner.publicKey(base64: next.publicKey.rawRepresentation.base64EncodedString()) != nil)
        #expect(TokenSigner.privateKey(base64: "c2hvcnQ=") == nil)
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

extension Data {
    var base64URL: String {
        self.base64EncodedString().replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: "")
    }
}
