import Foundation

public struct ProblemSummary: Codable, Sendable, Hashable {
    public var id: Int64
    public var slug: String
    public var title: String
    public var difficulty: Int
    public var tags: [String]
    /// Players who solved it, submissions to it and how many were accepted (the practice
    /// list's solve count and acceptance rate; edges cache them with the page).
    public var solves: Int?
    public var submissions: Int?
    public var accepted: Int?
    public init(
        id: Int64, slug: String, title: String, difficulty: Int, tags: [String], solves: Int? = nil, submissions: Int? = nil, accepted: Int? = nil
    ) {
        self.id = id
        self.slug = slug
        self.title = title
        self.difficulty = difficulty
        self.tags = tags
        self.solves = solves
        self.submissions = submissions
        self.accepted = accepted
    }
}

/// One page of the problem list; `nextCursor` is passed back as `?after=` for the next.
public struct ProblemPage: Codable, Sendable {
    public var items: [ProblemSummary]
    public var nextCursor: Int64?
    public init(items: [ProblemSummary], nextCursor: Int64?) {
        self.items = items
        self.nextCursor = nextCursor
    }
}

public struct TestCase: Codable, Sendable, Hashable {
    public var input: String
    public var output: String
    public var sample: Bool
    /// The test-data group (`data/secret/group1`) of a scoring problem's test.
    public var group: String?
    public init(input: String, output: String, sample: Bool, group: String? = nil) {
        self.input = input
        self.output = output
        self.sample = sample
        self.group = group
    }
}

/// What a player sees of a problem: the statement and only the sample tests.
public struct ProblemDetail: Codable, Sendable, Hashable {
    public var id: Int64
    public var slug: String
    public var title: String
    public var statement: String
    public var difficulty: Int
    public var tags: [String]
    public var timeLimitMs: Int
    public var memoryLimitKb: Int
    public var samples: [TestCase]
    public var version: Int
    public var updatedAt: Date
    public init(
        id: Int64, slug: String, title: String, statement: String, difficulty: Int, tags: [String],
        timeLimitMs: Int, memoryLimitKb: Int, samples: [TestCase], version: Int, updatedAt: Date
    ) {
        self.id = id
        self.slug = slug
        self.title = title
        self.statement = statement
        self.difficulty = difficulty
        self.tags = tags
        self.timeLimitMs = timeLimitMs
        self.memoryLimitKb = memoryLimitKb
        self.samples = samples
        self.version = version
        self.updatedAt = updatedAt
    }
}

/// An admin's create/update of a problem, with all its tests.
public struct ProblemInput: Codable, Sendable {
    public var slug: String
    public var title: String
    public var statement: String
    public var difficulty: Int
    public var tags: [String]
    public var timeLimitMs: Int
    public var memoryLimitKb: Int
    public var tests: [TestCase]
    /// Optional judging settings (Kattis packages): output limit, validator flags, custom validator.
    public var outputLimitKb: Int?
    public var validatorFlags: String?
    public var validator: ValidatorSource?
    /// Scoring problems: points per test group (each test names its group).
    public var grading: Grading?
    /// The match modes this problem may be dealt in (nil: every mode).
    public var modes: [String]?
    /// A short editorial (markdown), shown to players who solved the problem.
    public var editorial: String?
    /// The accepted solution Sabotage plants bugs into, and its language.
    public var referenceSolution: String?
    public var referenceLanguage: String?
    /// The library package's hash: an import with the stored hash changes nothing.
    public var packageVersion: String?
    public init(
        slug: String, title: String, statement: String, difficulty: Int, tags: [String] = [],
        timeLimitMs: Int = 1000, memoryLimitKb: Int = 262_144, tests: [TestCase] = [],
        outputLimitKb: Int? = nil, validatorFlags: String? = nil, validator: ValidatorSource? = nil, grading: Grading? = nil
    ) {
        self.grading = grading
        self.outputLimitKb = outputLimitKb
        self.validatorFlags = validatorFlags
        self.validator = validator
        self.slug = slug
        self.title = title
        self.statement = statement
        self.difficulty = difficulty
        self.tags = tags
        self.timeLimitMs = timeLimitMs
        self.memoryLimitKb = memoryLimitKb
        self.tests = tests
    }

    /// Returns a message for the author, or nil when the input is acceptable.
    public var problem: String? {
        if !Self.isValidSlug(self.slug) { return "slug must be 2-64 characters of a-z, 0-9 and '-'" }
        if self.title.trimmingCharacters(in: .whitespaces).isEmpty || self.title.count > 200 { return "title must be 1-200 characters" }
        if self.statement.utf8.count > 256 * 1024 { return "statement must be at most 256 KiB" }
        if !(800...3500).contains(self.difficulty) { return "difficulty must be between 800 and 3500" }
        if self.tags.count > 16 || self.tags.contains(where: { !Self.isValidSlug($0) }) {
            return "tags: at most 16, each 2-64 characters of a-z, 0-9 and '-'"
        }
        if !(100...20_000).contains(self.timeLimitMs) { return "timeLimitMs must be between 100 and 20000" }
        if !(16_384...2_097_152).contains(self.memoryLimitKb) { return "memoryLimitKb must be between 16384 and 2097152" }
        if self.tests.count > 500 { return "at most 500 tests" }
        if let modes = self.modes, modes.isEmpty || modes.contains(where: { !["blitz", "golf", "royale", "sabotage"].contains($0) }) {
            return "modes: one or more of blitz, golf, royale, sabotage"
        }
        if self.modes?.contains("sabotage") == true && self.referenceSolution == nil {
            return "modes: sabotage needs a reference solution to plant bugs into"
        }
        if (self.referenceSolution == nil) != (self.referenceLanguage == nil) { return "referenceSolution and referenceLanguage go together" }
        if let source = self.referenceSolution, source.utf8.count > 64 * 1024 { return "referenceSolution must be at most 64 KiB" }
        if let language = self.referenceLanguage, LanguageID(rawValue: language) == nil { return "referenceLanguage '\(language)' is not a judge language" }
        if let editorial = self.editorial, editorial.utf8.count > 64 * 1024 { return "editorial must be at most 64 KiB" }
        if let version = self.packageVersion, version.count > 128 { return "packageVersion must be at most 128 characters" }
        if self.tests.reduce(0, { $0 + $1.input.utf8.count + $1.output.utf8.count }) > 32 * 1024 * 1024 {
            return "tests must total at most 32 MiB"
        }
        if let output = self.outputLimitKb, !(64...1_048_576).contains(output) { return "outputLimitKb must be between 64 and 1048576" }
        if let flags = self.validatorFlags, flags.count > 200 { return "validatorFlags must be at most 200 characters" }
        if let grading = self.grading {
            if grading.groups.count > 200 { return "grading: at most 200 test groups" }
            if grading.groups["data"] == nil { return "grading: the root group `data` is missing" }
            if self.tests.contains(where: { $0.group.map { grading.groups[$0] == nil } ?? true }) {
                return "grading: every test must name one of the grading's groups"
            }
        }
        if let validator = self.validator {
            if validator.files[validator.mainFile] == nil { return "validator.mainFile must name one of validator.files" }
            if validator.files.values.reduce(0, { $0 + $1.count }) > 1 << 20 { return "validator files must total at most 1 MiB" }
        }
        return nil
    }

    public static func isValidSlug(_ text: String) -> Bool {
        (2...64).contains(text.count) && text.allSatisfy { ($0.isASCII && ($0.isLowercase || $0.isNumber)) || $0 == "-" }
    }
}
