import ArenaShared
import Foundation
import Logging
import ServiceLifecycle
import Synchronization

/// An edge's warm sandbox workers behind a bounded queue. Submissions wait for a free
/// worker in arrival order; when the queue is full the caller is told to retry later
/// (never an unbounded backlog). A worker whose container died is replaced before its
/// next job. Runs as a `Service`: graceful shutdown stops the containers.
public final class JudgePool: Service, Sendable {
    public let toolchains: Toolchains
    public let judge: SubmissionJudge
    public let cgroups: CgroupSupport
    public let configuration: JudgePoolConfiguration
    let logger: Logger
    private let state: Mutex<State>
    private static let nextUID = Mutex<UInt32>(0)

    private struct State {
        var idle: [SandboxWorker] = []
        var busy = 0
        var waiters: [(id: UInt64, continuation: CheckedContinuation<SandboxWorker, any Error>)] = []
        var nextWaiter: UInt64 = 0
        var shutDown = false
        var startupProblem: String?
    }

    /// Probes toolchains and cgroups, then starts the containers. A host where containers
    /// cannot start gives a pool that is not ready and says why (it does not throw).
    public static func start(
        configuration: JudgePoolConfiguration, logger: Logger
    ) async -> JudgePool {
        var logger = logger
        logger[metadataKey: "component"] = "judge"
        let toolchains = await Toolchains.shared.value
        // Before the containers start: they bind the folder only if it exists.
        if toolchains.isAvailable(.cpp17) { await PrecompiledHeaders.prepare(logger: logger) }
        let cgroups = configuration.sandbox.resolvedCgroups()
        var configuration = configuration
        // Pools in one process (several edges in a test or in `arena up`) get disjoint uids.
        configuration.sandbox.firstUID = Self.nextUID.withLock { next in
            let first = max(next, configuration.sandbox.firstUID)
            next = first + UInt32(max(1, configuration.workers))
            return first
        }
        var workers: [SandboxWorker] = []
        var problem: String?
        if !cgroups.isUsable && configuration.sandbox.cgroups != .disabled {
            // rlimits alone cannot bound a run's processes, tmpfs files or runtime heaps: a host
            // without writable cgroups judges nothing unless rlimits-only was chosen (trusted code).
            problem =
                "no writable cgroups (\(cgroups)): refusing to judge untrusted code whose memory, processes and files could not be bounded; "
                + "give the judge a writable cgroup v1 or v2 hierarchy, or choose rlimits-only judging for trusted code explicitly"
            logger.error("judge: refusing to start without cgroups", metadata: ["cgroups": "\(cgroups)"])
        } else if !cgroups.isUsable {
            logger.warning("judge: cgroups disabled by configuration, limits fall back to rlimits (trusted code only)", metadata: ["cgroups": "\(cgroups)"])
        }
        for index in 0..<(problem == nil ? max(1, configuration.workers) : 0) {
            do {
                workers.append(try SandboxWorker(index: index, configuration: configuration.sandbox, cgroups: cgroups))
            } catch {
                problem = error.message
                logger.error("judge: cannot start a sandbox container", metadata: ["error": "\(error.message)"])
                break
            }
        }
        let unavailable = toolchains.entries.filter { !$0.available }.map(\.id.rawValue)
        logger.info(
            "judge ready",
            metadata: [
                "workers": "\(workers.count)", "isolation": "\(cgroups)",
                "languages": "\(toolchains.available.map(\.rawValue).joined(separator: ","))",
                "unavailable": "\(unavailable.joined(separator: ","))",
            ])
        return JudgePool(
            configuration: configuration, toolchains: toolchains, cgroups: cgroups, workers: workers, startupProblem: problem,
            logger: logger)
    }

    init(
        configuration: JudgePoolConfiguration, toolchains: Toolchains, cgroups: CgroupSupport, workers: [SandboxWorker],
        startupProblem: String?, logger: Logger
    ) {
        self.configuration = configuration
        self.toolchains = toolchains
        self.cgroups = cgroups
        self.judge = SubmissionJudge(toolchains: toolchains, cache: CompileCache(
                directory: "\(configuration.sandbox.workDirectory)/compile-cache", maximumBytes: configuration.compileCacheBytes))
        self.logger = logger
        self.state = Mutex(State(idle: workers, startupProblem: startupProblem))
    }

    public var status: JudgeStatus {
        self.state.withLock { state in
            let workers = state.idle.count + state.busy
            return JudgeStatus(
                ready: workers > 0 && !state.shutDown, workers: workers, busy: state.busy, queued: state.waiters.count,
                queueCapacity: self.configuration.queueCapacity, isolation: "\(self.cgroups)", degraded: !self.cgroups.isUsable,
                problem: state.startupProblem, languages: self.toolchains.entries)
        }
    }

