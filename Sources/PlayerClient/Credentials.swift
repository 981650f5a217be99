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

    public func save(_ credentials: Credentials) throws {
        let directory = (self.path as NSString).deletingLastPathComponent
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        let data = try encoder.encode(credentials)
        // Write a private temp file, then rename: never a moment with a readable token.
        let temporary = self.path + ".tmp"
        FileManager.default.createFile(atPath: temporary, contents: data, attributes: [.posixPermissions: 0o600])
        guard rename(temporary, self.path) == 0 else {
            throw PlayerClientError.credentialsUnreadable(path: self.path, reason: "cannot write it (errno \(errno))")
        }
    }

    public func remove() throws {
        if FileManager.default.fileExists(atPath: self.path) { try FileManager.default.removeItem(atPath: self.path) }
    }
}
