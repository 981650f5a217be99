import Foundation
import Testing

@testable import Judge

/// The cgroup v2 path, against a stand-in tree (these machines run cgroup v1, which the
/// sandbox tests exercise for real): file names, limits written, counters parsed.
@Suite(.timeLimit(.minutes(3))) struct RunCgroupTests {
    @Test func v2WritesLimitsAndReadsPeakCPUAndOOMKills() throws {
        let root = NSTemporaryDirectory() + "cgroup2-\(UUID().uuidString.prefix(8))"
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: root) }
        _ = FileManager.default.createFile(atPath: "\(root)/cgroup.controllers", contents: Data("cpu memory pids\n".utf8))
        let support = CgroupSupport.detect(root: root)
        #expect(support == .v2(root: root, writable: true))
        try RunCgroup.prepareParents(for: support, owner: "arena-judge/p1")
        #expect(readText("\(root)/arena-judge/cgroup.subtree_control") == "+memory +pids +cpu")

        let run = try RunCgroup(support: support, owner: "arena-judge/p1", name: "r1", limits: SandboxLimits(memoryBytes: 64 << 20, processes: 10))
        defer { run.closeDescriptors() }
        let directory = "\(root)/arena-judge/p1/r1"
        #expect(run.directories == [directory])
        #expect(readText("\(directory)/memory.max") == "67108864")
        #expect(readText("\(directory)/memory.swap.max") == "0")
        #expect(readText("\(directory)/pids.max") == "10")
        #expect(readText("\(directory)/cpu.max") == "100000 100000", "one core per run")
        #expect(run.procsDescriptors.count == 1)

        _ = writeText("1048576\n", to: "\(directory)/memory.peak")
        _ = writeText("usage_usec 2500\nuser_usec 2000\nsystem_usec 500\n", to: "\(directory)/cpu.stat")
        _ = writeText("low 0\nhigh 0\nmax 3\noom 1\noom_kill 1\n", to: "\(directory)/memory.events")
        let measured = run.measure()
        #expect(measured.peakBytes == 1_048_576)
        #expect(measured.cpuNanoseconds == 2_500_000)
        #expect(measured.oomKills == 1)
    }

    @Test func v1CountersAreParsed() {
        #expect(RunCgroup.field("oom_kill", in: "oom_kill_disable 0\nunder_oom 0\noom_kill 2\n") == 2)
        #expect(RunCgroup.field("oom_kill", in: "oom_kill_disable 0\n") == nil)
    }

    /// On this host (cgroup v1): the judge's cgroups go where the operator says.
    @Test func theJudgeCgroupParentIsConfigurable() async throws {
        #expect(SandboxConfiguration.isValidCgroupParent("system.slice/arena-edge.service/judge"))
        #expect(!SandboxConfiguration.isValidCgroupParent("../escape"))
        #expect(!SandboxConfiguration.isValidCgroupParent("/absolute"))
        #expect(!SandboxConfiguration.isValidCgroupParent("a//b"))
        #expect(!SandboxConfiguration.isValidCgroupParent("spaces are bad"))
        let support = CgroupSupport.detect()
        guard case .v1(let controllers, true) = support, let cpu = controllers["cpu"] else { return }
        let directory = NSTemporaryDirectory() + "arena-parent-\(UUID().uuidString.prefix(8))"
        defer { try? FileManager.default.removeItem(atPath: directory) }
        var configuration = SandboxConfiguration(workDirectory: directory, firstUID: 62050)
        configuration.cgroupParent = "arena-test-parent/edge"
        let worker = try SandboxWorker(index: 0, configuration: configuration, cgroups: support)
        #expect(FileManager.default.fileExists(atPath: "\(cpu)/arena-test-parent/edge/\(SandboxWorker.processOwner)"))
        let outcome = try await worker.run(SandboxCommand(arguments: ["/bin/sh", "-c", "cat /proc/self/cgroup"]))
        #expect(String(decoding: outcome.stdout, as: UTF8.self).contains("arena-test-parent/edge/"), "\(String(decoding: outcome.stdout, as: UTF8.self))")
        await worker.shutdown()
        for hierarchy in RunCgroup.v1Hierarchies(controllers) {
            rmdir("\(hierarchy)/arena-test-parent/edge")
            rmdir("\(hierarchy)/arena-test-parent")
        }
    }
}
