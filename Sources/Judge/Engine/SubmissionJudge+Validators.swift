import ArenaShared
import CSandbox
import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// Kattis output validators and interactors: `validator input answer feedback_dir [flags]`,
/// exit 42 = accepted, 43 = wrong answer, anything else is the judge's fault (SE).
extension SubmissionJudge {
    /// A validator or interactor may use this much, whatever the problem's limits.
    static let validatorLimits = SandboxLimits(cpuMilliseconds: 10_000, memoryBytes: 1024 << 20, outputBytes: 1 << 20)

    /// The exit codes of the Kattis protocol.
    static let acceptedExit: Int32 = 42
    static let rejectedExit: Int32 = 43

    /// Runs an output validator on a finished program's output; with `wantsScore` an
    /// accepted output also gets the points the validator wrote to `feedback/score.txt`.
    func validate(
        _ output: [UInt8], test: JudgeTest, validator: Program, flags: [String], wantsScore: Bool, on worker: SandboxWorker
    ) async throws(SandboxError) -> (CheckResult, Double?) {
        try await self.prepareValidatorBox(validator, test: test, on: worker)
        var command = self.validatorCommand(validator, flags: flags, limits: Self.validatorLimits)
        command.stdin = .bytes(output)
        let outcome = try await worker.run(command)
        let message = Self.feedback(on: worker)
        switch outcome.exitCode {
        case Self.acceptedExit: return (.accepted, wantsScore ? try Self.validatorScore(on: worker) : nil)
        case Self.rejectedExit: return (.wrongAnswer(message ?? "rejected by the output validator"), nil)
        default: throw Self.validatorFailure("output validator", outcome)
        }
    }

    /// `feedback/score.txt` of a validator that accepted (`validation: custom score`); its
    /// absence or a non-number is the judge's fault, as in problemtools.
    private static func validatorScore(on worker: SandboxWorker) throws(SandboxError) -> Double {
        let text = worker.readBoxFile("feedback/score.txt", limit: 256).map { String(decoding: $0, as: UTF8.self) } ?? ""
        guard let score = Double(text.trimmingCharacters(in: .whitespacesAndNewlines)), score.isFinite else {
            throw SandboxError("the output validator accepted but wrote no score to feedback/score.txt (validation: custom score)")
        }
        return score
    }

    /// One test of an interactive problem: the submission runs in the worker's container
    /// and the interactor in its companion, started together, the interactor's stdout
    /// piped to the submission's stdin and back. Either side ending closes its pipe ends
    /// at once, so the other sees end-of-file or SIGPIPE instead of waiting forever; the
    /// interactor's wall limit outlasts the submission's. The verdict follows problemtools:
    /// a failed interactor is the judge's fault; an interactor that rejected the
    /// submission before it ended wins over anything the submission did afterwards; then
    /// the submission's own TLE/RE/MLE; then the interactor's 42 or 43.
    func runInteractive(
        index: Int, _ test: JudgeTest, program: Program, limits: SandboxLimits, interactor: Program, flags: [String],
        wantsScore: Bool = false, on worker: SandboxWorker
    ) async throws(SandboxError) -> TestResult {
        let companion = try await worker.companion()
        try await Self.freshBox(with: program, on: worker)
        try await self.prepareValidatorBox(interactor, test: test, on: companion)
        let toSubmission = try Self.pipe()
        let toInteractor: (read: Int32, write: Int32)
        do {
            toInteractor = try Self.pipe()
        } catch {
            close(toSubmission.read)
            close(toSubmission.write)
            throw error
        }
        let submissionCommand = self.command(
            for: program, limits: limits, input: .descriptor(toSubmission.read), output: .descriptor(toInteractor.write))
        var interactorLimits = Self.validatorLimits
        interactorLimits.cpuMilliseconds = max(Self.validatorLimits.cpuMilliseconds, limits.cpuMilliseconds * 2)
        interactorLimits.wallMilliseconds = limits.wallMilliseconds + 5000
        var interactorCommand = self.validatorCommand(interactor, flags: flags, limits: interactorLimits)
        interactorCommand.stdin = .descriptor(toInteractor.read)
        interactorCommand.stdout = .descriptor(toSubmission.write)

        async let submissionRun = Self.result { () async throws(SandboxError) in try await worker.run(submissionCommand) }
        async let interactorRun = Self.result { () async throws(SandboxError) in try await companion.run(interactorCommand) }
        let (submissionResult, interactorResult) = await (submissionRun, interactorRun)
        let submission = try submissionResult.get()
        let judged = try interactorResult.get()
        // Each side's end as its container reported it, before this side closed its pipe ends.
        let interactorFirst = (judged.finishedAt ?? .now) < (submission.finishedAt ?? .now)

        var result = TestResult(
            index: index, verdict: .accepted, cpuMs: submission.cpuMilliseconds, wallMs: submission.wallMilliseconds,
            memoryKiB: submission.peakMemoryKiB, detail: nil)
        let message = Self.feedback(on: companion)
        guard judged.exitCode == Self.acceptedExit || judged.exitCode == Self.rejectedExit else {
            throw Self.validatorFailure("interactor", judged)
        }
        let rejected = judged.exitCode == Self.rejectedExit
        if rejected && interactorFirst {
            result.verdict = .wrongAnswer
            result.detail = test.isSample ? message ?? "rejected by the interactor" : nil
        } else if let (verdict, detail) = Self.classify(submission, limits: limits, language: program.language) {
            result.verdict = verdict
            result.detail = detail
        } else if rejected {
            result.verdict = .wrongAnswer
            result.detail = test.isSample ? message ?? "rejected by the interactor" : nil
        } else if wantsScore {
            result.score = try Self.validatorScore(on: companion)
        }
        return result
    }

