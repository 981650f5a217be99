import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// Runs a program for a test, bounded in time: output and errors go to files (no pipe can
/// fill up and block it), the child leads its own process group (Foundation's `Process`
/// starts it as one), and on timeout the whole group gets SIGTERM, then SIGKILL, so no
/// grandchild (a browser, a driver) outlives the test.
public enum ChildProcess {
    public struct Outcome: Sendable {
        public var status: Int32
        public var output: String
        public var errors: String
        public var timedOut: Bool
    }

    public static func run(
        _ arguments: [String], input: String? = nil, environment: [String: String] = [:], directory: URL? = nil,
        timeout: Duration = .seconds(120)
    ) async throws -> Outcome {
        let folder = try TemporaryDirectories.make(prefix: "arena-child")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        for name in ["out", "err", "in"] { _ = FileManager.default.createFile(atPath: "\(folder)/\(name)", contents: nil) }
        if let input { try input.write(toFile: "\(folder)/in", atomically: true, encoding: .utf8) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: arguments[0])
        process.arguments = Array(arguments.dropFirst())
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
        if let directory { process.currentDirectoryURL = directory }
        let out = try FileHandle(forWritingTo: URL(fileURLWithPath: "\(folder)/out"))
        let err = try FileHandle(forWritingTo: URL(fileURLWithPath: "\(folder)/err"))
        let stdin = try FileHandle(forReadingFrom: URL(fileURLWithPath: "\(folder)/in"))
        process.standardOutput = out
        process.standardError = err
        process.standardInput = stdin
        try process.run()
        let group = process.processIdentifier
        let deadline = ContinuousClock.now + timeout
        var timedOut = false
        while process.isRunning {
            // A cancelled test stops its child the same way as a timeout.
            if ContinuousClock.now > deadline || Task.isCancelled {
                timedOut = true
                kill(-group, SIGTERM)
                let grace = ContinuousClock.now + .seconds(5)
                while process.isRunning && ContinuousClock.now < grace { try? await Task.sleep(for: .milliseconds(100)) }
                kill(-group, SIGKILL)
                break
            }
            try? await Task.sleep(for: .milliseconds(50))
        }
        while process.isRunning { try? await Task.sleep(for: .milliseconds(20)) }
        try? out.close()
        try? err.close()
        try? stdin.close()
        return Outcome(
            status: process.terminationStatus,
            output: (try? String(contentsOfFile: "\(folder)/out", encoding: .utf8)) ?? "",
            errors: (try? String(contentsOfFile: "\(folder)/err", encoding: .utf8)) ?? "",
            timedOut: timedOut)
    }
}
