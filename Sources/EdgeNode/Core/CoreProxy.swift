import Foundation
import HTTPTypes
import Prometheus
import ArenaHTTP
import ArenaShared
import AsyncHTTPClient
import Hummingbird
import Logging
import NIOCore
import NIOHTTP1

/// Serves `/api/*` on the edge: problem reads through the cache, everything else
/// passed to the core as is (auth, profile, listings, admin writes).
struct CoreProxy: Sendable {
    let core: CoreClient
    let cache: ProblemCache
    let metrics: EdgeMetrics
    /// On a plain-HTTP loopback listener the refresh cookie cannot be `Secure`.
    let stripSecureCookies: Bool

    func addRoutes(to router: RouterGroup<EdgeRequestContext>) {
        let writeMethods: [HTTPRequest.Method] = [.post, .put, .delete, .patch]
        for path in ["api/problems", "api/problems/{slug}"] {
            router.get(RouterPath(path), use: self.cachedRead)
            // A path with a GET route answers other methods only if they are routed too.
            for method in writeMethods { router.on(RouterPath(path), method: method, use: self.passThrough) }
        }
        // POST here is the edge's own (SubmissionIntake); listings go to the core.
        router.get("api/submissions", use: self.passThrough)
        for method in [HTTPRequest.Method.get] + writeMethods {
            router.on("api/**", method: method, use: self.passThrough)
        }
    }

    /// `api/auth/*` on a group that tolerates stale tokens, with a per-client limit on
    /// sign-in and sign-up attempts (each costs the core a slow password hash).
    func addAuthRoutes(to router: RouterGroup<EdgeRequestContext>, limiter: RateLimiter) {
        let throttled: @Sendable (Request, EdgeRequestContext) async throws -> Response = { request, context in
            if let wait = await limiter.acquire(key: "auth:\(context.clientAddress ?? "unknown")") {
                throw APIError(
                    .tooManyRequests, code: "rate_limited", message: "too many sign-in, sign-up or reset attempts from this address; wait \(wait) s",
                    headers: [.retryAfter: String(wait)])
            }
            // Sign-up limits count accounts per player address: the edge vouches for it.
            return try await self.passThrough(request, context: context, vouchingFor: request.uri.path.hasSuffix("/signup") ? context.clientAddress : nil)
        }
        router.post("api/auth/signin", use: throttled)
        router.post("api/auth/signup", use: throttled)
        // Each reset request may send a mail: the same per-address budget as sign-in.
        router.post("api/auth/password-reset", use: throttled)
        router.post("api/auth/**", use: self.passThrough)
        router.get("api/auth/challenge", use: self.passThrough)
        router.get("api/auth/keys", use: self.passThrough)
    }

    /// Anonymous problem reads come from the cache; a signed-in reader goes to the core,
    /// which applies read-your-writes for that user.
    @Sendable func cachedRead(_ request: Request, context: EdgeRequestContext) async throws -> Response {
        if context.identity != nil {
            return try await self.passThrough(request, context: context)
        }
        // A reader that wrote recently (has a position) bypasses the cache only when the
        // cache could be older than its write: an arbitrary header costs no core read.
        if let header = request.headers[ArenaHeader.minimumLSNField], let wanted = LogSequenceNumber(header),
            wanted > (self.cache.minimumLSN ?? LogSequenceNumber(0))
        {
            return try await self.passThrough(request, context: context)
        }
        let path = request.uri.path
        let key = request.uri.description
        let tags =
            if let slug = context.parameters.get("slug") { [CacheInvalidation.problemKey(slug)] } else { [CacheInvalidation.problemListKey] }
        let lookup = self.cache.lookup(key)
        if case .fresh(let entry) = lookup {
            self.metrics.cacheHits.increment()
            return Self.response(from: entry, cacheStatus: "hit")
        }
        self.metrics.cacheMisses.increment()
        let fetch = self.cache.beginFetch()
        var headers = [("accept", "application/json")]
        if let lsn = fetch.minimumLSN { headers.append((ArenaHeader.minimumLSN, lsn.description)) }
        let reply: CoreClient.Reply
        do {
            reply = try await self.core.send(method: .GET, path: key, headers: headers)
        } catch {
            self.metrics.coreErrors.increment()
            if case .stale(let entry) = lookup {
                self.metrics.cacheStaleServed.increment()
                return Self.response(from: entry, cacheStatus: "stale")
            }
            context.logger.warning("core unreachable", metadata: ["error": "\(error)", "path": "\(path)"])
            throw APIError.unavailable("the core is unreachable from region \(self.core.region); retry shortly")
        }
        if reply.status == 200 {
            self.cache.store(key, body: reply.body, contentType: reply.header("content-type") ?? "application/json", tags: tags, generation: fetch.generation)
        }
        var response = self.response(from: reply)
        response.headers[ArenaHeader.cacheField] = "miss"
        return response
    }

    @Sendable func passThrough(_ request: Request, context: EdgeRequestContext) async throws -> Response {
        try await self.passThrough(request, context: context, vouchingFor: nil)
    }

    /// Forwards a player's request; with `clientAddress`, also the player's address and the
    /// edge secret that makes the core believe it.
    func passThrough(_ request: Request, context: EdgeRequestContext, vouchingFor clientAddress: String?) async throws -> Response {
        var headers: [(String, String)] = []
        for field in request.headers where CoreClient.forwardedRequestHeaders.contains(field.name.canonicalName) {
            headers.append((field.name.rawName, field.value))
        }
        if let clientAddress { headers.append((ArenaHeader.clientAddress, clientAddress)) }
        let body = try await request.body.collect(upTo: context.maxUploadSize)
        let reply: CoreClient.Reply
        do {
            reply = try await self.core.send(
                method: HTTPMethod(rawValue: request.method.rawValue), path: request.uri.description, headers: headers,
                body: body.readableBytes > 0 ? body : nil, internalCall: clientAddress != nil)
        } catch {
            self.metrics.coreErrors.increment()
            context.logger.warning("core unreachable", metadata: ["error": "\(error)"])
            throw APIError.unavailable("the core is unreachable from region \(self.core.region); retry shortly")
        }
        return self.response(from: reply)
    }

    func response(from reply: CoreClient.Reply) -> Response {
        var fields = HTTPFields()
        for (name, value) in reply.headers where CoreClient.forwardedResponseHeaders.contains(name.lowercased()) {
            guard let fieldName = HTTPField.Name(name) else { continue }
            var value = value
            if self.stripSecureCookies && name.lowercased() == "set-cookie" {
                value = value.replacingOccurrences(of: "; Secure", with: "")
            }
            fields.append(HTTPField(name: fieldName, value: value))
        }
        return Response(status: .init(code: reply.status), headers: fields, body: .init(byteBuffer: reply.body))
    }

    static func response(from entry: ProblemCache.Entry, cacheStatus: String) -> Response {
        Response(
            status: .ok,
            headers: [.contentType: entry.contentType, ArenaHeader.cacheField: cacheStatus],
            body: .init(byteBuffer: entry.body))
    }
}
