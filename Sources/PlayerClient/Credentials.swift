import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// A signed-in player's session as the CLI keeps it between runs: the server it belongs
/// to, the short-lived access token and the rotating refresh token (the cookie a browser
/// would hold).
public struct Credentials: Codable, Sendable, Equatable {
    public var server: String
    public var username: String
    public var accessToken: String
    public var refreshToken: String?
    /// A CA certificate to trust for this server (the dev certificate of `arena up`).
    public var caCertificate: String?

    public init(server: String, username: String, accessToken: String, refreshToken: String?, caCertificate: String?) {
        self.server = server
        self.username = username
        self.accessToken = accessToken
        self.refreshToken = refreshToken
        self.caCertificate = caCertificate
    }
}

/// Where the session is saved: `$ARENA_CREDENTIALS`, else `~/.config/codearena/credentials.json`.
/// The file is written owner-only (0600): the refresh token is as good as a password
/// until it rotates.
public struct CredentialStore: Sendable {
    public let path: String

    public init(path: String? = nil) {
        if let path {
            self.path = path
        } else if let path = ProcessInfo.processInfo.environment["ARENA_CREDENTIALS"], !path.isEmpty {
            self.path = path
        } else {
            let home = ProcessInfo.processInfo.environment["HOME"] ?? NSHomeDirectory()
            self.path = "\(home)/.config/codearena/credentials.json"
        }
    }

    public func load() throws -> Credentials? {
        guard let data = FileManager.default.contents(atPath: self.path) else { return nil }
        do {
            return try JSONDecoder().decode(Credentials.self, from: data)
        } catch {
            throw PlayerClientError.credentialsUnreadable(path: self.path, reason: "\(error)")
        }
    }

    /// Writes a private temp file (created 0600, never readable by others), syncs it,
    /// then renames it over the old one, so a crash leaves the old or the new session.
    public func save(_ credentials: Credentials) throws {
        let directory = (self.path as NSString).deletingLastPathComponent
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        let data = try encoder.encode(credentials)
        let temporary = "\(self.path).\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw self.failure("cannot create \(temporary)") }
        let written = data.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
        let synced = fsync(descriptor)
        close(descriptor)
        guard written == data.count, synced == 0, rename(temporary, self.path) == 0 else {
            let error = self.failure("cannot write it")
            unlink(temporary)
            throw error
        }
        let folder = open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if folder >= 0 {
            fsync(folder)
            close(folder)
        }
    }

    /// Runs `body` holding an exclusive lock on `<path>.lock`: two `arena` processes
    /// refreshing at once would present the same refresh token twice, which the server
    /// treats as theft and answers by revoking the session.
    public func withLock<T>(isolation: isolated (any Actor)? = #isolation, _ body: () async throws -> T) async throws -> T {
        let directory = (self.path as NSString).deletingLastPathComponent
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        let descriptor = open(self.path + ".lock", O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw self.failure("cannot open its lock file") }
        defer { close(descriptor) }
        // Blocking flock off the cooperative pool's threads.
        let locked = await Task.detached { flock(descriptor, LOCK_EX) == 0 }.value
        guard locked else { throw self.failure("cannot lock it") }
        defer { flock(descriptor, LOCK_UN) }
        return try await body()
    }

    private func failure(_ what: String) -> PlayerClientError {
        .credentialsUnreadable(path: self.path, reason: "\(what) (\(String(cString: strerror(errno))))")
    }

    public func remove() throws {
        if FileManager.default.fileExists(atPath: self.path) { try FileManager.default.removeItem(atPath: self.path) }
    }
}
