import ArenaShared
import Judge

/// What the judge tells the match system about a match submission: per-test progress
/// (shown to opponents and spectators) and the final verdict (a command for the owner).
protocol MatchRelay: Sendable {
    func progress(_ record: SubmissionRecord, test: Int, of total: Int, verdict: Verdict)
    /// Durably hands the verdict to the match's owner; false to retry later.
    func judged(_ record: SubmissionRecord, report: JudgeReport) async -> Bool
}
