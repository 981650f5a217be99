import ArenaShared
import Foundation
import Testing
@testable import Matches

@Suite("Blitz rules")
struct BlitzRulesTests {
    /// Problems worth 100, 200 and 300 (600 in all); the match lasts 600 s.
    static func newMatch() -> MatchState {
        MatchState(
            id: "m-blitz", mode: .blitz, isPrivate: false, settings: MatchSettings(blitzSeconds: 600, blitzProblems: 3),
            players: [makePlayer(1), makePlayer(2)],
            problems: [
                MatchProblem(slug: "a", title: "A", points: 100), MatchProblem(slug: "b", title: "B", points: 200),
                MatchProblem(slug: "c", title: "C", points: 300),
            ],
            now: t0)
    }

    @Test func initialTimers() {
        let state = Self.newMatch()
        #expect(state.status == .live)
        #expect(state.phase == .play)
        #expect(state.endsAt == at(600))
        #expect(state.roundEndsAt == nil)
    }

    @Test func firstAcceptedClaimsTheProblemAndItsPoints() throws {
        var state = Self.newMatch()
        let events = apply(judged("k1", user: 1, problem: "a", .accepted, at: 10), &state)

        #expect(events.map(\.type) == ["match:verdict", "match:lockout"])
        let verdict = events[0]
        #expect(verdict.accepted == true)
        #expect(verdict.points == 100)
        #expect(verdict.player == 1)
        #expect(verdict.problem == "a")
        #expect(verdict.verdict == .accepted)
        #expect(verdict.final == true)
        #expect(verdict.match == "m-blitz")
        #expect(verdict.serverTime == Int64(at(10).timeIntervalSince1970 * 1000))
        let lockout = events[1]
        #expect(lockout.player == 1)
        #expect(lockout.problem == "a")
        #expect(lockout.points == 100)

        #expect(state.problems[0].claimedBy == 1)
        #expect(state.problems[0].claimedAt == at(10))
        #expect(state.players[0].score == 100)
        #expect(state.players[0].lastSolveAt == at(10))
        #expect(state.players[1].score == 0)
        #expect(state.status == .live)
        #expect(!state.isOpen(problem: "a", for: 2))
        #expect(state.isOpen(problem: "b", for: 2))
    }

    @Test func secondAcceptedOfAClaimedProblemGetsNothing() throws {
        var state = Self.newMatch()
        apply(judged("k1", user: 1, problem: "a", .accepted, at: 10), &state)
        let events = apply(judged("k2", user: 2, problem: "a", .accepted, at: 11), &state)

        #expect(events.count == 1)
        let verdict = try #require(events.first)
        #expect(verdict.type == "match:verdict")
        #expect(verdict.accepted == false)
        #expect(verdict.points == nil)
        #expect(verdict.reason == "already claimed by p1")
        #expect(verdict.reason?.contains("already claimed") == true)
        #expect(state.problems[0].claimedBy == 1)
        #expect(state.players[1].score == 0)
        #expect(state.players[0].score == 100)
    }

    @Test func theSameCommandAppliedTwiceChangesNothing() {
        var state = Self.newMatch()
        let command = judged("dup", user: 1, problem: "b", .accepted, at: 10)
        let first = apply(command, &state)
        #expect(first.count == 2)
        let afterFirst = state
        let second = MatchRules.apply(command, to: &state, now: at(20))
        #expect(second.isEmpty)
        #expect(state == afterFirst)
        #expect(state.players[0].score == 200)
        #expect(state.applied == ["dup"])
    }

    @Test func wrongAnswerChangesNothingButIsReported() throws {
        var state = Self.newMatch()
        let before = state
        let events = apply(judged("wa", user: 2, problem: "c", .wrongAnswer, at: 5), &state)

        #expect(events.count == 1)
        let verdict = try #require(events.first)
        #expect(verdict.type == "match:verdict")
        #expect(verdict.verdict == .wrongAnswer)
        #expect(verdict.accepted == false)
        #expect(verdict.points == nil)
        #expect(verdict.player == 2)
        #expect(verdict.problem == "c")
        var expected = before
        expected.applied = ["wa"]
        #expect(state == expected)
    }

    @Test func unknownProblemIsRefused() throws {
        var state = Self.newMatch()
        let events = apply(judged("x", user: 1, problem: "zzz", .accepted, at: 5), &state)
        #expect(events.count == 1)
        #expect(events[0].accepted == false)
        #expect(events[0].reason == "not a problem of this match")
        #expect(state.players[0].score == 0)
    }

