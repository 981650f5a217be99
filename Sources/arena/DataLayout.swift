import ArenaShared
import Crypto
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
    /// The local mail server's folder; delivered mail is in `mail/mailbox/new`.
    var mailDirectory: String { "\(self.root)/mail" }
    func outbox(_ region: String) -> String { "\(self.root)/outbox/\(region)" }
    var certificate: String { "\(self.root)/tls/dev-cert.pem" }
    /// The deployment CA and the node identities it issued (DeploymentCA).
    var caDirectory: String { "\(self.root)/tls/ca" }
    var privateKey: String { "\(self.root)/tls/dev-key.pem" }

    /// The pid of a live `arena up` for this folder; a pid file left by a crash or a
    /// reboot (the pid now names another process, or none) does not count.
    func runningPID() -> Int32? {
        guard let text = try? String(contentsOfFile: self.pidFile, encoding: .utf8),
            let pid = Int32(text.trimmingCharacters(in: .whitespacesAndNewlines)), kill(pid, 0) == 0,
            let arguments = Self.commandLine(of: pid), arguments.contains("up"),
            arguments.first.map({ $0.hasSuffix("arena") }) == true
        else { return nil }
        return pid
    }

    static func commandLine(of pid: Int32) -> [String]? {
        guard let data = FileManager.default.contents(atPath: "/proc/\(pid)/cmdline") else { return nil }
        return data.split(separator: 0).map { String(decoding: $0, as: UTF8.self) }
    }

    var childrenFile: String { "\(self.root)/children.pids" }

    /// Records the servers a run started, so the next run can stop any that outlived it
    /// (its parent was killed with SIGKILL, or the machine's session ended).
    func recordChildren(_ pids: [Int32]) {
        try? pids.map(String.init).joined(separator: "\n").write(toFile: self.childrenFile, atomically: true, encoding: .utf8)
    }

    /// Stops leftovers of an earlier run that did not shut down; returns what it stopped.
    func stopLeftovers() -> [String] {
        guard let text = try? String(contentsOfFile: self.childrenFile, encoding: .utf8) else { return [] }
        var stopped: [String] = []
        for pid in text.split(separator: "\n").compactMap({ Int32($0) }) where kill(pid, 0) == 0 {
            // Only our own kinds of server: a recycled pid of anything else is left alone.
            // (redis-server rewrites its title to "/usr/bin/redis-server HOST:PORT".)
            guard let title = Self.commandLine(of: pid)?.first,
                let program = title.split(separator: " ").first.map(String.init),
                ["arena", "postgres", "redis-server"].contains(where: { program.hasSuffix($0) })
            else { continue }
            kill(pid, program.hasSuffix("postgres") ? SIGINT : SIGTERM)
            stopped.append("\(URL(fileURLWithPath: program).lastPathComponent) (pid \(pid))")
        }
        let deadline = Date().addingTimeInterval(30)
        for pid in text.split(separator: "\n").compactMap({ Int32($0) }) {
            while kill(pid, 0) == 0 && Date() < deadline { usleep(50_000) }
        }
        try? FileManager.default.removeItem(atPath: self.childrenFile)
        return stopped
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
        /// Redis ACL users' passwords (`admin`, `core`, `edge`; see RedisSecurity).
        var redisAdminPassword: String
        var redisCorePassword: String
        var redisEdgePassword: String
        /// The core's Ed25519 access-token key (base64); edges get only its public half.
        var tokenSigningKey: String
        /// PostgreSQL's application role (the core) and replication role (SCRAM passwords).
        var postgresPassword: String
        var postgresReplicationPassword: String

        var tokenPublicKey: String {
            TokenSigner.privateKey(base64: self.tokenSigningKey)?.publicKey.rawRepresentation.base64EncodedString() ?? ""
        }

        var fileText: String {
            """
            ARENA_TOKEN_SIGNING_KEY=\(self.tokenSigningKey)
            ARENA_TOKEN_SECRET=\(self.tokenSecret)
            ARENA_EDGE_SECRET=\(self.edgeSecret)
            ARENA_REDIS_ADMIN_PASSWORD=\(self.redisAdminPassword)
            ARENA_REDIS_CORE_PASSWORD=\(self.redisCorePassword)
            ARENA_REDIS_EDGE_PASSWORD=\(self.redisEdgePassword)
            ARENA_POSTGRES_PASSWORD=\(self.postgresPassword)
            ARENA_POSTGRES_REPLICATION_PASSWORD=\(self.postgresReplicationPassword)

            """
        }
    }

    /// What secrets.env holds, by name.
    static func secretValues(in root: String) -> [String: String]? {
        guard let text = try? String(contentsOfFile: "\(root)/secrets.env", encoding: .utf8) else { return nil }
        var values: [String: String] = [:]
        for line in text.split(separator: "\n") {
            let parts = line.split(separator: "=", maxSplits: 1)
            if parts.count == 2 { values[String(parts[0])] = String(parts[1]) }
        }
        return values
    }

    /// The secrets an earlier `arena up` generated in `root`, without creating anything.
    static func existingSecrets(in root: String) -> Secrets? {
        guard let values = Self.secretValues(in: root), let token = values["ARENA_TOKEN_SECRET"], let edge = values["ARENA_EDGE_SECRET"],
            let admin = values["ARENA_REDIS_ADMIN_PASSWORD"], let core = values["ARENA_REDIS_CORE_PASSWORD"], let edgeRedis = values["ARENA_REDIS_EDGE_PASSWORD"],
            let signing = values["ARENA_TOKEN_SIGNING_KEY"], TokenSigner.privateKey(base64: signing) != nil,
            let postgres = values["ARENA_POSTGRES_PASSWORD"], let replication = values["ARENA_POSTGRES_REPLICATION_PASSWORD"]
        else { return nil }
        return Secrets(
            tokenSecret: token, edgeSecret: edge, redisAdminPassword: admin, redisCorePassword: core, redisEdgePassword: edgeRedis, tokenSigningKey: signing,
            postgresPassword: postgres, postgresReplicationPassword: replication)
    }

    /// Generated once per data folder (mode 0600) and reused, so tokens stay valid across
    /// restarts. A folder from before a secret existed keeps its old ones and gains the new.
    func secrets() throws -> Secrets {
        let path = "\(self.root)/secrets.env"
        if let existing = Self.existingSecrets(in: self.root) { return existing }
        func random() -> String {
            var generator = SystemRandomNumberGenerator()
            return (0..<32).map { _ in String(format: "%02x", UInt8.random(in: 0...255, using: &generator)) }.joined()
        }
        let old = Self.secretValues(in: self.root) ?? [:]
        let secrets = Secrets(
            tokenSecret: old["ARENA_TOKEN_SECRET"] ?? random(), edgeSecret: old["ARENA_EDGE_SECRET"] ?? random(),
            redisAdminPassword: old["ARENA_REDIS_ADMIN_PASSWORD"] ?? random(), redisCorePassword: old["ARENA_REDIS_CORE_PASSWORD"] ?? random(),
            redisEdgePassword: old["ARENA_REDIS_EDGE_PASSWORD"] ?? random(),
            tokenSigningKey: old["ARENA_TOKEN_SIGNING_KEY"].flatMap { TokenSigner.privateKey(base64: $0) == nil ? nil : $0 }
                ?? Curve25519.Signing.PrivateKey().rawRepresentation.base64EncodedString(),
            postgresPassword: old["ARENA_POSTGRES_PASSWORD"] ?? random(),
            postgresReplicationPassword: old["ARENA_POSTGRES_REPLICATION_PASSWORD"] ?? random())
        // Created 0600 from the start: never readable by others, not even for a moment.
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW, 0o600)
        guard fd >= 0 else { throw LocalDeploymentError.launchFailed(executable: "arena up", reason: "cannot create \(path): errno \(errno)") }
        defer { close(fd) }
        fchmod(fd, 0o600)
        let bytes = Array(secrets.fileText.utf8)
        guard write(fd, bytes, bytes.count) == bytes.count else {
            throw LocalDeploymentError.launchFailed(executable: "arena up", reason: "cannot write \(path)")
        }
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
