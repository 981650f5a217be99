import Crypto
import Foundation

/// Signs and verifies access tokens as compact JWTs (HS256). One shared secret per
/// deployment lets every edge verify tokens locally, without a round trip to the core.
public struct TokenSigner: Sendable {
    /// Signs; the first of `verificationKeys`.
    private let key: SymmetricKey
    /// The current key, then the previous ones still accepted during a secret rotation.
    private let verificationKeys: [SymmetricKey]

    public init(secret: String, previousSecrets: [String] = []) {
        self.key = SymmetricKey(data: Data(secret.utf8))
        self.verificationKeys = [self.key] + previousSecrets.filter { !$0.isEmpty && $0 != secret }.map { SymmetricKey(data: Data($0.utf8)) }
    }

    public func sign(_ token: AccessToken) throws -> String {
        let header = Self.base64URL(Data(#"{"alg":"HS256","typ":"JWT"}"#.utf8))
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let payload = Self.base64URL(try encoder.encode(token))
        let signingInput = "\(header).\(payload)"
        let mac = HMAC<SHA256>.authenticationCode(for: Data(signingInput.utf8), using: self.key)
        return "\(signingInput).\(Self.base64URL(Data(mac)))"
    }

    /// Verifies signature, algorithm, issuer and expiry; `now` is injectable for tests.
    public func verify(_ jwt: String, now: Date = Date()) throws(TokenError) -> AccessToken {
        let parts = jwt.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 3,
            let headerData = Self.decodeBase64URL(parts[0]),
            let payloadData = Self.decodeBase64URL(parts[1]),
            let signature = Self.decodeBase64URL(parts[2])
        else { throw .malformed }
        struct Header: Decodable { var alg: String }
        guard let header = try? JSONDecoder().decode(Header.self, from: headerData) else { throw .malformed }
        guard header.alg == "HS256" else { throw .unsupportedAlgorithm }
        let signingInput = Data("\(parts[0]).\(parts[1])".utf8)
        guard self.verificationKeys.contains(where: { HMAC<SHA256>.isValidAuthenticationCode(signature, authenticating: signingInput, using: $0) }) else {
            throw .badSignature
        }
        guard let token = try? JSONDecoder().decode(AccessToken.self, from: payloadData) else { throw .malformed }
        guard token.iss == AccessToken.issuer else { throw .badSignature }
        guard Int64(now.timeIntervalSince1970) < token.exp else { throw .expired }
        return token
    }

    static func base64URL(_ data: Data) -> String {
        data.base64EncodedString()
            .replacingOccurrences(of: "+", with: "-")
            .replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }

    static func decodeBase64URL(_ text: Substring) -> Data? {
        var base64 = text.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        guard base64.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "+" || $0 == "/" }) else { return nil }
        while base64.count % 4 != 0 { base64 += "=" }
        return Data(base64Encoded: base64)
    }
}

/// Why a bearer token was refused; every case maps to a 401 the client can act on.
public enum TokenError: Error, Sendable, Hashable, CustomStringConvertible {
    case missing
    case malformed
    case unsupportedAlgorithm
    case badSignature
    case expired
    case revoked

    public var description: String {
        switch self {
        case .missing: "no access token; sign in and send it as 'Authorization: Bearer <token>'"
        case .malformed: "the access token is not a well-formed JWT; sign in again"
        case .unsupportedAlgorithm: "the access token uses an unsupported algorithm; sign in again"
        case .badSignature: "the access token's signature is invalid; sign in again"
        case .expired: "the access token has expired; call POST /api/auth/refresh for a new one"
        case .revoked: "the session of this access token was signed out; sign in again"
        }
    }
}
