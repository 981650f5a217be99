import Foundation

/// Everything an edge needs to judge a problem (all tests with answers, limits, checker).
/// Served only to edges (`GET /internal/problems/{slug}/judge`, shared secret): players
/// never see secret tests.
public struct JudgeData: Codable, Sendable {
    public var slug: String
    public var version: Int
    public var timeLimitMs: Int
    public var memoryLimitKb: Int
    public var outputLimitKb: Int
    /// Kattis `validator_flags` for the built-in checker ("" = token, case-insensitive).
    public var validatorFlags: String
    public var validator: ValidatorSource?
    public var tests: [TestCase]
    /// Scoring problems: points per test group.
    public var grading: Grading?

    public init(
        slug: String, version: Int, timeLimitMs: Int, memoryLimitKb: Int, outputLimitKb: Int, validatorFlags: String,
        validator: ValidatorSource?, tests: [TestCase], grading: Grading? = nil
    ) {
        self.grading = grading
        self.slug = slug
        self.version = version
        self.timeLimitMs = timeLimitMs
        self.memoryLimitKb = memoryLimitKb
        self.outputLimitKb = outputLimitKb
        self.validatorFlags = validatorFlags
        self.validator = validator
        self.tests = tests
    }
}

/// A custom output validator's sources (Kattis `output_validators/<name>/`), as stored by the core.
public struct ValidatorSource: Codable, Sendable, Hashable {
    public var language: LanguageID
    public var mainFile: String
    /// File name → contents (base64 in JSON).
    public var files: [String: Data]
    /// The validator is an interactor (Kattis interactive problem): it runs beside the
    /// submission, piped both ways. Absent in records stored before interactive problems.
    public var interactive: Bool?

    public init(language: LanguageID, mainFile: String, files: [String: Data], interactive: Bool = false) {
        self.language = language
        self.mainFile = mainFile
        self.files = files
        self.interactive = interactive ? true : nil
    }
}

/// A player's custom run (`POST /api/run`): their code on their own input, no checking.
public struct RunRequest: Codable, Sendable {
    public var language: String
    public var source: String
    public var input: String

    public init(language: String, source: String, input: String) {
        self.language = language
        self.source = source
        self.input = input
    }
    public static let maximumInputBytes = 1 << 20
}

/// Frames the edge pushes on the player's WebSocket while a submission is judged.
public struct SubmissionProgressFrame: Codable, Sendable {
    public var type: String  // "submission:queued" | "submission:compiling" | "submission:test" | "submission:verdict"
    public var idempotencyKey: String
    public var problem: String
    public var position: Int?
    public var test: Int?
    public var totalTests: Int?
    public var verdict: Verdict?
    public var timeMs: Int?
    public var memoryKb: Int?
    public var detail: String?
    /// Scoring problems: the submission's points (with the verdict).
    public var score: Double?

    public init(
        type: String, idempotencyKey: String, problem: String, position: Int? = nil, test: Int? = nil, totalTests: Int? = nil,
        verdict: Verdict? = nil, timeMs: Int? = nil, memoryKb: Int? = nil, detail: String? = nil, score: Double? = nil
    ) {
        self.score = score
        self.type = type
        self.idempotencyKey = idempotencyKey
        self.problem = problem
        self.position = position
        self.test = test
        self.totalTests = totalTests
        self.verdict = verdict
        self.timeMs = timeMs
        self.memoryKb = memoryKb
        self.detail = detail
    }
}
