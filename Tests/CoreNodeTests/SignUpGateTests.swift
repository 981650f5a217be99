import NIOHTTP1
import ArenaShared
import ArenaTestSupport
import Foundation
import Testing

@testable import CoreNode

/// The bot defences on sign-up (docs/fair-play.md, "Bots"): a proof of work per account,
/// each challenge good once, and a limit on accounts per address shared by every core.
@Suite("Sign-up proof of work and per-address limits", .timeLimit(.minutes(3)))
struct SignUpGateTests {
    static let password = "correct horse battery"

    /// A nonce that does not satisfy the challenge (the first one that fails).
    static func failingProof(_ challenge: SignUpChallenge) -> SignUpProof {
        var counter = 0
        while ProofOfWork.satisfies(SignUpProof(challenge: challenge.challenge, nonce: String(counter)), difficulty: challenge.difficulty) { counter += 1 }
        return SignUpProof(challenge: challenge.challenge, nonce: String(counter))
    }

    @Test("no proof, a forged or lazy proof and a used one are refused and create nothing; a solved one signs up")
    func proofOfWork() async throws {
        let environment = try await CoreTestEnvironment.start()
        defer { Task { await environment.stop() } }
        let client = environment.core.client

        let missing = try await client.send(.POST, "/api/auth/signup", json: SignUpRequest(username: "botty", password: Self.password))
        #expect(missing.status == 400 && missing.errorCode == "proof_required", "\(missing.text)")

        let challenge = try await client.send(.GET, "/api/auth/challenge").decode(SignUpChallenge.self)
        #expect(challenge.difficulty == 16 && challenge.expiresAt > Date())
        // Another difficulty written into the challenge breaks its signature.
        let easier = challenge.challenge.replacingOccurrences(of: ".16.", with: ".1.")
        let forged = try await client.send(
            .POST, "/api/auth/signup",
            json: SignUpRequest(username: "botty", password: Self.password, proof: SignUpProof(challenge: easier, nonce: "0")))
        #expect(forged.status == 400 && forged.errorCode == "invalid_proof", "\(forged.text)")
        let lazy = try await client.send(
            .POST, "/api/auth/signup", json: SignUpRequest(username: "botty", password: Self.password, proof: Self.failingProof(challenge)))
        #expect(lazy.status == 400 && lazy.errorCode == "invalid_proof", "\(lazy.text)")
        let tooLong = try await client.send(
            .POST, "/api/auth/signup",
            json: SignUpRequest(username: "botty", password: Self.password, proof: SignUpProof(challenge: challenge.challenge, nonce: String(repeating: "9", count: 33))))
        #expect(tooLong.status == 400 && tooLong.errorCode == "invalid_proof")
        // Nothing was created: the name is still free, signing in fails.
        #expect(try await client.send(.POST, "/api/auth/signin", json: SignInRequest(username: "botty", password: Self.password)).status == 401)

        let proof = ProofOfWork.solve(challenge)
        let created = try await client.send(.POST, "/api/auth/signup", json: SignUpRequest(username: "botty", password: Self.password, proof: proof))
        #expect(created.status == 201, "\(created.text)")
        let again = try await client.send(.POST, "/api/auth/signup", json: SignUpRequest(username: "botty2", password: Self.password, proof: proof))
        #expect(again.status == 409 && again.errorCode == "proof_used", "\(again.text)")
        // A bad name is refused before the proof is spent: the same proof still works after.
        let fresh = ProofOfWork.solve(try await client.send(.GET, "/api/auth/challenge").decode(SignUpChallenge.self))
        let badName = try await client.send(.POST, "/api/auth/signup", json: SignUpRequest(username: "9lives", password: Self.password, proof: fresh))
        #expect(badName.status == 400 && badName.errorCode == "invalid_username")
        #expect(try await client.send(.POST, "/api/auth/signup", json: SignUpRequest(username: "ninelives", password: Self.password, proof: fresh)).status == 201)

        let metrics = try await client.send(.GET, "/metrics").text
        #expect(metrics.contains("arena_auth_sign_ups_refused_total{reason=\"invalid\"} 3"), "\(metrics.split(separator: "\n").filter { $0.contains("sign_ups") })")
        #expect(metrics.contains("arena_auth_sign_ups_refused_total{reason=\"used\"} 1"))
    }

