import Crypto
import Foundation

/// What `GET /api/auth/challenge` hands out before a sign-up: a challenge signed by the core
/// and the number of leading zero bits the client's hash must have.
public struct SignUpChallenge: Codable, Sendable {
    public var challenge: String
    public var difficulty: Int
    public var expiresAt: Date

    public init(challenge: String, difficulty: Int, expiresAt: Date) {
        self.challenge = challenge
        self.difficulty = difficulty
        self.expiresAt = expiresAt
    }
}

/// The answer to a `SignUpChallenge`, sent with the sign-up.
public struct SignUpProof: Codable, Sendable, Hashable {
    public var challenge: String
    public var nonce: String

    public init(challenge: String, nonce: String) {
        self.challenge = challenge
        self.nonce = nonce
    }
}

/// A self-hosted proof of work in place of a CAPTCHA (no third-party service is reachable,
/// and none is wanted): a client finds a nonce such that SHA-256("challenge:nonce") starts
/// with `difficulty` zero bits. That costs about 2^difficulty hashes (under a second in a
/// browser at 16 bits) and the core one hash to check, so mass sign-ups cost real CPU.
public enum ProofOfWork {
    /// Longest nonce the core accepts (a decimal counter never needs more).
    public static let maximumNonceLength = 32

    public static func digest(challenge: String, nonce: String) -> SHA256.Digest {
        SHA256.hash(data: Data("\(challenge):\(nonce)".utf8))
    }

    public static func leadingZeroBits(_ digest: SHA256.Digest) -> Int {
        var bits = 0
        for byte in digest {
            if byte == 0 {
                bits += 8
                continue
            }
            return bits + byte.leadingZeroBitCount
        }
        return bits
    }

    public static func satisfies(_ proof: SignUpProof, difficulty: Int) -> Bool {
        guard !proof.nonce.isEmpty, proof.nonce.utf8.count <= Self.maximumNonceLength else { return false }
        return Self.leadingZeroBits(Self.digest(challenge: proof.challenge, nonce: proof.nonce)) >= difficulty
    }

    /// Counts up from 0 until a nonce satisfies the challenge (what the CLI and tests do;
    /// the web app does the same in JavaScript).
    public static func solve(_ challenge: SignUpChallenge) -> SignUpProof {
        var counter: UInt64 = 0
        while true {
            let proof = SignUpProof(challenge: challenge.challenge, nonce: String(counter))
            if Self.satisfies(proof, difficulty: challenge.difficulty) { return proof }
            counter += 1
        }
    }
}
