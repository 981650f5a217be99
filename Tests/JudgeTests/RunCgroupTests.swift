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
        try RunCgroup.prepareParents(for: support, owner: "p1")
        #expect(readText("\(root)/arena-judge/cgroup.subtree_control") == "+memory +pids +cpu")

        let run = try RunCgroup(support: support, owner: "p1", name: "r1", limits: SandboxLimits(memoryBytes: 64 << 20, processes: 10))
        defer { run.closeDescriptors() }
        let directory = "\(root)/arena-judge/p1/r1"
        #expect(run.directories == [directory])
        #expect(readText("\(directory)/memory.max") == "67108864")
        #expect(readText("\(directory)/memory.swap.max") == "0")
        #expect(readText("\(directory)/pids.max") == "10")
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
}
