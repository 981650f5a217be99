import ArenaShared
import Foundation

extension ProblemPackage {
    /// What `arena problems import` sends to the core. Test data is stored as text, so
    /// a package with non-UTF-8 or NUL bytes in its data is refused with the file named.
    public func problemInput(root: String, timeLimitMs: Int, difficulty: Int = 1200) throws(ProblemPackageError) -> ProblemInput {
        var problems: [String] = []
        func text(_ relative: String) -> String {
            guard let data = FileManager.default.contents(atPath: "\(root)/\(relative)") else {
                problems.append("\(relative): unreadable")
                return ""
            }
            guard let text = String(data: data, encoding: .utf8), !data.contains(0) else {
                problems.append("\(relative): test data must be UTF-8 text without NUL bytes")
                return ""
            }
            return text
        }
        let scoring = self.grading != nil
        func group(_ file: TestFile) -> String? { scoring ? (file.name as NSString).deletingLastPathComponent : nil }
        let tests = self.samples.map { TestCase(input: text($0.input), output: text($0.answer), sample: true, group: group($0)) }
            + self.secret.map { TestCase(input: text($0.input), output: text($0.answer), sample: false, group: group($0)) }
        var validatorFlags = ""
        var validator: ValidatorSource?
        switch self.validation {
        case .builtIn(let flags): validatorFlags = flags.kattisText
        case .custom(let directory, let flags):
            validatorFlags = flags.joined(separator: " ")
            do {
                let program = try ValidatorProgram.load(directory: "\(root)/\(directory)", flags: flags)
                validator = ValidatorSource(
                    language: program.language, mainFile: program.mainFile, files: program.files.mapValues { Data($0) }, interactive: self.interactive)
            } catch {
                problems.append("\(directory): \(error)")
            }
        }
        let statement = ["statement/problem.en.md", "problem_statement/problem.en.md", "problem_statement/problem.md", "problem.md", "problem_statement/problem.en.tex", "problem_statement/problem.tex"]
            .lazy.compactMap { FileManager.default.contents(atPath: "\(root)/\($0)") }.first.map { String(decoding: $0, as: UTF8.self) } ?? self.name
        let input = ProblemInput(
            slug: self.slug, title: self.name, statement: statement, difficulty: difficulty, tags: [], timeLimitMs: timeLimitMs,
            memoryLimitKb: min(2_097_152, self.limits.memoryMiB * 1024), tests: tests, outputLimitKb: self.limits.outputMiB * 1024,
            validatorFlags: validatorFlags, validator: validator, grading: self.grading)
        if let problem = input.problem { problems.append(problem) }
        guard problems.isEmpty else { throw ProblemPackageError(problems: problems) }
        return input
    }
}
