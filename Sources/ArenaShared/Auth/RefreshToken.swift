import Crypto
import Foundation

/// Opaque refresh tokens: 32 random bytes for the client, only their SHA-256 in the
/// database, so a database leak cannot be replayed as sessions.
public enum RefreshToken {
    public static let cookieName = "arena_refresh"
    /// A script-readable "signed in here" flag next to the refresh cookie (no secret in it).
    public static let hintCookieName = "arena_signed_in"

    public static func generate() -> String {
        var bytes = [UInt8](repeating: 0, count: 32)
        var generator = SystemRandomNumberGenerator()
        for index in bytes.indices { bytes[index] = generator.next() }
        return TokenSigner.base64URL(Data(bytes))
    }

    public static func digest(_ token: String) -> String {
        SHA256.hash(data: Data(token.utf8)).map { String(format: "%02x", $0) }.joined()
    }
}
