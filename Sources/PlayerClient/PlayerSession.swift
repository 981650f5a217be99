import ArenaShared
import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1
import NIOSSL

/// One player's conversation with an edge over HTTPS: signs in, refreshes the 15-minute
/// access token with the refresh token when the edge says 401 (and saves the rotated
/// pair), and speaks the public API the CLI needs.
public actor PlayerSession {
    public private(set) var credentials: Credentials
    private let store: CredentialStore?
    let tls: TLSConfiguration?

    /// Starts a session from saved credentials; `store` receives rotated tokens.
    public init(credentials: Credentials, store: CredentialStore?) throws {
        self.credentials = credentials
        self.store = store
        self.tls = try Self.tlsConfiguration(caCertificate: credentials.caCertificate)
    }

    /// Signs in (or signs up) with a password; the password is not kept.
    public static func signIn(
        server: String, caCertificate: String?, username: String, password: String, createAccount: Bool
    ) async throws -> Credentials {
        let base = try Self.normalized(server: server)
        let session = try PlayerSession(
            credentials: Credentials(server: base, username: username, accessToken: "", refreshToken: nil, caCertificate: caCertificate), store: nil)
        let body: Data
        if createAccount {
            // The sign-up proof of work (docs/fair-play.md): a fraction of a second here.
            let challenge = try ArenaJSON.decoder().decode(
                SignUpChallenge.self, from: try await session.send(.GET, "/api/auth/challenge", body: nil, authorized: false).body)
            body = try ArenaJSON.encoder().encode(SignUpRequest(username: username, password: password, proof: ProofOfWork.solve(challenge)))
        } else {
            body = try ArenaJSON.encoder().encode(SignInRequest(username: username, password: password))
        }
        let reply = try await session.send(.POST, createAccount ? "/api/auth/signup" : "/api/auth/signin", body: body, authorized: false)
        let auth = try ArenaJSON.decoder().decode(AuthResponse.self, from: reply.body)
        return Credentials(
            server: base, username: auth.user.username, accessToken: auth.accessToken,
            refreshToken: Self.refreshCookie(in: reply.headers), caCertificate: caCertificate)
    }

    /// Requests share the process-wide `HTTPClient.shared`; nothing to close today, kept
    /// so callers end sessions explicitly.
    public func shutdown() async {}

    // MARK: API

    public var isSignedIn: Bool { !self.credentials.accessToken.isEmpty }

    /// Every problem matching the filters, following the list's cursor.
    public func problems(tag: String?, search: String?) async throws -> [ProblemSummary] {
        var items: [ProblemSummary] = []
        var after: Int64?
        repeat {
            var query = ["limit=100"]
            if let tag { query.append("tag=\(Self.escaped(tag))") }
            if let search { query.append("q=\(Self.escaped(search))") }
            if let after { query.append("after=\(after)") }
            let page = try await self.get(ProblemPage.self, "/api/problems?" + query.joined(separator: "&"))
            items += page.items
            after = page.nextCursor
        } while after != nil && items.count < 10_000
        return items
    }

    /// The slugs this player has solved.
    public func solvedProblems() async throws -> Set<String> {
        struct Solved: Decodable { var items: [String] }
        return Set(try await self.get(Solved.self, "/api/users/\(Self.escaped(self.credentials.username))/solved").items)
    }

    public func submit(problem: String, language: String, source: String, idempotencyKey: String) async throws -> SubmissionReceipt {
        let body = try ArenaJSON.encoder().encode(SubmissionRequest(problem: problem, language: language, source: source))
        let reply = try await self.send(.POST, "/api/submissions", body: body, headers: [("Idempotency-Key", idempotencyKey)])
        return try ArenaJSON.decoder().decode(SubmissionReceipt.self, from: reply.body)
    }

    public func signOut() async throws {
        var headers: [(String, String)] = []
        if let refresh = self.credentials.refreshToken { headers.append(("cookie", "\(RefreshToken.cookieName)=\(refresh)")) }
        _ = try await self.send(.POST, "/api/auth/signout", body: nil, headers: headers)
    }

    /// The live connection for progress and matches, signed in with a token that lives at
    /// least another minute: the handshake cannot answer 401 in a way the socket client
    /// could act on, so an expiring (or unreadable) token is refreshed first.
    public func liveFeed() async throws -> LiveFeed {
        if (self.accessTokenLifetime() ?? 0) < 60 {
            _ = try await self.send(.GET, "/api/me", body: nil)
            if (self.accessTokenLifetime() ?? 0) < 60 { try await self.refresh() }
        }
        let feed = LiveFeed(server: self.credentials.server, accessToken: self.credentials.accessToken, tls: self.tls)
        // The edge closes a socket whose token expires (code 4001) unless it gets a fresh one:
        // refresh a minute before the end and send it as an `auth` frame.
        feed.keepAuthenticated { [weak self, weak feed] in
            while !Task.isCancelled {
                guard let left = await self?.accessTokenLifetime() else { return }
                do {
                    try await Task.sleep(for: .seconds(max(5, left - 60)))
                    guard let session = self, let feed else { return }
                    try await session.refresh()
                    feed.send(["type": "auth", "token": await session.credentials.accessToken])
                } catch is CancellationError {
                    return
                } catch PlayerClientError.sessionExpired {
                    return  // the session ended: the edge closes the socket, nothing to renew
                } catch PlayerClientError.server(status: 401, code: _, message: _) {
                    return
                } catch {
                    try? await Task.sleep(for: .seconds(10))
                }
            }
        }
        return feed
    }

    public func get<T: Decodable>(_ type: T.Type, _ path: String) async throws -> T {
        let reply = try await self.send(.GET, path, body: nil)
        return try ArenaJSON.decoder().decode(T.self, from: reply.body)
    }

    // MARK: HTTP

    struct Reply {
        var status: Int
        var headers: HTTPHeaders
        var body: Data
    }

    func send(_ method: HTTPMethod, _ path: String, body: Data?, headers: [(String, String)] = [], authorized: Bool = true) async throws -> Reply {
        let reply = try await self.perform(method, path, body: body, headers: headers, authorized: authorized)
        guard authorized, reply.status == 401 else { return try Self.checked(reply, authorized: authorized) }
        try await self.refresh()
        return try Self.checked(try await self.perform(method, path, body: body, headers: headers, authorized: true), authorized: true)
    }

    private func perform(_ method: HTTPMethod, _ path: String, body: Data?, headers: [(String, String)], authorized: Bool) async throws -> Reply {
        var request = HTTPClientRequest(url: self.credentials.server + path)
        request.method = method
        request.tlsConfiguration = self.tls
        request.headers.add(name: "accept", value: "application/json")
        request.headers.add(name: "user-agent", value: "arena-cli")
        if authorized, !self.credentials.accessToken.isEmpty {
            request.headers.add(name: "authorization", value: "Bearer \(self.credentials.accessToken)")
        }
        for (name, value) in headers { request.headers.add(name: name, value: value) }
        if let body {
            request.headers.add(name: "content-type", value: "application/json")
            request.body = .bytes(ByteBuffer(bytes: body))
        }
        do {
            let response = try await HTTPClient.shared.execute(request, timeout: .seconds(30))
            let buffer = try await response.body.collect(upTo: 16 << 20)
            return Reply(status: Int(response.status.code), headers: response.headers, body: Data(buffer.readableBytesView))
        } catch is CancellationError {
            throw CancellationError()
        } catch let error as NIOSSLError {
            throw PlayerClientError.unreachable(server: self.credentials.server, reason: "TLS: \(error) (pass --cacert for a private certificate)")
        } catch {
            throw PlayerClientError.unreachable(server: self.credentials.server, reason: "\(error)")
        }
    }

    /// Trades the refresh token for a new pair; the old refresh token stops working. One
    /// refresh at a time in this process (concurrent callers wait for it) and, through the
    /// credential file's lock, across processes: a process that finds a newer pair on disk
    /// uses it instead of presenting a spent token.
    private func refresh() async throws {
        if let running = self.refreshing { return try await running.value }
        let spent = self.credentials.refreshToken
        let task = Task { try await self.performRefresh(spent: spent) }
        self.refreshing = task
        defer { self.refreshing = nil }
        try await task.value
    }

    private var refreshing: Task<Void, any Error>?

    private func performRefresh(spent: String?) async throws {
        guard let store = self.store else { return try await self.exchange(spent) }
        try await store.withLock {
            if let saved = try store.load(), saved.server == self.credentials.server, saved.refreshToken != spent {
                self.credentials = saved
                return
            }
            try await self.exchange(spent)
            try store.save(self.credentials)
        }
    }

    private func exchange(_ token: String?) async throws {
        guard let token else { throw PlayerClientError.sessionExpired }
        let reply = try await self.perform(.POST, "/api/auth/refresh", body: nil, headers: [("cookie", "\(RefreshToken.cookieName)=\(token)")], authorized: false)
        guard reply.status == 200 else {
            if reply.status == 401 { throw PlayerClientError.sessionExpired }
            _ = try Self.checked(reply, authorized: false)
            return
        }
        let auth = try ArenaJSON.decoder().decode(AuthResponse.self, from: reply.body)
        // Keeping the spent token would guarantee a reuse, which revokes the session.
        guard let rotated = Self.refreshCookie(in: reply.headers) else {
            throw PlayerClientError.server(status: 200, code: "no_refresh_cookie", message: "the refresh answer carried no new refresh token")
        }
        self.credentials.accessToken = auth.accessToken
        self.credentials.refreshToken = rotated
    }

    /// Seconds until the access token expires (its JWT `exp`), nil if it cannot be read.
    func accessTokenLifetime(now: Date = Date()) -> TimeInterval? {
        let parts = self.credentials.accessToken.split(separator: ".")
        guard parts.count == 3 else { return nil }
        var payload = parts[1].replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        while payload.count % 4 != 0 { payload += "=" }
        struct Claims: Decodable { var exp: Double }
        guard let data = Data(base64Encoded: payload), let claims = try? JSONDecoder().decode(Claims.self, from: data) else { return nil }
        return claims.exp - now.timeIntervalSince1970
    }

    /// A 401 on an authorized call (after one refresh) means the session is gone; on a
    /// sign-in it is the server's own message (wrong password).
    private static func checked(_ reply: Reply, authorized: Bool) throws -> Reply {
        guard (200..<300).contains(reply.status) else {
            if reply.status == 401, authorized { throw PlayerClientError.sessionExpired }
            let error = try? ArenaJSON.decoder().decode(ErrorBody.self, from: reply.body)
            throw PlayerClientError.server(
                status: reply.status, code: error?.error.code ?? "http_\(reply.status)",
                message: error?.error.message ?? String(decoding: reply.body.prefix(200), as: UTF8.self))
        }
        return reply
    }

    // MARK: Helpers

    static func refreshCookie(in headers: HTTPHeaders) -> String? {
        for header in headers["set-cookie"] {
            let pair = header.split(separator: ";", maxSplits: 1).first ?? ""
            let parts = pair.split(separator: "=", maxSplits: 1)
            if parts.count == 2, parts[0].trimmingCharacters(in: .whitespaces) == RefreshToken.cookieName, !parts[1].isEmpty {
                return String(parts[1])
            }
        }
        return nil
    }

    static func normalized(server: String) throws -> String {
        var base = server
        while base.hasSuffix("/") { base.removeLast() }
        guard let url = URL(string: base), let scheme = url.scheme, ["http", "https"].contains(scheme), url.host != nil else {
            throw PlayerClientError.invalidServerURL(server)
        }
        return base
    }

    static func escaped(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: .alphanumerics.union(CharacterSet(charactersIn: "-._~"))) ?? text
    }

    static func tlsConfiguration(caCertificate: String?) throws -> TLSConfiguration? {
        guard let caCertificate else { return nil }
        var tls = TLSConfiguration.makeClientConfiguration()
        tls.trustRoots = .file(caCertificate)
        return tls
    }
}
