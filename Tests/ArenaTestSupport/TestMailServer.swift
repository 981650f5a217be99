import Foundation
import LocalDeployment

/// A real exim on a random loopback port with a temporary folder (removed on stop), and a
/// way to wait for the message a test expects.
public final class TestMailServer: Sendable {
    public let server: MailServer
    public var port: Int { self.server.port }
    /// The Maildir every message lands in.
    public var mailbox: String { self.server.mailbox }

    private init(server: MailServer) { self.server = server }

    public static func start(port: Int? = nil) async throws -> TestMailServer {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("arena-mail-\(UUID().uuidString.prefix(8))").path
        let server = try await MailServer.start(port: try port ?? findFreePort(), directory: directory, logFile: "\(directory).log")
        return TestMailServer(server: server)
    }

    /// The first message to `address` whose subject contains `subject`, waiting up to `timeout`.
    public func waitForMessage(to address: String, subject: String, timeout: Duration = .seconds(20)) async throws -> MailMessage {
        let deadline = ContinuousClock.now + timeout
        while ContinuousClock.now < deadline {
            if let found = self.messages(to: address).first(where: { $0.subject.contains(subject) }) { return found }
            try await Task.sleep(for: .milliseconds(100))
        }
        throw TestHarnessError.timeout("no mail to \(address) about '\(subject)' within \(timeout); mailbox has \(self.server.messages().map(\.subject))")
    }

    public func messages(to address: String) -> [MailMessage] {
        self.server.messages().filter { $0.to.lowercased().contains(address.lowercased()) }
    }

    /// The token in the first link of the message (`…?token=XYZ`).
    public static func token(in message: MailMessage) -> String? {
        message.body.firstMatch(of: /token=([A-Za-z0-9_-]+)/).map { String($0.1) }
    }

    public func stop() async {
        await self.server.stop()
        try? FileManager.default.removeItem(atPath: self.server.directory)
        try? FileManager.default.removeItem(atPath: "\(self.server.directory).log")
    }
}