    /// PIDs of the idle containers (tests kill them to exercise replacement).
    var idleContainerPIDs: [Int32] { self.state.withLock { $0.idle.map(\.containerPID) } }

    /// Jobs waiting for a worker.
    public var queueDepth: Int { self.state.withLock { $0.waiters.count } }

    /// Whether one more job would fit (the edge checks before it acknowledges a submission).
    public var hasRoom: Bool { self.state.withLock { !$0.shutDown && $0.waiters.count < self.configuration.queueCapacity } }

    /// Judges a submission on the next free worker.
    public func judge(
        source: String, language: LanguageID, problem: JudgeProblem, mode: JudgeMode = .stopAtFirstFailure,
        progress: @escaping @Sendable (JudgeProgress) async -> Void = { _ in }
    ) async throws(JudgeError) -> JudgeReport {
        guard self.toolchains.isAvailable(language) else { throw .languageUnavailable(language, self.toolchains.version(of: language)) }
        return try await self.withWorker(progress: progress) { worker throws(JudgeError) in
            try await self.judge.judge(source: source, language: language, problem: problem, mode: mode, on: worker, progress: progress)
        }
    }

    /// Judges a submission of several files (a package's folder submission).
    public func judge(
        files: SourceFiles, language: LanguageID, problem: JudgeProblem, mode: JudgeMode = .stopAtFirstFailure
    ) async throws(JudgeError) -> JudgeReport {
        guard self.toolchains.isAvailable(language) else { throw .languageUnavailable(language, self.toolchains.version(of: language)) }
        return try await self.withWorker(progress: { _ in }) { worker throws(JudgeError) in
            try await self.judge.judge(files: files, language: language, problem: problem, mode: mode, on: worker)
        }
    }

    /// Compiles and runs a source once on the player's own input (`POST /api/run`).
    public func runCustom(source: String, language id: LanguageID, input: [UInt8], limits: SandboxLimits) async throws(JudgeError) -> CustomRunResult {
        guard let language = LanguageTable.language(id), self.toolchains.isAvailable(id) else {
            throw .languageUnavailable(id, self.toolchains.version(of: id))
        }
        return try await self.withWorker(progress: { _ in }) { worker throws(JudgeError) in
            do throws(SandboxError) {
                switch try await self.judge.compile(files: language.sourceFiles(for: source), language: language, on: worker) {
                case .compileError(let message, _, let compileMs):
                    var result = CustomRunResult(verdict: .compileError, compileOutput: message)
                    result.compileMs = compileMs
                    return result
                case .compiled(let program):
                    let outcome = try await self.judge.runOnce(program, input: input, limits: limits, on: worker)
                    let failure = SubmissionJudge.classify(outcome, limits: limits, language: language)
                    var result = CustomRunResult(
                        verdict: failure?.0 ?? .accepted, detail: failure?.1, stdout: String(decoding: outcome.stdout.prefix(64 * 1024), as: UTF8.self),
                        stderr: String(outcome.stderr.prefix(16 * 1024)), exitCode: outcome.exitCode, cpuMs: outcome.cpuMilliseconds,
                        wallMs: outcome.wallMilliseconds, memoryKiB: outcome.peakMemoryKiB)
                    result.compileMs = program.compileMs
                    return result
                }
            } catch {
                return CustomRunResult(verdict: .systemError, detail: "the judge failed (not your fault): \(error.message)")
            }
        }
    }

    private func withWorker<T: Sendable>(
        progress: @escaping @Sendable (JudgeProgress) async -> Void, _ body: (SandboxWorker) async throws(JudgeError) -> T
    ) async throws(JudgeError) -> T {
        let worker = try await self.acquire(progress: progress)
        do {
            let value = try await body(worker)
            await self.release(worker)
            return value
        } catch {
            await self.release(worker)
            throw error
        }
    }

