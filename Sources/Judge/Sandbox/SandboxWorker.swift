import CSandbox
import Foundation
import Synchronization

#if canImport(Glibc)
import Glibc
#endif

/// One warm container: namespaces, mounts and the seccomp program are made once (as
/// go-judge pre-forks its containers), then each run gets a fresh box, a fresh cgroup,
/// and a clean PID namespace (everything is killed after each run). All blocking calls
/// happen on the worker's own dispatch queue, never on the cooperative pool.
public final class SandboxWorker: @unchecked Sendable {
    // @unchecked: `container` and the io files are only touched on `queue`.
    public let index: Int
    public let cgroups: CgroupSupport
    private let configuration: SandboxConfiguration
    private let queue: DispatchQueue
    private var container = arena_container(pid: 0, control_fd: -1)
    private let owner: String
    private let ioDirectory: String
    public let uid: UInt32
    private static let runSequence = Atomic<Int>(0)
    /// This process's cgroup folder name: the pid plus a nonce, unique even if the pid is reused.
    private static let processOwner = "p\(getpid())-\(UUID().uuidString.prefix(8).lowercased())"
    private static let cleanup = DispatchQueue(label: "arena.judge.cgroup-cleanup", qos: .utility)

    /// Starts the container (throws when namespaces or mounts are refused).
    public init(index: Int, configuration: SandboxConfiguration, cgroups: CgroupSupport) throws(SandboxError) {
        self.index = index
        self.configuration = configuration
        self.cgroups = cgroups.isUsable ? cgroups : .unavailable(reason: "\(cgroups)")
        self.queue = DispatchQueue(label: "arena.judge.worker.\(index)")
        self.owner = Self.processOwner
        self.uid = configuration.firstUID + UInt32(index)
        let base = "\(configuration.workDirectory)/worker-\(index)"
        self.ioDirectory = "\(base)/io"
        let root = "\(base)/root"
        for directory in [self.ioDirectory, root] where mkdirParents(directory) != 0 {
            throw SandboxError("cannot create \(directory): \(String(cString: strerror(errno)))")
        }
        chmod(self.ioDirectory, 0o700)
        if self.cgroups.isUsable { try RunCgroup.prepareParents(for: self.cgroups, owner: self.owner) }
        let passwd = "root:x:0:0::/:/bin/false\narena:x:\(self.uid):\(self.uid)::/tmp:/bin/false\n"
        var error = [CChar](repeating: 0, count: 512)
        let paths = configuration.readOnlyPaths
        let started = withCStringArray(paths) { pathPointers in
            root.withCString { rootPointer in
                "arena".withCString { hostname in
                    passwd.withCString { passwdPointer in
                        var config = arena_container_config(
                            readonly_paths: pathPointers, readonly_count: paths.count, root_dir: rootPointer, hostname: hostname,
                            uid: self.uid, gid: self.uid, etc_passwd: passwdPointer, box_bytes: configuration.boxBytes,
                            tmp_bytes: configuration.tmpBytes)
                        return arena_container_start(&config, &self.container, &error, error.count)
                    }
                }
            }
        }
        guard started == 0 else { throw SandboxError(String(cBuffer: error)) }
    }

    deinit {
        arena_container_stop(&self.container)
    }

    /// The box as the host sees it (through the container's root).
    public var boxPath: String { "/proc/\(self.container.pid)/root/box" }

    /// The container's PID 1 as the host sees it.
    public var containerPID: Int32 { self.container.pid }

    /// Whether the container still runs (a killed one is reaped here, so it is not
    /// mistaken for alive while it is a zombie).
    public func isAlive() async -> Bool {
        await self.onQueue {
            guard self.container.control_fd >= 0, self.container.pid > 0 else { return false }
            if waitpid(self.container.pid, nil, WNOHANG) == 0 { return true }
            self.container.pid = 0
            return false
        }
    }

    /// Stops the container; the worker cannot be used afterwards.
    public func shutdown() async {
        await self.onQueue {
            arena_container_stop(&self.container)
            Self.cleanup.sync {}  // pending removals first, so the parents are empty
        }
        if self.cgroups.isUsable { RunCgroup.removeParents(for: self.cgroups, owner: self.owner) }
    }

    /// Fresh, empty /box, /tmp and /dev/shm.
    public func reset() async throws(SandboxError) {
        let limits = arena_run_limits(
            wall_ms: 0, cpu_seconds: 0, address_space_bytes: 0, stack_bytes: 0, file_size_bytes: 0, open_files: 0, processes: 0,
            box_bytes: self.configuration.boxBytes, tmp_bytes: self.configuration.tmpBytes, deny_exec: 0)
        let failure: String? = await self.onQueue {
            var limits = limits
            var error = [CChar](repeating: 0, count: 512)
            return arena_container_reset(&self.container, &limits, &error, error.count) == 0 ? nil : String(cBuffer: error)
        }
        if let failure { throw SandboxError(failure) }
    }

    /// Writes a file into the box (owned by root, readable by the run).
    public func writeBoxFile(_ name: String, contents: some Collection<UInt8>, executable: Bool = false) throws(SandboxError) {
        let path = "\(self.boxPath)/\(name)"
        do {
            try Data(contents).write(to: URL(fileURLWithPath: path))
            chmod(path, executable ? 0o755 : 0o644)
        } catch {
            throw SandboxError("cannot write \(name) into the box: \(error)")
        }
    }

    public func readBoxFile(_ name: String) -> Data? {
        FileManager.default.contents(atPath: "\(self.boxPath)/\(name)")
    }

    /// Runs one command; throws only for judge faults (the container died, a cgroup or
    /// file could not be made).
    public func run(_ command: SandboxCommand) async throws(SandboxError) -> SandboxOutcome {
        let result: Result<SandboxOutcome, SandboxError> = await self.onQueue {
            do throws(SandboxError) { return .success(try self.runBlocking(command)) } catch { return .failure(error) }
        }
        return try result.get()
    }

