import ArenaShared
import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// Compiles a source once (through the cache) and runs it against a problem's tests on
/// one sandbox worker, checking each output. All policy lives here: limits per language,
/// the order in which a failed run is classified, and what a verdict says.
public struct SubmissionJudge: Sendable {
    public let toolchains: Toolchains
    public let cache: CompileCache

    public init(toolchains: Toolchains, cache: CompileCache) {
        self.toolchains = toolchains
        self.cache = cache
    }

    /// A compiled program, ready to be copied into a fresh box.
    public struct Program: Sendable {
        public var language: Language
        public var files: [CompileCache.BoxFile]
        public var cached: Bool
        /// The submission's sources (the main file names the class or script to run).
        public var sources: SourceFiles
        /// CPU the compile took here (0 when it came from the cache).
        public var compileMs: Int = 0
    }

    public enum CompileResult: Sendable {
        case compiled(Program)
        /// `cached`: the same source failed before and was not compiled again; `compileMs`:
        /// the CPU this compile took (0 from the cache).
        case compileError(String, cached: Bool = false, compileMs: Int = 0)
    }

    /// Judges a player's single source (named as its language expects: `Solver.java`).
    public func judge(
        source: String, language id: LanguageID, problem: JudgeProblem, mode: JudgeMode = .stopAtFirstFailure,
        on worker: SandboxWorker, progress: @Sendable (JudgeProgress) async -> Void = { _ in }
    ) async throws(JudgeError) -> JudgeReport {
        guard let language = LanguageTable.language(id) else { throw JudgeError.languageUnavailable(id, "unknown language") }
        return try await self.judge(files: language.sourceFiles(for: source), language: id, problem: problem, mode: mode, on: worker, progress: progress)
    }

    /// Judges a submission of one or more files (a package's folder submission).
    public func judge(
        files: SourceFiles, language id: LanguageID, problem: JudgeProblem, mode: JudgeMode = .stopAtFirstFailure,
        on worker: SandboxWorker, progress: @Sendable (JudgeProgress) async -> Void = { _ in }
    ) async throws(JudgeError) -> JudgeReport {
        guard let language = LanguageTable.language(id), self.toolchains.isAvailable(id) else {
            throw JudgeError.languageUnavailable(id, self.toolchains.version(of: id))
        }
        let version = self.toolchains.version(of: id)
        var report = JudgeReport(
            verdict: .accepted, tests: [], totalTests: problem.tests.count, message: nil, timeMs: 0, memoryKiB: 0,
            language: id, languageVersion: version, compileCached: false)
        do throws(SandboxError) {
            await progress(.compiling)
            switch try await self.compile(files: files, language: language, on: worker) {
            case .compileError(let message, let cached, let compileMs):
                report.verdict = .compileError
                report.message = message
                report.compileCached = cached
                report.compileMs = compileMs
            case .compiled(let program):
                report.compileCached = program.cached
                report.compileMs = program.compileMs
                var validator: Program?
                switch problem.checker {
                case .custom(let spec), .interactive(let spec): validator = try await self.compileValidator(spec, on: worker)
                case .exact, .token: break
                }
                if let grading = problem.grading {
                    // Scoring: every group is judged as its testdata.yaml says (no stop at the first failure).
                    var results: [TestResult] = []
                    var grader: Program?
                    if grading.usesCustomGrader, let source = grading.grader {
                        grader = try await self.compileValidator(
                            ValidatorProgram(language: source.language, mainFile: source.mainFile, files: source.files.mapValues { Array($0) }),
                            on: worker)
                    }
                    let custom = grader.map { Grading.CustomGrader(judge: self, program: $0, worker: worker) }
                    let graded = try await grading.grade(tests: problem.tests, custom: custom) { index throws(SandboxError) in
                        let result = try await self.runTest(
                            index: index, problem.tests[index], program: program, problem: problem, validator: validator, on: worker)
                        results.append(result)
                        await progress(.testFinished(result, total: problem.tests.count))
                        return result
                    }
                    report.tests = results
                    report.verdict = graded.verdict
                    report.score = graded.score
                    report.groups = graded.groups
                    report.timeMs = results.map(\.cpuMs).max() ?? 0
                    report.memoryKiB = results.map(\.memoryKiB).max() ?? 0
                } else {
                    for (index, test) in problem.tests.enumerated() {
                        let result = try await self.runTest(index: index, test, program: program, problem: problem, validator: validator, on: worker)
                        report.tests.append(result)
                        report.timeMs = max(report.timeMs, result.cpuMs)
                        report.memoryKiB = max(report.memoryKiB, result.memoryKiB)
                        await progress(.testFinished(result, total: problem.tests.count))
                        if result.verdict != .accepted {
                            if report.verdict == .accepted { report.verdict = result.verdict }
                            if mode == .stopAtFirstFailure { break }
                        }
                    }
                }
            }
        } catch {
            report.verdict = .systemError
            report.message = "the judge failed (not your fault): \(error.message)"
        }
        await progress(.finished(report))
        return report
    }

