import Crypto
import Foundation
import _CryptoExtras

/// Slow, salted password hashing (PBKDF2-HMAC-SHA256) so a leaked users table does
/// not give away passwords. Hashes carry their own parameters
/// (`pbkdf2-sha256$ROUNDS$SALT$HASH`), so rounds can be raised later without
/// invalidating stored hashes.
public struct PasswordHasher: Sendable {
    /// OWASP's minimum for PBKDF2-SHA256 is 210,000 (swift-crypto enforces it for the
    /// checked API); tests may lower it to keep suites fast.
    public var rounds: Int

    public init(rounds: Int = 210_000) {
        self.rounds = rounds
    }

    public func hash(_ password: String) throws -> String {
        var salt = [UInt8](repeating: 0, count: 16)
        var generator = SystemRandomNumberGenerator()
        for index in salt.indices { salt[index] = generator.next() }
        let derived = try self.derive(password, salt: salt, rounds: self.rounds)
        return "pbkdf2-sha256$\(self.rounds)$\(Data(salt).base64EncodedString())$\(derived.base64EncodedString())"
    }

    public func verify(_ password: String, against encoded: String) -> Bool {
        let parts = encoded.split(separator: "$")
        guard parts.count == 4, parts[0] == "pbkdf2-sha256", let rounds = Int(parts[1]), rounds > 0,
            let salt = Data(base64Encoded: String(parts[2])), let expected = Data(base64Encoded: String(parts[3])),
            let actual = try? self.derive(password, salt: [UInt8](salt), rounds: rounds)
        else { return false }
        // Constant-time comparison.
        guard actual.count == expected.count else { return false }
        var difference: UInt8 = 0
        for (a, b) in zip(actual, expected) { difference |= a ^ b }
        return difference == 0
    }

    private func derive(_ password: String, salt: [UInt8], rounds: Int) throws -> Data {
        let key = try KDF.Insecure.PBKDF2.deriveKey(
            from: Data(password.utf8), salt: salt, using: .sha256, outputByteCount: 32, unsafeUncheckedRounds: rounds)
        return key.withUnsafeBytes { Data($0) }
    }
}

/// Password rules applied at sign-up; each failure says what to change.
public enum PasswordPolicy {
    public static let minimumLength = 10
    public static let maximumLength = 256
    static let common: Set<String> = [
        "password", "password1", "password123", "1234567890", "qwertyuiop", "123456789a",
        "iloveyou12", "letmein123", "welcome123", "abc1234567", "passw0rd12", "codearena1",
    ]

    /// Returns a message for the player, or nil when the password is acceptable.
    public static func problem(with password: String, username: String) -> String? {
        if password.count < minimumLength { return "password must be at least \(minimumLength) characters" }
        if password.count > maximumLength { return "password must be at most \(maximumLength) characters" }
        if Set(password).count < 4 { return "password must use at least 4 different characters" }
        let lowered = password.lowercased()
        if common.contains(lowered) { return "password is too common; choose another" }
        if lowered.contains(username.lowercased()) { return "password must not contain the username" }
        return nil
    }
}
