import ArenaShared
import Foundation
import Testing
@testable import Matches

@Suite("Golf rules")
struct GolfRulesTests {
    static func newMatch(players: [MatchPlayer] = [makePlayer(1), makePlayer(2)]) -> MatchState {
        MatchState(
            id: "m-golf", mode: .golf, isPrivate: false, settings: MatchSettings(golfSeconds: 300), players: players,
            problems: [MatchProblem(slug: "hole", title: "Hole", points: 0)], now: t0)
    }

    @Test func acceptedSubmissionRecordsBestBytes() throws {
        var state = Self.newMatch()
        #expect(state.endsAt == at(300))
        let events = apply(judged("g1", user: 1, problem: "hole", .accepted, at: 10, bytes: 120), &state)
        #expect(events.count == 1)
        #expect(events[0].type == "match:verdict")
        #expect(events[0].accepted == true)
        #expect(events[0].bytes == 120)
        #expect(events[0].reason == "new best: 120 bytes")
        #expect(state.players[0].bestBytes == 120)
        #expect(state.players[0].bestAt == at(10))
        #expect(state.players[0].score == 120)
    }

    @Test func shortestAcceptedWins() throws {
        var state = Self.newMatch()
        apply(judged("g1", user: 1, problem: "hole", .accepted, at: 10, bytes: 200), &state)
        apply(judged("g2", user: 2, problem: "hole", .accepted, at: 50, bytes: 150), &state)
        _ = MatchRules.advance(&state, now: at(300))
        #expect(state.status == .ending)
        #expect(state.endReason == "time")
        #expect(
            state.results == [
                MatchStanding(userID: 2, username: "p2", place: 1, score: 150),
                MatchStanding(userID: 1, username: "p1", place: 2, score: 200),
            ])
    }

    @Test func equalLengthGoesToTheEarlierSubmission() throws {
        var state = Self.newMatch()
        // Player 1 submits first overall, but reaches 100 bytes later than player 2.
        apply(judged("g1", user: 1, problem: "hole", .accepted, at: 10, bytes: 120), &state)
        apply(judged("g2", user: 2, problem: "hole", .accepted, at: 20, bytes: 100), &state)
        apply(judged("g3", user: 1, problem: "hole", .accepted, at: 30, bytes: 100), &state)
        #expect(state.players[0].bestBytes == 100)
        #expect(state.players[0].bestAt == at(30))
        _ = MatchRules.advance(&state, now: at(301))
        let results = try #require(state.results)
        #expect(results.map(\.userID) == [2, 1])
        #expect(results.map(\.place) == [1, 2])
    }

    @Test func equalLengthResubmissionKeepsTheEarlierTime() throws {
        var state = Self.newMatch()
        apply(judged("g1", user: 1, problem: "hole", .accepted, at: 10, bytes: 100), &state)
        apply(judged("g2", user: 2, problem: "hole", .accepted, at: 20, bytes: 100), &state)
        // Player 1 resubmits the same length later: the record keeps t=10.
        let events = apply(judged("g3", user: 1, problem: "hole", .accepted, at: 30, bytes: 100), &state)
        #expect(events[0].accepted == true)
        #expect(state.players[0].bestAt == at(10))
        _ = MatchRules.advance(&state, now: at(300))
        #expect(state.results?.map(\.userID) == [1, 2])
        #expect(state.results?.map(\.place) == [1, 2])
    }

    @Test func aLongerAcceptedDoesNotReplaceTheBest() throws {
        var state = Self.newMatch()
        apply(judged("g1", user: 1, problem: "hole", .accepted, at: 10, bytes: 80), &state)
        let events = apply(judged("g2", user: 1, problem: "hole", .accepted, at: 20, bytes: 95), &state)
        #expect(events.count == 1)
        #expect(events[0].accepted == true)
        #expect(events[0].bytes == 95)
        #expect(events[0].reason == "accepted, but not shorter than your 80 bytes")
        #expect(state.players[0].bestBytes == 80)
        #expect(state.players[0].bestAt == at(10))
        #expect(state.players[0].score == 80)
    }

    @Test func wrongAnswerDoesNotCount() throws {
        var state = Self.newMatch()
        let events = apply(judged("g1", user: 1, problem: "hole", .wrongAnswer, at: 10, bytes: 10), &state)
        #expect(events[0].accepted == false)
        #expect(state.players[0].bestBytes == nil)
        #expect(state.players[0].score == 0)
    }

    @Test func nonSolversRankLast() throws {
        var state = Self.newMatch(players: [makePlayer(1), makePlayer(2), makePlayer(3)])
        apply(judged("g1", user: 1, problem: "hole", .wrongAnswer, at: 5, bytes: 10), &state)
        apply(judged("g2", user: 2, problem: "hole", .accepted, at: 100, bytes: 900), &state)
        apply(judged("g3", user: 3, problem: "hole", .accepted, at: 200, bytes: 400), &state)
        _ = MatchRules.advance(&state, now: at(300))
        let results = try #require(state.results)
        #expect(results.map(\.userID) == [3, 2, 1])
        #expect(results.map(\.place) == [1, 2, 3])
    }

    @Test func twoNonSolversDraw() throws {
        var state = Self.newMatch()
        _ = MatchRules.advance(&state, now: at(300))
        #expect(state.results?.map(\.place) == [1, 1])
    }
}
