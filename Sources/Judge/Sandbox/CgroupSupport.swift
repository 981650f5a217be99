import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// Which cgroup hierarchy this host offers the judge, and whether we may write to it.
/// The sandbox needs cgroups for memory peaks, pids limits and CPU accounting; where
/// neither v1 nor v2 is writable it must say so loudly (readiness, judge report) and
/// fall back to rlimits — never degrade silently.
public enum CgroupSupport: Sendable, Equatable, CustomStringConvertible {
    /// Unified hierarchy (`cgroup.controllers` at the root).
    case v2(root: String, writable: Bool)
    /// Per-controller hierarchies (`memory`, `pids`, `cpuacct`).
    case v1(controllers: [String: String], writable: Bool)
    case unavailable(reason: String)

    public static let requiredV1Controllers = ["memory", "pids", "cpuacct"]

    /// Whether runs get a CPU quota (v2 always delegates `cpu`; v1 needs the controller).
    public var hasCPUQuota: Bool {
        switch self {
        case .v2: true
        case .v1(let controllers, _): controllers["cpu"] != nil
        case .unavailable: false
        }
    }

    /// Probes `root` (default `/sys/fs/cgroup`).
    public static func detect(root: String = "/sys/fs/cgroup") -> CgroupSupport {
        let manager = FileManager.default
        if manager.fileExists(atPath: "\(root)/cgroup.controllers") {
            return .v2(root: root, writable: access(root, W_OK) == 0)
        }
        var controllers: [String: String] = [:]
        for name in requiredV1Controllers {
            // Debian mounts cpuacct together with cpu ("cpu,cpuacct") and links both names.
            let candidates = [name, name == "cpuacct" ? "cpu,cpuacct" : name]
            if let path = candidates.map({ "\(root)/\($0)" }).first(where: { manager.fileExists(atPath: "\($0)/tasks") }) {
                controllers[name] = path
            }
        }
        if controllers.count == requiredV1Controllers.count {
            // The cpu controller (its own hierarchy, or shared as "cpu,cpuacct") caps each run
            // at one core: without it a swarm of sessions starves honest runs into false TLEs.
            if let cpu = ["cpu", "cpu,cpuacct"].map({ "\(root)/\($0)" }).first(where: { manager.fileExists(atPath: "\($0)/cpu.cfs_quota_us") }) {
                controllers["cpu"] = cpu
            }
            return .v1(controllers: controllers, writable: controllers.values.allSatisfy { access($0, W_OK) == 0 })
        }
        let missing = requiredV1Controllers.filter { controllers[$0] == nil }
        return .unavailable(reason: "no cgroup v2 at \(root) and cgroup v1 controllers missing: \(missing.joined(separator: ", "))")
    }

    /// Whether the sandbox can enforce memory/pids limits and read peaks back.
    public var isUsable: Bool {
        switch self {
        case .v2(_, let writable), .v1(_, let writable): writable
        case .unavailable: false
        }
    }

    public var description: String {
        switch self {
        case .v2(let root, let writable): "cgroup v2 at \(root)\(writable ? "" : " (not writable: limits fall back to rlimits)")"
        case .v1(let controllers, let writable):
            "cgroup v1 (\(controllers.keys.sorted().joined(separator: ", ")))\(writable ? "" : " (not writable: limits fall back to rlimits)")"
        case .unavailable(let reason): "no usable cgroups: \(reason); limits fall back to rlimits"
        }
    }
}
