import ArenaShared
import AsyncHTTPClient
import Foundation
import Logging
import NIOCore
import NIOHTTP1

/// The edge's connection to the core: one keep-alive pool (AsyncHTTPClient), every
/// request tagged with the edge's region.
struct CoreClient: Sendable {
    let http: HTTPClient
    let baseURL: String
    let region: String
    let edgeSecret: String
    let timeout: Duration

    struct Reply: Sendable {
        var status: Int
        var headers: [(String, String)]
        var body: ByteBuffer

        func header(_ name: String) -> String? {
            self.headers.first { $0.0.lowercased() == name.lowercased() }?.1
        }
    }

    /// Request headers that travel from the player to the core.
    static let forwardedRequestHeaders: Set<String> = [
        "authorization", "cookie", "content-type", "accept", "user-agent",
        ArenaHeader.minimumLSN.lowercased(), ArenaHeader.idempotencyKey.lowercased(),
    ]
    /// Response headers that travel back from the core to the player.
    static let forwardedResponseHeaders: Set<String> = [
        "content-type", "set-cookie", "cache-control", "www-authenticate", "retry-after",
        ArenaHeader.commitLSN.lowercased(), ArenaHeader.servedBy.lowercased(),
    ]

    func send(
        method: HTTPMethod, path: String, headers: [(String, String)] = [], body: ByteBuffer? = nil, internalCall: Bool = false
    ) async throws -> Reply {
        var request = HTTPClientRequest(url: self.baseURL + path)
        request.method = method
        for (name, value) in headers { request.headers.add(name: name, value: value) }
        request.headers.replaceOrAdd(name: ArenaHeader.region, value: self.region)
        if internalCall { request.headers.replaceOrAdd(name: ArenaHeader.edgeSecret, value: self.edgeSecret) }
        if let body { request.body = .bytes(body) }
        let response = try await self.http.execute(request, timeout: .nanoseconds(Int64(self.timeout.components.seconds) * 1_000_000_000 + self.timeout.components.attoseconds / 1_000_000_000))
        let bytes = try await response.body.collect(upTo: 64 * 1024 * 1024)
        return Reply(status: Int(response.status.code), headers: response.headers.map { ($0.name, $0.value) }, body: bytes)
    }
}
