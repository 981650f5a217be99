import Dispatch
import Foundation
import Synchronization

#if canImport(Glibc)
import Glibc
#endif

/// A child process (database, Redis, a node) whose output goes to a log file — never
/// to our own stdout, which a lingering child would hold open — and which is killed
/// when this process exits, even on a failed test run.
public final class ManagedProcess: Sendable {
    public let name: String
    public let logFile: String
    private let process: Process

    /// Live children and the signal that stops each one quickly.
    private static let live = Mutex<[Int32: Int32]>([:])
    private static let installExitHook: Void = {
        atexit { ManagedProcess.terminateAll() }
    }()

    /// Stops every live child at once (quick-stop signal, then SIGKILL). Runs at exit;
    /// a test harness also calls it from its signal handlers, since a process killed by
    /// a signal runs no atexit handlers.
    public static func terminateAll() {
        let pids = ManagedProcess.live.withLock { pids in
            defer { pids.removeAll() }
            return pids
        }
        for (pid, signal) in pids { kill(pid, signal) }
        if !pids.isEmpty { usleep(300_000) }
        for pid in pids.keys { kill(pid, SIGKILL) }
    }

    /// Starts `executable`; when `user` is given and we are root, it runs under that
    /// account (PostgreSQL refuses to run as root) via `setpriv`, which execs in place
    /// so signals reach the server itself.
    public init(
        name: String, executable: String, arguments: [String], logFile: String, user: String? = nil,
        environment: [String: String]? = nil, workingDirectory: String? = nil, exitSignal: Int32 = SIGTERM
    ) throws {
        _ = Self.installExitHook
        self.name = name
        self.logFile = logFile
        let process = Process()
        if let user, getuid() == 0 {
            process.executableURL = URL(fileURLWithPath: "/usr/bin/setpriv")
            process.arguments = ["--reuid=\(user)", "--regid=\(user)", "--init-groups", "--", executable] + arguments
        } else {
            process.executableURL = URL(fileURLWithPath: executable)
            process.arguments = arguments
        }
        if let environment { process.environment = environment }
        if let workingDirectory { process.currentDirectoryURL = URL(fileURLWithPath: workingDirectory) }
        _ = FileManager.default.createFile(atPath: logFile, contents: nil)
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: logFile))
        handle.seekToEndOfFile()
        process.standardOutput = handle
        process.standardError = handle
        process.standardInput = FileHandle.nullDevice
        do {
            try Self.runWithDefaultSignalMask(process)
        } catch {
            throw LocalDeploymentError.launchFailed(executable: executable, reason: "\(error)")
        }
        try? handle.close()
        self.process = process
        let pid = process.processIdentifier
        Self.live.withLock { $0[pid] = exitSignal }
    }

    /// Starts `process` from a fresh thread whose signal mask is empty. A child inherits
    /// the mask of the spawning thread, and Swift concurrency's worker threads block
    /// most signals, SIGTERM included: spawned from a task, a server would ignore
    /// SIGTERM/SIGINT and could only be killed.
    static func runWithDefaultSignalMask(_ process: Process) throws {
        let done = DispatchSemaphore(value: 0)
        let failure = Mutex<(any Error)?>(nil)
        let thread = Thread {
            var none = sigset_t()
            sigemptyset(&none)
            pthread_sigmask(SIG_SETMASK, &none, nil)
            do {
                try process.run()
            } catch {
                failure.withLock { $0 = error }
            }
            done.signal()
        }
        thread.start()
        done.wait()
        if let error = failure.withLock({ $0 }) { throw error }
    }

    public var pid: Int32 { self.process.processIdentifier }
    public var isRunning: Bool { self.process.isRunning }

    /// Sends `signal`, waits up to `timeout`, then kills.
    public func stop(signal: Int32 = SIGTERM, timeout: Duration = .seconds(10)) async {
        let pid = self.pid
        if self.process.isRunning { kill(pid, signal) }
        let deadline = ContinuousClock.now + timeout
        while self.process.isRunning && ContinuousClock.now < deadline {
            try? await Task.sleep(for: .milliseconds(20))
        }
        if self.process.isRunning {
            kill(pid, SIGKILL)
            while self.process.isRunning { try? await Task.sleep(for: .milliseconds(10)) }
        }
        Self.live.withLock { _ = $0.removeValue(forKey: pid) }
    }

    /// Waits for the process to exit on its own.
    public func waitForExit() async -> Int32 {
        while self.process.isRunning { try? await Task.sleep(for: .milliseconds(50)) }
        Self.live.withLock { _ = $0.removeValue(forKey: self.pid) }
        return self.process.terminationStatus
    }

    /// The last lines of the log, for error messages.
    public func logTail(lines: Int = 20) -> String {
        guard let text = try? String(contentsOfFile: self.logFile, encoding: .utf8) else { return "" }
        return text.split(separator: "\n").suffix(lines).joined(separator: "\n")
    }
}

/// Runs a short command to completion and returns its output; throws with the output
/// when it fails.
@discardableResult
public func runCommand(
    _ executable: String, _ arguments: [String], user: String? = nil, environment: [String: String]? = nil, timeout: Duration = .seconds(120)
) async throws -> String {
    let log = FileManager.default.temporaryDirectory.appendingPathComponent("arena-cmd-\(UUID().uuidString).log").path
    defer { try? FileManager.default.removeItem(atPath: log) }
    let process = try ManagedProcess(name: executable, executable: executable, arguments: arguments, logFile: log, user: user, environment: environment)
    let deadline = ContinuousClock.now + timeout
    while process.isRunning && ContinuousClock.now < deadline { try await Task.sleep(for: .milliseconds(20)) }
    if process.isRunning {
        await process.stop(signal: SIGKILL)
        throw LocalDeploymentError.commandFailed(command: ([executable] + arguments).joined(separator: " "), output: "timed out")
    }
    let status = await process.waitForExit()
    let output = (try? String(contentsOfFile: log, encoding: .utf8)) ?? ""
    guard status == 0 else {
        throw LocalDeploymentError.commandFailed(command: ([executable] + arguments).joined(separator: " "), output: output)
    }
    return output
}
