import ArenaShared
import Foundation
import Testing
@testable import Matches

/// Submission time decides, not verdict arrival (MatchRules+Ordering).
@Suite("Submission order")
struct SubmissionOrderTests {
    static func sent(_ submission: String, user: Int64, problem: String, at seconds: Double) -> MatchCommand {
        MatchCommand(key: MatchRules.submittedKey(submission), kind: .submitted, userID: user, problem: problem, submission: submission, submittedAt: at(seconds))
    }

    static func verdict(_ submission: String, user: Int64, problem: String, _ verdict: Verdict, at seconds: Double) -> MatchCommand {
        MatchCommand(key: "sub:\(submission)", kind: .judged, userID: user, problem: problem, verdict: verdict, submission: submission, submittedAt: at(seconds))
    }

    @Test func anEarlierSubmissionJudgedLaterStillClaimsTheProblem() throws {
        var state = BlitzRulesTests.newMatch()
        // p1 submits at 10 s (slow to compile), p2 at 11 s (fast); p2's verdict arrives first.
        #expect(MatchRules.receive(Self.sent("slow", user: 1, problem: "a", at: 10), to: &state, now: at(10)).isEmpty)
        #expect(MatchRules.receive(Self.sent("fast", user: 2, problem: "a", at: 11), to: &state, now: at(11)).isEmpty)
        let early = MatchRules.receive(Self.verdict("fast", user: 2, problem: "a", .accepted, at: 11), to: &state, now: at(11.5))
        #expect(early.isEmpty, "held: an earlier submission of the match is still being judged")
        #expect(state.problems[0].claimedBy == nil)

        let events = MatchRules.receive(Self.verdict("slow", user: 1, problem: "a", .accepted, at: 10), to: &state, now: at(14))
        #expect(events.map(\.type) == ["match:verdict", "match:lockout", "match:verdict"])
        #expect(state.problems[0].claimedBy == 1)
        #expect(state.problems[0].claimedAt == at(10))
        let second = try #require(events.last)
        #expect(second.player == 2 && second.accepted == false && second.reason?.contains("already claimed by p1") == true)
        #expect(state.players.map(\.score) == [100, 0])
        #expect(state.pending == nil && state.held == nil)
    }

    @Test func aWrongEarlierSubmissionReleasesTheLaterClaim() {
        var state = BlitzRulesTests.newMatch()
        _ = MatchRules.receive(Self.sent("s1", user: 1, problem: "a", at: 10), to: &state, now: at(10))
        _ = MatchRules.receive(Self.verdict("s2", user: 2, problem: "a", .accepted, at: 11), to: &state, now: at(12))
        #expect(state.problems[0].claimedBy == nil)
        let events = MatchRules.receive(Self.verdict("s1", user: 1, problem: "a", .wrongAnswer, at: 10), to: &state, now: at(13))
        #expect(events.map(\.type) == ["match:verdict", "match:verdict", "match:lockout"])
        #expect(state.problems[0].claimedBy == 2)
    }

    @Test func aVerdictWithoutEarlierPendingIsAppliedAtOnce() {
        var state = BlitzRulesTests.newMatch()
        _ = MatchRules.receive(Self.sent("late", user: 1, problem: "b", at: 20), to: &state, now: at(20))
        // p2 submitted before p1's pending one: nothing earlier to wait for.
        let events = MatchRules.receive(Self.verdict("early", user: 2, problem: "a", .accepted, at: 15), to: &state, now: at(21))
        #expect(events.map(\.type) == ["match:verdict", "match:lockout"])
    }

    @Test func aJudgeThatNeverAnswersIsWaitedForOnlyTheGrace() {
        var state = BlitzRulesTests.newMatch()
        _ = MatchRules.receive(Self.sent("lost", user: 1, problem: "a", at: 10), to: &state, now: at(10))
        _ = MatchRules.receive(Self.verdict("ok", user: 2, problem: "a", .accepted, at: 11), to: &state, now: at(12))
        #expect(MatchRules.advance(&state, now: at(10 + MatchRules.judgingGrace)).isEmpty)
        #expect(state.problems[0].claimedBy == nil)
        let events = MatchRules.advance(&state, now: at(11 + MatchRules.judgingGrace))
        #expect(events.map(\.type) == ["match:verdict", "match:lockout"])
        #expect(state.problems[0].claimedBy == 2)
        #expect(state.pending == nil)
    }

