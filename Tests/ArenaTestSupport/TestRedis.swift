import Foundation
import LocalDeployment
import Synchronization

/// A real redis-server on a random free loopback port with a temp directory, for
/// integration tests (no persistence unless asked). Killed at process exit if a test forgets it.
public final class TestRedis: Sendable {
    public let host = "127.0.0.1"
    public let port: Int
    /// Holds `redis.log`.
    public let directory: URL
    private let server: Mutex<RedisServer>

    /// `persistent` turns on the append-only file, as `arena up` runs it (data survives `restart()`).
    public static func start(persistent: Bool = false) async throws -> TestRedis {
        let directory = try TemporaryDirectories.make(prefix: "arena-redis")
        let server = try await RedisServer.start(
            port: try findFreePort(), directory: directory, persistent: persistent, logFile: "\(directory)/redis.log")
        return TestRedis(server: server, directory: URL(fileURLWithPath: directory))
    }

    private init(server: RedisServer, directory: URL) {
        self.port = server.port
        self.directory = directory
        self.server = Mutex(server)
    }

    /// SIGTERM, and wait until it has exited.
    public func stop() async throws {
        await self.server.withLock { $0 }.stop()
    }

    /// Stops (if running) and starts again on the same port: without persistence everything is gone.
    public func restart() async throws {
        let restarted = try await self.server.withLock { $0 }.restarted(logFile: "\(self.directory.path)/redis.log")
        self.server.withLock { $0 = restarted }
    }
}
