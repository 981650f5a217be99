import ArenaShared

/// The result of one test, as players see it live.
public struct TestResult: Sendable, Codable, Hashable {
    public var index: Int
    public var verdict: Verdict
    public var cpuMs: Int
    public var wallMs: Int
    public var memoryKiB: Int
    /// Why: the signal or exit code of an RE, the first difference of a WA on a sample test.
    public var detail: String?
    /// `validation: custom score`: the points the output validator gave this test.
    public var score: Double?

    public init(index: Int, verdict: Verdict, cpuMs: Int, wallMs: Int, memoryKiB: Int, detail: String? = nil) {
        self.index = index
        self.verdict = verdict
        self.cpuMs = cpuMs
        self.wallMs = wallMs
        self.memoryKiB = memoryKiB
        self.detail = detail
    }
}

/// A whole submission's outcome.
public struct JudgeReport: Sendable, Codable, Hashable {
    public var verdict: Verdict
    public var tests: [TestResult]
    public var totalTests: Int
    /// Compiler output for CE (truncated), or the fault for SE.
    public var message: String?
    /// The slowest test's CPU time and the largest peak memory.
    public var timeMs: Int
    public var memoryKiB: Int
    public var language: LanguageID
    public var languageVersion: String
    public var compileCached: Bool
    /// CPU the compile took on this judge (0 when cached): counted against the player's compile budget.
    public var compileMs: Int = 0
    /// Scoring problems: the submission's score and each test group's result.
    public var score: Double?
    public var groups: [Grading.GroupResult]?

    public init(
        verdict: Verdict, tests: [TestResult], totalTests: Int, message: String?, timeMs: Int, memoryKiB: Int, language: LanguageID,
        languageVersion: String, compileCached: Bool
    ) {
        self.verdict = verdict
        self.tests = tests
        self.totalTests = totalTests
        self.message = message
        self.timeMs = timeMs
        self.memoryKiB = memoryKiB
        self.language = language
        self.languageVersion = languageVersion
        self.compileCached = compileCached
    }
}

/// Live progress of a judging, for the player's socket.
public enum JudgeProgress: Sendable {
    case queued(position: Int)
    case compiling
    case testFinished(TestResult, total: Int)
    case finished(JudgeReport)
}

/// Whether to stop at the first failed test (submissions) or run them all (package verification).
public enum JudgeMode: Sendable {
    case stopAtFirstFailure
    case runAll
}

/// Errors a caller can act on before anything runs.
public enum JudgeError: Error, Sendable, Equatable, CustomStringConvertible {
    case languageUnavailable(LanguageID, String)
    case queueFull(retryAfterSeconds: Int)
    case shuttingDown
    case invalidValidator(String)
    case noWorkers(String)

    public var description: String {
        switch self {
        case .languageUnavailable(let id, let why): "language '\(id.rawValue)' is not available on this judge: \(why)"
        case .queueFull(let seconds): "the judge queue is full; retry in \(seconds) s"
        case .shuttingDown: "the judge is shutting down"
        case .invalidValidator(let why): "invalid output validator: \(why)"
        case .noWorkers(let why): "the judge has no working sandbox: \(why)"
        }
    }
}
