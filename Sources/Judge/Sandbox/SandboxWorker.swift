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
    static let processOwner = "p\(getpid())-\(UUID().uuidString.prefix(8).lowercased())"
    private static let cleanup = DispatchQueue(label: "arena.judge.cgroup-cleanup", qos: .utility)
    /// The second container interactors run in, started on first use.
    private let companionWorker = Mutex<SandboxWorker?>(nil)

    /// Starts the container (throws when namespaces or mounts are refused).
    public init(index: Int, configuration: SandboxConfiguration, cgroups: CgroupSupport) throws(SandboxError) {
        self.index = index
        self.configuration = configuration
        self.cgroups = cgroups.isUsable ? cgroups : .unavailable(reason: "\(cgroups)")
        self.queue = DispatchQueue(label: "arena.judge.worker.\(index)")
        self.owner = "\(configuration.cgroupParent)/\(Self.processOwner)"
        self.uid = configuration.firstUID + UInt32(index)
        let base = "\(configuration.workDirectory)/worker-\(index)"
        self.ioDirectory = "\(base)/io"
        let root = "\(base)/root"
        // Each level is made, then checked before anything is made inside it: a folder
        // someone else made (or a link to one) in a shared /tmp would let them read or
        // plant files the judge writes as root.
        for (level, directory) in [configuration.workDirectory, base, self.ioDirectory, root].enumerated() {
            let made = level == 0 ? mkdirParents(directory) : mkdir(directory, 0o755)
            guard made == 0 || errno == EEXIST else {
                throw SandboxError("cannot create \(directory): \(String(cString: strerror(errno)))")
            }
            var info = stat()
            guard lstat(directory, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR, info.st_uid == geteuid() else {
                throw SandboxError("\(directory) is not a folder owned by the judge's user (a link, or made by someone else): refusing to use it")
            }
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

    /// The worker's companion container, for a program that must run beside the
    /// submission (an interactor): its own namespaces, box and uid, so the submission can
    /// neither read the answer file nor signal it. Started on first use; replaced if it died.
    public func companion() async throws(SandboxError) -> SandboxWorker {
        if let existing = self.companionWorker.withLock({ $0 }), await existing.isAlive() { return existing }
        let dead = self.companionWorker.withLock { worker -> SandboxWorker? in
            defer { worker = nil }
            return worker
        }
        await dead?.shutdown()
        let fresh = try SandboxWorker(index: self.index, configuration: self.configuration.companion, cgroups: self.cgroups)
        self.companionWorker.withLock { $0 = fresh }
        return fresh
    }

    /// Stops the container; the worker cannot be used afterwards.
    public func shutdown() async {
        if let companion = self.companionWorker.withLock({ worker -> SandboxWorker? in
            defer { worker = nil }
            return worker
        }) {
            await companion.shutdown()
        }
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

    /// Reads a file that a sandboxed program may have written (a validator's feedback),
    /// at most `limit` bytes. Every path component is opened with `O_NOFOLLOW` below the
    /// box, and only a regular file is read: a program that left a symlink to a host file
    /// gets nothing, never the host's file.
    public func readBoxFile(_ name: String, limit: Int = 1 << 20) -> Data? {
        var directory = open(self.boxPath, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard directory >= 0 else { return nil }
        defer { close(directory) }
        let components = name.split(separator: "/").map(String.init)
        guard let leaf = components.last, !components.contains(".."), !components.contains(".") else { return nil }
        for component in components.dropLast() {
            let next = openat(directory, component, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
            guard next >= 0 else { return nil }
            close(directory)
            directory = next
        }
        let fd = openat(directory, leaf, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        return Data(Self.readPrefix(descriptor: fd, limit: limit))
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
        // Descriptors handed over (pipes to an interactor) close when this run ends, whatever happens.
        var handedOver: [Int32] = []
        if case .descriptor(let fd) = command.stdin { handedOver.append(fd) }
        if case .descriptor(let fd) = command.stdout { handedOver.append(fd) }
        defer { for fd in handedOver { close(fd) } }
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
        var stdinPath: String?
        switch command.stdin {
        case .empty: stdinPath = "/dev/null"
        case .file(let path): stdinPath = path
        case .descriptor: stdinPath = nil
        case .bytes(let bytes):
            stdinPath = "\(self.ioDirectory)/stdin"
            guard FileManager.default.createFile(atPath: "\(self.ioDirectory)/stdin", contents: Data(bytes)) else {
                throw SandboxError("cannot write the input file \(self.ioDirectory)/stdin")
            }
        }
        let stdoutPath = "\(self.ioDirectory)/stdout"
        let stderrPath = "\(self.ioDirectory)/stderr"
        var owned: [Int32] = []
        defer { for fd in owned { close(fd) } }
        // The judge's own files are never links; a package's test input may be one (Kattis allows it).
        func openOwned(_ path: String, _ flags: Int32, followLinks: Bool = false) -> Int32 {
            let fd = open(path, flags | O_CLOEXEC | (followLinks ? 0 : O_NOFOLLOW), 0o600)
            if fd >= 0 { owned.append(fd) }
            return fd
        }
        let input: Int32
        if case .descriptor(let fd) = command.stdin { input = fd } else { input = openOwned(stdinPath ?? "/dev/null", O_RDONLY, followLinks: true) }
        let output: Int32
        if case .descriptor(let fd) = command.stdout { output = fd } else { output = openOwned(stdoutPath, O_WRONLY | O_CREAT | O_TRUNC) }
        let errors = openOwned(stderrPath, O_WRONLY | O_CREAT | O_TRUNC)
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
        let finishedAt = ContinuousClock.now
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
        var stdout: [UInt8] = []
        if case .capture = command.stdout { stdout = Self.readPrefix(stdoutPath, limit: Int(limits.outputBytes) + 1) }
        let outputHit = signal == SIGXFSZ || stdout.count > Int(limits.outputBytes)
        let stderr = Self.readPrefix(stderrPath, limit: 64 * 1024)
        return SandboxOutcome(
            exitCode: result.exited != 0 ? result.exit_code : nil, signal: signal, wallTimedOut: result.wall_timed_out != 0,
            cpuMilliseconds: max(cpu, 0), wallMilliseconds: Int(result.wall_us / 1000), peakMemoryKiB: peakKiB,
            memoryLimitHit: memoryHit, outputLimitHit: outputHit, stdout: Array(stdout.prefix(Int(limits.outputBytes))),
            stderr: String(decoding: stderr, as: UTF8.self), finishedAt: finishedAt)
    }

    private static func readPrefix(_ path: String, limit: Int) -> [UInt8] {
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW)
        guard fd >= 0 else { return [] }
        defer { close(fd) }
        return Self.readPrefix(descriptor: fd, limit: limit)
    }

    private static func readPrefix(descriptor fd: Int32, limit: Int) -> [UInt8] {
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
