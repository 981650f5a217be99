import ArenaShared
import ArgumentParser
import AsyncHTTPClient
import Foundation
import LocalDeployment
import Logging
import NIOSSL

#if canImport(Glibc)
import Glibc
#endif

/// `arena up`: the whole deployment of regions.yaml on this machine — PostgreSQL
/// primary, streaming replicas, Redis, the core and one edge per region — with data in
/// a project-local folder, ready when it prints the URLs, stopped cleanly by Ctrl-C or
/// SIGTERM (`arena down` for a detached run). A second run reuses the data.
struct Up: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Bring up the whole local deployment (database, replica, Redis, core, every region's edge).")

    @Option(help: "The deployment description.")
    var config: String = "regions.yaml"

    @Option(help: "Folder for data, logs, secrets and the dev certificate.")
    var data: String = ".arena"

    @Flag(help: "Do not install missing packages (PostgreSQL, Redis, …) with infra/install.sh.")
    var noInstall = false

    @Option(help: "The problem library to build and import (its changed packages only); none if the folder is missing.")
    var library: String = "problems"

    @Flag(help: "Start in the background and return once everything is ready; stop it with `arena down`.")
    var detach = false

    func run() async throws {
        let clock = ContinuousClock()
        let started = clock.now
        let deployment = try loadDeployment(self.config)
        let layout = try DataLayout(root: self.data)
        if self.detach { return try await self.runDetached(layout: layout) }
        if let pid = layout.runningPID() {
            printError("a deployment is already running from \(layout.root) (pid \(pid)); stop it with `arena down`")
            throw ExitCode(1)
        }
        // SIGUSR1: `arena regions apply` asks for the edges to follow regions.yaml again.
        // Handled from before the pid is published: by default it would kill this process.
        let reloadSignals = SignalWatcher(signals: [SIGUSR1])
        try layout.writePID(getpid())
        defer { layout.removePID() }

        for leftover in layout.stopLeftovers() { say("  stopped \(leftover) left over from an earlier run") }
        if !self.noInstall { try await Self.installIfMissing() }
        let secrets = try layout.secrets()
        try await layout.ensureDevCertificate()

        // SIGHUP too: closing the terminal must stop the servers, not orphan them.
        let stopSignals = SignalWatcher(signals: [SIGINT, SIGTERM, SIGHUP])
        var running = RunningDeployment(layout: layout, stopSignals: stopSignals)
        do {
            try await running.start(deployment: deployment, configPath: URL(fileURLWithPath: self.config).path, layout: layout, secrets: secrets, executable: Self.ownExecutable())
        } catch {
            printError("arena up failed: \(error)")
            await running.stopAll()
            throw ExitCode(1)
        }
        // The library: test data built once, then only changed packages uploaded.
        if FileManager.default.fileExists(atPath: "\(self.library)") {
            say("Problem library \(self.library) …")
            OperatorLink.configure(data: layout.root)
            let sync = LibrarySync(library: self.library, core: deployment.core.endpoint, edgeSecret: secrets.edgeSecret)
            do {
                try sync.build()
                let report = try await sync.run()
                say("  \(report.summary)")
                for failure in report.failed { say("  \(failure.slug): \(failure.reason)") }
            } catch {
                say("  not imported: \(error)")
            }
        }
        let elapsed = clock.now - started
        say(running.banner(deployment: deployment, layout: layout, elapsed: elapsed))
        say("CodeArena is up. Press Ctrl-C to stop.")

        var reason = ""
        while reason.isEmpty {
            switch await running.waitForEvent(signals: stopSignals, reload: reloadSignals) {
            case .stop(let why):
                reason = why
            case .reload:
                do {
                    let updated = try RegionsConfiguration.load(path: self.config)
                    say("Reloading \(self.config) …")
                    for line in await running.reload(updated) { say("  \(line)") }
                    say("Reloaded.")
                } catch {
                    say("Reload refused, nothing changed: \(error)")
                }
            }
        }
        say("\nStopping (\(reason)) …")
        await running.stopAll()
        say("Stopped.")
        if reason.hasPrefix("a child exited") { throw ExitCode(1) }
    }

    private func runDetached(layout: DataLayout) async throws {
        if let pid = layout.runningPID() {
            printError("a deployment is already running from \(layout.root) (pid \(pid)); stop it with `arena down`")
            throw ExitCode(1)
        }
        let log = layout.logFile("up")
        _ = FileManager.default.createFile(atPath: log, contents: nil)
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: log))
        let process = Process()
        // setsid: the deployment must outlive this shell and not share its signals.
        process.executableURL = URL(fileURLWithPath: "/usr/bin/setsid")
        var arguments = [Self.ownExecutable(), "up", "--config", self.config, "--data", self.data, "--library", self.library]
        if self.noInstall { arguments.append("--no-install") }
        process.arguments = arguments
        process.standardOutput = handle
        process.standardError = handle
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let deadline = ContinuousClock.now + .seconds(600)
        while ContinuousClock.now < deadline {
            let text = (try? String(contentsOfFile: log, encoding: .utf8)) ?? ""
            if text.contains("CodeArena is up.") {
                say(text.replacingOccurrences(of: "Press Ctrl-C to stop.", with: "Stop it with `arena down`."))
                return
            }
            if !process.isRunning {
                printError("arena up failed; see \(log):\n\(text.suffix(3000))")
                throw ExitCode(1)
            }
            try await Task.sleep(for: .milliseconds(200))
        }
        printError("arena up did not become ready in 10 minutes; see \(log)")
        throw ExitCode(1)
    }

    static func installIfMissing() async throws {
        let havePostgres = (try? PostgresServer.binDirectory()) != nil
        let haveRedis = (try? RedisServer.executable()) != nil
        let haveOpenSSL = FileManager.default.isExecutableFile(atPath: "/usr/bin/openssl")
        if havePostgres && haveRedis && haveOpenSSL { return }
        let script = ["infra/install.sh", "\(URL(fileURLWithPath: ownExecutable()).deletingLastPathComponent().path)/../../../infra/install.sh"]
            .first { FileManager.default.fileExists(atPath: $0) }
        guard let script else {
            throw LocalDeploymentError.missingTool("PostgreSQL/Redis (and infra/install.sh was not found from here)")
        }
        say("Installing missing packages with \(script) …")
        let status = try Process.run(URL(fileURLWithPath: "/bin/bash"), arguments: [script]).waitUntilExitStatus()
        guard status == 0 else { throw LocalDeploymentError.commandFailed(command: "bash \(script)", output: "exit \(status)") }
    }

    static func ownExecutable() -> String {
        (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
    }
}

extension Process {
    func waitUntilExitStatus() -> Int32 {
        self.waitUntilExit()
        return self.terminationStatus
    }
}
