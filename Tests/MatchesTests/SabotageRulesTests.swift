import ArenaShared
import Foundation
import Testing
@testable import Matches

@Suite("Sabotage rules")
struct SabotageRulesTests {
    /// Plant until 180 s, repair until 600 s; the base solution is Python.
    static func newMatch() -> MatchState {
        MatchState(
            id: "m-sab", mode: .sabotage, isPrivate: false, settings: MatchSettings(sabotagePlantSeconds: 180, sabotageRepairSeconds: 420),
            players: [makePlayer(1), makePlayer(2)],
            problems: [MatchProblem(slug: "fix", title: "Fix", points: 0, baseSource: "print(sum(map(int, input().split())))", baseLanguage: .python3)],
            now: t0)
    }

    static func plant(_ key: String, user: Int64, _ verdict: Verdict = .wrongAnswer, at seconds: Double, source: String? = nil,
                      language: LanguageID? = .python3) -> MatchCommand {
        judged(key, user: user, problem: "fix", verdict, at: seconds, language: language, source: source ?? bug(user))
    }

    /// A plant a few tokens away from the base (it adds `+ user`).
    static func bug(_ user: Int64) -> String { "print(sum(map(int, input().split())) + \(user))" }
    /// A repair one token away from any `bug(_:)` and not the original.
    static let fix = "print(sum(map(int, input().split())) + 0)"
    static let otherFix = "print(sum(map(int, input().split())) - 0)"

    /// Both players planted, which starts the repair phase at once.
    static func bothPlantedInRepair() -> MatchState {
        var state = newMatch()
        apply(plant("p1", user: 1, at: 10), &state)
        apply(plant("p2", user: 2, at: 20), &state)
        return state
    }

    @Test func initialPhaseAndTimers() {
        let state = Self.newMatch()
        #expect(state.phase == .plant)
        #expect(state.roundEndsAt == at(180))
        #expect(state.endsAt == at(600))
    }

    @Test func compileErrorIsRefusedAsAPlant() throws {
        var state = Self.newMatch()
        let events = apply(Self.plant("ce", user: 1, .compileError, at: 10), &state)
        #expect(events.count == 1)
        #expect(events[0].accepted == false)
        #expect(events[0].reason == "a planted bug must still compile")
        #expect(state.players[0].planted == nil)
    }

    @Test func acceptedIsRefusedAsAPlant() throws {
        var state = Self.newMatch()
        let events = apply(Self.plant("ac", user: 1, .accepted, at: 10), &state)
        #expect(events.count == 1)
        #expect(events[0].accepted == false)
        #expect(events[0].reason?.contains("still passes") == true)
        #expect(state.players[0].planted == nil)
    }

    @Test func wrongAnswerIsAcceptedAsAPlant() throws {
        var state = Self.newMatch()
        let events = apply(Self.plant("wa", user: 1, at: 10, source: "print(sum(map(int, input().split())) * 0)"), &state)
        #expect(events.count == 1)
        #expect(events[0].type == "match:verdict")
        #expect(events[0].accepted == true)
        #expect(events[0].reason == "bug planted (fails with WA)")
        #expect(events[0].points == nil)
        #expect(state.players[0].planted == "print(sum(map(int, input().split())) * 0)")
        #expect(state.players[0].score == 0)  // plant points come at the phase change
        #expect(state.players[1].planted == nil)
    }

    @Test(arguments: [Verdict.timeLimitExceeded, .runtimeError, .memoryLimitExceeded])
    func otherFailingVerdictsAreValidPlants(verdict: Verdict) {
        var state = Self.newMatch()
        let events = apply(Self.plant("x", user: 2, verdict, at: 10), &state)
        #expect(events[0].accepted == true)
        #expect(events[0].reason == "bug planted (fails with \(verdict.rawValue))")
        #expect(state.players[1].planted == Self.bug(2))
    }

    @Test func plantMustUseTheBaseLanguageAndCarryTheSource() throws {
        var state = Self.newMatch()
        let wrongLanguage = apply(Self.plant("l", user: 1, at: 10, language: .cpp17), &state)
        #expect(wrongLanguage[0].accepted == false)
        #expect(wrongLanguage[0].reason == "plant in python3")
        let noLanguage = apply(Self.plant("n", user: 1, at: 11, language: nil), &state)
        #expect(noLanguage[0].accepted == false)
        let noSource = apply(
            MatchCommand(key: "s", kind: .judged, userID: 1, problem: "fix", verdict: .wrongAnswer, language: .python3, submittedAt: at(12)),
            &state)
        #expect(noSource[0].accepted == false)
        #expect(state.players[0].planted == nil)
    }

