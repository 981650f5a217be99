import Foundation
import LocalDeployment

#if canImport(Glibc)
import Glibc
#endif

/// The project-local folder of a local deployment (`.arena/` by default): database
/// and Redis data, outboxes, logs, generated secrets, the dev certificate, the pid.
struct DataLayout {
    let root: String

    init(root: String) throws {
        self.root = URL(fileURLWithPath: root).standardizedFileURL.path
        for folder in ["", "logs", "tls", "outbox", "postgres", "redis"] {
            try FileManager.default.createDirectory(atPath: "\(self.root)/\(folder)", withIntermediateDirectories: true)
        }
    }

    var pidFile: String { "\(self.root)/up.pid" }
    func logFile(_ name: String) -> String { "\(self.root)/logs/\(name).log" }
    func postgresDirectory(_ name: String) -> String { "\(self.root)/postgres/\(name)" }
    var redisDirectory: String { "\(self.root)/redis" }
    func outbox(_ region: String) -> String { "\(self.root)/outbox/\(region)" }
    var certificate: String { "\(self.root)/tls/dev-cert.pem" }
    var privateKey: String { "\(self.root)/tls/dev-key.pem" }

    func runningPID() -> Int32? {
        guard let text = try? String(contentsOfFile: self.pidFile, encoding: .utf8),
            let pid = Int32(text.trimmingCharacters(in: .whitespacesAndNewlines)), kill(pid, 0) == 0
        else { return nil }
        return pid
    }

    func writePID(_ pid: Int32) throws {
        try "\(pid)\n".write(toFile: self.pidFile, atomically: true, encoding: .utf8)
    }

    func removePID() {
        try? FileManager.default.removeItem(atPath: self.pidFile)
    }

    struct Secrets {
        var tokenSecret: String
        var edgeSecret: String
    }

    /// Generated once per data folder (mode 0600) and reused, so tokens stay valid
    /// across restarts.
    func secrets() throws -> Secrets {
        let path = "\(self.root)/secrets.env"
        if let text = try? String(contentsOfFile: path, encoding: .utf8) {
            var values: [String: String] = [:]
            for line in text.split(separator: "\n") {
                let parts = line.split(separator: "=", maxSplits: 1)
                if parts.count == 2 { values[String(parts[0])] = String(parts[1]) }
            }
            if let token = values["ARENA_TOKEN_SECRET"], let edge = values["ARENA_EDGE_SECRET"] {
                return Secrets(tokenSecret: token, edgeSecret: edge)
            }
        }
        func random() -> String {
            var generator = SystemRandomNumberGenerator()
            return (0..<32).map { _ in String(format: "%02x", UInt8.random(in: 0...255, using: &generator)) }.joined()
        }
        let secrets = Secrets(tokenSecret: random(), edgeSecret: random())
        try "ARENA_TOKEN_SECRET=\(secrets.tokenSecret)\nARENA_EDGE_SECRET=\(secrets.edgeSecret)\n".write(
            toFile: path, atomically: true, encoding: .utf8)
        chmod(path, 0o600)
        return secrets
    }

    /// A self-signed certificate for localhost/127.0.0.1, made with openssl once.
    func ensureDevCertificate() async throws {
        if FileManager.default.fileExists(atPath: self.certificate) && FileManager.default.fileExists(atPath: self.privateKey) { return }
        try await runCommand(
            "/usr/bin/openssl",
            [
                "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-sha256", "-days", "365",
                "-keyout", self.privateKey, "-out", self.certificate, "-subj", "/CN=localhost",
                "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1",
            ])
        chmod(self.privateKey, 0o600)
    }
}
