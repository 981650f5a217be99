import ArenaShared
import Foundation

/// `arena submit`: opens the live feed first (so no progress frame is missed), submits
/// with an idempotency key, and reports each `submission:*` frame of that key as a line
/// until the final verdict.
public struct SubmissionRun: Sendable {
    public var problem: String
    public var language: String
    public var source: String
    public var timeout: Duration

    public init(problem: String, language: String, source: String, timeout: Duration = .seconds(180)) {
        self.problem = problem
        self.language = language
        self.source = source
        self.timeout = timeout
    }

    /// Returns the final frame (`submission:verdict`).
    public func run(with session: PlayerSession, report: @escaping @Sendable (String) -> Void) async throws -> SubmissionProgressFrame {
        let feed = try await session.liveFeed()
        do {
            let result = try await self.follow(feed: feed, session: session, report: report)
            await feed.close()
            return result
        } catch {
            await feed.close()
            throw error
        }
    }

    private func follow(feed: LiveFeed, session: PlayerSession, report: @escaping @Sendable (String) -> Void) async throws -> SubmissionProgressFrame {
        let clientKey = UUID().uuidString.lowercased()
        do {
            return try await withDeadline(self.timeout, "the verdict (the submission is kept; see `GET /api/submissions?user=me`)") {
                // The edge namespaces the key by user; frames carry its full form. Frames
                // that arrive while the submit call is answered wait in the stream.
                var key: String?
                for await message in feed.messages {
                    if message.type == "hello", key == nil {
                        let receipt = try await session.submit(
                            problem: self.problem, language: self.language, source: self.source, idempotencyKey: clientKey)
                        key = receipt.idempotencyKey
                        report("submitted \(self.problem) in \(self.language) (\(clientKey.prefix(8)))")
                        continue
                    }
                    guard message.type.hasPrefix("submission:"), let frame = message.decode(SubmissionProgressFrame.self),
                        frame.idempotencyKey == key
                    else { continue }
                    report(ProgressText.line(for: frame))
                    if frame.type == "submission:verdict" { return frame }
                }
                throw PlayerClientError.socketClosed(feed.closeReason ?? "before the verdict arrived")
            }
        } catch let timeout as DeadlineExceeded {
            throw PlayerClientError.timedOut(timeout.operation)
        }
    }
}

/// Terminal lines for judge progress, shared by the CLI and its tests.
public enum ProgressText {
    public static func line(for frame: SubmissionProgressFrame) -> String {
        switch frame.type {
        case "submission:queued":
            return "queued" + (frame.position.map { " (position \($0))" } ?? "")
        case "submission:compiling":
            return "compiling…"
        case "submission:test":
            let test = "test \(frame.test ?? 0)/\(frame.totalTests ?? 0)"
            return "\(test.padding(toLength: 12, withPad: " ", startingAt: 0)) \(self.verdict(frame.verdict))\(self.usage(frame))"
        case "submission:verdict":
            var line = "verdict: \(self.verdict(frame.verdict))\(self.usage(frame))"
            if let detail = frame.detail, !detail.isEmpty { line += "\n" + detail }
            return line
        default:
            return frame.type
        }
    }

    static func verdict(_ verdict: Verdict?) -> String {
        guard let verdict else { return "?" }
        let names: [Verdict: String] = [
            .accepted: "Accepted", .wrongAnswer: "Wrong answer", .presentationError: "Presentation error",
            .timeLimitExceeded: "Time limit exceeded", .memoryLimitExceeded: "Memory limit exceeded",
            .outputLimitExceeded: "Output limit exceeded", .runtimeError: "Runtime error", .compileError: "Compile error",
            .systemError: "Judge error", .pending: "Pending",
        ]
        return "\(verdict.rawValue) \(names[verdict] ?? "")"
    }

    static func usage(_ frame: SubmissionProgressFrame) -> String {
        var parts: [String] = []
        if let time = frame.timeMs { parts.append("\(time) ms") }
        if let memory = frame.memoryKb { parts.append("\(memory) KiB") }
        return parts.isEmpty ? "" : "  (" + parts.joined(separator: ", ") + ")"
    }
}
