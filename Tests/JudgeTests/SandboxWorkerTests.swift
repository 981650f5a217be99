import Foundation
import Testing

@testable import Judge

/// The container itself: isolation facts checked from inside a run.
@Suite(.serialized, .timeLimit(.minutes(5)))
struct SandboxWorkerTests {
    @Test func runsAProgramAndCapturesItsOutput() async throws {
        try await withWorker { worker in
            let outcome = try await worker.run(SandboxCommand(arguments: ["/bin/sh", "-c", "echo hello; echo oops >&2; exit 3"]))
            #expect(outcome.exitCode == 3)
            #expect(String(decoding: outcome.stdout, as: UTF8.self) == "hello\n")
            #expect(outcome.stderr == "oops\n")
        }
    }

    /// The container's PID 1 is a fresh image of this program (not a copy of the server's
    /// memory): its own name, an empty environment, a small resident set.
    @Test func theContainerInitHoldsNothingOfTheServer() async throws {
        setenv("ARENA_TEST_SECRET", "do-not-leak-\(UUID().uuidString)", 1)
        defer { unsetenv("ARENA_TEST_SECRET") }
        try await withWorker { worker in
            let pid = worker.containerPID
            let cmdline = (try? String(contentsOfFile: "/proc/\(pid)/cmdline", encoding: .utf8)) ?? ""
            #expect(cmdline.hasPrefix("arena-sandbox-init"), "\(cmdline)")
            let environment = FileManager.default.contents(atPath: "/proc/\(pid)/environ") ?? Data([1])
            #expect(environment.isEmpty, "PID 1 has an environment: \(String(decoding: environment, as: UTF8.self))")
            let status = (try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8)) ?? ""
            let rss = status.split(separator: "\n").first { $0.hasPrefix("VmRSS:") }.flatMap { Int($0.split(separator: " ").dropFirst().first ?? "") } ?? .max
            #expect(rss < 32 * 1024, "PID 1 holds \(rss) KiB")
            let outcome = try await worker.run(SandboxCommand(arguments: ["/bin/sh", "-c", "ls -A /usr/local | wc -l"]))
            #expect(String(decoding: outcome.stdout, as: UTF8.self) == "0\n", "the host's /usr/local is hidden")
        }
    }

    @Test func isolatesIdentityHostnameNetworkAndProcesses() async throws {
        try await withWorker { worker in
            let script = "id -u; hostname; ls /proc | grep -c '^[0-9]'; cat /sys/class/net/eth0/address 2>/dev/null || echo no-net; ls /root 2>&1 | head -1; test -e /etc/shadow && echo shadow || echo no-shadow; echo x > /usr/x 2>/dev/null || echo ro"
            let outcome = try await worker.run(SandboxCommand(arguments: ["/bin/sh", "-c", script]))
            let lines = String(decoding: outcome.stdout, as: UTF8.self).split(separator: "\n").map(String.init)
            #expect(lines.first == "\(worker.uid)")
            #expect(lines.dropFirst().first == "arena")
            // sh, ls and grep at most: the container's PID 1 is hidden (hidepid) and nothing else lives here.
            #expect((Int(lines[2]) ?? 99) <= 3)
            #expect(lines.contains("no-net"))
            #expect(lines.contains("no-shadow"))
            #expect(lines.contains("ro"))
        }
    }

    @Test func boxIsFreshAfterReset() async throws {
        try await withWorker { worker in
            _ = try await worker.run(SandboxCommand(arguments: ["/bin/sh", "-c", "echo left > /box/file; echo left > /tmp/file"]))
            try await worker.reset()
            let outcome = try await worker.run(SandboxCommand(arguments: ["/bin/sh", "-c", "ls -A /box /tmp"]))
            #expect(String(decoding: outcome.stdout, as: UTF8.self).split(separator: "\n").filter { !$0.hasSuffix(":") && !$0.isEmpty }.isEmpty)
        }
    }

    @Test func hostWritesIntoTheBox() async throws {
        try await withWorker { worker in
            try worker.writeBoxFile("input.txt", contents: Array("from host\n".utf8))
            let outcome = try await worker.run(SandboxCommand(arguments: ["/bin/cat", "input.txt"], stdin: .bytes([])))
            #expect(String(decoding: outcome.stdout, as: UTF8.self) == "from host\n")
        }
    }

    @Test func wallClockKillsSleepersAndTheirChildren() async throws {
        try await withWorker { worker in
            let limits = SandboxLimits(cpuMilliseconds: 500, wallMilliseconds: 700)
            let outcome = try await worker.run(SandboxCommand(arguments: ["/bin/sh", "-c", "sleep 30 & sleep 30"], limits: limits))
            #expect(outcome.wallTimedOut)
            #expect(outcome.wallMilliseconds < 5000)
            // The background sleeper died with it: the next run starts at once.
            let next = try await worker.run(SandboxCommand(arguments: ["/bin/true"]))
            #expect(next.succeeded)
        }
    }
}

/// Starts one sandbox worker in a temporary work directory and stops it afterwards.
func withWorker(
    index: Int = 0, cgroups: SandboxConfiguration.CgroupMode = .detect, _ body: (SandboxWorker) async throws -> Void
) async throws {
    let directory = NSTemporaryDirectory() + "arena-judge-test-\(UUID().uuidString.prefix(8))"
    let configuration = SandboxConfiguration(workDirectory: directory, firstUID: 63000, cgroups: cgroups)
    let worker = try SandboxWorker(index: index, configuration: configuration, cgroups: configuration.resolvedCgroups())
    do {
        try await body(worker)
    } catch {
        await worker.shutdown()
        try? FileManager.default.removeItem(atPath: directory)
        throw error
    }
    await worker.shutdown()
    try? FileManager.default.removeItem(atPath: directory)
}