    @Test func earlyFinishWhenTheLeadExceedsTheUnclaimedPoints() throws {
        var state = Self.newMatch()
        // Lead 300, unclaimed 300: the other player could still tie, so the match goes on.
        apply(judged("k1", user: 1, problem: "c", .accepted, at: 10), &state)
        #expect(state.status == .live)
        #expect(state.results == nil)
        // Lead 500, unclaimed 100: decided.
        let events = apply(judged("k2", user: 1, problem: "b", .accepted, at: 20), &state)
        #expect(events.map(\.type) == ["match:verdict", "match:lockout"])
        #expect(state.status == .ending)
        #expect(state.endReason == "the rest cannot change the outcome")
        let results = try #require(state.results)
        #expect(
            results == [
                MatchStanding(userID: 1, username: "p1", place: 1, score: 500),
                MatchStanding(userID: 2, username: "p2", place: 2, score: 0),
            ])
        #expect(state.problems[0].claimedBy == nil)
    }

    @Test func finishWhenEveryProblemIsClaimed() throws {
        var state = Self.newMatch()
        apply(judged("k1", user: 1, problem: "a", .accepted, at: 10), &state)  // 100 : 0, unclaimed 500
        apply(judged("k2", user: 2, problem: "b", .accepted, at: 20), &state)  // 100 : 200, unclaimed 300
        #expect(state.status == .live)
        apply(judged("k3", user: 2, problem: "c", .accepted, at: 30), &state)  // 100 : 500, unclaimed 0
        #expect(state.status == .ending)
        #expect(state.endReason == "every problem is claimed")
        let results = try #require(state.results)
        #expect(
            results == [
                MatchStanding(userID: 2, username: "p2", place: 1, score: 500),
                MatchStanding(userID: 1, username: "p1", place: 2, score: 100),
            ])
    }

    @Test func drawGivesEqualPlaces() throws {
        var state = Self.newMatch()
        apply(judged("k1", user: 1, problem: "a", .accepted, at: 10), &state)  // 100 : 0
        apply(judged("k2", user: 2, problem: "c", .accepted, at: 20), &state)  // 100 : 300, unclaimed 200, lead 200
        #expect(state.status == .live)
        apply(judged("k3", user: 1, problem: "b", .accepted, at: 30), &state)  // 300 : 300
        #expect(state.status == .ending)
        #expect(state.endReason == "every problem is claimed")
        let results = try #require(state.results)
        #expect(results.count == 2)
        #expect(results.allSatisfy { $0.place == 1 && $0.score == 300 })
        #expect(Set(results.map(\.userID)) == [1, 2])
    }

    @Test func advancePastTheTimerFinishesWithReasonTime() throws {
        var state = Self.newMatch()
        apply(judged("k1", user: 2, problem: "a", .accepted, at: 10), &state)
        #expect(MatchRules.advance(&state, now: at(599)).isEmpty)
        #expect(state.status == .live)
        #expect(state.endReason == nil)

        _ = MatchRules.advance(&state, now: at(600))
        #expect(state.status == .ending)
        #expect(state.endReason == "time")
        #expect(
            state.results == [
                MatchStanding(userID: 2, username: "p2", place: 1, score: 100),
                MatchStanding(userID: 1, username: "p1", place: 2, score: 0),
            ])
        // Advancing again changes nothing.
        let ended = state
        #expect(MatchRules.advance(&state, now: at(700)).isEmpty)
        #expect(state == ended)
    }

    @Test func submissionsAfterTheEndAreRefused() throws {
        var state = Self.newMatch()
        _ = MatchRules.advance(&state, now: at(601))
        #expect(state.status == .ending)
        let results = state.results

        let events = MatchRules.apply(judged("late", user: 1, problem: "c", .accepted, at: 599), to: &state, now: at(602))
        #expect(events.count == 1)
        let verdict = try #require(events.first)
        #expect(verdict.type == "match:verdict")
        #expect(verdict.accepted == false)
        #expect(verdict.reason?.contains("the match is over") == true)
        #expect(state.problems[2].claimedBy == nil)
        #expect(state.players[0].score == 0)
        #expect(state.results == results)
        #expect(!state.isOpen(problem: "c", for: 1))
        // A resign after the end is silently ignored.
        #expect(MatchRules.apply(resign("r", user: 1, at: 603), to: &state, now: at(603)).isEmpty)
        #expect(state.results == results)
    }

    @Test func commandsFromStrangersAreIgnored() {
        var state = Self.newMatch()
        let before = state
        #expect(apply(judged("s", user: 99, problem: "a", .accepted, at: 1), &state).isEmpty)
        #expect(state.problems == before.problems)
        #expect(state.players == before.players)
    }
}

@Suite("Resign")
struct ResignTests {
    @Test func resigningEndsAOneVsOneMatchWithTheOtherPlayerFirst() throws {
        var state = BlitzRulesTests.newMatch()
        // The resigning player even leads on points.
        apply(judged("k1", user: 1, problem: "b", .accepted, at: 10), &state)
        let events = apply(resign("r1", user: 1, at: 20), &state)

        #expect(events.count == 1)
        let eliminate = try #require(events.first)
        #expect(eliminate.type == "match:eliminate")
        #expect(eliminate.player == 1)
        #expect(eliminate.reason == "resigned")
        #expect(state.players[0].eliminated)
        #expect(state.status == .ending)
        #expect(state.endReason == "opponents resigned")
        #expect(
            state.results == [
                MatchStanding(userID: 2, username: "p2", place: 1, score: 0),
                MatchStanding(userID: 1, username: "p1", place: 2, score: 200),
            ])
    }

    @Test func resigningInGolfAlsoPutsTheOtherFirst() throws {
        var state = GolfRulesTests.newMatch()
        apply(judged("k1", user: 2, problem: "hole", .accepted, at: 10, bytes: 50), &state)
        apply(resign("r", user: 2, at: 20), &state)
        #expect(state.status == .ending)
        let results = try #require(state.results)
        #expect(results.map(\.userID) == [1, 2])
        #expect(results.map(\.place) == [1, 2])
    }
}
