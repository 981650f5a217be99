import Foundation

/// How the judge builds its containers. The defaults fit a Debian host; every path that
/// is absent on the host is simply not bound.
public struct SandboxConfiguration: Sendable {
    /// Host folders bound read-only at the same path: toolchains and their libraries.
    /// Never /etc as a whole, /root, /home, /var or the judge's own files.
    public var readOnlyPaths: [String]
    /// Where containers' roots, their stdio files and the compile cache live on the host.
    public var workDirectory: String
    /// Runs use uid/gid `firstUID + worker index`: one per worker, so `RLIMIT_NPROC` and
    /// any leftover file are per worker.
    public var firstUID: UInt32
    public var boxBytes: UInt64
    public var tmpBytes: UInt64
    /// `.detect` probes /sys/fs/cgroup; `.disabled` forces the rlimit-only fallback (tests).
    public var cgroups: CgroupMode

    public enum CgroupMode: Sendable, Equatable {
        case detect
        case disabled
        case at(String)
    }

    public init(
        readOnlyPaths: [String] = SandboxConfiguration.defaultReadOnlyPaths,
        workDirectory: String = NSTemporaryDirectory() + "arena-judge-\(getpid())",
        firstUID: UInt32 = 61000, boxBytes: UInt64 = 256 << 20, tmpBytes: UInt64 = 512 << 20,
        cgroups: CgroupMode = .detect
    ) {
        self.readOnlyPaths = readOnlyPaths
        self.workDirectory = workDirectory
        self.firstUID = firstUID
        self.boxBytes = boxBytes
        self.tmpBytes = tmpBytes
        self.cgroups = cgroups
    }

    public static let defaultReadOnlyPaths = [
        "/usr", "/bin", "/sbin", "/lib", "/lib64", "/lib32", "/libx32", "/opt/swift",
        "/etc/ld.so.cache", "/etc/alternatives", "/etc/java-17-openjdk", "/etc/ssl/certs/java",
        PrecompiledHeaders.directory,
    ]

    public func resolvedCgroups() -> CgroupSupport {
        switch self.cgroups {
        case .detect: CgroupSupport.detect()
        case .disabled: .unavailable(reason: "disabled by configuration")
        case .at(let root): CgroupSupport.detect(root: root)
        }
    }
}