    /// Runs a package's custom grader on one group's child outcomes: `VERDICT score` lines
    /// in, one `VERDICT score` line out, the group's grader flags as arguments. A grader
    /// that fails or answers in another form is the judge's fault (SE), as in problemtools.
    func runGrader(_ grader: Program, outcomes: [Grading.Outcome], flags: [String], on worker: SandboxWorker) async throws(SandboxError) -> Grading.Outcome {
        try await Self.freshBox(with: grader, on: worker)
        let language = grader.language
        var command = SandboxCommand(
            arguments: language.expand(language.run, files: grader.sources, memoryBytes: Self.validatorLimits.memoryBytes) + flags,
            environment: language.environmentForSandbox, stdin: .bytes(Array(Grading.graderInput(outcomes).utf8)), limits: Self.validatorLimits)
        command.limits.processes = max(command.limits.processes, language.processes)
        if language.managesOwnHeap { command.limits.addressSpaceBytes = 0 }
        let outcome = try await worker.run(command)
        guard outcome.exitCode == 0, let graded = Grading.parseGraderOutput(String(decoding: outcome.stdout, as: UTF8.self)) else {
            throw SandboxError(
                "the grader failed (\(outcome.exitCode.map { "exit \($0)" } ?? "killed")): output \(String(decoding: outcome.stdout.prefix(200), as: UTF8.self)) \(outcome.stderr.prefix(200))")
        }
        return graded
    }

    /// A fresh box with the validator, the test's input and answer, and an empty
    /// feedback folder it may write.
    private func prepareValidatorBox(_ validator: Program, test: JudgeTest, on worker: SandboxWorker) async throws(SandboxError) {
        try await Self.freshBox(with: validator, on: worker)
        let input: [UInt8]
        switch test.input {
        case .empty, .descriptor: input = []
        case .bytes(let bytes): input = bytes
        case .file(let path): input = FileManager.default.contents(atPath: path).map { Array($0) } ?? []
        }
        try worker.writeBoxFile("judge_in", contents: input)
        try worker.writeBoxFile("judge_ans", contents: test.answer)
        let feedback = "\(worker.boxPath)/feedback"
        guard mkdir(feedback, 0o777) == 0, chmod(feedback, 0o777) == 0 else { throw SandboxError("cannot create the feedback folder") }
    }

    private func validatorCommand(_ validator: Program, flags: [String], limits: SandboxLimits) -> SandboxCommand {
        let language = validator.language
        var command = SandboxCommand(
            arguments: language.expand(language.run, files: validator.sources, memoryBytes: limits.memoryBytes)
                + ["judge_in", "judge_ans", "feedback/"] + flags,
            environment: language.environmentForSandbox,
            limits: limits)
        command.limits.processes = max(limits.processes, language.processes)
        if language.managesOwnHeap { command.limits.addressSpaceBytes = 0 }
        return command
    }

    /// `judgemessage.txt` as the validator left it (never through a link it planted).
    private static func feedback(on worker: SandboxWorker) -> String? {
        worker.readBoxFile("feedback/judgemessage.txt", limit: 4096).map { String(decoding: $0.prefix(500), as: UTF8.self) }
            .flatMap { $0.isEmpty ? nil : $0 }
    }

    private static func validatorFailure(_ what: String, _ outcome: SandboxOutcome) -> SandboxError {
        let how =
            outcome.wallTimedOut ? "ran out of time" : outcome.exitCode.map { "exit \($0)" } ?? outcome.signal.map { "signal \($0)" } ?? "no status"
        return SandboxError("the \(what) failed (\(how), expected 42 or 43): \(outcome.stderr.prefix(300))")
    }

    private static func pipe() throws(SandboxError) -> (read: Int32, write: Int32) {
        var fds: [Int32] = [-1, -1]
        guard arena_pipe_cloexec(&fds) == 0 else { throw SandboxError("cannot create a pipe: \(String(cString: strerror(errno)))") }
        return (fds[0], fds[1])
    }

    /// Runs `body` to a result, so that both sides of an interactive run are awaited
    /// whatever either throws.
    private static func result(_ body: () async throws(SandboxError) -> SandboxOutcome) async -> Result<SandboxOutcome, SandboxError> {
        do throws(SandboxError) { return .success(try await body()) } catch { return .failure(error) }
    }
}
