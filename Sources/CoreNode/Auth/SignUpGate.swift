import ArenaHTTP
import ArenaShared
import Crypto
import Foundation
import HTTPTypes
import Logging
import Replication

/// Stands before account creation: hands out signed proof-of-work challenges, checks the
/// answer (signature, expiry, work, used once), and counts accounts per address in Redis so
/// every core shares the count. Challenges are stateless (an HMAC of the core's token secret),
/// so handing them out costs nothing; only a used one is remembered, until it expires.
/// Redis being down skips the replay and address checks (logged), as the sign-in throttle
/// does: the proof of work still has to be done.
struct SignUpGate: Sendable {
    let redis: RedisClient
    let key: SymmetricKey
    let policy: SignUpPolicy
    let logger: Logger

    init(redis: RedisClient, secret: String, policy: SignUpPolicy, logger: Logger) {
        self.redis = redis
        // A key of its own, derived from the token secret: a challenge is never a token.
        self.key = SymmetricKey(data: HMAC<SHA256>.authenticationCode(for: Data("arena sign-up challenge".utf8), using: SymmetricKey(data: Data(secret.utf8))))
        self.policy = policy
        self.logger = logger
    }

    enum Refusal: Error, CustomStringConvertible {
        case missing
        case malformed
        case expired
        case insufficientWork(Int)
        case alreadyUsed
        case addressLimit(retryAfter: Int, limit: Int)

        var description: String {
            switch self {
            case .missing: "sign-up needs a proof of work: GET /api/auth/challenge, solve it, and send it as \"proof\" (the web app and `arena login --signup` do this)"
            case .malformed: "the proof's challenge was not issued by this platform; get a new one from GET /api/auth/challenge"
            case .expired: "the proof's challenge has expired; get a new one from GET /api/auth/challenge"
            case .insufficientWork(let bits): "the proof's hash does not start with \(bits) zero bits; solve the challenge again"
            case .alreadyUsed: "this challenge was already used for a sign-up; get a new one from GET /api/auth/challenge"
            case .addressLimit(let wait, let limit): "\(limit) accounts were created from this network recently; try again in \(wait) s"
            }
        }

        static let metricReasons = ["missing", "invalid", "expired", "used", "address"]

        var metricReason: String {
            switch self {
            case .missing: "missing"
            case .malformed, .insufficientWork: "invalid"
            case .expired: "expired"
            case .alreadyUsed: "used"
            case .addressLimit: "address"
            }
        }

        var apiError: APIError {
            switch self {
            case .missing: APIError.badRequest(self.description, code: "proof_required")
            case .malformed, .insufficientWork: APIError.badRequest(self.description, code: "invalid_proof")
            case .expired: APIError.badRequest(self.description, code: "proof_expired")
            case .alreadyUsed: APIError.conflict(self.description, code: "proof_used")
            case .addressLimit(let wait, _):
                APIError(.tooManyRequests, code: "signup_limited", message: self.description, headers: [.retryAfter: String(wait)])
            }
        }
    }

    /// `v1.<expiry unix s>.<random hex>.<difficulty>.<hmac hex>`.
    func issue(now: Date) -> SignUpChallenge {
        let expires = now.addingTimeInterval(TimeInterval(self.policy.challengeLifetime.components.seconds))
        let random = (0..<16).map { _ in String(format: "%02x", UInt8.random(in: 0...255)) }.joined()
        let payload = "v1.\(Int(expires.timeIntervalSince1970)).\(random).\(self.policy.proofDifficulty)"
        return SignUpChallenge(challenge: "\(payload).\(self.signature(payload))", difficulty: self.policy.proofDifficulty, expiresAt: expires)
    }

    private func signature(_ payload: String) -> String {
        HMAC<SHA256>.authenticationCode(for: Data(payload.utf8), using: self.key).map { String(format: "%02x", $0) }.joined()
    }

    /// Checks everything but the address; marks the challenge used. Throws a `Refusal`.
    func accept(_ proof: SignUpProof?, now: Date) async throws {
        guard let proof else { throw Refusal.missing }
        let parts = proof.challenge.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        guard proof.challenge.utf8.count <= 200, parts.count == 5, parts[0] == "v1", let expiry = Int(parts[1]), let difficulty = Int(parts[3]),
            InternalAuthentication.constantTimeEqual(self.signature(parts[0...3].joined(separator: ".")), parts[4])
        else { throw Refusal.malformed }
        guard Double(expiry) >= now.timeIntervalSince1970 else { throw Refusal.expired }
        guard ProofOfWork.satisfies(proof, difficulty: difficulty) else { throw Refusal.insufficientWork(difficulty) }
        let lifetime = Duration.seconds(max(1, expiry - Int(now.timeIntervalSince1970)))
        do {
            guard try await self.redis.set("arena:signup-proof:\(parts[2])", "1", expiresIn: lifetime, onlyIfAbsent: true) else {
                throw Refusal.alreadyUsed
            }
        } catch let refusal as Refusal {
            throw refusal
        } catch {
            self.logger.warning("sign-up proof replay check unavailable; accepting the proof", metadata: ["error": "\(error)"])
        }
    }

    /// Counts accounts per address; refuses once the window's limit is used.
    private static let countScript = """
        local n = tonumber(redis.call('GET', KEYS[1]) or '0')
        if n >= tonumber(ARGV[1]) then return {0, redis.call('PTTL', KEYS[1])} end
        n = redis.call('INCR', KEYS[1])
        if n == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[2]) end
        return {1, redis.call('PTTL', KEYS[1])}
        """

    /// Takes one of the address's sign-ups (before the account is created: a refused
    /// creation, e.g. a taken name, still used one, which only helps against scripts).
    func admit(address: String, now: Date) async throws {
        let windowMs = max(1, Int(self.policy.addressWindow / .milliseconds(1)))
        do {
            let reply = try await self.redis.eval(
                Self.countScript, keys: ["arena:signups:\(Self.network(of: address))"], arguments: [String(self.policy.accountsPerAddress), String(windowMs)])
            guard let values = reply.elements, values.count == 2, let admitted = values[0].int else { return }
            if admitted == 0 {
                let left = values[1].int ?? windowMs
                throw Refusal.addressLimit(retryAfter: max(1, ((left > 0 ? left : windowMs) + 999) / 1000), limit: self.policy.accountsPerAddress)
            }
        } catch let refusal as Refusal {
            throw refusal
        } catch {
            self.logger.warning("sign-up address limit unavailable; admitting the sign-up", metadata: ["error": "\(error)"])
        }
    }

    /// An IPv4 address as is; an IPv6 address by its /64 (one subscriber's whole network).
    static func network(of address: String) -> String {
        var bytes = [UInt8](repeating: 0, count: 16)
        if address.contains(":"), inet_pton(AF_INET6, address, &bytes) == 1 {
            if bytes[0..<12] == [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff][...] {
                return bytes[12..<16].map(String.init).joined(separator: ".")
            }
            return bytes[0..<8].map { String(format: "%02x", $0) }.joined() + "::/64"
        }
        return address
    }
}
