/// What one sandboxed run may use. CPU time is what decides TLE; the wall limit is the
/// backstop for programs that sleep or block. Memory is enforced by the cgroup (and by
/// `RLIMIT_AS` only where no cgroup is writable and the runtime tolerates it).
public struct SandboxLimits: Sendable, Hashable {
    public var cpuMilliseconds: Int
    public var wallMilliseconds: Int
    public var memoryBytes: UInt64
    /// `RLIMIT_AS` even when cgroups work; nil lets the runtime reserve address space freely.
    public var addressSpaceBytes: UInt64?
    /// nil: unlimited stack (competitive programmers recurse deeply).
    public var stackBytes: UInt64?
    public var outputBytes: UInt64
    public var processes: Int
    public var openFiles: Int
    /// Player programs may not start other programs (a shell, a compiler); compilers may.
    public var allowsExec: Bool
    /// The CPU quota of the whole run (all its processes together), in cores: one, so a
    /// swarm of processes or sessions cannot take the other worker's core.
    public var cpuCores: Double = 1

    public init(
        cpuMilliseconds: Int = 2000, wallMilliseconds: Int? = nil, memoryBytes: UInt64 = 256 << 20,
        addressSpaceBytes: UInt64? = nil, stackBytes: UInt64? = nil, outputBytes: UInt64 = 8 << 20,
        processes: Int = 64, openFiles: Int = 64, allowsExec: Bool = true
    ) {
        self.allowsExec = allowsExec
        self.cpuMilliseconds = cpuMilliseconds
        self.wallMilliseconds = wallMilliseconds ?? (cpuMilliseconds * 2 + 1000)
        self.memoryBytes = memoryBytes
        self.addressSpaceBytes = addressSpaceBytes
        self.stackBytes = stackBytes
        self.outputBytes = outputBytes
        self.processes = processes
        self.openFiles = openFiles
    }
}

/// Where a run's standard input comes from.
public enum SandboxInput: Sendable {
    case empty
    case file(String)
    case bytes([UInt8])
    /// An open descriptor (a pipe from an interactor): the run takes it over and closes
    /// it as soon as the run ends, so the other side sees end-of-file at once.
    case descriptor(Int32)
}

/// Where a run's standard output goes: captured (and returned, up to the output limit),
/// or into a descriptor the run takes over (a pipe to an interactor).
public enum SandboxOutput: Sendable {
    case capture
    case descriptor(Int32)
}

/// One program to run in a worker's container. `arguments[0]` is an absolute path inside
/// the container; the working directory is the box unless said otherwise.
public struct SandboxCommand: Sendable {
    public var arguments: [String]
    public var environment: [String]
    public var workingDirectory: String
    public var stdin: SandboxInput
    public var stdout: SandboxOutput
    public var limits: SandboxLimits

    public init(
        arguments: [String], environment: [String] = SandboxCommand.defaultEnvironment, workingDirectory: String = "/box",
        stdin: SandboxInput = .empty, stdout: SandboxOutput = .capture, limits: SandboxLimits = SandboxLimits()
    ) {
        self.arguments = arguments
        self.environment = environment
        self.workingDirectory = workingDirectory
        self.stdin = stdin
        self.stdout = stdout
        self.limits = limits
    }

    public static let defaultEnvironment = [
        "PATH=/usr/local/bin:/usr/bin:/bin", "HOME=/tmp", "TMPDIR=/tmp", "LANG=C.UTF-8", "LC_ALL=C.UTF-8",
    ]
}

/// What a run did, measured by the kernel (cgroup counters where available, else rusage).
public struct SandboxOutcome: Sendable, Hashable {
    /// Exit status when the program exited by itself.
    public var exitCode: Int32?
    /// The signal that ended it (SIGKILL after a wall-clock timeout or the OOM killer,
    /// SIGXCPU/SIGXFSZ for CPU and output rlimits, SIGSYS for a forbidden system call).
    public var signal: Int32?
    public var wallTimedOut: Bool
    public var cpuMilliseconds: Int
    public var wallMilliseconds: Int
    public var peakMemoryKiB: Int
    /// The cgroup's OOM killer fired, or (rlimit mode) the peak reached the limit.
    public var memoryLimitHit: Bool
    /// The output went over `outputBytes` (stdout truncated to the limit).
    public var outputLimitHit: Bool
    public var stdout: [UInt8]
    /// The first 64 KiB of standard error (compiler messages, tracebacks).
    public var stderr: String
    /// When the container reported the run over (before its pipes were closed here): which
    /// side of an interactive run ended first is decided by these, not by task scheduling.
    public var finishedAt: ContinuousClock.Instant? = nil

    public var succeeded: Bool { self.exitCode == 0 && self.signal == nil && !self.wallTimedOut }
}

/// A fault of the judge itself (never the player's program): reported as SE.
public struct SandboxError: Error, Sendable, CustomStringConvertible {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { "sandbox: \(self.message)" }
}