    @Test func redactionHidesTheOtherPlayersPlantDuringThePlantPhase() {
        var state = Self.newMatch()
        apply(Self.plant("p1", user: 1, at: 10, source: Self.bug(1)), &state)

        let forOne = state.redacted(for: 1)
        #expect(forOne.player(1)?.planted == Self.bug(1))
        let forTwo = state.redacted(for: 2)
        #expect(forTwo.player(1)?.planted == nil)
        let forSpectator = state.redacted(for: nil)
        #expect(forSpectator.players.allSatisfy { $0.planted == nil })
        // The real state is untouched.
        #expect(state.player(1)?.planted == Self.bug(1))

        // The second plant starts repairing, and the victim sees what to repair.
        apply(Self.plant("p2", user: 2, at: 20, source: Self.bug(2)), &state)
        #expect(state.phase == .repair)
        #expect(state.redacted(for: 2).player(1)?.planted == Self.bug(1))
        #expect(state.redacted(for: 1).player(2)?.planted == Self.bug(2))
    }

    @Test func phaseChangeAwardsPlantPoints() throws {
        var state = Self.newMatch()
        apply(Self.plant("p1", user: 1, at: 10), &state)
        #expect(MatchRules.advance(&state, now: at(179)).isEmpty)
        #expect(state.phase == .plant)

        let events = MatchRules.advance(&state, now: at(180))
        #expect(events.count == 1)
        #expect(events[0].type == "match:phase")
        #expect(events[0].phase == .repair)
        #expect(state.phase == .repair)
        #expect(state.roundEndsAt == nil)
        #expect(state.status == .live)
        #expect(state.players.map(\.score) == [MatchRules.plantPoints, 0])
        // Advancing again within the repair phase does not pay twice.
        #expect(MatchRules.advance(&state, now: at(300)).isEmpty)
        #expect(state.players.map(\.score) == [100, 0])
    }

    /// Nobody waits out the planting clock once every plant is in (the issue: up to three
    /// minutes of nothing).
    @Test func theLastPlantStartsRepairingAtOnce() throws {
        var state = Self.newMatch()
        let first = apply(Self.plant("p1", user: 1, at: 10), &state)
        #expect(first.map(\.type) == ["match:verdict"])
        #expect(state.phase == .plant)
        let second = apply(Self.plant("p2", user: 2, at: 20), &state)
        #expect(second.map(\.type) == ["match:verdict", "match:phase"])
        #expect(second[0].accepted == true)
        #expect(state.phase == .repair)
        #expect(state.roundEndsAt == nil)
        #expect(state.players.map(\.score) == [100, 100])
        // The planting clock running out later changes nothing.
        #expect(MatchRules.advance(&state, now: at(180)).isEmpty)
        #expect(state.players.map(\.score) == [100, 100])
    }

