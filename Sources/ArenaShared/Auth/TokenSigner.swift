import Crypto
import Foundation

/// Signs and verifies access tokens as compact JWTs with Ed25519 (`alg: EdDSA`). Only the
/// core holds the private key; edges get the public keys and verify tokens locally, without
/// a round trip to the core, but can never mint one (docs/architecture.md, "Trust").
/// Rotation: the core signs with its current key; verifiers also accept the previous
/// public keys until the tokens signed with them have expired (15 minutes).
public struct TokenSigner: Sendable {
    /// The core's; nil on an edge.
    private let signingKey: Curve25519.Signing.PrivateKey?
    /// By key id: the current key first, then previous ones still accepted.
    private let publicKeys: [(id: String, key: Curve25519.Signing.PublicKey)]

    /// The core: signs with `signingKey`, verifies with it and `previousPublicKeys`.
    public init(signingKey: Curve25519.Signing.PrivateKey, previousPublicKeys: [Curve25519.Signing.PublicKey] = []) {
        self.signingKey = signingKey
        self.publicKeys = ([signingKey.publicKey] + previousPublicKeys).map { (Self.keyID($0), $0) }
    }

    /// An edge: verifies with the core's public keys, cannot sign.
    public init(verifyingWith publicKeys: [Curve25519.Signing.PublicKey]) {
        self.signingKey = nil
        self.publicKeys = publicKeys.map { (Self.keyID($0), $0) }
    }

    /// A key's id (`kid`): the first 8 bytes of the SHA-256 of its raw form, base64url.
    public static func keyID(_ key: Curve25519.Signing.PublicKey) -> String {
        Self.base64URL(Data(SHA256.hash(data: key.rawRepresentation).prefix(8)))
    }

    /// The public keys verifiers accept, with their ids (served at `GET /api/auth/keys`).
    public var verificationKeys: [(id: String, key: Curve25519.Signing.PublicKey)] { self.publicKeys }

    public func sign(_ token: AccessToken) throws -> String {
        guard let signingKey = self.signingKey else { throw TokenError.cannotSign }
        let header = Self.base64URL(Data(#"{"alg":"EdDSA","kid":"\#(Self.keyID(signingKey.publicKey))","typ":"JWT"}"#.utf8))
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let payload = Self.base64URL(try encoder.encode(token))
        let signingInput = "\(header).\(payload)"
        let signature = try signingKey.signature(for: Data(signingInput.utf8))
        return "\(signingInput).\(Self.base64URL(signature))"
    }

    /// Verifies signature, algorithm, key, issuer and expiry; `now` is injectable for tests.
    public func verify(_ jwt: String, now: Date = Date()) throws(TokenError) -> AccessToken {
        let parts = jwt.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 3,
            let headerData = Self.decodeBase64URL(parts[0]),
            let payloadData = Self.decodeBase64URL(parts[1]),
            let signature = Self.decodeBase64URL(parts[2])
        else { throw .malformed }
        struct Header: Decodable {
            var alg: String
            var kid: String?
        }
        guard let header = try? JSONDecoder().decode(Header.self, from: headerData) else { throw .malformed }
        // Only EdDSA: an HS256 token (signed with a secret edges once held) is refused.
        guard header.alg == "EdDSA" else { throw .unsupportedAlgorithm }
        guard let key = self.publicKeys.first(where: { $0.id == header.kid })?.key else { throw .badSignature }
        guard key.isValidSignature(signature, for: Data("\(parts[0]).\(parts[1])".utf8)) else { throw .badSignature }
        guard let token = try? JSONDecoder().decode(AccessToken.self, from: payloadData) else { throw .malformed }
        guard token.iss == AccessToken.issuer else { throw .badSignature }
        guard Int64(now.timeIntervalSince1970) < token.exp else { throw .expired }
        return token
    }

    /// A private key from its base64 raw form (`ARENA_TOKEN_SIGNING_KEY`).
    public static func privateKey(base64 text: String) -> Curve25519.Signing.PrivateKey? {
        guard let data = Data(base64Encoded: text.trimmingCharacters(in: .whitespaces)), data.count == 32 else { return nil }
        return try? Curve25519.Signing.PrivateKey(rawRepresentation: data)
    }

    /// A public key from its base64 raw form (`ARENA_TOKEN_PUBLIC_KEYS`).
    public static func publicKey(base64 text: String) -> Curve25519.Signing.PublicKey? {
        guard let data = Data(base64Encoded: text.trimmingCharacters(in: .whitespaces)), data.count == 32 else { return nil }
        return try? Curve25519.Signing.PublicKey(rawRepresentation: data)
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
    /// This node only verifies tokens (an edge): it holds no signing key.
    case cannotSign

    public var description: String {
        switch self {
        case .missing: "no access token; sign in and send it as 'Authorization: Bearer <token>'"
        case .malformed: "the access token is not a well-formed JWT; sign in again"
        case .unsupportedAlgorithm: "the access token uses an unsupported algorithm; sign in again"
        case .badSignature: "the access token's signature is invalid; sign in again"
        case .expired: "the access token has expired; call POST /api/auth/refresh for a new one"
        case .revoked: "the session of this access token was signed out; sign in again"
        case .cannotSign: "this node cannot sign access tokens: only the core holds the signing key"
        }
    }
}
