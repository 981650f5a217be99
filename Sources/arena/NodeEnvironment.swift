import ArenaShared
import ArgumentParser
import Crypto
import Foundation
import Logging
import Replication

/// Settings shared by `arena core` and `arena edge`: the deployment file and the
/// secrets, which come from the environment (never from regions.yaml, which is
/// committed).
struct NodeOptions: ParsableArguments {
    @Option(help: "The deployment description.")
    var config: String = "regions.yaml"

    @Option(help: "Log level: trace, debug, info, notice, warning, error, critical.")
    var logLevel: String = "info"

    @Option(help: "Log format: text (key=value metadata) or json (one object per line).")
    var logFormat: LogFormat = .text

    enum LogFormat: String, ExpressibleByArgument {
        case text
        case json
    }

    func load() throws -> RegionsConfiguration {
        try loadDeployment(self.config)
    }

    func logger(_ label: String) -> Logger {
        var logger =
            switch self.logFormat {
            case .text: Logger(label: label)
            case .json: Logger(label: label) { JSONLogHandler(label: $0) }
            }
        logger.logLevel = Logger.Level(rawValue: self.logLevel) ?? .info
        return logger
    }
}

/// Reads `regions.yaml`, or prints every problem in it and exits 1.
func loadDeployment(_ path: String) throws -> RegionsConfiguration {
    do {
        return try RegionsConfiguration.load(path: path)
    } catch {
        printError(error.description)
        throw ExitCode(1)
    }
}

enum NodeSecrets {
    /// The process environment plus `NAME=value` lines of every `*.env` file in
    /// `$CREDENTIALS_DIRECTORY` (systemd's `LoadCredential=`, or a Kubernetes secret mounted
    /// there): the rendered units pass secrets that way, so they are in no command line and
    /// no environment dump (`systemctl show`, /proc/PID/environ). The environment wins.
    static let environment: [String: String] = {
        let process = ProcessInfo.processInfo.environment
        guard let directory = process["CREDENTIALS_DIRECTORY"], !directory.isEmpty,
            let files = try? FileManager.default.contentsOfDirectory(atPath: directory)
        else { return process }
        var merged: [String: String] = [:]
        for file in files.sorted() where file.hasSuffix(".env") {
            guard let text = try? String(contentsOfFile: "\(directory)/\(file)", encoding: .utf8) else {
                printError("warning: cannot read the credential \(directory)/\(file) (its secrets are not used)")
                continue
            }
            for (name, value) in Self.parseEnvironmentFile(text) { merged[name] = value }
        }
        return merged.merging(process) { _, fromEnvironment in fromEnvironment }
    }()

    /// `NAME=value` lines as systemd's EnvironmentFile reads them: blank lines and `#`
    /// comments skipped, an optional `export `, values optionally in single or double quotes.
    static func parseEnvironmentFile(_ text: String) -> [(String, String)] {
        var pairs: [(String, String)] = []
        for rawLine in text.split(whereSeparator: \.isNewline) {
            var line = rawLine.trimmingCharacters(in: .whitespaces)
            guard !line.isEmpty, !line.hasPrefix("#") else { continue }
            if line.hasPrefix("export ") { line = String(line.dropFirst("export ".count)) }
            let parts = line.split(separator: "=", maxSplits: 1)
            guard parts.count == 2 else { continue }
            var value = String(parts[1]).trimmingCharacters(in: .whitespaces)
            if value.count >= 2, let first = value.first, first == "\"" || first == "'", value.last == first {
                value = String(value.dropFirst().dropLast())
            }
            pairs.append((String(parts[0]).trimmingCharacters(in: .whitespaces), value))
        }
        return pairs
    }

    static let tokenSecretVariable = "ARENA_TOKEN_SECRET"
    static let edgeSecretVariable = "ARENA_EDGE_SECRET"

    /// During a rotation, `<NAME>_PREVIOUS` holds the secret being retired (accepted, never
    /// used for new tokens or calls); see infra/runbooks/rotate-secrets.md.
    static func previousVariable(_ name: String) -> String { name + "_PREVIOUS" }