    private func acquire(progress: @escaping @Sendable (JudgeProgress) async -> Void) async throws(JudgeError) -> SandboxWorker {
        enum Immediate { case worker(SandboxWorker), wait(Int), full, down(String?) }
        let immediate: Immediate = self.state.withLock { state in
            if state.shutDown { return .down(nil) }
            if state.idle.isEmpty && state.busy == 0 { return .down(state.startupProblem) }
            if let worker = state.idle.popLast() {
                state.busy += 1
                return .worker(worker)
            }
            if state.waiters.count >= self.configuration.queueCapacity { return .full }
            return .wait(state.waiters.count + 1)
        }
        switch immediate {
        case .worker(let worker): return worker
        case .full: throw .queueFull(retryAfterSeconds: 5)
        case .down(let problem): throw problem.map { .noWorkers($0) } ?? .shuttingDown
        case .wait(let position): await progress(.queued(position: position))
        }
        let id = self.state.withLock { state in
            state.nextWaiter += 1
            return state.nextWaiter
        }
        do {
            return try await withTaskCancellationHandler {
                try await withCheckedThrowingContinuation { continuation in
                    let enqueued = self.state.withLock { state -> Bool in
                        if state.shutDown { return false }
                        if let worker = state.idle.popLast() {
                            state.busy += 1
                            continuation.resume(returning: worker)
                            return true
                        }
                        state.waiters.append((id, continuation))
                        return true
                    }
                    if !enqueued { continuation.resume(throwing: JudgeError.shuttingDown) }
                }
            } onCancel: {
                let waiter = self.state.withLock { state -> CheckedContinuation<SandboxWorker, any Error>? in
                    guard let index = state.waiters.firstIndex(where: { $0.id == id }) else { return nil }
                    return state.waiters.remove(at: index).continuation
                }
                waiter?.resume(throwing: CancellationError())
            }
        } catch let error as JudgeError {
            throw error
        } catch {
            throw .shuttingDown
        }
    }

    private func release(_ worker: SandboxWorker) async {
        var worker = worker
        if await !worker.isAlive() {
            // The container died (killed from outside, stuck and killed, or a judge bug): replace it.
            self.logger.warning("judge: replacing a dead sandbox container", metadata: ["worker": "\(worker.index)"])
            await worker.shutdown()
            var replacement: SandboxWorker?
            var lastError = ""
            for delay in [0, 200, 1000, 3000] {
                if delay > 0 { try? await Task.sleep(for: .milliseconds(delay)) }
                do {
                    replacement = try SandboxWorker(index: worker.index, configuration: self.configuration.sandbox, cgroups: self.cgroups)
                    break
                } catch {
                    lastError = error.message
                }
            }
            guard let replacement else {
                self.logger.error("judge: cannot restart a sandbox container", metadata: ["error": "\(lastError)"])
                // One worker fewer; with none left, nobody waits for a worker that will never come.
                let orphaned = self.state.withLock { state -> [CheckedContinuation<SandboxWorker, any Error>] in
                    state.busy -= 1
                    state.startupProblem = lastError
                    guard state.busy + state.idle.count == 0 else { return [] }
                    defer { state.waiters = [] }
                    return state.waiters.map(\.continuation)
                }
                for waiter in orphaned { waiter.resume(throwing: JudgeError.noWorkers(lastError)) }
                return
            }
            worker = replacement
        }
        let waiter = self.state.withLock { state -> CheckedContinuation<SandboxWorker, any Error>? in
            if state.shutDown {
                state.busy -= 1
                return nil
            }
            if !state.waiters.isEmpty { return state.waiters.removeFirst().continuation }
            state.busy -= 1
            state.idle.append(worker)
            return nil
        }
        if let waiter {
            waiter.resume(returning: worker)
        } else if self.state.withLock({ $0.shutDown }) {
            await worker.shutdown()
        }
    }

    public func run() async throws {
        try? await gracefulShutdown()
        await self.shutdown()
    }

    /// Refuses new work, fails the waiting jobs, and stops idle containers (busy ones stop
    /// when their job ends).
    public func shutdown() async {
        let (idle, waiters) = self.state.withLock { state in
            state.shutDown = true
            defer {
                state.idle = []
                state.waiters = []
            }
            return (state.idle, state.waiters)
        }
        for waiter in waiters { waiter.continuation.resume(throwing: JudgeError.shuttingDown) }
        for worker in idle { await worker.shutdown() }
    }
}

/// The answer to a custom run: the program's output and resources, no checking.
public struct CustomRunResult: Sendable, Codable, Hashable {
    /// AC here only means "ran cleanly"; TLE/MLE/OLE/RE/CE as for submissions.
    public var verdict: Verdict
    public var detail: String?
    public var compileOutput: String?
    public var stdout: String = ""
    public var stderr: String = ""
    public var exitCode: Int32?
    public var cpuMs: Int = 0
    public var wallMs: Int = 0
    public var memoryKiB: Int = 0
    /// CPU the compile took (0 when cached).
    public var compileMs: Int = 0

    public init(
        verdict: Verdict, detail: String? = nil, compileOutput: String? = nil, stdout: String = "", stderr: String = "",
        exitCode: Int32? = nil, cpuMs: Int = 0, wallMs: Int = 0, memoryKiB: Int = 0
    ) {
        self.verdict = verdict
        self.detail = detail
        self.compileOutput = compileOutput
        self.stdout = stdout
        self.stderr = stderr
        self.exitCode = exitCode
        self.cpuMs = cpuMs
        self.wallMs = wallMs
        self.memoryKiB = memoryKiB
    }
}