    /// Compiles (or finds in the cache) the given files.
    public func compile(files sources: SourceFiles, language: Language, on worker: SandboxWorker) async throws(SandboxError) -> CompileResult {
        let command = language.compile.map { language.expand($0, files: sources) }
        // The command and environment are part of the key: a changed flag never serves old artifacts.
        let recipe = ((command ?? []) + ["--"] + language.environmentForSandbox).joined(separator: "\u{1}")
        let key = CompileCache.key(
            language: language.id.rawValue + "\u{1}" + recipe, version: self.toolchains.version(of: language.id),
            files: sources.files.map { ($0.key, $0.value) })
        switch self.cache.lookup(key) {
        case .compiled(let files): return .compiled(Program(language: language, files: files, cached: true, sources: sources))
        case .failed(let message): return .compileError(message, cached: true)
        case nil: break
        }
        try await worker.reset()
        for (name, bytes) in sources.files.sorted(by: { $0.key < $1.key }) {
            if name.contains("/") {
                throw SandboxError("a submission's files must be flat (no folders): \(name)")
            }
            try worker.writeBoxFile(name, contents: bytes)
        }
        var compileMs = 0
        if let command {
            var limits = language.compileLimits
            // JVM-based compilers reserve address space they never use: no RLIMIT_AS (rlimits-only mode).
            if language.managesOwnHeap { limits.addressSpaceBytes = 0 }
            let outcome = try await worker.run(SandboxCommand(arguments: command, environment: language.environmentForSandbox, limits: limits))
            compileMs = outcome.cpuMilliseconds
            if !outcome.succeeded {
                var message = (outcome.stderr + String(decoding: outcome.stdout.prefix(8192), as: UTF8.self))
                let limited = outcome.wallTimedOut || outcome.cpuMilliseconds > language.compileLimits.cpuMilliseconds || outcome.memoryLimitHit
                if outcome.wallTimedOut || outcome.cpuMilliseconds > language.compileLimits.cpuMilliseconds {
                    message = "compilation took longer than \(language.compileLimits.cpuMilliseconds / 1000) s\n" + message
                } else if outcome.memoryLimitHit {
                    message = "the compiler ran out of memory (\(language.compileLimits.memoryBytes >> 20) MiB)\n" + message
                }
                let truncated = Self.truncate(message.isEmpty ? "compilation failed (exit \(outcome.exitCode.map(String.init) ?? "by signal"))" : message)
                // Cached by source hash: a compile bomb (`#include "/dev/random"`, a template
                // explosion) that hit a limit costs its CPU once, not at every resend. Only a
                // compiler killed for no limit of ours (the host's fault) is tried again.
                if limited || (outcome.signal == nil && outcome.exitCode != nil) { self.cache.store(key, .failed(message: truncated)) }
                return .compileError(truncated, compileMs: outcome.cpuMilliseconds)
            }
        }
        let compiled = CompileCache.collect(root: worker.boxPath)
        let size = compiled.reduce(0) { $0 + $1.contents.count }
        guard size <= Self.maximumProgramBytes else {
            let message = "the compiled program is \(size >> 20) MiB; the limit is \(Self.maximumProgramBytes >> 20) MiB (large static arrays with initializers?)"
            self.cache.store(key, .failed(message: message))
            return .compileError(message, compileMs: compileMs)
        }
        self.cache.store(key, .compiled(files: compiled))
        return .compiled(Program(language: language, files: compiled, cached: false, sources: sources, compileMs: compileMs))
    }

