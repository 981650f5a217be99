import ArenaShared
import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1

/// A small JSON client for integration tests, over AsyncHTTPClient.
public struct TestHTTPClient: Sendable {
    public let baseURL: String
    /// The connection pool (a client with its own TLS identity for mutual-TLS tests).
    public let http: HTTPClient

    public init(baseURL: String, http: HTTPClient = .shared) {
        self.baseURL = baseURL
        self.http = http
    }

    public struct Reply: Sendable {
        public var status: Int
        public var headers: HTTPHeaders
        public var body: Data

        public func decode<T: Decodable>(_ type: T.Type) throws -> T {
            try ArenaJSON.decoder().decode(T.self, from: self.body)
        }

        public var text: String { String(decoding: self.body, as: UTF8.self) }

        public func header(_ name: String) -> String? { self.headers.first(name: name) }

        /// The `{ "error": { "code" } }` of an error reply.
        public var errorCode: String? { (try? self.decode(ErrorBody.self))?.error.code }

        /// `name=value` of the first Set-Cookie for `name`.
        public func cookie(_ name: String) -> String? {
            for value in self.headers["set-cookie"] {
                let pair = value.split(separator: ";").first.map(String.init) ?? ""
                if pair.hasPrefix(name + "=") { return String(pair.dropFirst(name.count + 1)) }
            }
            return nil
        }
    }

    @discardableResult
    public func send(
        _ method: HTTPMethod, _ path: String, body: Data? = nil, bearer: String? = nil, headers: [(String, String)] = []
    ) async throws -> Reply {
        var request = HTTPClientRequest(url: self.baseURL + path)
        request.method = method
        if let bearer { request.headers.add(name: "authorization", value: "Bearer \(bearer)") }
        if body != nil { request.headers.add(name: "content-type", value: "application/json") }
        for (name, value) in headers { request.headers.add(name: name, value: value) }
        if let body { request.body = .bytes(ByteBuffer(bytes: body)) }
        let response = try await self.http.execute(request, timeout: .seconds(30))
        let bytes = try await response.body.collect(upTo: 64 * 1024 * 1024)
        return Reply(status: Int(response.status.code), headers: response.headers, body: Data(bytes.readableBytesView))
    }

    /// A sign-up as the web app makes it: fetch a proof-of-work challenge, solve it, send it.
    public func signUp(username: String, password: String, email: String? = nil, headers: [(String, String)] = []) async throws -> Reply {
        let challenge = try await self.send(.GET, "/api/auth/challenge", headers: headers).decode(SignUpChallenge.self)
        return try await self.send(
            .POST, "/api/auth/signup",
            json: SignUpRequest(username: username, password: password, proof: ProofOfWork.solve(challenge), email: email), headers: headers)
    }

    @discardableResult
    public func send(
        _ method: HTTPMethod, _ path: String, json: some Encodable, bearer: String? = nil, headers: [(String, String)] = []
    ) async throws -> Reply {
        try await self.send(method, path, body: try ArenaJSON.encoder().encode(json), bearer: bearer, headers: headers)
    }
}