    private func onQueue<T: Sendable>(_ body: @escaping @Sendable () -> T) async -> T {
        await withCheckedContinuation { continuation in
            self.queue.async { continuation.resume(returning: body()) }
        }
    }

    private func runBlocking(_ command: SandboxCommand) throws(SandboxError) -> SandboxOutcome {
        guard !command.arguments.isEmpty else { throw SandboxError("empty command") }
        let limits = command.limits
        var cgroup: RunCgroup?
        if self.cgroups.isUsable {
            // Unique within the process (several pools may share it); the owner is the process.
            let sequence = Self.runSequence.add(1, ordering: .relaxed).newValue
            cgroup = try RunCgroup(support: self.cgroups, owner: self.owner, name: "u\(self.uid)-r\(sequence)", limits: limits)
        }
        defer {
            cgroup?.closeDescriptors()
            // rmdir can wait for the killed tasks to finish exiting: off the run's path.
            if let cgroup { Self.cleanup.async { cgroup.remove() } }
        }
        let stdinPath: String
        switch command.stdin {
        case .empty: stdinPath = "/dev/null"
        case .file(let path): stdinPath = path
        case .bytes(let bytes):
            stdinPath = "\(self.ioDirectory)/stdin"
            guard FileManager.default.createFile(atPath: stdinPath, contents: Data(bytes)) else {
                throw SandboxError("cannot write the input file \(stdinPath)")
            }
        }
        let stdoutPath = "\(self.ioDirectory)/stdout"
        let stderrPath = "\(self.ioDirectory)/stderr"
        let input = open(stdinPath, O_RDONLY | O_CLOEXEC)
        let output = open(stdoutPath, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        let errors = open(stderrPath, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        defer { for fd in [input, output, errors] where fd >= 0 { close(fd) } }
        guard input >= 0, output >= 0, errors >= 0 else {
            throw SandboxError("cannot open the run's standard files in \(self.ioDirectory): \(String(cString: strerror(errno)))")
        }
        let fds = [input, output, errors] + (cgroup?.procsDescriptors ?? [])
        // Without a cgroup the memory limit falls back to RLIMIT_AS (unless the runtime is
        // the JVM, which sets addressSpaceBytes explicitly to 0 via the language table).
        let addressSpace = limits.addressSpaceBytes ?? (cgroup == nil ? limits.memoryBytes : 0)
        var runLimits = arena_run_limits(
            wall_ms: UInt64(max(1, limits.wallMilliseconds)),
            cpu_seconds: UInt64((limits.cpuMilliseconds + 999) / 1000 + 1),
            address_space_bytes: addressSpace, stack_bytes: limits.stackBytes ?? 0,
            file_size_bytes: limits.outputBytes, open_files: UInt64(limits.openFiles), processes: UInt64(limits.processes),
            box_bytes: self.configuration.boxBytes, tmp_bytes: self.configuration.tmpBytes, deny_exec: limits.allowsExec ? 0 : 1)
        var result = arena_run_result()
        var error = [CChar](repeating: 0, count: 512)
        let status = withCStringArray(command.arguments) { argv in
            withCStringArray(command.environment) { envp in
                command.workingDirectory.withCString { cwd in
                    fds.withUnsafeBufferPointer { fdPointer in
                        arena_container_run(
                            &self.container, &runLimits, cwd, argv, envp, fdPointer.baseAddress, Int32(fds.count), &result, &error,
                            error.count)
                    }
                }
            }
        }
        guard status == 0 else { throw SandboxError(String(cBuffer: error)) }
        if result.setup_failed != 0 { throw SandboxError(String(fixedCString: result.error)) }

        let measured = cgroup?.measure()
        let rusageCPU = Int((result.user_us + result.system_us) / 1000)
        let cpu = measured.map { Int($0.cpuNanoseconds / 1_000_000) } ?? rusageCPU
        let peakKiB = measured.map { Int($0.peakBytes / 1024) } ?? Int(result.max_rss_kib)
        let signal: Int32? = result.term_signal != 0 ? result.term_signal : nil
        var memoryHit = (measured?.oomKills ?? 0) > 0
        if measured == nil, addressSpace > 0, UInt64(peakKiB) * 1024 >= addressSpace * 9 / 10, !(result.exited != 0 && result.exit_code == 0) {
            memoryHit = true
        }
        let stdout = Self.readPrefix(stdoutPath, limit: Int(limits.outputBytes) + 1)
        let outputHit = signal == SIGXFSZ || stdout.count > Int(limits.outputBytes)
        let stderr = Self.readPrefix(stderrPath, limit: 64 * 1024)
        return SandboxOutcome(
            exitCode: result.exited != 0 ? result.exit_code : nil, signal: signal, wallTimedOut: result.wall_timed_out != 0,
            cpuMilliseconds: max(cpu, 0), wallMilliseconds: Int(result.wall_us / 1000), peakMemoryKiB: peakKiB,
            memoryLimitHit: memoryHit, outputLimitHit: outputHit, stdout: Array(stdout.prefix(Int(limits.outputBytes))),
            stderr: String(decoding: stderr, as: UTF8.self))
    }

    private static func readPrefix(_ path: String, limit: Int) -> [UInt8] {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return [] }
        defer { close(fd) }
        var bytes = [UInt8](repeating: 0, count: limit)
        var total = 0
        while total < limit {
            let count = bytes.withUnsafeMutableBytes { read(fd, $0.baseAddress! + total, limit - total) }
            if count <= 0 { break }
            total += count
        }
        return Array(bytes[0..<total])
    }
}
