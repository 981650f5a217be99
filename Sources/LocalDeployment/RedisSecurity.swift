import Crypto
import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// How a Redis server is locked down (docs/operations.md, "Trust between nodes"): TLS only,
/// with a certificate from the deployment CA, and ACL users instead of one open default user:
/// - `default` is off: a client that does not log in can run nothing.
/// - `admin`: everything (operators and the readiness probe).
/// - `core`: every command on `arena:*` keys and channels except the dangerous ones
///   (FLUSHALL, FLUSHDB, CONFIG, DEBUG, KEYS, SHUTDOWN, MONITOR, …).
/// - `edge`: the same keys, and no dangerous, admin or cluster-wide command either; an edge
///   that is broken into cannot wipe Redis, reconfigure it or list every key.
public struct RedisSecurity: Sendable {
    public var identity: DeploymentCA.Identity
    public var caCertificatePath: String
    public var adminPassword: String
    public var corePassword: String
    public var edgePassword: String

    public init(identity: DeploymentCA.Identity, caCertificatePath: String, adminPassword: String, corePassword: String, edgePassword: String) {
        self.identity = identity
        self.caCertificatePath = caCertificatePath
        self.adminPassword = adminPassword
        self.corePassword = corePassword
        self.edgePassword = edgePassword
    }

    /// Passwords as ACL files hold them: the SHA-256 (`#hex`), never the password itself.
    static func hashed(_ password: String) -> String {
        "#" + SHA256.hash(data: Array(password.utf8)).map { String(format: "%02x", $0) }.joined()
    }

    var aclLines: [String] {
        [
            "user default off",
            "user admin on \(Self.hashed(self.adminPassword)) ~* &* +@all",
            "user core on \(Self.hashed(self.corePassword)) ~arena:* &arena:* +@all -@dangerous",
            "user edge on \(Self.hashed(self.edgePassword)) ~arena:* &arena:* +@all -@dangerous -@admin",
        ]
    }

    /// Writes the ACL file 0600 (it holds password hashes).
    func writeACL(to path: String) throws {
        try? FileManager.default.removeItem(atPath: path)
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW, 0o600)
        guard fd >= 0 else { throw LocalDeploymentError.launchFailed(executable: "redis-server", reason: "cannot create \(path)") }
        defer { close(fd) }
        let bytes = Array((self.aclLines.joined(separator: "\n") + "\n").utf8)
        guard write(fd, bytes, bytes.count) == bytes.count else {
            throw LocalDeploymentError.launchFailed(executable: "redis-server", reason: "cannot write \(path)")
        }
    }
}
