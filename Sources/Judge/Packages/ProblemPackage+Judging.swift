import ArenaShared
import Foundation

extension ProblemPackage {
    /// The package as the judge sees it: samples first, then secret tests; the built-in
    /// checker with the package's flags, or its output validator.
    public func judgeProblem(root: String, timeLimitMs: Int) throws(JudgeError) -> JudgeProblem {
        let checker: CheckerKind
        switch self.validation {
        case .builtIn(let flags): checker = .token(flags)
        case .custom(let directory, let flags):
            let program = try ValidatorProgram.load(directory: "\(root)/\(directory)", flags: flags)
            checker = self.interactive ? .interactive(program) : .custom(program)
        }
        let tests = self.samples.map { (file: $0, sample: true) } + self.secret.map { (file: $0, sample: false) }
        return JudgeProblem(
            slug: self.slug, timeLimitMs: timeLimitMs, memoryLimitBytes: UInt64(self.limits.memoryMiB) << 20,
            outputLimitBytes: UInt64(self.limits.outputMiB) << 20,
            tests: tests.map { test in
                JudgeTest(
                    name: test.file.name, input: .file("\(root)/\(test.file.input)"),
                    answer: FileManager.default.contents(atPath: "\(root)/\(test.file.answer)").map { Array($0) } ?? [],
                    isSample: test.sample, group: (test.file.name as NSString).deletingLastPathComponent)
            },
            checker: checker, grading: self.grading)
    }

    /// The problem's slug on the platform: the short name with '_' as '-'.
    public var slug: String { self.shortName.replacingOccurrences(of: "_", with: "-") }

    /// The verdicts a submission in `submissions/<folder>` may get, as problemtools and
    /// the 2023-07 format define them: a memory or output limit failure is a run-time
    /// error there; `rejected` is anything but accepted; `brute_force` is correct but too
    /// slow or crashing, never wrong. nil: not a verdict folder.
    public static func acceptableVerdicts(folder: String) -> Set<Verdict>? {
        let failures: Set<Verdict> = [.wrongAnswer, .presentationError, .timeLimitExceeded, .memoryLimitExceeded, .outputLimitExceeded, .runtimeError]
        switch folder {
        case "accepted": return [.accepted]
        // A scoring problem's verdict is AC with less than the full score (the verifier checks the score).
        case "partially_accepted": return [.accepted]
        case "wrong_answer": return [.wrongAnswer]
        case "presentation_error": return [.wrongAnswer, .presentationError]  // Kattis judges PE as WA by default
        case "time_limit_exceeded": return [.timeLimitExceeded]
        case "run_time_error": return [.runtimeError, .memoryLimitExceeded, .outputLimitExceeded]
        case "memory_limit_exceeded": return [.memoryLimitExceeded]
        case "output_limit_exceeded": return [.outputLimitExceeded]
        case "compile_error": return [.compileError]
        case "rejected": return failures.union([.compileError])
        case "brute_force": return [.timeLimitExceeded, .runtimeError, .memoryLimitExceeded, .outputLimitExceeded]
        default: return nil
        }
    }

    /// The Kattis `include/` folder key of a language (`include/cpp/` for both C++ standards).
    static func includeKey(_ language: LanguageID) -> String {
        switch language {
        case .cpp17, .cpp20: "cpp"
        case .python3, .pypy3: "python3"
        case .java17: "java"
        default: language.rawValue
        }
    }
}
