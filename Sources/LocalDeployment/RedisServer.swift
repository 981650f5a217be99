import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// A real redis-server on loopback with its own directory.
public final class RedisServer: Sendable {
    public let port: Int
    public let directory: String
    public let persistent: Bool
    public let security: RedisSecurity?
    private let process: ManagedProcess

    public static func executable() throws -> String {
        for path in ["/usr/bin/redis-server", "/usr/local/bin/redis-server"] where FileManager.default.isExecutableFile(atPath: path) {
            return path
        }
        throw LocalDeploymentError.missingTool("redis-server")
    }

    private init(port: Int, directory: String, persistent: Bool, process: ManagedProcess, security: RedisSecurity?) {
        self.port = port
        self.directory = directory
        self.persistent = persistent
        self.process = process
        self.security = security
    }

    /// Starts Redis and waits until it answers PING. `persistent` turns on the
    /// append-only file (for `arena up`); tests run without persistence. With `security`,
    /// only TLS connections are taken and every client must log in as an ACL user.
    public static func start(
        port: Int, directory: String, persistent: Bool, logFile: String, security: RedisSecurity? = nil
    ) async throws -> RedisServer {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        var arguments = [
            "--bind", "127.0.0.1", "--dir", directory, "--daemonize", "no",
            "--save", "", "--appendonly", persistent ? "yes" : "no", "--protected-mode", "yes",
        ]
        var probe = ["-p", String(port)]
        if let security {
            let aclFile = "\(directory)/users.acl"
            try security.writeACL(to: aclFile)
            arguments += [
                "--port", "0", "--tls-port", String(port), "--tls-cert-file", security.identity.certificatePath,
                "--tls-key-file", security.identity.keyPath, "--tls-ca-cert-file", security.caCertificatePath,
                "--tls-auth-clients", "no", "--aclfile", aclFile,
            ]
            probe += ["--tls", "--cacert", security.caCertificatePath, "--user", "admin", "--pass", security.adminPassword, "--no-auth-warning"]
        } else {
            arguments += ["--port", String(port)]
        }
        let process = try ManagedProcess(name: "redis", executable: try executable(), arguments: arguments, logFile: logFile)
        let server = RedisServer(port: port, directory: directory, persistent: persistent, process: process, security: security)
        let deadline = ContinuousClock.now + .seconds(20)
        while ContinuousClock.now < deadline {
            guard process.isRunning else { break }
            if (try? await runCommand("/usr/bin/redis-cli", probe + ["ping"], timeout: .seconds(5)))?.contains("PONG") == true {
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
        return try await RedisServer.start(
            port: self.port, directory: self.directory, persistent: self.persistent, logFile: logFile, security: self.security)
    }
}
