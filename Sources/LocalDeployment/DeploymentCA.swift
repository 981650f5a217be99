import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// The deployment's private certificate authority and the per-node identities it issues
/// (docs/operations.md, "Certificates"). Made with openssl: P-256 keys, the CA valid ten
/// years, node certificates 825 days, each naming its node and the hosts it serves. The
/// folder is 0700 and every key 0600, so nothing else on the machine reads or swaps them.
public struct DeploymentCA: Sendable {
    /// Where node certificates are issued to, next to a copy of the CA certificate (`ca.pem`).
    public let directory: String
    public var certificatePath: String { "\(self.directory)/ca.pem" }
    /// The CA's own certificate and key: in `directory`, or the operator's folder (read only).
    let authorityCertificatePath: String
    let keyPath: String

    init(directory: String) {
        self.directory = directory
        self.authorityCertificatePath = "\(directory)/ca.pem"
        self.keyPath = "\(directory)/ca-key.pem"
    }

    init(directory: String, authority: String) {
        self.directory = directory
        self.authorityCertificatePath = "\(authority)/ca.pem"
        self.keyPath = "\(authority)/ca-key.pem"
    }

    /// The operator's own CA (`core.certificate_authority` in regions.yaml): `authority` holds
    /// `ca.pem` and `ca-key.pem` and is only read; certificates are issued into `directory`
    /// with a copy of `ca.pem` (the key never leaves the operator's folder).
    public static func openExisting(authority: String, issuingInto directory: String) async throws -> DeploymentCA {
        let ca = DeploymentCA(directory: directory, authority: authority)
        if FileManager.default.fileExists(atPath: "\(directory)/ca-key.pem") {
            throw LocalDeploymentError.launchFailed(
                executable: "arena",
                reason: "\(directory) holds the CA `arena up` made before core.certificate_authority was set; move that folder away (its certificates are re-issued from your CA)")
        }
        for file in [ca.authorityCertificatePath, ca.keyPath] where !FileManager.default.isReadableFile(atPath: file) {
            throw LocalDeploymentError.launchFailed(
                executable: "arena", reason: "core.certificate_authority: \(file) is missing or unreadable (the folder needs ca.pem and ca-key.pem)")
        }
        return try ca.issuing(into: directory)
    }

    /// A certificate and its key, both PEM files.
    public struct Identity: Sendable, Hashable {
        public var certificatePath: String
        public var keyPath: String
    }

    /// The CA in `directory`, created on first use.
    public static func open(in directory: String) async throws -> DeploymentCA {
        try Self.makePrivateDirectory(directory)
        let ca = DeploymentCA(directory: directory)
        if !FileManager.default.fileExists(atPath: ca.certificatePath) || !FileManager.default.fileExists(atPath: ca.keyPath) {
            try await Self.newKey(at: ca.keyPath)
            try await runCommand(
                "/usr/bin/openssl",
                [
                    "req", "-x509", "-new", "-key", ca.keyPath, "-sha256", "-days", "3650", "-out", ca.certificatePath,
                    "-subj", "/CN=CodeArena deployment CA", "-addext", "basicConstraints=critical,CA:TRUE",
                    "-addext", "keyUsage=critical,keyCertSign,cRLSign",
                ])
            guard FileManager.default.fileExists(atPath: ca.certificatePath) else {
                throw LocalDeploymentError.launchFailed(executable: "openssl", reason: "could not create the deployment CA in \(directory)")
            }
        }
        return ca
    }