    static func require(_ name: String) throws -> String {
        guard let value = Self.environment[name], value.count >= 16 else {
            printError("\(name) must be set to a secret of at least 16 characters (`arena up` generates one in .arena/secrets.env)")
            throw ExitCode(1)
        }
        return value
    }

    /// The core's Ed25519 signing key (`ARENA_TOKEN_SIGNING_KEY`, base64 of 32 bytes; only the
    /// core has it) and the public keys of retired ones (`ARENA_TOKEN_PREVIOUS_PUBLIC_KEYS`).
    static func tokenSigningKey() throws -> (Curve25519.Signing.PrivateKey, [Curve25519.Signing.PublicKey]) {
        let environment = Self.environment
        guard let text = environment["ARENA_TOKEN_SIGNING_KEY"], let key = TokenSigner.privateKey(base64: text) else {
            printError("ARENA_TOKEN_SIGNING_KEY must be set to the core's Ed25519 key, base64 of 32 bytes (`arena up` generates one in .arena/secrets.env)")
            throw ExitCode(1)
        }
        return (key, try Self.publicKeys("ARENA_TOKEN_PREVIOUS_PUBLIC_KEYS", required: false))
    }

    /// Comma-separated base64 Ed25519 public keys from `variable`.
    static func publicKeys(_ variable: String, required: Bool) throws -> [Curve25519.Signing.PublicKey] {
        let text = Self.environment[variable] ?? ""
        let parts = text.split(separator: ",").map { String($0).trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        let keys = parts.compactMap(TokenSigner.publicKey(base64:))
        guard keys.count == parts.count, !required || !keys.isEmpty else {
            printError("\(variable) must be comma-separated base64 Ed25519 public keys (32 bytes each): the core's token keys, current first (GET /api/auth/keys on the core lists them)")
            throw ExitCode(1)
        }
        return keys
    }

    /// How a node logs in to Redis: `ARENA_REDIS_PASSWORD` for the ACL user `role` (or
    /// `ARENA_REDIS_USER`), `ARENA_REDIS_CA` the CA file that signed Redis's certificate (TLS).
    /// `arena up` sets them; unset, the node talks plain TCP without a login.
    static func redisAccess(role: String) throws -> (credentials: RedisConfiguration.Credentials?, tls: RedisConfiguration.TLS?) {
        let environment = Self.environment
        var credentials: RedisConfiguration.Credentials?
        if let password = environment["ARENA_REDIS_PASSWORD"], !password.isEmpty {
            credentials = .init(username: environment["ARENA_REDIS_USER"].flatMap { $0.isEmpty ? nil : $0 } ?? role, password: password)
        }
        var tls: RedisConfiguration.TLS?
        if let ca = environment["ARENA_REDIS_CA"], !ca.isEmpty {
            guard FileManager.default.isReadableFile(atPath: ca) else {
                printError("ARENA_REDIS_CA names '\(ca)', which is not a readable file (the CA certificate that signed Redis's certificate)")
                throw ExitCode(1)
            }
            tls = .init(caCertificatePath: ca)
        }
        return (credentials, tls)
    }

    /// An optional whole-number setting within `range`; a bad value stops the node with a message.
    static func number(_ variable: String, in range: ClosedRange<Int>) throws -> Int? {
        guard let text = Self.environment[variable], !text.isEmpty else { return nil }
        guard let value = Int(text), range.contains(value) else {
            printError("\(variable) must be a whole number from \(range.lowerBound) to \(range.upperBound), not '\(text)'")
            throw ExitCode(1)
        }
        return value
    }

    /// The previous secret of `name`, if one is set (empty counts as unset).
    static func previous(_ name: String) throws -> [String] {
        let variable = Self.previousVariable(name)
        guard let value = Self.environment[variable], !value.isEmpty else { return [] }
        guard value.count >= 16 else {
            printError("\(variable) must be empty or a secret of at least 16 characters (the value being retired)")
            throw ExitCode(1)
        }
        return [value]
    }
}
