import ArenaShared
import Foundation
import Testing

@testable import Judge

/// Kattis packages as problemtools reads them: an interactive problem (legacy format)
/// and a 2023-07 package with Java class names, a folder submission, `include/`, Haskell,
/// PyPy for `.py`, `rejected/`, a memory failure under `run_time_error/` and unknown folders.
@Suite(.serialized, .timeLimit(.minutes(6)))
struct PackageFormatTests {
    @Test func verifiesAnInteractiveProblem() async throws {
        try await JudgePoolTests.withPool(workers: 2) { pool in
            let root = "\(JudgePoolTests.fixtures)/largest-hidden"
            let package = try ProblemPackage.read(from: root)
            #expect(package.interactive)
            let report = try await PackageVerifier(pool: pool).verify(package, root: root)
            #expect(report.disagreements.isEmpty, "\(report.disagreements)")
            let verdicts = Dictionary(uniqueKeysWithValues: report.rows.map { (($0.submission as NSString).lastPathComponent, $0.actual) })
            #expect(verdicts["scan.cpp"] == .accepted)
            #expect(verdicts["scan.py"] == .accepted)
            #expect(verdicts["first.py"] == .wrongAnswer)
            #expect(verdicts["every_pair.py"] == .wrongAnswer)
            #expect(verdicts["spin.c"] == .timeLimitExceeded)
            #expect(verdicts["gives_up.py"] == .runtimeError)
            // The interactor's message reaches the sample's detail.
            #expect(report.rows.first { $0.submission.hasSuffix("first.py") }?.detail?.contains("not the largest") == true)
        }
    }

    @Test func anInteractiveProblemThroughTheJudgeAlone() async throws {
        let root = "\(JudgePoolTests.fixtures)/largest-hidden"
        let problem = try ProblemPackage.read(from: root).judgeProblem(root: root, timeLimitMs: 2000)
        try await JudgeHarness.with(index: 3) { harness in
            let source = try String(contentsOfFile: "\(root)/submissions/accepted/scan.py", encoding: .utf8)
            let report = try await harness.judge(source, .python3, problem)
            #expect(report.verdict == .accepted, "\(report)")
            #expect(report.tests.count == 4)
            // A submission that never answers and sleeps: the wall limit ends it, the interactor sees end of input.
            let idle = try await harness.judge("import time\ntime.sleep(60)\n", .python3, problem)
            #expect(idle.verdict == .timeLimitExceeded, "\(idle)")
        }
    }

    @Test func verifiesA2023PackageWithJavaClassNamesFoldersAndUnknownFolders() async throws {
        try await JudgePoolTests.withPool(workers: 2) { pool in
            let root = "\(JudgePoolTests.fixtures)/vowel-count"
            let package = try ProblemPackage.read(from: root)
            #expect(package.name == "Vowel Count")
            #expect(package.limits.timeLimitSeconds == 2)
            #expect(package.limits.timeSafetyMargin == 1.5, "2023-07's time_limit_to_tle default")
            #expect(package.warnings.contains { $0.hasPrefix("submissions/slow_accepted") })
            #expect(package.warnings.contains { $0.hasPrefix("submissions/domjudge") })
            #expect(!package.submissions.contains { $0.expected == "slow_accepted" })
            let report = try await PackageVerifier(pool: pool).verify(package, root: root)
            #expect(report.disagreements.isEmpty, "\(report.disagreements)")
            #expect(report.extraTimeLimitMs == 3000)
            let rows = Dictionary(uniqueKeysWithValues: report.rows.map { (($0.submission as NSString).lastPathComponent, $0) })
            #expect(rows["VowelCounter.java"]?.actual == .accepted)
            #expect(rows["split_java"]?.actual == .accepted, "a folder is one submission, with include/java/ added")
            #expect(rows["vowels.hs"]?.language == "haskell")
            #expect(rows["vowels.py"]?.language == "pypy3", "problemtools runs .py under PyPy")
            #expect(rows["vowels.py"]?.actual == .accepted, "exit() works: the site builtins are there")
            #expect(rows["vowels.rb"]?.actual == .accepted)
            #expect(rows["counts_y.py"]?.actual == .wrongAnswer)
            #expect(rows["hoards.cpp"]?.actual == .memoryLimitExceeded, "a memory failure agrees with run_time_error/")
            #expect(rows["recount.py"]?.actual == .timeLimitExceeded)
        }
    }

