import ArenaShared
import Foundation

/// `arena problems verify`: judges every example submission of a package and reports
/// those whose verdict disagrees with their folder, as problemtools' `verifyproblem` does.
/// Without `.timelimit` (or `limits.time_limit`) the time limit T is computed as there:
/// the slowest accepted submission's CPU time times the multiplier, rounded to whole
/// seconds (at least 1). Every submission then runs with T × safety margin: a verdict
/// that holds only with that extra time is "OK with extra time" (agrees, with a warning).
public struct PackageVerifier: Sendable {
    public let pool: JudgePool

    public init(pool: JudgePool) {
        self.pool = pool
    }

    public enum Status: String, Sendable, Codable {
        case ok
        /// Agrees only with the safety margin's extra time.
        case okWithExtraTime = "ok-with-extra-time"
        case mismatch
        /// The judge cannot run it (unknown extension): not the package's fault, still a failure.
        case unsupported
    }

    public struct Row: Sendable, Codable, Hashable {
        public var submission: String
        public var language: String
        /// The folder, and the verdicts it allows.
        public var expected: String
        public var acceptable: [Verdict]
        /// The verdict at the time limit (nil when it could not run).
        public var actual: Verdict?
        /// The verdict with the safety margin's extra time.
        public var withExtraTime: Verdict?
        public var timeMs: Int
        public var status: Status
        public var detail: String?
        /// Scoring problems: the score at the time limit, and each group's result.
        public var score: Double?
        public var groups: [Grading.GroupResult]?
        public var agrees: Bool { self.status == .ok || self.status == .okWithExtraTime }
    }

    public struct Report: Sendable, Codable {
        public var problem: String
        public var timeLimitMs: Int
        /// T × safety margin: what every submission was judged with.
        public var extraTimeLimitMs: Int
        /// "package" or "computed: slowest AC N ms × M".
        public var timeLimitSource: String
        public var interactive: Bool
        /// Scoring problems: the best score (the root group's range maximum), when given.
        public var maximumScore: Double?
        public var rows: [Row]
        public var warnings: [String]
        public var disagreements: [Row] { self.rows.filter { !$0.agrees } }
    }

    /// Generous limit for timing accepted submissions before the real limit is known (the
    /// longest a package may set; problemtools allows minutes): a slow interactive accepted
    /// run on a loaded host must not be cut short while the limit is being measured.
    static let timingLimitMs = 60_000

    public func verify(
        _ package: ProblemPackage, root: String, progress: @Sendable (Int, Int, Row) -> Void = { _, _, _ in }
    ) async throws(JudgeError) -> Report {
        var rows: [Row] = []
        var warnings = package.warnings
        var timeLimitMs = package.limits.timeLimitSeconds.map { Int(($0 * 1000).rounded(.up)) }
        var source = "package"
        let total = package.submissions.count
        var done = 0
        let accepted = package.submissions.filter { $0.expected == "accepted" }
        if timeLimitMs == nil {
            var slowest = 0
            let timing = try package.judgeProblem(root: root, timeLimitMs: Self.timingLimitMs)
            for submission in accepted {
                let row = try await self.judge(submission, of: package, problem: timing, limitMs: Self.timingLimitMs, root: root)
                slowest = max(slowest, row.timeMs)
                rows.append(row)
                done += 1
                progress(done, total, row)
            }
            let exact = Double(slowest) * package.limits.timeMultiplier / 1000
            timeLimitMs = max(1, Int(exact + 0.5)) * 1000
            source = "computed: slowest accepted \(slowest) ms × \(package.limits.timeMultiplier), rounded to whole seconds"
            if accepted.isEmpty { warnings.append("no accepted submission: the time limit defaults to 1 s") }
        }
        let limit = timeLimitMs ?? 1000
        let extra = max(limit + 1, Int((Double(limit) * package.limits.timeSafetyMargin).rounded()))
        let problem = try package.judgeProblem(root: root, timeLimitMs: extra)
        for submission in package.submissions where !(source != "package" && submission.expected == "accepted") {
            let row = try await self.judge(submission, of: package, problem: problem, limitMs: limit, root: root)
            rows.append(row)
            done += 1
            progress(done, total, row)
        }
        for row in rows where row.status == .okWithExtraTime {
            warnings.append("\(row.submission): \(row.expected) only with extra time (at \(limit) ms: \(row.actual?.rawValue ?? "?"))")
        }
        if let maximum = package.grading?.maximumScore {
            for row in rows where row.status == .ok && row.actual == .accepted {
                if row.expected == "accepted" && (row.score ?? 0) < maximum {
                    warnings.append("\(row.submission): accepted with \(Self.format(row.score)) of \(Self.format(maximum)) points (partially_accepted?)")
                } else if row.expected == "partially_accepted" && (row.score ?? 0) >= maximum {
                    warnings.append("\(row.submission): the full \(Self.format(maximum)) points in partially_accepted/")
                }
            }
        }
        return Report(
            problem: package.slug, timeLimitMs: limit, extraTimeLimitMs: extra, timeLimitSource: source, interactive: package.interactive,
            maximumScore: package.grading?.maximumScore, rows: rows.sorted { $0.submission < $1.submission }, warnings: warnings)
    }

