import Foundation
import Judge
import Testing

@Suite("cgroup detection")
struct CgroupSupportTests {
    func makeTree(_ paths: [String]) throws -> String {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("cgroup-\(UUID().uuidString)").path
        for path in paths {
            let full = "\(root)/\(path)"
            try FileManager.default.createDirectory(atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            _ = FileManager.default.createFile(atPath: full, contents: Data())
        }
        return root
    }

    @Test func detectsV2() throws {
        let root = try makeTree(["cgroup.controllers"])
        defer { try? FileManager.default.removeItem(atPath: root) }
        #expect(CgroupSupport.detect(root: root) == .v2(root: root, writable: true))
    }

    @Test func detectsV1WithDebianCpuacctName() throws {
        let root = try makeTree(["memory/tasks", "pids/tasks", "cpu,cpuacct/tasks"])
        defer { try? FileManager.default.removeItem(atPath: root) }
        guard case .v1(let controllers, let writable) = CgroupSupport.detect(root: root) else {
            Issue.record("expected cgroup v1")
            return
        }
        #expect(controllers["cpuacct"] == "\(root)/cpu,cpuacct")
        #expect(writable)
    }

    @Test func reportsWhatIsMissing() throws {
        let root = try makeTree(["memory/tasks"])
        defer { try? FileManager.default.removeItem(atPath: root) }
        let support = CgroupSupport.detect(root: root)
        #expect(!support.isUsable)
        #expect(support.description.contains("pids"))
        #expect(support.description.contains("rlimits"))
    }

    @Test func thisHostIsDescribed() {
        // Whatever this machine has, the report names it and never crashes.
        #expect(!CgroupSupport.detect().description.isEmpty)
    }
}
