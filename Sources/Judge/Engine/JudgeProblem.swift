import ArenaShared
import Foundation

/// What the judge needs of a problem: limits, tests with answers, and how to check.
public struct JudgeProblem: Sendable {
    public var slug: String
    /// Bumped by every edit; part of cache keys so an edited problem is never judged with stale tests.
    public var version: Int
    public var timeLimitMs: Int
    public var memoryLimitBytes: UInt64
    public var outputLimitBytes: UInt64
    public var tests: [JudgeTest]
    public var checker: CheckerKind
    /// Scoring problems: points per test group. nil: pass/fail.
    public var grading: Grading?

    public init(
        slug: String, version: Int = 1, timeLimitMs: Int, memoryLimitBytes: UInt64, outputLimitBytes: UInt64 = 8 << 20,
        tests: [JudgeTest], checker: CheckerKind = .token(ValidatorFlags()), grading: Grading? = nil
    ) {
        self.grading = grading
        self.slug = slug
        self.version = version
        self.timeLimitMs = timeLimitMs
        self.memoryLimitBytes = memoryLimitBytes
        self.outputLimitBytes = outputLimitBytes
        self.tests = tests
        self.checker = checker
    }

    /// What one test's run may use: CPU time decides TLE; the wall limit (2·T + 1 s) is the
    /// backstop for a program that sleeps or blocks.
    var runLimits: SandboxLimits {
        SandboxLimits(
            cpuMilliseconds: self.timeLimitMs, wallMilliseconds: self.timeLimitMs * 2 + 1000, memoryBytes: self.memoryLimitBytes,
            outputBytes: self.outputLimitBytes, allowsExec: false)
    }
}

public struct JudgeTest: Sendable {
    public var name: String
    public var input: SandboxInput
    public var answer: [UInt8]
    public var isSample: Bool
    /// The test-data group (its folder, `data/secret/group1`); scoring problems grade by it.
    public var group: String

    public init(name: String, input: SandboxInput, answer: [UInt8], isSample: Bool = false, group: String? = nil) {
        self.name = name
        self.input = input
        self.answer = answer
        self.isSample = isSample
        self.group = group ?? (isSample ? "data/sample" : "data/secret")
    }
}

/// How outputs are compared. Token (whitespace-insensitive, Kattis default flags) is the default.
public enum CheckerKind: Sendable {
    case exact
    case token(ValidatorFlags)
    /// A Kattis output validator program, run in the sandbox.
    case custom(ValidatorProgram)
    /// A Kattis interactive problem: the validator is the interactor, run beside the
    /// submission with pipes both ways, and its exit code is the verdict.
    case interactive(ValidatorProgram)
}

/// A Kattis output validator: its source files (one of them the main program), run as
/// `validator input answer feedback_dir [flags] < team_output`; exit 42 = AC, 43 = WA.
public struct ValidatorProgram: Sendable {
    public var language: LanguageID
    public var mainFile: String
    public var files: [String: [UInt8]]
    public var flags: [String]

    public init(language: LanguageID, mainFile: String, files: [String: [UInt8]], flags: [String] = []) {
        self.language = language
        self.mainFile = mainFile
        self.files = files
        self.flags = flags
    }

    /// Reads `output_validators/<name>/` from a package: the single source file with a
    /// known extension is the program; the others (headers) are copied beside it.
    public static func load(directory: String, flags: [String]) throws(JudgeError) -> ValidatorProgram {
        let manager = FileManager.default
        guard let names = try? manager.contentsOfDirectory(atPath: directory).sorted() else {
            throw JudgeError.invalidValidator("cannot read \(directory)")
        }
        var files: [String: [UInt8]] = [:]
        for name in names {
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: "\(directory)/\(name)", isDirectory: &isDirectory), !isDirectory.boolValue else { continue }
            files[name] = manager.contents(atPath: "\(directory)/\(name)").map { Array($0) } ?? []
        }
        // Validators are the judge's own programs: `.py` is CPython (no PyPy start-up quirks).
        let sources = files.keys.sorted().filter { LanguageTable.language(forFile: $0) != nil }
        guard sources.count == 1, let main = sources.first, let language = LanguageTable.language(forFile: main) else {
            throw JudgeError.invalidValidator(
                "\(directory) must hold exactly one source file in a known language (found: \(sources.isEmpty ? "none" : sources.joined(separator: ", ")))")
        }
        return ValidatorProgram(language: language.id, mainFile: main, files: files, flags: flags)
    }
}