    @Test func anUnknownExtensionIsAClearRefusalNotAJudgeFault() async throws {
        try await JudgePoolTests.withPool(workers: 1) { pool in
            let root = NSTemporaryDirectory() + "pkg-\(UUID().uuidString.prefix(6))/vowel-count"
            try FileManager.default.createDirectory(atPath: (root as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(atPath: (root as NSString).deletingLastPathComponent) }
            try FileManager.default.copyItem(atPath: "\(JudgePoolTests.fixtures)/vowel-count", toPath: root)
            let submissions = "\(root)/submissions"
            for folder in try FileManager.default.contentsOfDirectory(atPath: submissions) where folder != "accepted" {
                try FileManager.default.removeItem(atPath: "\(submissions)/\(folder)")
            }
            for file in try FileManager.default.contentsOfDirectory(atPath: "\(submissions)/accepted") where file != "vowels.rb" {
                try FileManager.default.removeItem(atPath: "\(submissions)/accepted/\(file)")
            }
            try Data("main = 1\n".utf8).write(to: URL(fileURLWithPath: "\(submissions)/accepted/vowels.cob"))
            let report = try await PackageVerifier(pool: pool).verify(try ProblemPackage.read(from: root), root: root)
            let row = try #require(report.rows.first { $0.submission.hasSuffix("vowels.cob") })
            #expect(row.status == .unsupported)
            #expect(row.actual == nil, "never judged, so never SE")
            #expect(row.detail?.contains(".cob") == true && row.detail?.contains(".java") == true, "\(row.detail ?? "")")
            #expect(report.disagreements.count == 1)
        }
    }

    @Test func verifiesAScoringProblemGroupByGroup() async throws {
        try await JudgePoolTests.withPool(workers: 2) { pool in
            let root = "\(JudgePoolTests.fixtures)/echo-twice"
            let package = try ProblemPackage.read(from: root)
            #expect(package.scoring)
            #expect(package.grading?.groups["data/secret/2-long"]?.acceptScore == 70)
            #expect(package.grading?.groups["data/secret/2-long"]?.breakOnReject == true)
            #expect(package.grading?.groups["data/secret"]?.acceptIfAnyAccepted == true)
            let report = try await PackageVerifier(pool: pool).verify(package, root: root)
            #expect(report.disagreements.isEmpty, "\(report.disagreements)")
            #expect(report.maximumScore == 100)
            let rows = Dictionary(uniqueKeysWithValues: report.rows.map { (($0.submission as NSString).lastPathComponent, $0) })
            #expect(rows["twice.py"]?.score == 100)
            #expect(rows["short_only.py"]?.actual == .accepted)
            #expect(rows["short_only.py"]?.score == 30)
            #expect(rows["short_only.py"]?.groups?.first { $0.group == "data/secret/2-long" }?.verdict == .wrongAnswer)
            #expect(rows["once.py"]?.actual == .wrongAnswer)
            #expect(rows["once.py"]?.score == 0)
        }
    }

    @Test func aCustomGraderAggregatesItsGroup() async throws {
        try await JudgePoolTests.withPool(workers: 1) { pool in
            let root = "\(JudgePoolTests.fixtures)/perfect-bonus"
            let package = try ProblemPackage.read(from: root)
            #expect(package.grading?.groups["data/secret"]?.customGrader == true)
            #expect(package.grading?.groups["data/secret"]?.graderFlags == ["double_if_perfect"])
            #expect(package.grading?.grader?.mainFile == "bonus.py")
            let report = try await PackageVerifier(pool: pool).verify(package, root: root)
            #expect(report.disagreements.isEmpty, "\(report.disagreements)")
            let rows = Dictionary(uniqueKeysWithValues: report.rows.map { (($0.submission as NSString).lastPathComponent, $0) })
            #expect(rows["multiply.py"]?.score == 40, "the grader doubled a perfect 20")
            #expect(rows["int32.cpp"]?.score == 10)
            #expect(rows["int32.cpp"]?.actual == .accepted)
            #expect(rows["add.py"]?.actual == .wrongAnswer)
        }
        #expect(Grading.graderInput([Grading.Outcome(verdict: .runtimeError, score: 0), Grading.Outcome(verdict: .accepted, score: 2.5)]) == "RTE 0.0\nAC 2.5\n")
        #expect(Grading.parseGraderOutput("WA 3\n")?.verdict == .wrongAnswer)
        #expect(Grading.parseGraderOutput("MAYBE 3") == nil)
        #expect(Grading.parseGraderOutput("AC") == nil)
    }

    @Test func aValidatorsOwnScoreCountsWithCustomScoreValidation() async throws {
        try await JudgePoolTests.withPool(workers: 1) { pool in
            let root = "\(JudgePoolTests.fixtures)/near-enough"
            let package = try ProblemPackage.read(from: root)
            #expect(package.scoring, "validation: custom score makes it a scoring problem")
            #expect(package.grading?.validatorScores == true)
            let report = try await PackageVerifier(pool: pool).verify(package, root: root)
            #expect(report.disagreements.isEmpty, "\(report.disagreements)")
            let rows = Dictionary(uniqueKeysWithValues: report.rows.map { (($0.submission as NSString).lastPathComponent, $0) })
            #expect(rows["exact.py"]?.score == 20)
            #expect(rows["off_by_three.py"]?.score == 14, "7 points per test from score.txt")
            #expect(rows["words.py"]?.actual == .wrongAnswer)
        }
    }

    @Test func gradingFollowsTheDefaultGrader() {
        var settings = Grading.GroupSettings()
        let outcomes = [Grading.Outcome(verdict: .accepted, score: 5), Grading.Outcome(verdict: .timeLimitExceeded, score: 0),
                        Grading.Outcome(verdict: .wrongAnswer, score: 0)]
        #expect(Grading.aggregate(outcomes, settings: settings, root: false).verdict == .timeLimitExceeded, "worst error: TLE is worse than WA")
        #expect(Grading.aggregate(outcomes, settings: settings, root: false).score == 5)
        settings.verdictMode = .firstError
        settings.scoreMode = .min
        #expect(Grading.aggregate(outcomes, settings: settings, root: false).verdict == .timeLimitExceeded)
        #expect(Grading.aggregate(outcomes.reversed(), settings: settings, root: false).verdict == .wrongAnswer)
        #expect(Grading.aggregate(outcomes, settings: settings, root: false).score == 0)
        settings.acceptIfAnyAccepted = true
        #expect(Grading.aggregate(outcomes, settings: settings, root: false).verdict == .accepted)
        var problems: [String] = []
        let parsed = Grading.GroupSettings().overriding(with: ["grader_flags": "avg always_accept bogus", "range": "0 +inf"], problems: &problems)
        #expect(parsed.scoreMode == .avg && parsed.verdictMode == .alwaysAccept)
        #expect(parsed.rangeMaximum == nil)
        #expect(problems == ["unknown grader flag 'bogus'"])
    }

    @Test func folderRulesFollowProblemtools() {
        #expect(ProblemPackage.acceptableVerdicts(folder: "run_time_error") == [.runtimeError, .memoryLimitExceeded, .outputLimitExceeded])
        #expect(ProblemPackage.acceptableVerdicts(folder: "rejected")?.contains(.accepted) == false)
        #expect(ProblemPackage.acceptableVerdicts(folder: "rejected")?.contains(.wrongAnswer) == true)
        #expect(ProblemPackage.acceptableVerdicts(folder: "brute_force")?.contains(.wrongAnswer) == false)
        #expect(ProblemPackage.acceptableVerdicts(folder: "slow_accepted") == nil)
    }

    @Test func javaFilesAreNamedAfterTheirPublicClass() throws {
        let java = try #require(LanguageTable.language(.java17))
        #expect(java.sourceFiles(for: "import java.util.*;\n\npublic final class Solver {\n}\n").main == "Solver.java")
        #expect(java.sourceFiles(for: "class Helper {}\npublic class Main2 { }\n").main == "Main2.java")
        #expect(java.sourceFiles(for: "class NoPublic {}\n").main == "Main.java")
        let scala = try #require(LanguageTable.language(.scala))
        #expect(scala.sourceFiles(for: "object Hello {\n  def main(a: Array[String]) = ()\n}\n").main == "Hello.scala")
    }
}