    @Test("a challenge answered after its lifetime is refused")
    func expiredChallenge() async throws {
        let environment = try await CoreTestEnvironment.start { $0.signUp.challengeLifetime = .seconds(1) }
        defer { Task { await environment.stop() } }
        let client = environment.core.client
        let proof = ProofOfWork.solve(try await client.send(.GET, "/api/auth/challenge").decode(SignUpChallenge.self))
        try await Task.sleep(for: .milliseconds(2100))
        let late = try await client.send(.POST, "/api/auth/signup", json: SignUpRequest(username: "slowpoke", password: Self.password, proof: proof))
        #expect(late.status == 400 && late.errorCode == "proof_expired", "\(late.text)")
    }

    @Test("accounts per address: the limit is shared, an edge vouches for the player's address, a forged address counts as the caller's")
    func accountsPerAddress() async throws {
        let environment = try await CoreTestEnvironment.start { $0.signUp.accountsPerAddress = 2 }
        defer { Task { await environment.stop() } }
        let client = environment.core.client
        #expect(try await client.signUp(username: "first", password: Self.password).status == 201)
        // Pretending to be another address without the edge secret changes nothing.
        #expect(try await client.signUp(username: "second", password: Self.password, headers: [(ArenaHeader.clientAddress, "203.0.113.7")]).status == 201)
        let third = try await client.signUp(username: "third", password: Self.password)
        #expect(third.status == 429 && third.errorCode == "signup_limited", "\(third.text)")
        let wait = try #require(third.header("retry-after").flatMap { Int($0) })
        #expect((3000...3600).contains(wait))
        #expect(try await client.send(.POST, "/api/auth/signin", json: SignInRequest(username: "third", password: Self.password)).status == 401)

        // An edge vouches for two players of one IPv6 /64 network: they share its count.
        let edge = [(ArenaHeader.edgeSecret, TestCore.edgeSecret)]
        #expect(try await client.signUp(username: "fourth", password: Self.password, headers: edge + [(ArenaHeader.clientAddress, "2001:db8:1:2::10")]).status == 201)
        #expect(try await client.signUp(username: "fifth", password: Self.password, headers: edge + [(ArenaHeader.clientAddress, "2001:db8:1:2:ffff::1")]).status == 201)
        let sixth = try await client.signUp(username: "sixth", password: Self.password, headers: edge + [(ArenaHeader.clientAddress, "2001:db8:1:2::99")])
        #expect(sixth.status == 429)
        #expect(try await client.signUp(username: "seventh", password: Self.password, headers: edge + [(ArenaHeader.clientAddress, "2001:db8:1:3::1")]).status == 201)
    }

    @Test("the proof's arithmetic and the address's network")
    func arithmetic() {
        let challenge = SignUpChallenge(challenge: "v1.1.abc.12.def", difficulty: 12, expiresAt: Date())
        let proof = ProofOfWork.solve(challenge)
        #expect(ProofOfWork.leadingZeroBits(ProofOfWork.digest(challenge: challenge.challenge, nonce: proof.nonce)) >= 12)
        #expect(!ProofOfWork.satisfies(SignUpProof(challenge: challenge.challenge, nonce: ""), difficulty: 0))
        #expect(SignUpGate.network(of: "198.51.100.4") == "198.51.100.4")
        #expect(SignUpGate.network(of: "::ffff:198.51.100.4") == "198.51.100.4")
        #expect(SignUpGate.network(of: "2001:db8:1:2::10") == SignUpGate.network(of: "2001:0db8:0001:0002:ffff::1"))
        #expect(SignUpGate.network(of: "2001:db8:1:2::10") != SignUpGate.network(of: "2001:db8:1:3::10"))
    }
}
