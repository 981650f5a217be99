import ArenaShared
import Foundation

/// Reading `testdata.yaml` and grading a submission's test results (the data types are
/// `ArenaShared.Grading`, stored with the problem).
extension Grading.GroupSettings {
    /// `testdata.yaml` over inherited settings; what cannot be used is reported.
    public func overriding(with yaml: [String: Any], problems: inout [String]) -> Grading.GroupSettings {
        var settings = self
        if let onReject = yaml["on_reject"] {
            switch "\(onReject)" {
            case "break": settings.breakOnReject = true
            case "continue": settings.breakOnReject = false
            default: problems.append("on_reject must be break or continue, got \(onReject)")
            }
        }
        if let value = yaml["accept_score"] { settings.acceptScore = Self.number(value) ?? settings.acceptScore }
        if let value = yaml["reject_score"] { settings.rejectScore = Self.number(value) ?? settings.rejectScore }
        if let text = yaml["range"].map({ "\($0)" }) {
            let bounds = text.split(separator: " ").map { Double($0.replacingOccurrences(of: "inf", with: "infinity")) }
            if bounds.count == 2, let low = bounds[0], let high = bounds[1], low <= high {
                settings.rangeMinimum = low.isFinite ? low : nil
                settings.rangeMaximum = high.isFinite ? high : nil
            } else {
                problems.append("range must be two numbers, min max: \(text)")
            }
        }
        if let grading = yaml["grading"].map({ "\($0)" }) {
            switch grading {
            case "default": settings.customGrader = false
            case "custom": settings.customGrader = true
            default: problems.append("grading must be default or custom, got \(grading)")
            }
        }
        if let flags = yaml["grader_flags"].map({ "\($0)" }) {
            // The flags replace the inherited ones as a whole (the grader's defaults for the rest).
            settings.scoreMode = .sum
            settings.verdictMode = .worstError
            settings.acceptIfAnyAccepted = false
            settings.ignoreSample = false
            settings.graderFlags = flags.split(separator: " ").map(String.init)
            for flag in settings.graderFlags where !settings.customGrader {
                if let mode = ScoreMode(rawValue: flag) {
                    settings.scoreMode = mode
                } else if let mode = VerdictMode(rawValue: flag) {
                    settings.verdictMode = mode
                } else if flag == "no_errors" {
                    settings.verdictMode = .worstError
                } else if flag == "accept_if_any_accepted" {
                    settings.acceptIfAnyAccepted = true
                } else if flag == "ignore_sample" {
                    settings.ignoreSample = true
                } else {
                    problems.append("unknown grader flag '\(flag)'")
                }
            }
        }
        return settings
    }

    static func number(_ value: Any) -> Double? { (value as? Double) ?? (value as? Int).map(Double.init) ?? Double("\(value)") }
}

extension Grading {
    /// A child's outcome while grading.
    struct Outcome {
        var verdict: Verdict
        var score: Double
    }

    /// Kattis' severity order for `worst_error`.
    static let severity: [Verdict] = [.systemError, .runtimeError, .memoryLimitExceeded, .timeLimitExceeded, .outputLimitExceeded, .wrongAnswer, .presentationError, .accepted]

    /// Aggregates the outcomes of one group's children.
    static func aggregate(_ children: [Outcome], settings: GroupSettings, root: Bool) -> Outcome {
        var children = children
        if settings.ignoreSample && root { children = Array(children.suffix(1)) }
        guard !children.isEmpty else { return Outcome(verdict: .accepted, score: 0) }
        let verdicts = children.map(\.verdict)
        var verdict: Verdict
        switch settings.verdictMode {
        case .alwaysAccept: verdict = .accepted
        case .firstError: verdict = verdicts.first { $0 != .accepted } ?? .accepted
        case .worstError: verdict = verdicts.min { (Self.severity.firstIndex(of: $0) ?? 0) < (Self.severity.firstIndex(of: $1) ?? 0) } ?? .accepted
        }
        if settings.acceptIfAnyAccepted && verdicts.contains(.accepted) { verdict = .accepted }
        let scores = children.map(\.score)
        let score: Double
        switch settings.scoreMode {
        case .sum: score = scores.reduce(0, +)
        case .avg: score = scores.reduce(0, +) / Double(scores.count)
        case .min: score = scores.min() ?? 0
        case .max: score = scores.max() ?? 0
        }
        return Outcome(verdict: verdict, score: score)
    }