    public static func format(_ score: Double?) -> String {
        guard let score else { return "-" }
        return score == score.rounded() ? String(Int(score)) : String(format: "%.2f", score)
    }

    /// Judges one example submission with `problem`'s (extended) limit and classifies it
    /// at `limitMs` too.
    private func judge(
        _ submission: ProblemPackage.ExampleSubmission, of package: ProblemPackage, problem: JudgeProblem, limitMs: Int, root: String
    ) async throws(JudgeError) -> Row {
        let acceptable = ProblemPackage.acceptableVerdicts(folder: submission.expected) ?? []
        var row = Row(
            submission: submission.path, language: "?", expected: submission.expected, acceptable: acceptable.sorted { $0.rawValue < $1.rawValue },
            actual: nil, withExtraTime: nil, timeMs: 0, status: .unsupported, detail: nil)
        let files: SourceFiles
        let language: Language
        switch self.load(submission, of: package, root: root) {
        case .failure(let why):
            row.detail = why.message
            return row
        case .success(let loaded):
            (files, language) = loaded
        }
        row.language = language.id.rawValue
        let report: JudgeReport
        do throws(JudgeError) {
            report = try await self.pool.judge(files: files, language: language.id, problem: problem, mode: .stopAtFirstFailure)
        } catch .languageUnavailable(let id, let why) {
            row.detail = "\(id.rawValue) is not installed on this judge: \(why)"
            return row
        }
        // Python 2 without a #! line shows itself by the syntax Python 3 refuses.
        if report.verdict == .compileError, language.id == .pypy3 || language.id == .python3,
            let message = report.message, message.contains("Missing parentheses in call to 'print'") || message.contains("Missing parentheses in call to 'exec'")
        {
            row.detail = "a Python 2 program (print statement): Debian 12 ships no Python 2 interpreter, so this judge has none"
            return row
        }
        // At the real limit, a test that needed more CPU than it is a TLE there.
        let slowAt = report.tests.first { $0.verdict == .accepted && $0.cpuMs > limitMs }
        var atLimit: Verdict = slowAt != nil ? .timeLimitExceeded : report.verdict
        if let grading = problem.grading, grading.usesCustomGrader {
            // The package's grader ran on the judge's worker; its verdict and score stand.
            row.score = report.score
            row.groups = report.groups
        } else if let grading = problem.grading {
            // Graded again as if those tests had failed at the limit.
            let byIndex = Dictionary(report.tests.map { ($0.index, $0) }, uniquingKeysWith: { first, _ in first })
            let graded = try? await grading.grade(tests: problem.tests) { index throws(SandboxError) -> TestResult? in
                guard var result = byIndex[index] else { return nil }
                if result.verdict == .accepted && result.cpuMs > limitMs { result.verdict = .timeLimitExceeded }
                return result
            }
            atLimit = graded?.verdict ?? report.verdict
            row.score = graded?.score
            row.groups = graded?.groups
        }
        row.actual = atLimit
        row.withExtraTime = report.verdict
        row.timeMs = report.timeMs
        if acceptable.contains(atLimit) {
            row.status = .ok
        } else if acceptable.contains(report.verdict) {
            row.status = .okWithExtraTime
        } else {
            row.status = .mismatch
        }
        let failed = report.tests.first { $0.verdict != .accepted }
        row.detail = report.message.map { String($0.prefix(200)) }
            ?? failed.map { "\($0.verdict.rawValue) on test \($0.index + 1)\($0.detail.map { ": \($0)" } ?? "")" }
            ?? slowAt.map { "test \($0.index + 1) took \($0.cpuMs) ms of CPU" }
        if let score = row.score { row.detail = "score \(Self.format(score))" + (row.detail.map { "; \($0)" } ?? "") }
        return row
    }