    func compileValidator(_ spec: ValidatorProgram, on worker: SandboxWorker) async throws(SandboxError) -> Program {
        guard let language = LanguageTable.language(spec.language), self.toolchains.isAvailable(spec.language) else {
            throw SandboxError("the output validator needs \(spec.language.rawValue), which this judge lacks")
        }
        switch try await self.compile(files: SourceFiles(files: spec.files, main: spec.mainFile), language: language, on: worker) {
        case .compiled(let program): return program
        case .compileError(let message, _, _): throw SandboxError("the output validator does not compile: \(message.prefix(500))")
        }
    }

    /// Runs a compiled program once on custom input (no checking): `POST /api/run`.
    public func runOnce(_ program: Program, input: [UInt8], limits: SandboxLimits, on worker: SandboxWorker) async throws(SandboxError) -> SandboxOutcome {
        try await Self.freshBox(with: program, on: worker)
        return try await worker.run(self.command(for: program, limits: limits, input: .bytes(input)))
    }

    func command(for program: Program, limits problemLimits: SandboxLimits, input: SandboxInput, output: SandboxOutput = .capture) -> SandboxCommand {
        let language = program.language
        var limits = problemLimits
        limits.processes = max(limits.processes, language.processes)
        limits.allowsExec = false
        if language.managesOwnHeap {
            limits.memoryBytes = problemLimits.memoryBytes + language.runtimeOverheadBytes
            limits.addressSpaceBytes = 0
        }
        return SandboxCommand(
            arguments: language.expand(language.run, files: program.sources, memoryBytes: problemLimits.memoryBytes),
            environment: language.environmentForSandbox, stdin: input, stdout: output, limits: limits)
    }

    /// An empty box (nothing left by an earlier test) holding the compiled program.
    static func freshBox(with program: Program, on worker: SandboxWorker) async throws(SandboxError) {
        try await worker.reset()
        for file in program.files {
            if file.path.contains("/") {
                let directory = "\(worker.boxPath)/\((file.path as NSString).deletingLastPathComponent)"
                try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            }
            try worker.writeBoxFile(file.path, contents: file.contents, executable: file.executable)
        }
    }

    private func runTest(
        index: Int, _ test: JudgeTest, program: Program, problem: JudgeProblem, validator: Program?, on worker: SandboxWorker
    ) async throws(SandboxError) -> TestResult {
        let limits = problem.runLimits
        if case .interactive(let spec) = problem.checker {
            guard let validator else { throw SandboxError("the interactor was not compiled") }
            return try await self.runInteractive(
                index: index, test, program: program, limits: limits, interactor: validator, flags: spec.flags,
                wantsScore: problem.grading?.validatorScores == true, on: worker)
        }
        try await Self.freshBox(with: program, on: worker)
        let outcome = try await worker.run(self.command(for: program, limits: limits, input: test.input))
        var result = TestResult(
            index: index, verdict: .accepted, cpuMs: outcome.cpuMilliseconds, wallMs: outcome.wallMilliseconds,
            memoryKiB: outcome.peakMemoryKiB, detail: nil)
        if let (verdict, detail) = Self.classify(outcome, limits: limits, language: program.language) {
            result.verdict = verdict
            result.detail = detail
            // A crash on a sample shows the end of stderr (Python's traceback, an assertion):
            // the player knows the input already. Secret tests show only the exit status,
            // since a program could print the hidden input there before crashing.
            if verdict == .runtimeError, test.isSample { result.detail = Self.withStderr(detail, outcome.stderr) }
            return result
        }
        let check: CheckResult
        switch problem.checker {
        case .exact: check = ExactChecker().check(expected: test.answer, actual: outcome.stdout)
        case .token(let flags): check = TokenChecker(flags: flags).check(expected: test.answer, actual: outcome.stdout)
        case .custom(let spec), .interactive(let spec):
            guard let validator else { throw SandboxError("the output validator was not compiled") }
            (check, result.score) = try await self.validate(
                outcome.stdout, test: test, validator: validator, flags: spec.flags, wantsScore: problem.grading?.validatorScores == true, on: worker)
        }
        if case .wrongAnswer(let message) = check {
            result.verdict = .wrongAnswer
            result.detail = test.isSample ? message : nil
        }
        return result
    }

