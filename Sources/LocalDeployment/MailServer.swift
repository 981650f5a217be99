import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// A real mail server (Debian's exim4) on loopback, for the local deployment and the tests.
/// It takes mail from 127.0.0.1 only and delivers every message, whoever it is addressed to,
/// into one Maildir under its folder: nothing is relayed anywhere, and no recipient address
/// ever becomes a path. The core hands it mail over SMTP exactly as it would a production
/// MTA; `messages()` reads what arrived (the way a developer or a test reads the mail).
public final class MailServer: Sendable {
    public let port: Int
    public let directory: String
    private let process: ManagedProcess

    /// Delivered messages land in `mailbox/new` (Maildir).
    public var mailbox: String { "\(self.directory)/mailbox" }

    /// The account exim delivers as when we are root (exim never delivers as root).
    static let deliveryUser = "Debian-exim"

    public static func executable() throws -> String {
        for path in ["/usr/sbin/exim4", "/usr/sbin/exim"] where FileManager.default.isExecutableFile(atPath: path) { return path }
        throw LocalDeploymentError.missingTool("exim4 (Debian's exim4-daemon-light, the local mail server)")
    }

    private init(port: Int, directory: String, process: ManagedProcess) {
        self.port = port
        self.directory = directory
        self.process = process
    }

    /// Writes the configuration and starts exim in the foreground, listening on
    /// `127.0.0.1:port`; returns once it greets with `220`.
    public static func start(port: Int, directory: String, logFile: String) async throws -> MailServer {
        let executable = try executable()
        for folder in [directory, "\(directory)/spool", "\(directory)/log", "\(directory)/mailbox"] {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            chmod(folder, 0o750)
            if getuid() == 0, let account = getpwnam(deliveryUser) { chown(folder, account.pointee.pw_uid, account.pointee.pw_gid) }
        }
        let configuration = "\(directory)/exim.conf"
        try Self.configuration(directory: directory, port: port).write(toFile: configuration, atomically: true, encoding: .utf8)
        chmod(configuration, 0o644)
        // -bdf: the listening daemon, in the foreground (so it is our child); -q1s: retry deferred mail every second.
        let process = try ManagedProcess(
            name: "exim", executable: executable, arguments: ["-C", configuration, "-bdf", "-q1s", "-oP", "\(directory)/exim.pid"], logFile: logFile)
        let server = MailServer(port: port, directory: directory, process: process)
        let deadline = ContinuousClock.now + .seconds(20)
        while ContinuousClock.now < deadline {
            guard process.isRunning else { break }
            if Self.greets(port: port) { return server }
            try await Task.sleep(for: .milliseconds(50))
        }
        let mainLog = (try? String(contentsOfFile: "\(directory)/log/mainlog", encoding: .utf8)) ?? ""
        await process.stop()
        throw LocalDeploymentError.notReady(name: "exim", logTail: process.logTail() + mainLog.split(separator: "\n").suffix(10).joined(separator: "\n"))
    }

    /// A catch-all, loopback-only exim: accepts any recipient from 127.0.0.1, refuses every
    /// other host, and appends every message to one Maildir.
    static func configuration(directory: String, port: Int) -> String {
        let root = getuid() == 0
        return """
        # Written by CodeArena (LocalDeployment/MailServer.swift) at every start: a local catch-all.
        primary_hostname = arena.localhost
        qualify_domain = arena.localhost
        spool_directory = \(directory)/spool
        log_file_path = \(directory)/log/%slog
        daemon_smtp_ports = \(port)
        local_interfaces = <; 127.0.0.1
        \(root ? "exim_user = \(deliveryUser)\nexim_group = \(deliveryUser)" : "")
        never_users = root
        host_lookup =
        rfc1413_hosts =
        tls_advertise_hosts =
        keep_environment =
        message_size_limit = 1M
        smtp_accept_max = 50
        acl_smtp_rcpt = check_rcpt

        begin acl
        check_rcpt:
          accept hosts = 127.0.0.1
          deny message = this server takes mail from the local host only

        begin routers
        everything:
          driver = accept
          transport = mailbox

        begin transports
        mailbox:
          driver = appendfile
          directory = \(directory)/mailbox
          maildir_format
          envelope_to_add
          return_path_add
          \(root ? "user = \(deliveryUser)\n  group = \(deliveryUser)" : "")
          mode = 0640

        begin retry
        *  *  F,1h,1m

        """
    }

    /// Whether something on `port` answers with an SMTP greeting.
    static func greets(port: Int) -> Bool {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        var timeout = timeval(tv_sec: 1, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else { return false }
        var buffer = [UInt8](repeating: 0, count: 256)
        let count = recv(fd, &buffer, buffer.count, 0)
        guard count >= 3 else { return false }
        _ = "QUIT\r\n".withCString { send(fd, $0, 6, 0) }
        return buffer[0..<3] == Array("220".utf8)[...]
    }

    /// Every delivered message, oldest first.
    public func messages() -> [MailMessage] {
        var found: [(Date, MailMessage)] = []
        for folder in ["\(self.mailbox)/new", "\(self.mailbox)/cur"] {
            for name in (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [] {
                let path = "\(folder)/\(name)"
                guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { continue }
                let modified = (try? FileManager.default.attributesOfItem(atPath: path)[.modificationDate] as? Date) ?? .distantPast
                found.append((modified, MailMessage(raw: text)))
            }
        }
        return found.sorted { $0.0 < $1.0 }.map(\.1)
    }

    public var isRunning: Bool { self.process.isRunning }
    public var pid: Int32 { self.process.pid }

    public func stop() async {
        await self.process.stop(signal: SIGTERM)
    }
}

/// A delivered message: its headers (names lower-cased, folded lines joined) and body.
public struct MailMessage: Sendable {
    public var headers: [String: String]
    public var body: String

    public init(raw: String) {
        let normalized = raw.replacingOccurrences(of: "\r\n", with: "\n")
        let parts = normalized.components(separatedBy: "\n\n")
        var headers: [String: String] = [:]
        var lastName: String?
        for line in (parts.first ?? "").split(separator: "\n", omittingEmptySubsequences: false) {
            if line.first == " " || line.first == "\t", let name = lastName {
                headers[name, default: ""] += " " + line.trimmingCharacters(in: .whitespaces)
            } else if let colon = line.firstIndex(of: ":") {
                let name = line[..<colon].lowercased()
                headers[name] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
                lastName = name
            }
        }
        self.headers = headers
        self.body = parts.dropFirst().joined(separator: "\n\n")
    }

    public var to: String { self.headers["to"] ?? "" }
    public var subject: String { self.headers["subject"] ?? "" }
}