    /// A file, or a folder of files, with its language as problemtools would pick it, and
    /// the `include/` files of that language added.
    private func load(
        _ submission: ProblemPackage.ExampleSubmission, of package: ProblemPackage, root: String
    ) -> Result<(SourceFiles, Language), Unsupported> {
        let path = "\(root)/\(submission.path)"
        let manager = FileManager.default
        var isFolder: ObjCBool = false
        guard manager.fileExists(atPath: path, isDirectory: &isFolder) else { return .failure(Unsupported("unreadable")) }
        var names: [String]
        if isFolder.boolValue {
            names = ((try? manager.contentsOfDirectory(atPath: path)) ?? []).filter { !$0.hasPrefix(".") }.sorted().map { "\(path)/\($0)" }
        } else {
            names = [path]
        }
        names = names.filter { name in
            var folder: ObjCBool = false
            return manager.fileExists(atPath: name, isDirectory: &folder) && !folder.boolValue
        }
        let toolchains = self.pool.toolchains
        let languages = names.compactMap { LanguageTable.packageLanguage(forFile: $0, toolchains: toolchains) }
        // A folder's language is its source files' (headers and data files ride along).
        guard let language = Dictionary(grouping: languages, by: \.id).max(by: { $0.value.count < $1.value.count })?.value.first else {
            let extensions = Set(names.map { ($0 as NSString).pathExtension }).sorted().map { ".\($0)" }.joined(separator: ", ")
            return .failure(
                Unsupported(
                    "no language of this judge uses \(extensions.isEmpty ? "these files" : extensions); known: \(LanguageTable.knownExtensions.joined(separator: " "))"))
        }
        if language.id == .pypy3 || language.id == .python3,
            let first = names.first.flatMap({ manager.contents(atPath: $0) }).map({ String(decoding: $0.prefix(200), as: UTF8.self) }),
            first.hasPrefix("#!"), first.split(separator: "\n").first?.contains("python2") == true
        {
            return .failure(Unsupported("a Python 2 program (its #! line): Debian 12 ships no Python 2 interpreter, so this judge has none"))
        }
        var files: [String: [UInt8]] = [:]
        for name in names {
            guard let data = manager.contents(atPath: name) else { return .failure(Unsupported("cannot read \(name)")) }
            files[(name as NSString).lastPathComponent] = Array(data)
        }
        for key in ["default", ProblemPackage.includeKey(language.id)] {
            for (file, relative) in package.includes[key] ?? [:] where files[file] == nil {
                files[file] = manager.contents(atPath: "\(root)/\(relative)").map { Array($0) } ?? []
            }
        }
        let owned = files.keys.filter { language.owns($0) }.sorted()
        let main = Self.mainFile(owned, language: language, files: files)
        return .success((SourceFiles(files: files, main: main), language))
    }

    /// problemtools' rule: a file named main (any case) or the only one; for JVM languages
    /// the file that declares `main`; else the first by name.
    static func mainFile(_ candidates: [String], language: Language, files: [String: [UInt8]]) -> String {
        if candidates.count == 1 { return candidates[0] }
        if let named = candidates.first(where: { ($0 as NSString).deletingPathExtension.lowercased() == "main" }) { return named }
        if let declaring = candidates.first(where: { name in
            let text = String(decoding: files[name] ?? [], as: UTF8.self)
            return text.contains("static void main") || text.contains("def main") || text.contains("fun main")
        }) {
            return declaring
        }
        return candidates.first ?? language.sourceFile
    }

    struct Unsupported: Error {
        var message: String
        init(_ message: String) { self.message = message }
    }
}
