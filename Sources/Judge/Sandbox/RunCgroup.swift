import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// A fresh cgroup for one run (one per controller on v1), so limits, peaks and the OOM
/// counter start from zero without resetting anything. The run joins it before execve by
/// writing to the `cgroup.procs` descriptors it receives; it is removed after the run.
struct RunCgroup: Sendable {
    let directories: [String]
    let support: CgroupSupport
    private(set) var procsDescriptors: [Int32] = []

    /// Parent folders under which runs are created: `<owner>` is the configured parent path
    /// (`arena-judge` by default) and this process's folder, `arena-judge/p<pid>-<nonce>`.
    static func parents(for support: CgroupSupport, owner: String) -> [String] {
        switch support {
        case .v1(let controllers, _): Self.v1Hierarchies(controllers).map { "\($0)/\(owner)" }
        case .v2(let root, _): ["\(root)/\(owner)"]
        case .unavailable: []
        }
    }

    /// memory, pids, cpuacct, then cpu when it is a hierarchy of its own (mounted with
    /// cpuacct as "cpu,cpuacct" it is the cpuacct folder already).
    static func v1Hierarchies(_ controllers: [String: String]) -> [String] {
        var paths = CgroupSupport.requiredV1Controllers.compactMap { controllers[$0] }
        if let cpu = controllers["cpu"], !paths.contains(cpu) { paths.append(cpu) }
        return paths
    }

    /// CFS period: quota = period × cores.
    static let cpuPeriodMicroseconds = 100_000

    /// Creates the parent folders (and on v2 enables the controllers for children), after
    /// removing what processes that died without cleaning up left behind.
    static func prepareParents(for support: CgroupSupport, owner: String) throws(SandboxError) {
        for parent in self.parents(for: support, owner: owner) {
            Self.removeLeftovers(in: (parent as NSString).deletingLastPathComponent)
        }
        for parent in self.parents(for: support, owner: owner) {
            if mkdirParents(parent) != 0 { throw SandboxError("cannot create cgroup \(parent): \(String(cString: strerror(errno)))") }
        }
        if case .v2(let root, _) = support {
            // Each level from the root down must delegate memory, pids and cpu to the next one.
            var level = root
            _ = writeText("+memory +pids +cpu", to: "\(level)/cgroup.subtree_control")
            for component in owner.split(separator: "/") {
                level += "/\(component)"
                _ = writeText("+memory +pids +cpu", to: "\(level)/cgroup.subtree_control")
            }
        }
    }

