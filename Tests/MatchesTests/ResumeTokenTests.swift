import Foundation
import Testing
@testable import Matches

@Suite("Resume token")
struct ResumeTokenTests {
    let signer = ResumeToken(secret: "test-secret")

    @Test func verifiesForTheRightMatchAndUser() {
        let token = signer.sign(match: "m1", userID: 42, now: t0)
        #expect(signer.verify(token, match: "m1", userID: 42, now: t0))
        #expect(signer.verify(token, match: "m1", userID: 42, now: at(ResumeToken.lifetime - 1)))
    }

    @Test func tokenFormat() throws {
        let token = signer.sign(match: "m1", userID: 42, now: t0)
        let parts = token.split(separator: ".")
        #expect(parts.count == 2)
        #expect(Int64(parts[0]) == Int64(t0.timeIntervalSince1970 + ResumeToken.lifetime))
        #expect(parts[1].count == 64)
        #expect(parts[1].allSatisfy { "0123456789abcdef".contains($0) })
        // Deterministic for the same input.
        #expect(signer.sign(match: "m1", userID: 42, now: t0) == token)
    }

    @Test func failsForAnotherMatch() {
        let token = signer.sign(match: "m1", userID: 42, now: t0)
        #expect(!signer.verify(token, match: "m2", userID: 42, now: t0))
    }

    @Test func failsForAnotherUser() {
        let token = signer.sign(match: "m1", userID: 42, now: t0)
        #expect(!signer.verify(token, match: "m1", userID: 43, now: t0))
    }

    @Test func failsForAnotherSecret() {
        let token = signer.sign(match: "m1", userID: 42, now: t0)
        #expect(!ResumeToken(secret: "other").verify(token, match: "m1", userID: 42, now: t0))
    }

    @Test func verifiesWithAPreviousSecretDuringARotation() {
        let token = signer.sign(match: "m1", userID: 42, now: t0)
        let rotating = ResumeToken(secret: "other", previousSecrets: ["test-secret"])
        #expect(rotating.verify(token, match: "m1", userID: 42, now: t0))
        #expect(!signer.verify(rotating.sign(match: "m1", userID: 42, now: t0), match: "m1", userID: 42, now: t0))
    }

    @Test func failsWhenTampered() throws {
        let token = signer.sign(match: "m1", userID: 42, now: t0)
        let parts = token.split(separator: ".").map(String.init)
        // One flipped hex digit of the MAC.
        var mac = Array(parts[1])
        mac[10] = mac[10] == "0" ? "1" : "0"
        #expect(!signer.verify(parts[0] + "." + String(mac), match: "m1", userID: 42, now: t0))
        // A later expiry with the old MAC.
        let extended = String(Int64(parts[0])! + 3600) + "." + parts[1]
        #expect(!signer.verify(extended, match: "m1", userID: 42, now: t0))
        // Truncated or extended MAC.
        #expect(!signer.verify(String(token.dropLast(2)), match: "m1", userID: 42, now: t0))
        #expect(!signer.verify(token + "00", match: "m1", userID: 42, now: t0))
        // Upper-cased hex is the same bytes; it must not crash either way.
        _ = signer.verify(parts[0] + "." + parts[1].uppercased(), match: "m1", userID: 42, now: t0)
    }

    @Test(arguments: ["", "garbage", ".", "..", "123.", ".abc", "abc.def", "1.2.3", String(repeating: "z", count: 64),
                      "9999999999." + String(repeating: "g", count: 64), "9999999999." + String(repeating: "é", count: 64)])
    func failsForGarbage(token: String) {
        #expect(!signer.verify(token, match: "m1", userID: 42, now: t0))
    }

    @Test func failsAfterExpiry() {
        let token = signer.sign(match: "m1", userID: 42, now: t0)
        #expect(signer.verify(token, match: "m1", userID: 42, now: at(ResumeToken.lifetime - 0.5)))
        #expect(!signer.verify(token, match: "m1", userID: 42, now: at(ResumeToken.lifetime)))
        #expect(!signer.verify(token, match: "m1", userID: 42, now: at(ResumeToken.lifetime + 3600)))
    }
}
