import ArenaShared
import Foundation

extension ProblemPackage {
    /// The package as the judge sees it: samples first, then secret tests; the built-in
    /// checker with the package's flags, or its output validator.
    public func judgeProblem(root: String, timeLimitMs: Int) throws(JudgeError) -> JudgeProblem {
        let checker: CheckerKind
        switch self.validation {
        case .builtIn(let flags): checker = .token(flags)
        case .custom(let directory, let flags): checker = .custom(try ValidatorProgram.load(directory: "\(root)/\(directory)", flags: flags))
        }
        let tests = self.samples.map { (file: $0, sample: true) } + self.secret.map { (file: $0, sample: false) }
        return JudgeProblem(
            slug: self.slug, timeLimitMs: timeLimitMs, memoryLimitBytes: UInt64(self.limits.memoryMiB) << 20,
            outputLimitBytes: UInt64(self.limits.outputMiB) << 20,
            tests: tests.map { test in
                JudgeTest(
                    name: test.file.name, input: .file("\(root)/\(test.file.input)"),
                    answer: FileManager.default.contents(atPath: "\(root)/\(test.file.answer)").map { Array($0) } ?? [],
                    isSample: test.sample)
            },
            checker: checker)
    }

    /// The problem's slug on the platform: the short name with '_' as '-'.
    public var slug: String { self.shortName.replacingOccurrences(of: "_", with: "-") }

    /// The verdict a submission in `submissions/<folder>` must get.
    public static func expectedVerdict(folder: String) -> Verdict? {
        switch folder {
        case "accepted": .accepted
        case "wrong_answer", "presentation_error": .wrongAnswer  // Kattis judges PE as WA by default
        case "time_limit_exceeded": .timeLimitExceeded
        case "run_time_error": .runtimeError
        case "memory_limit_exceeded": .memoryLimitExceeded
        case "output_limit_exceeded": .outputLimitExceeded
        case "compile_error": .compileError
        default: nil
        }
    }
}