    /// The children of `group` in judging order (sorted by name, tests and subgroups
    /// mixed, as problemtools lists a folder): test indices or subgroup paths.
    func children(of group: String, tests: [JudgeTest]) -> [(name: String, child: Child)] {
        var entries: [String: Child] = [:]
        for (index, test) in tests.enumerated() {
            if test.group == group {
                entries[(test.name as NSString).lastPathComponent] = .test(index)
            } else if test.group.hasPrefix(group + "/") {
                let next = test.group.dropFirst(group.count + 1).split(separator: "/").first.map(String.init) ?? ""
                entries[next] = .group("\(group)/\(next)")
            }
        }
        return entries.keys.sorted().map { ($0, entries[$0]!) }
    }

    enum Child {
        case test(Int)
        case group(String)
    }

}

extension Grading {
    /// Where the package's custom grader runs: compiled, on the submission's worker.
    struct CustomGrader {
        let judge: SubmissionJudge
        let program: SubmissionJudge.Program
        let worker: SandboxWorker
    }

    /// Whether any group is graded by the package's own grader.
    var usesCustomGrader: Bool { self.groups.values.contains { $0.customGrader } }

    /// Grades the tree from `data` down. `result(index)` runs (or looks up) one test; nil
    /// means it was never run, which ends its group as a rejection would. Returns the
    /// root's outcome and every group's result, children before parents.
    func grade(
        tests: [JudgeTest], custom: CustomGrader? = nil, result: (Int) async throws(SandboxError) -> TestResult?
    ) async throws(SandboxError) -> (verdict: Verdict, score: Double, groups: [GroupResult]) {
        var groups: [GroupResult] = []
        let root = try await self.grade(group: "data", isRoot: true, tests: tests, custom: custom, result: result, groups: &groups)
        return (root.verdict, root.score, groups)
    }

    private func grade(
        group: String, isRoot: Bool, tests: [JudgeTest], custom: CustomGrader?, result: (Int) async throws(SandboxError) -> TestResult?,
        groups: inout [GroupResult]
    ) async throws(SandboxError) -> Outcome {
        let settings = self.groups[group] ?? GroupSettings()
        var outcomes: [Outcome] = []
        children: for (_, child) in self.children(of: group, tests: tests) {
            let outcome: Outcome
            switch child {
            case .test(let index):
                guard let test = try await result(index) else { break children }
                outcome = Outcome(
                    verdict: test.verdict, score: test.verdict == .accepted ? (test.score ?? settings.acceptScore) : settings.rejectScore)
            case .group(let path):
                outcome = try await self.grade(group: path, isRoot: false, tests: tests, custom: custom, result: result, groups: &groups)
            }
            outcomes.append(outcome)
            if settings.breakOnReject && outcome.verdict != .accepted { break }
        }
        let aggregated: Outcome
        if settings.customGrader {
            guard let custom else { throw SandboxError("group \(group) has grading: custom, but no grader can run here") }
            aggregated = try await custom.judge.runGrader(custom.program, outcomes: outcomes, flags: settings.graderFlags, on: custom.worker)
        } else {
            aggregated = Self.aggregate(outcomes, settings: settings, root: isRoot)
        }
        groups.append(GroupResult(group: group, verdict: aggregated.verdict, score: aggregated.score))
        return aggregated
    }
}

extension Grading {
    /// What a custom grader reads: one `VERDICT score` line per child, in Kattis' verdict names.
    static func graderInput(_ outcomes: [Outcome]) -> String {
        outcomes.map { "\(Self.kattisName($0.verdict)) \($0.score)\n" }.joined()
    }

    /// A custom grader's answer, `VERDICT score` (AC, WA, TLE, RTE or JE); nil when malformed.
    static func parseGraderOutput(_ text: String) -> Outcome? {
        let words = text.split(whereSeparator: \.isWhitespace)
        guard words.count == 2, let score = Double(words[1]), score.isFinite else { return nil }
        let verdicts: [Substring: Verdict] = ["AC": .accepted, "WA": .wrongAnswer, "TLE": .timeLimitExceeded, "RTE": .runtimeError, "JE": .systemError]
        guard let verdict = verdicts[words[0]] else { return nil }
        return Outcome(verdict: verdict, score: score)
    }

    static func kattisName(_ verdict: Verdict) -> String {
        switch verdict {
        case .accepted: "AC"
        case .wrongAnswer: "WA"
        case .presentationError: "PE"
        case .timeLimitExceeded: "TLE"
        case .memoryLimitExceeded: "MLE"
        case .outputLimitExceeded: "OLE"
        case .runtimeError: "RTE"
        case .compileError, .systemError, .pending: "JE"
        }
    }
}
