import ArenaShared
import Foundation
import Testing
@testable import Matches

@Suite("Battle Royale rules")
struct RoyaleRulesTests {
    /// Four players, three rounds (one problem each) of 300 s.
    static func newMatch() -> MatchState {
        let settings = MatchSettings(royalePlayers: 4, royaleRoundSeconds: 300)
        #expect(settings.problems(for: .royale) == 3)
        return MatchState(
            id: "m-royale", mode: .royale, isPrivate: false, settings: settings,
            players: [makePlayer(1), makePlayer(2), makePlayer(3), makePlayer(4)],
            problems: [
                MatchProblem(slug: "r1", title: "R1", points: 100), MatchProblem(slug: "r2", title: "R2", points: 100),
                MatchProblem(slug: "r3", title: "R3", points: 100),
            ],
            now: t0)
    }

    @Test func initialTimers() {
        let state = Self.newMatch()
        #expect(state.round == 1)
        #expect(state.roundEndsAt == at(300))
        #expect(state.endsAt == at(900))
        #expect(state.isOpen(problem: "r1", for: 1))
        #expect(!state.isOpen(problem: "r2", for: 1))
    }

    @Test func fullMatchWhereEveryRoundIsDecidedAsExpected() throws {
        var state = Self.newMatch()

        // Round 1: everyone solves; the slowest (player 4) is out as soon as the last one solves.
        for (offset, user) in [Int64(1), 2, 3].enumerated() {
            let events = apply(judged("r1-\(user)", user: user, problem: "r1", .accepted, at: Double(10 * (offset + 1))), &state)
            #expect(events.map(\.type) == ["match:verdict"])
            #expect(events[0].accepted == true)
            #expect(events[0].points == 100)
            #expect(events[0].round == 1)
        }
        #expect(state.round == 1)
        let last = apply(judged("r1-4", user: 4, problem: "r1", .accepted, at: 40), &state)
        #expect(last.map(\.type) == ["match:verdict", "match:eliminate", "match:round"])
        #expect(last[1].player == 4)
        #expect(last[1].round == 1)
        #expect(last[1].reason == "slowest solve of the round")
        #expect(last[2].round == 2)
        #expect(last[2].problem == "r2")
        #expect(last[2].roundRemainingMs == 300_000)
        #expect(state.round == 2)
        #expect(state.roundEndsAt == at(340))
        #expect(state.endsAt == at(640))
        #expect(state.players[3].eliminated)
        #expect(state.players[3].eliminatedInRound == 1)
        #expect(state.players.filter(\.eliminated).count == 1)

        // Round 2: another round's problem is refused; the eliminated player is refused.
        let wrongRound = apply(judged("x1", user: 1, problem: "r1", .accepted, at: 50), &state)
        #expect(wrongRound.count == 1)
        #expect(wrongRound[0].accepted == false)
        #expect(wrongRound[0].reason == "round 2 is on another problem")
        let future = apply(judged("x2", user: 1, problem: "r3", .accepted, at: 51), &state)
        #expect(future[0].accepted == false)
        #expect(future[0].reason == "round 2 is on another problem")
        let out = apply(judged("x3", user: 4, problem: "r2", .accepted, at: 52), &state)
        #expect(out.count == 1)
        #expect(out[0].accepted == false)
        #expect(out[0].reason == "you are out of this match")
        #expect(state.players.map(\.score) == [100, 100, 100, 100])

        // Players 1 and 2 solve, player 3 does not: at the round's end player 3 is out.
        apply(judged("r2-1", user: 1, problem: "r2", .accepted, at: 60), &state)
        apply(judged("r2-2", user: 2, problem: "r2", .accepted, at: 70), &state)
        // A second AC of the same round earns nothing more.
        let again = apply(judged("r2-1b", user: 1, problem: "r2", .accepted, at: 75), &state)
        #expect(again[0].accepted == false)
        #expect(state.players[0].score == 200)
        #expect(MatchRules.advance(&state, now: at(339)).isEmpty)
        #expect(state.round == 2)
        let roundEnd = MatchRules.advance(&state, now: at(340))
        #expect(roundEnd.map(\.type) == ["match:eliminate", "match:round"])
        #expect(roundEnd[0].player == 3)
        #expect(roundEnd[0].reason == "did not solve round 2")
        #expect(roundEnd[1].round == 3)
        #expect(roundEnd[1].problem == "r3")
        #expect(state.round == 3)
        #expect(state.roundEndsAt == at(640))
        #expect(state.endsAt == at(640))
        #expect(state.players[2].eliminatedInRound == 2)

        // Round 3: player 2 solves first, player 1 later and is the last one eliminated.
        apply(judged("r3-2", user: 2, problem: "r3", .accepted, at: 400), &state)
        #expect(state.status == .live)
        let final = apply(judged("r3-1", user: 1, problem: "r3", .accepted, at: 410), &state)
        #expect(final.map(\.type) == ["match:verdict", "match:eliminate"])
        #expect(final[1].player == 1)
        #expect(state.status == .ending)
        #expect(state.endReason == "last player standing")
        #expect(state.roundEndsAt == nil)
        #expect(
            state.results == [
                MatchStanding(userID: 2, username: "p2", place: 1, score: 300),
                MatchStanding(userID: 1, username: "p1", place: 2, score: 300),
                MatchStanding(userID: 3, username: "p3", place: 3, score: 100),
                MatchStanding(userID: 4, username: "p4", place: 4, score: 100),
            ])
    }

    @Test func atTheRoundEndNonSolversGoBeforeSlowSolvers() throws {
        var state = Self.newMatch()
        apply(judged("a", user: 1, problem: "r1", .accepted, at: 10), &state)
        apply(judged("b", user: 2, problem: "r1", .accepted, at: 290), &state)  // very slow, but solved
        apply(judged("c", user: 3, problem: "r1", .wrongAnswer, at: 20), &state)
        #expect(state.round == 1)
        #expect(MatchRules.advance(&state, now: at(299)).isEmpty)
        let events = MatchRules.advance(&state, now: at(300))
        #expect(events.map(\.type) == ["match:eliminate", "match:round"])
        let out = try #require(events[0].player)
        #expect(out == 3 || out == 4)
        #expect(events[0].reason == "did not solve round 1")
        #expect(state.players.filter(\.eliminated).map(\.userID) == [out])
        #expect(!state.players[1].eliminated)
        #expect(state.round == 2)
        #expect(state.roundEndsAt == at(600))
    }

    @Test func amongNonSolversFewerTotalPointsGoesFirst() throws {
        var state = Self.newMatch()
        // Round 1: players 2 and 3 solve; 1 and 4 do not, and 4 is eliminated at the round's end.
        apply(judged("a2", user: 2, problem: "r1", .accepted, at: 10), &state)
        apply(judged("a3", user: 3, problem: "r1", .accepted, at: 11), &state)
        let first = MatchRules.advance(&state, now: at(300))
        #expect(first.first?.type == "match:eliminate")
        let firstOut = try #require(first.first?.player)
        #expect(firstOut == 1 || firstOut == 4)
        #expect(state.players.map(\.score) == [0, 100, 100, 0])
        #expect(state.round == 2)
        if firstOut == 4 {
            // Round 2: nobody solves; player 1 has 0 points against 100 for players 2 and 3.
            let second = MatchRules.advance(&state, now: at(600))
            #expect(second.first?.type == "match:eliminate")
            #expect(second.first?.player == 1)
            #expect(second.first?.reason == "did not solve round 2")
            #expect(state.players.filter(\.eliminated).map(\.userID) == [1, 4])
            #expect(state.round == 3)
        }
    }

    @Test func withoutAnySolveTheRoundTimersDecideTheMatch() throws {
        var state = Self.newMatch()
        _ = MatchRules.advance(&state, now: at(300))
        _ = MatchRules.advance(&state, now: at(600))
        #expect(state.status == .live)
        #expect(state.round == 3)
        let events = MatchRules.advance(&state, now: at(900))
        #expect(events.map(\.type) == ["match:eliminate"])
        #expect(state.status == .ending)
        #expect(state.endReason == "last player standing")
        let results = try #require(state.results)
        #expect(results.map(\.place) == [1, 2, 3, 4])
        // Eliminated later ranks higher.
        let rounds = results.dropFirst().map { standing in state.player(standing.userID)?.eliminatedInRound }
        #expect(rounds == [3, 2, 1])
        #expect(state.player(results[0].userID)?.eliminated == false)
    }

    @Test func resignationsLeaveTheLastPlayerStanding() throws {
        var state = Self.newMatch()
        apply(resign("q1", user: 1, at: 5), &state)
        apply(resign("q2", user: 2, at: 6), &state)
        #expect(state.status == .live)
        let events = apply(resign("q3", user: 3, at: 7), &state)
        #expect(events.map(\.type) == ["match:eliminate"])
        #expect(state.status == .ending)
        #expect(state.endReason == "opponents resigned")
        #expect(state.results?.first?.userID == 4)
        #expect(state.results?.first?.place == 1)
    }
    @Test func aResignerRanksLastAndDoesNotShareAPlace() throws {
        // MatchCommand.Kind.resign: "The player gives up (counts as last place)."
        var state = Self.newMatch()
        for (offset, user) in [Int64(1), 2, 3, 4].enumerated() {
            apply(judged("r1-\(user)", user: user, problem: "r1", .accepted, at: Double(10 * (offset + 1))), &state)
        }
        #expect(state.player(4)?.eliminatedInRound == 1)
        apply(resign("q3", user: 3, at: 50), &state)
        apply(judged("r2-1", user: 1, problem: "r2", .accepted, at: 60), &state)
        apply(judged("r2-2", user: 2, problem: "r2", .accepted, at: 70), &state)
        #expect(state.status == .ending)
        #expect(state.endReason == "last player standing")
        let results = try #require(state.results)
        #expect(results.first?.userID == 1)
        #expect(results.first?.place == 1)
        #expect(results.first { $0.userID == 2 }?.place == 2)
        #expect(results.map(\.userID) == [1, 2, 4, 3])
        #expect(results.map(\.place) == [1, 2, 3, 4])
    }

    @Test func aResignationThatLeavesOnlySolversEndsTheRound() throws {
        // "at the round's end (or once every player still in solved it)".
        var state = Self.newMatch()
        apply(judged("a1", user: 1, problem: "r1", .accepted, at: 10), &state)
        apply(judged("a2", user: 2, problem: "r1", .accepted, at: 20), &state)
        apply(judged("a3", user: 3, problem: "r1", .accepted, at: 30), &state)
        let events = apply(resign("q4", user: 4, at: 40), &state)
        #expect(events.first?.type == "match:eliminate")
        #expect(state.player(4)?.eliminated == true)
        #expect(state.round == 2)
        #expect(events.contains { $0.type == "match:round" })
    }
}