    /// `p<pid>` folders of processes that no longer exist, with their (empty) run cgroups.
    static func removeLeftovers(in base: String) {
        for name in (try? FileManager.default.contentsOfDirectory(atPath: base)) ?? [] where name.hasPrefix("p") {
            // Owner folders are `p<pid>-<nonce>`: a reused pid never adopts an old folder.
            let pidText = name.dropFirst().prefix { $0 != "-" }
            guard let pid = Int32(pidText), kill(pid, 0) != 0, errno == ESRCH else { continue }
            let owner = "\(base)/\(name)"
            for run in (try? FileManager.default.contentsOfDirectory(atPath: owner)) ?? [] {
                var info = stat()
                if lstat("\(owner)/\(run)", &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR { rmdir("\(owner)/\(run)") }
            }
            rmdir(owner)
        }
    }

    /// Removes the owner's parent folders (they must be empty).
    static func removeParents(for support: CgroupSupport, owner: String) {
        for parent in self.parents(for: support, owner: owner) { rmdir(parent) }
    }

    init(support: CgroupSupport, owner: String, name: String, limits: SandboxLimits) throws(SandboxError) {
        self.support = support
        self.directories = Self.parents(for: support, owner: owner).map { "\($0)/\(name)" }
        for directory in self.directories {
            // Another pool of this process may have removed the shared parent when it stopped.
            if mkdir(directory, 0o755) != 0 {
                if errno == ENOENT {
                    try Self.prepareParents(for: support, owner: owner)
                } else if errno == EEXIST {
                    // Never reuse a cgroup: its counters would carry another run's values.
                    rmdir(directory)
                }
                _ = mkdir(directory, 0o755)
            }
            if access(directory, F_OK) != 0 {
                let reason = String(cString: strerror(errno))
                self.remove()
                throw SandboxError("cannot create cgroup \(directory): \(reason)")
            }
        }
        let memory = String(limits.memoryBytes)
        let pids = String(limits.processes)
        var settings: [(String, String, Bool)] = []  // (file, value, required)
        let quota = String(Int((Double(Self.cpuPeriodMicroseconds) * limits.cpuCores).rounded()))
        switch support {
        case .v1(let controllers, _):
            let (memoryDir, pidsDir) = (self.directories[0], self.directories[1])
            settings = [
                ("\(memoryDir)/memory.limit_in_bytes", memory, true),
                ("\(memoryDir)/memory.memsw.limit_in_bytes", memory, false),  // no swapping around the limit
                ("\(memoryDir)/memory.swappiness", "0", false),
                ("\(pidsDir)/pids.max", pids, true),
            ]
            if let cpu = controllers["cpu"] {
                let cpuDir = self.directories[Self.v1Hierarchies(controllers).firstIndex(of: cpu) ?? 2]
                settings += [("\(cpuDir)/cpu.cfs_period_us", String(Self.cpuPeriodMicroseconds), true), ("\(cpuDir)/cpu.cfs_quota_us", quota, true)]
            }
        case .v2:
            let directory = self.directories[0]
            settings = [
                ("\(directory)/memory.max", memory, true), ("\(directory)/memory.swap.max", "0", false),
                ("\(directory)/pids.max", pids, true), ("\(directory)/cpu.max", "\(quota) \(Self.cpuPeriodMicroseconds)", true),
            ]
        case .unavailable: break
        }
        for (file, value, required) in settings where !writeText(value, to: file) && required {
            let reason = String(cString: strerror(errno))
            self.remove()
            throw SandboxError("cannot set \(file): \(reason)")
        }
        for directory in self.directories {
            let fd = open("\(directory)/cgroup.procs", O_WRONLY | O_CREAT | O_CLOEXEC, 0o644)
            if fd < 0 {
                let reason = String(cString: strerror(errno))
                self.closeDescriptors()
                self.remove()
                throw SandboxError("cannot open \(directory)/cgroup.procs: \(reason)")
            }
            self.procsDescriptors.append(fd)
        }
    }

    struct Measurement {
        var peakBytes: UInt64
        var cpuNanoseconds: UInt64
        var oomKills: Int
    }

    func measure() -> Measurement {
        switch self.support {
        case .v1:
            let (memoryDir, cpuDir) = (self.directories[0], self.directories[2])
            return Measurement(
                peakBytes: readNumber("\(memoryDir)/memory.max_usage_in_bytes") ?? 0,
                cpuNanoseconds: readNumber("\(cpuDir)/cpuacct.usage") ?? 0,
                oomKills: Self.field("oom_kill", in: readText("\(memoryDir)/memory.oom_control") ?? "")
                    ?? (readNumber("\(memoryDir)/memory.failcnt").map { $0 > 0 ? 1 : 0 } ?? 0))
        case .v2:
            let directory = self.directories[0]
            let usage = Self.field("usage_usec", in: readText("\(directory)/cpu.stat") ?? "") ?? 0
            return Measurement(
                peakBytes: readNumber("\(directory)/memory.peak") ?? 0, cpuNanoseconds: UInt64(usage) * 1000,
                oomKills: Self.field("oom_kill", in: readText("\(directory)/memory.events") ?? "") ?? 0)
        case .unavailable:
            return Measurement(peakBytes: 0, cpuNanoseconds: 0, oomKills: 0)
        }
    }

    /// `name value` lines (memory.events, cpu.stat, memory.oom_control).
    static func field(_ name: String, in text: String) -> Int? {
        for line in text.split(separator: "\n") {
            let parts = line.split(separator: " ")
            if parts.count == 2, parts[0] == name { return Int(parts[1]) }
        }
        return nil
    }

    func closeDescriptors() {
        for fd in self.procsDescriptors { close(fd) }
    }

    /// Removes the folders; the container has already killed and reaped every process.
    func remove() {
        for directory in self.directories {
            // A dying task can keep the cgroup busy for a moment after it was reaped.
            for attempt in 0..<50 {
                if rmdir(directory) == 0 || errno == ENOENT { break }
                if attempt == 49 { break }
                usleep(2000)
            }
        }
    }
}

/// Writes a control file (O_CREAT only matters for a test's stand-in tree: cgroupfs has
/// every file already and refuses to create others).
func writeText(_ text: String, to path: String) -> Bool {
    let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
    guard fd >= 0 else { return false }
    defer { close(fd) }
    return text.withCString { write(fd, $0, strlen($0)) } == text.utf8.count
}

func readText(_ path: String) -> String? {
    let fd = open(path, O_RDONLY | O_CLOEXEC)
    guard fd >= 0 else { return nil }
    defer { close(fd) }
    var buffer = [UInt8](repeating: 0, count: 4096)
    let count = read(fd, &buffer, buffer.count)
    guard count >= 0 else { return nil }
    return String(decoding: buffer[0..<count], as: UTF8.self)
}

func readNumber(_ path: String) -> UInt64? {
    readText(path).flatMap { UInt64($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
}

func mkdirParents(_ path: String) -> Int32 {
    var current = ""
    for component in path.split(separator: "/") {
        current += "/\(component)"
        if mkdir(current, 0o755) != 0 && errno != EEXIST { return -1 }
    }
    return 0
}
