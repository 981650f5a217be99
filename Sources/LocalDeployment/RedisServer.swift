import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// A real redis-server on loopback with its own directory.
public final class RedisServer: Sendable {
    public let port: Int
    public let directory: String
    public let persistent: Bool
    private let process: ManagedProcess

    public static func executable() throws -> String {
        for path in ["/usr/bin/redis-server", "/usr/local/bin/redis-server"] where FileManager.default.isExecutableFile(atPath: path) {
            return path
        }
        throw LocalDeploymentError.missingTool("redis-server")
    }

    private init(port: Int, directory: String, persistent: Bool, process: ManagedProcess) {
        self.port = port
        self.directory = directory
        self.persistent = persistent
        self.process = process
    }

    /// Starts Redis and waits until it answers PING. `persistent` turns on the
    /// append-only file (for `arena up`); tests run without persistence.
    public static func start(port: Int, directory: String, persistent: Bool, logFile: String) async throws -> RedisServer {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let arguments = [
            "--port", String(port), "--bind", "127.0.0.1", "--dir", directory, "--daemonize", "no",
            "--save", "", "--appendonly", persistent ? "yes" : "no", "--protected-mode", "yes",
        ]
        let process = try ManagedProcess(name: "redis", executable: try executable(), arguments: arguments, logFile: logFile)
        let server = RedisServer(port: port, directory: directory, persistent: persistent, process: process)
        let deadline = ContinuousClock.now + .seconds(20)
        while ContinuousClock.now < deadline {
            guard process.isRunning else { break }
            if (try? await runCommand("/usr/bin/redis-cli", ["-p", String(port), "ping"], timeout: .seconds(5)))?.contains("PONG") == true {
                return server
            }
            try await Task.sleep(for: .milliseconds(50))
        }
        throw LocalDeploymentError.notReady(name: "redis", logTail: process.logTail())
    }

    public var isRunning: Bool { self.process.isRunning }
    public var pid: Int32 { self.process.pid }

    public func stop() async {
        await self.process.stop(signal: SIGTERM)
    }

    /// Stops and starts again on the same port (and directory).
    public func restarted(logFile: String) async throws -> RedisServer {
        await self.stop()
        return try await RedisServer.start(port: self.port, directory: self.directory, persistent: self.persistent, logFile: logFile)
    }
}