    @Test func theEndWaitsForSubmissionsMadeBeforeIt() {
        var state = BlitzRulesTests.newMatch()
        _ = MatchRules.receive(Self.sent("buzzer", user: 2, problem: "c", at: 599.5), to: &state, now: at(599.5))
        #expect(MatchRules.advance(&state, now: at(601)).isEmpty)
        #expect(state.status == .live, "a submission made before the end is still being judged")
        // A submission made after the end does not count, even while the end waits.
        let late = MatchRules.receive(Self.verdict("after", user: 1, problem: "c", .accepted, at: 600.5), to: &state, now: at(602))
        #expect(late.first?.reason?.contains("after the time ran out") == true)
        #expect(state.problems[2].claimedBy == nil)
        _ = MatchRules.receive(Self.verdict("buzzer", user: 2, problem: "c", .accepted, at: 599.5), to: &state, now: at(603))
        #expect(state.problems[2].claimedBy == 2)
        _ = MatchRules.advance(&state, now: at(603))
        #expect(state.status == .ending)
        #expect(state.results?.first?.userID == 2)
    }

    @Test func theEndWaitsAtMostTheGrace() {
        var state = BlitzRulesTests.newMatch()
        _ = MatchRules.receive(Self.sent("stuck", user: 2, problem: "c", at: 599), to: &state, now: at(599))
        _ = MatchRules.advance(&state, now: at(599 + MatchRules.judgingGrace))
        #expect(state.status == .live)
        _ = MatchRules.advance(&state, now: at(599.1 + MatchRules.judgingGrace))
        #expect(state.status == .ending && state.endReason == "time")
    }

    @Test func aRoyaleRoundWaitsForItsPendingSolve() {
        var state = RoyaleRulesTests.newMatch()
        for user in Int64(1)...3 {
            _ = MatchRules.receive(Self.verdict("r1-\(user)", user: user, problem: "r1", .accepted, at: Double(user)), to: &state, now: at(Double(user)))
        }
        _ = MatchRules.receive(Self.sent("r1-4", user: 4, problem: "r1", at: 299), to: &state, now: at(299))
        _ = MatchRules.advance(&state, now: at(301))
        #expect(state.round == 1, "the round waits for p4's verdict")
        let events = MatchRules.receive(Self.verdict("r1-4", user: 4, problem: "r1", .accepted, at: 299), to: &state, now: at(305))
        #expect(events.contains { $0.type == "match:eliminate" && $0.player == 4 && $0.reason == "slowest solve of the round" })
        #expect(state.round == 2)
        // Made after the round's deadline (while it waited): does not count for the round.
        var waiting = RoyaleRulesTests.newMatch()
        _ = MatchRules.receive(Self.sent("x", user: 1, problem: "r1", at: 299), to: &waiting, now: at(299))
        let late = MatchRules.receive(Self.verdict("y", user: 2, problem: "r1", .accepted, at: 300.5), to: &waiting, now: at(301))
        #expect(late.first?.reason?.contains("after round 1 ended") == true)
        #expect(waiting.players[1].solvedRounds.isEmpty)
    }

    @Test func aLateSubmittedNoticeAndRedeliveriesChangeNothing() {
        var state = BlitzRulesTests.newMatch()
        _ = MatchRules.receive(Self.verdict("v", user: 1, problem: "a", .wrongAnswer, at: 10), to: &state, now: at(11))
        _ = MatchRules.receive(Self.sent("v", user: 1, problem: "a", at: 10), to: &state, now: at(12))
        #expect(state.pending == nil, "the verdict came first; its notice is ignored")
        _ = MatchRules.receive(Self.sent("w", user: 1, problem: "a", at: 20), to: &state, now: at(20))
        _ = MatchRules.receive(Self.verdict("z", user: 2, problem: "a", .accepted, at: 21), to: &state, now: at(21))
        #expect(MatchRules.receive(Self.verdict("z", user: 2, problem: "a", .accepted, at: 21), to: &state, now: at(22)).isEmpty)
        #expect(state.held?.count == 1)
        // Clients never see the owner's lists (held plants carry sources).
        #expect(state.redacted(for: 1).held == nil && state.redacted(for: nil).pending == nil)
    }
}