    /// Why a run failed before its output could be checked, or nil when it ran cleanly.
    /// Order matters: a program killed at the wall limit is TLE even though it died by
    /// SIGKILL, and an OOM kill is MLE rather than a runtime error.
    static func classify(_ outcome: SandboxOutcome, limits: SandboxLimits, language: Language) -> (Verdict, String?)? {
        if outcome.wallTimedOut { return (.timeLimitExceeded, "wall-clock limit of \(limits.wallMilliseconds) ms") }
        if outcome.cpuMilliseconds > limits.cpuMilliseconds || outcome.signal == SIGXCPU {
            return (.timeLimitExceeded, "CPU time over \(limits.cpuMilliseconds) ms")
        }
        let heapExhausted = language.managesOwnHeap
            && (outcome.stderr.contains("java.lang.OutOfMemoryError") || outcome.stderr.contains("JavaScript heap out of memory"))
        if outcome.memoryLimitHit || heapExhausted { return (.memoryLimitExceeded, "memory limit of \(limits.memoryBytes >> 20) MiB") }
        if outcome.outputLimitHit { return (.outputLimitExceeded, "output over \(limits.outputBytes >> 20) MiB") }
        if let signal = outcome.signal {
            let detail = signal == SIGSYS ? "killed: forbidden system call (SIGSYS)" : "killed by \(Self.signalName(signal))"
            return (.runtimeError, detail)
        }
        if let code = outcome.exitCode, code != 0 { return (.runtimeError, "exit code \(code)") }
        return nil
    }

    /// A runtime error's detail with the last lines of the program's stderr.
    static func withStderr(_ detail: String?, _ stderr: String, limit: Int = 2000) -> String? {
        let trimmed = stderr.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { return detail }
        let tail = trimmed.count > limit ? "…" + trimmed.suffix(limit) : trimmed
        return [detail, "stderr:\n" + tail].compactMap { $0 }.joined(separator: "\n")
    }

    /// Compiled artifacts are copied into every test's box: keep them reasonable.
    static let maximumProgramBytes = 64 << 20

    static func truncate(_ text: String, limit: Int = 8192) -> String {
        let bytes = Array(text.utf8)
        guard bytes.count > limit else { return text }
        return String(decoding: bytes.prefix(limit), as: UTF8.self) + "\n… (truncated)"
    }

    static func signalName(_ signal: Int32) -> String {
        let names: [Int32: String] = [
            SIGSEGV: "SIGSEGV (segmentation fault)", SIGABRT: "SIGABRT (abort)", SIGFPE: "SIGFPE (arithmetic error)",
            SIGKILL: "SIGKILL", SIGBUS: "SIGBUS (bus error)", SIGILL: "SIGILL (illegal instruction)", SIGXFSZ: "SIGXFSZ",
            SIGPIPE: "SIGPIPE", SIGTRAP: "SIGTRAP",
        ]
        return names[signal] ?? "signal \(signal)"
    }
}
