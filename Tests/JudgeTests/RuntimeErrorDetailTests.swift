import ArenaShared
import Foundation
import Testing

@testable import Judge

/// A runtime error on a sample test shows the end of the program's stderr (Python's
/// traceback is the first thing a player needs); on a secret test only the exit status,
/// since a program could print the hidden input to stderr before crashing.
@Suite(.serialized) struct RuntimeErrorDetailTests {
    static let crashAfterEcho = "import sys\ndata = sys.stdin.read()\nprint('read:', data.strip(), file=sys.stderr)\nraise ValueError('boom on ' + data.split()[0])\n"

    /// These tests are about what the detail says, not about timing: a loaded CI machine
    /// once took over 3 s of wall clock to start Python, so the limit here is generous.
    static func patient(_ problem: JudgeProblem) -> JudgeProblem {
        var patient = problem
        patient.timeLimitMs = 10_000
        return patient
    }

    @Test func aSampleCrashShowsTheTraceback() async throws {
        try await JudgeHarness.with(index: 40) { harness in
            let report = try await harness.judge(Self.crashAfterEcho, .python3, Self.patient(aPlusB))
            #expect(report.verdict == .runtimeError)
            let detail = try #require(report.tests.first?.detail)
            #expect(detail.hasPrefix("exit code 1"), "\(detail)")
            #expect(detail.contains("Traceback") && detail.contains("ValueError: boom on 1"), "\(detail)")
            #expect(detail.contains("read: 1 2"))
        }
    }

    @Test func aSecretCrashShowsOnlyItsExitStatus() async throws {
        var problem = aPlusB
        problem.tests = problem.tests.map { test in
            var secret = test
            secret.isSample = false
            return secret
        }
        try await JudgeHarness.with(index: 41) { harness in
            let report = try await harness.judge(Self.crashAfterEcho, .python3, Self.patient(problem))
            #expect(report.verdict == .runtimeError)
            #expect(report.tests.first?.detail == "exit code 1")
        }
    }

    @Test func theTailIsBounded() {
        let long = String(repeating: "x", count: 10_000) + "END"
        let detail = SubmissionJudge.withStderr("exit code 2", long)
        #expect(detail?.hasPrefix("exit code 2\nstderr:\n…") == true)
        #expect(detail?.hasSuffix("END") == true)
        #expect((detail?.count ?? 0) < 2100)
        #expect(SubmissionJudge.withStderr("killed by SIGSEGV", "  \n") == "killed by SIGSEGV")
    }
}
