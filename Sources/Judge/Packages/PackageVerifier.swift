import ArenaShared
import Foundation

/// `arena problems verify`: judges every example submission of a package and reports
/// those whose verdict disagrees with their folder. Without `.timelimit` (or
/// `limits.time_limit`) the time limit is computed as problemtools does: the slowest
/// accepted submission's CPU time times `time_multiplier`, rounded up to whole seconds.
public struct PackageVerifier: Sendable {
    public let pool: JudgePool

    public init(pool: JudgePool) {
        self.pool = pool
    }

    public struct Row: Sendable, Codable, Hashable {
        public var submission: String
        public var language: String
        public var expected: Verdict
        public var actual: Verdict
        public var timeMs: Int
        public var detail: String?
        public var agrees: Bool { self.expected == self.actual }
    }

    public struct Report: Sendable, Codable {
        public var problem: String
        public var timeLimitMs: Int
        /// "package" or "computed: slowest AC N ms × M".
        public var timeLimitSource: String
        public var rows: [Row]
        public var disagreements: [Row] { self.rows.filter { !$0.agrees } }
    }

    /// Generous limit for timing accepted submissions before the real limit is known.
    static let timingLimitMs = 10_000

    public func verify(_ package: ProblemPackage, root: String) async throws(JudgeError) -> Report {
        var rows: [Row] = []
        var timeLimitMs = package.limits.timeLimitSeconds.map { Int(($0 * 1000).rounded(.up)) }
        var source = "package"
        let accepted = package.submissions.filter { $0.expected == "accepted" }
        if timeLimitMs == nil {
            var slowest = 0
            let timing = try package.judgeProblem(root: root, timeLimitMs: Self.timingLimitMs)
            for submission in accepted {
                let row = try await self.judge(submission, problem: timing, root: root)
                slowest = max(slowest, row.timeMs)
                rows.append(row)
            }
            let computed = Double(slowest) * package.limits.timeMultiplier
            timeLimitMs = max(1000, Int((computed / 1000).rounded(.up)) * 1000)
            source = "computed: slowest accepted \(slowest) ms × \(package.limits.timeMultiplier), rounded up to whole seconds"
        }
        let limit = timeLimitMs ?? 1000
        let problem = try package.judgeProblem(root: root, timeLimitMs: limit)
        for submission in package.submissions where !(source != "package" && submission.expected == "accepted") {
            rows.append(try await self.judge(submission, problem: problem, root: root))
        }
        return Report(problem: package.slug, timeLimitMs: limit, timeLimitSource: source, rows: rows.sorted { $0.submission < $1.submission })
    }

    private func judge(_ submission: ProblemPackage.ExampleSubmission, problem: JudgeProblem, root: String) async throws(JudgeError) -> Row {
        let expected = ProblemPackage.expectedVerdict(folder: submission.expected) ?? .accepted
        let path = "\(root)/\(submission.path)"
        guard let language = LanguageTable.language(forFile: path) else {
            return Row(submission: submission.path, language: "?", expected: expected, actual: .systemError, timeMs: 0, detail: "unknown language (file extension)")
        }
        guard let data = FileManager.default.contents(atPath: path), let source = String(data: data, encoding: .utf8) else {
            return Row(submission: submission.path, language: language.id.rawValue, expected: expected, actual: .systemError, timeMs: 0, detail: "unreadable source")
        }
        let report = try await self.pool.judge(source: source, language: language.id, problem: problem)
        let failed = report.tests.first { $0.verdict != .accepted }
        return Row(
            submission: submission.path, language: language.id.rawValue, expected: expected, actual: report.verdict, timeMs: report.timeMs,
            detail: report.message.map { String($0.prefix(200)) } ?? failed.map { "\($0.verdict.rawValue) on test \($0.index + 1)\($0.detail.map { ": \($0)" } ?? "")" })
    }
}