    /// The identity `name` (a node: `core`, `edge-eu-west`, `redis`, `postgres`), issued once
    /// for `hosts` (DNS names or IP addresses) and kept; usable as server and client certificate.
    public func identity(_ name: String, hosts: [String]) async throws -> Identity {
        guard name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" || $0 == "." }), !name.isEmpty else {
            throw LocalDeploymentError.launchFailed(executable: "openssl", reason: "'\(name)' is not a usable certificate name")
        }
        let identity = Identity(certificatePath: "\(self.directory)/\(name).pem", keyPath: "\(self.directory)/\(name)-key.pem")
        if FileManager.default.fileExists(atPath: identity.certificatePath) && FileManager.default.fileExists(atPath: identity.keyPath),
            await self.stillValid(identity, hosts: hosts)
        {
            return identity
        }
        try await Self.newKey(at: identity.keyPath)
        let request = "\(self.directory)/\(name).csr", extensions = "\(self.directory)/\(name).ext"
        defer {
            try? FileManager.default.removeItem(atPath: request)
            try? FileManager.default.removeItem(atPath: extensions)
        }
        let names = hosts.map { Self.isIPAddress($0) ? "IP:\($0)" : "DNS:\($0)" }.joined(separator: ",")
        try Data(
            """
            basicConstraints=critical,CA:FALSE
            keyUsage=critical,digitalSignature,keyEncipherment
            extendedKeyUsage=serverAuth,clientAuth
            subjectAltName=\(names)

            """.utf8
        ).write(to: URL(fileURLWithPath: extensions))
        try await runCommand("/usr/bin/openssl", ["req", "-new", "-key", identity.keyPath, "-out", request, "-subj", "/CN=\(name)"])
        try await runCommand(
            "/usr/bin/openssl",
            [
                "x509", "-req", "-in", request, "-CA", self.authorityCertificatePath, "-CAkey", self.keyPath,
                // A random serial (no shared serial file: certificates issued at the same time stay distinct).
                "-set_serial", "0x" + (0..<16).map { _ in String(format: "%02x", UInt8.random(in: 0...255)) }.joined().replacingOccurrences(of: "^0+", with: "1", options: .regularExpression),
                "-sha256", "-days", "825", "-extfile", extensions, "-out", identity.certificatePath,
            ])
        guard FileManager.default.fileExists(atPath: identity.certificatePath) else {
            throw LocalDeploymentError.launchFailed(executable: "openssl", reason: "could not issue the certificate '\(name)'")
        }
        return identity
    }

    /// A kept certificate is reused only while it chains to this CA and names every host
    /// asked for: after a switch of CA or a new host name it is issued again.
    func stillValid(_ identity: Identity, hosts: [String]) async -> Bool {
        guard (try? await runCommand("/usr/bin/openssl", ["verify", "-CAfile", self.authorityCertificatePath, identity.certificatePath])) != nil,
            let names = try? await runCommand("/usr/bin/openssl", ["x509", "-noout", "-ext", "subjectAltName", "-in", identity.certificatePath])
        else { return false }
        let listed = Set(names.split(whereSeparator: { $0 == "," || $0.isNewline }).map { $0.trimmingCharacters(in: .whitespaces) })
        return hosts.allSatisfy { listed.contains(Self.isIPAddress($0) ? "IP Address:\($0)" : "DNS:\($0)") }
    }

    /// The same CA issuing into another folder (with a copy of `ca.pem`): `arena regions
    /// render` writes production identities to its output, apart from the local deployment's.
    public func issuing(into directory: String) throws -> DeploymentCA {
        try Self.makePrivateDirectory(directory)
        let ca = DeploymentCA(directory: directory, authority: URL(fileURLWithPath: self.keyPath).deletingLastPathComponent().path)
        let copy = try Data(contentsOf: URL(fileURLWithPath: self.authorityCertificatePath))
        if (try? Data(contentsOf: URL(fileURLWithPath: ca.certificatePath))) != copy {
            try? FileManager.default.removeItem(atPath: ca.certificatePath)
            try copy.write(to: URL(fileURLWithPath: ca.certificatePath))
        }
        return ca
    }

    /// A P-256 key in a file created 0600 before any key byte is written.
    static func newKey(at path: String) async throws {
        try? FileManager.default.removeItem(atPath: path)
        let fd = Glibc.open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW, 0o600)
        guard fd >= 0 else { throw LocalDeploymentError.launchFailed(executable: "openssl", reason: "cannot create \(path)") }
        Glibc.close(fd)
        try await runCommand("/usr/bin/openssl", ["genpkey", "-algorithm", "EC", "-pkeyopt", "ec_paramgen_curve:P-256", "-out", path])
        chmod(path, 0o600)
    }

    /// Creates `path` as a 0700 folder (an existing one is tightened; a symlink is refused).
    static func makePrivateDirectory(_ path: String) throws {
        var info = stat()
        if lstat(path, &info) == 0 {
            guard (info.st_mode & S_IFMT) == S_IFDIR else {
                throw LocalDeploymentError.launchFailed(executable: "arena", reason: "\(path) exists and is not a folder (a symlink?); remove it")
            }
        } else {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        }
        chmod(path, 0o700)
    }

    static func isIPAddress(_ host: String) -> Bool {
        var v4 = in_addr(), v6 = in6_addr()
        return inet_pton(AF_INET, host, &v4) == 1 || inet_pton(AF_INET6, host, &v6) == 1
    }
}
