import Crypto
import Foundation

/// Lets a player who lost the connection rejoin a match on any edge: an HMAC over the
/// match, the user and an expiry, signed with the deployment's token secret. The access
/// token says who the socket is; this says the server once seated that user in that match,
/// without a database read on the reconnect path.
public struct ResumeToken: Sendable {
    private let key: SymmetricKey
    /// The current key, then those of previous secrets still accepted during a rotation.
    private let verificationKeys: [SymmetricKey]
    public static let lifetime: TimeInterval = 3 * 3600

    public init(secret: String, previousSecrets: [String] = []) {
        self.key = SymmetricKey(data: Data(("resume:" + secret).utf8))
        self.verificationKeys =
            [self.key] + previousSecrets.filter { !$0.isEmpty && $0 != secret }.map { SymmetricKey(data: Data(("resume:" + $0).utf8)) }
    }

    public func sign(match: String, userID: Int64, now: Date = Date()) -> String {
        let expires = Int64(now.timeIntervalSince1970 + Self.lifetime)
        let body = "\(match).\(userID).\(expires)"
        let mac = HMAC<SHA256>.authenticationCode(for: Data(body.utf8), using: self.key)
        return "\(expires).\(Data(mac).map { String(format: "%02x", $0) }.joined())"
    }

    /// True when `token` was signed for this match and user and has not expired.
    public func verify(_ token: String, match: String, userID: Int64, now: Date = Date()) -> Bool {
        let parts = token.split(separator: ".")
        guard parts.count == 2, let expires = Int64(parts[0]), Int64(now.timeIntervalSince1970) < expires,
            parts[1].count == 64
        else { return false }
        var mac: [UInt8] = []
        var index = parts[1].startIndex
        while index < parts[1].endIndex {
            let next = parts[1].index(index, offsetBy: 2)
            guard let byte = UInt8(parts[1][index..<next], radix: 16) else { return false }
            mac.append(byte)
            index = next
        }
        let body = "\(match).\(userID).\(expires)"
        return self.verificationKeys.contains { HMAC<SHA256>.isValidAuthenticationCode(mac, authenticating: Data(body.utf8), using: $0) }
    }
}
