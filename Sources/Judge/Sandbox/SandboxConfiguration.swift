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
    /// Where below each hierarchy's root the judge's cgroups go (`arena edge --judge-cgroup`):
    /// an operator points it into the edge service's delegated subtree, so limits set
    /// there bound the whole judge. Relative; letters, digits, `.`, `_`, `-` and `/`.
    public var cgroupParent: String = "arena-judge"

    /// Whether `path` is acceptable as `cgroupParent`.
    public static func isValidCgroupParent(_ path: String) -> Bool {
        let components = path.split(separator: "/", omittingEmptySubsequences: false)
        return !path.isEmpty && path.count <= 200 && !path.hasPrefix("/") && components.allSatisfy { component in
            !component.isEmpty && component != "." && component != ".."
                && component.allSatisfy { ($0.isASCII && ($0.isLetter || $0.isNumber)) || "._-".contains($0) }
        }
    }

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
        // Mono's machine.config and Free Pascal's unit paths.
        "/etc/mono", "/etc/fpc.cfg", "/etc/fpc-3.2.2.cfg",
        // GHC's package database (/usr/lib/ghc/package.conf.d links here).
        "/var/lib/ghc",
        PrecompiledHeaders.directory,
    ]

    /// A fresh folder only this user can enter (`mkdtemp`, mode 0700): never a predictable
    /// name in a shared /tmp that another user could have made first.
    public static func privateDirectory(prefix: String) throws(SandboxError) -> String {
        var template = Array("\(NSTemporaryDirectory())\(prefix)-XXXXXX".utf8CString)
        let made = template.withUnsafeMutableBufferPointer { mkdtemp($0.baseAddress!) }
        guard made != nil else { throw SandboxError("cannot create a private work folder: \(String(cString: strerror(errno)))") }
        return String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// Interactors run in a second container per worker, under uid `firstUID + index +
    /// companionUIDOffset`: never the submission's uid, so neither can signal or read the other.
    public static let companionUIDOffset: UInt32 = 10_000

    /// The configuration of a worker's companion container (its own folders and uids).
    var companion: SandboxConfiguration {
        var configuration = self
        configuration.workDirectory = "\(self.workDirectory)/companion"
        configuration.firstUID = self.firstUID + Self.companionUIDOffset
        return configuration
    }

    public func resolvedCgroups() -> CgroupSupport {
        switch self.cgroups {
        case .detect: CgroupSupport.detect()
        case .disabled: .unavailable(reason: "disabled by configuration")
        case .at(let root): CgroupSupport.detect(root: root)
        }
    }
}