    @Test func repairAwardsPointsAndTheFirstBonusAndEndsWhenAllAreRepaired() throws {
        var state = Self.bothPlantedInRepair()

        let wrong = apply(judged("w", user: 1, problem: "fix", .wrongAnswer, at: 200, language: .python3, source: Self.fix), &state)
        #expect(wrong[0].accepted == false)
        #expect(state.players[0].score == 100)

        let first = apply(judged("r1", user: 1, problem: "fix", .accepted, at: 210, language: .python3, source: Self.fix), &state)
        #expect(first.count == 1)
        #expect(first[0].accepted == true)
        #expect(first[0].points == MatchRules.repairPoints + MatchRules.firstRepairBonus)
        #expect(first[0].points == 250)
        #expect(first[0].reason == "repaired first")
        #expect(state.players[0].repairedAt == at(210))
        #expect(state.players[0].score == 350)
        #expect(state.status == .live)

        let again = apply(judged("r1b", user: 1, problem: "fix", .accepted, at: 215, language: .python3, source: Self.fix), &state)
        #expect(again[0].accepted == false)
        #expect(again[0].reason == "already repaired")
        #expect(state.players[0].score == 350)

        let second = apply(judged("r2", user: 2, problem: "fix", .accepted, at: 220, language: .python3, source: Self.otherFix), &state)
        #expect(second[0].accepted == true)
        #expect(second[0].points == MatchRules.repairPoints)
        #expect(second[0].reason == "repaired")
        #expect(state.status == .ending)
        #expect(state.endReason == "every plant repaired")
        // No plant survived, so no survival points.
        #expect(
            state.results == [
                MatchStanding(userID: 1, username: "p1", place: 1, score: 350),
                MatchStanding(userID: 2, username: "p2", place: 2, score: 300),
            ])
    }

    @Test func anUnrepairedPlantEarnsSurvivalPointsAtTheEnd() throws {
        var state = Self.bothPlantedInRepair()
        apply(judged("r1", user: 1, problem: "fix", .accepted, at: 210, language: .python3, source: Self.fix), &state)
        #expect(MatchRules.advance(&state, now: at(599)).isEmpty)
        #expect(state.status == .live)
        _ = MatchRules.advance(&state, now: at(600))
        #expect(state.status == .ending)
        #expect(state.endReason == "time")
        // Player 1: plant 100 + first repair 250 + surviving plant 100; player 2: plant 100.
        let expected1 = MatchRules.plantPoints + MatchRules.repairPoints + MatchRules.firstRepairBonus + MatchRules.survivingPlantPoints
        let expected2 = MatchRules.plantPoints
        #expect(expected1 == 450)
        #expect(
            state.results == [
                MatchStanding(userID: 1, username: "p1", place: 1, score: expected1),
                MatchStanding(userID: 2, username: "p2", place: 2, score: expected2),
            ])
        #expect(state.players.map(\.score) == [450, 100])
    }

    @Test func nobodyRepairsBothPlantsSurviveAndItIsADraw() throws {
        var state = Self.bothPlantedInRepair()
        _ = MatchRules.advance(&state, now: at(600))
        #expect(state.endReason == "time")
        #expect(state.results?.map(\.score) == [200, 200])
        #expect(state.results?.map(\.place) == [1, 1])
    }

    @Test func onlyOnePlantNeedsRepairing() throws {
        var state = Self.newMatch()
        apply(Self.plant("p1", user: 1, at: 10), &state)
        _ = MatchRules.advance(&state, now: at(180))
        #expect(state.players.map(\.score) == [100, 0])

        let nothing = apply(judged("r1", user: 1, problem: "fix", .accepted, at: 200, language: .python3, source: Self.fix), &state)
        #expect(nothing[0].accepted == false)
        #expect(nothing[0].reason == "your opponent planted nothing; there is nothing to repair")
        #expect(state.players[0].score == 100)

        let repaired = apply(judged("r2", user: 2, problem: "fix", .accepted, at: 210, language: .python3, source: Self.fix), &state)
        #expect(repaired[0].points == 250)
        #expect(state.status == .ending)
        #expect(state.endReason == "every plant repaired")
        #expect(
            state.results == [
                MatchStanding(userID: 2, username: "p2", place: 1, score: 250),
                MatchStanding(userID: 1, username: "p1", place: 2, score: 100),
            ])
    }

    // --- Token rules: comments and spacing are no change; budgets count real edits. ---

    @Test func aPlantOverItsTokenBudgetIsRefused() {
        var state = Self.newMatch()
        let rewrite = "import sys\ndata = sys.stdin.read().split()\nprint(int(data[0]) - int(data[1]) + 1)\n"
        let events = apply(Self.plant("big", user: 1, at: 10, source: rewrite), &state)
        #expect(events[0].accepted == false)
        #expect(events[0].reason?.contains("at most 12 tokens") == true, "\(events[0].reason ?? "")")
        #expect(state.players[0].planted == nil)
        // Comments and blank lines around a small change cost nothing.
        let padded = "# my sneaky plant\n\n" + Self.bug(1) + "   # looks innocent\n" + String(repeating: "# filler\n", count: 50)
        #expect(apply(Self.plant("small", user: 1, at: 11, source: padded), &state)[0].accepted == true)
    }

    @Test func theOriginalWithCommentsOrSpacingIsNoRepair() {
        var state = Self.bothPlantedInRepair()
        let base = "print(sum(map(int, input().split())))"
        for (key, disguised) in [
            ("ws", "print( sum( map( int , input( ).split( ) ) ) )\n\n"),
            ("comment", "# repaired!\n" + base + "  # fixed the bug"),
            ("both", "\n\n   " + base + "\n# done\n"),
        ] {
            let events = apply(judged(key, user: 1, problem: "fix", .accepted, at: 200, language: .python3, source: disguised), &state)
            #expect(events[0].accepted == false, "\(key)")
            #expect(events[0].reason?.contains("original solution") == true, "\(key): \(events[0].reason ?? "")")
        }
        #expect(state.players[0].repairedAt == nil)
    }

    @Test func aRepairOverItsTokenBudgetIsRefused() {
        var state = Self.bothPlantedInRepair()
        // A fresh solution, far from the planted code, is not a repair of it.
        let fresh = "x = input().split()\nresult = 0\nfor v in x:\n    result += int(v)\nprint(result)\n"
        let events = apply(judged("fresh", user: 1, problem: "fix", .accepted, at: 200, language: .python3, source: fresh), &state)
        #expect(events[0].accepted == false)
        #expect(events[0].reason?.contains("at most 12 tokens of the planted code") == true, "\(events[0].reason ?? "")")
        // Within the budget of the plant, with a comment added: a repair.
        let near = apply(judged("near", user: 1, problem: "fix", .accepted, at: 201, language: .python3, source: "# fixed\n" + Self.fix), &state)
        #expect(near[0].accepted == true)
    }

    @Test func oldSnapshotsReadTheDefaultBudgets() throws {
        let old = #"{"blitzSeconds":900,"blitzProblems":3,"golfSeconds":600,"royalePlayers":4,"royaleRoundSeconds":300,"sabotagePlantSeconds":180,"sabotageRepairSeconds":420}"#
        let settings = try JSONDecoder().decode(MatchSettings.self, from: Data(old.utf8))
        #expect(settings.sabotagePlantTokens == 12 && settings.sabotageRepairTokens == 12)
    }

    @Test func nobodyPlantedEndsAtThePhaseChange() throws {
        var state = Self.newMatch()
        let events = MatchRules.advance(&state, now: at(180))
        #expect(events.map(\.type) == ["match:phase"])
        #expect(state.status == .ending)
        #expect(state.endReason == "nobody planted a bug")
        #expect(state.results?.map(\.place) == [1, 1])
        #expect(state.results?.map(\.score) == [0, 0])
    }
}
