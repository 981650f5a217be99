import ArenaShared
import Foundation

/// The rules of the four modes as pure functions of a snapshot, a command and the
/// server clock. The owner edge is the only caller that changes a live match, and it
/// applies commands one at a time, so "first accepted claims the problem" needs no
/// locking. "First" is by submission time: `receive` (MatchRules+Ordering) holds a verdict
/// back until every earlier submission is judged.
///
/// Scoring (also in docs/matches.md):
/// - Blitz: the first AC of an unclaimed problem claims its points; the match ends at
///   the timer, when every problem is claimed, or when the leader's lead is larger
///   than the unclaimed points.
/// - Golf: the shortest accepted source in bytes wins, a tie goes to the earlier submission.
/// - Battle Royale: one problem per round; at the round's end (or once every player
///   still in solved it) the worst of the round is eliminated: non-solvers before
///   solvers, then later solve, then fewer total points.
/// - Sabotage: 100 for a valid plant (compiles, fails a test), 200 for repairing the
///   opponent's plant (+50 for the first repair), 100 more for a plant still unrepaired at the end.
public enum MatchRules {
    public static let plantPoints = 100
    public static let repairPoints = 200
    public static let firstRepairBonus = 50
    public static let survivingPlantPoints = 100
    public static let royaleRoundPoints = 100

    /// Applies one command; returns the events to publish (without sequence numbers).
    public static func apply(_ command: MatchCommand, to state: inout MatchState, now: Date) -> [MatchEvent] {
        if state.applied.contains(command.key) { return [] }
        state.applied.append(command.key)
        if state.applied.count > MatchState.appliedMemory { state.applied.removeFirst(state.applied.count - MatchState.appliedMemory) }
        guard let index = state.playerIndex(command.userID) else { return [] }
        var verdictEvent = MatchEvent(type: "match:verdict", match: state.id, at: now)
        verdictEvent.player = command.userID
        verdictEvent.problem = command.problem
        verdictEvent.verdict = command.verdict
        verdictEvent.final = true
        verdictEvent.accepted = false
        guard state.status == .live else {
            guard command.kind == .judged else { return [] }
            verdictEvent.reason = "the match is over; this submission does not count"
            return [verdictEvent]
        }
        guard !state.players[index].eliminated else {
            verdictEvent.reason = "you are out of this match"
            return command.kind == .judged ? [verdictEvent] : []
        }
        switch command.kind {
        case .submitted:
            return []
        case .resign:
            state.players[index].eliminated = true
            state.players[index].eliminatedInRound = state.round
            state.players[index].resigned = true
            var event = MatchEvent(type: "match:eliminate", match: state.id, at: now)
            event.player = command.userID
            event.round = state.round
            event.reason = "resigned"
            var events = [event]
            let alive = state.players.filter { !$0.eliminated }
            if alive.count <= 1 {
                events += finish(&state, reason: "opponents resigned", now: now)
            } else if state.mode == .royale, alive.allSatisfy({ $0.solvedRounds.contains(state.round) }) {
                // Everyone still in has solved this round: it ends now, as after the last solve.
                events += endRoyaleRound(&state, now: now)
            }
            return events
        case .judged:
            guard let slug = command.problem, let problemIndex = state.problemIndex(slug), let verdict = command.verdict else {
                verdictEvent.reason = "not a problem of this match"
                return [verdictEvent]
            }
            if let late = lateReason(command, state) {
                verdictEvent.reason = late
                return [verdictEvent]
            }
            let accepted = verdict == .accepted
            var events: [MatchEvent] = []
            switch state.mode {
            case .blitz:
                if accepted, let owner = state.problems[problemIndex].claimedBy {
                    verdictEvent.reason = "already claimed by \(state.player(owner)?.username ?? "another player")"
                    events.append(verdictEvent)
                } else if accepted {
                    state.problems[problemIndex].claimedBy = command.userID
                    state.problems[problemIndex].claimedAt = command.submittedAt
                    state.players[index].score += state.problems[problemIndex].points
                    state.players[index].lastSolveAt = command.submittedAt
                    verdictEvent.accepted = true
                    verdictEvent.points = state.problems[problemIndex].points
                    var lockout = MatchEvent(type: "match:lockout", match: state.id, at: now)
                    lockout.player = command.userID
                    lockout.problem = slug
                    lockout.points = state.problems[problemIndex].points
                    events += [verdictEvent, lockout]
                    events += blitzEarlyFinish(&state, now: now)
                } else {
                    events.append(verdictEvent)
                }
            case .golf:
                verdictEvent.bytes = command.bytes
                if accepted, let bytes = command.bytes {
                    verdictEvent.accepted = true
                    if state.players[index].bestBytes.map({ bytes < $0 }) ?? true {
                        state.players[index].bestBytes = bytes
                        state.players[index].bestAt = command.submittedAt
                        state.players[index].score = bytes
                        verdictEvent.reason = "new best: \(bytes) bytes"
                    } else {
                        verdictEvent.reason = "accepted, but not shorter than your \(state.players[index].bestBytes ?? bytes) bytes"
                    }
                }
                events.append(verdictEvent)
            case .royale:
                verdictEvent.round = state.round
                if problemIndex != state.round - 1 {
                    verdictEvent.reason = "round \(state.round) is on another problem"
                    events.append(verdictEvent)
                } else if accepted && !state.players[index].solvedRounds.contains(state.round) {
                    state.players[index].solvedRounds.append(state.round)
                    state.players[index].score += royaleRoundPoints
                    state.players[index].lastSolveAt = command.submittedAt
                    verdictEvent.accepted = true
                    verdictEvent.points = royaleRoundPoints
                    events.append(verdictEvent)
                    let alive = state.players.filter { !$0.eliminated }
                    if alive.allSatisfy({ $0.solvedRounds.contains(state.round) }) { events += endRoyaleRound(&state, now: now) }
                } else {
                    events.append(verdictEvent)
                }
            case .sabotage:
                events += sabotage(command, player: index, verdict: verdictEvent, state: &state, now: now)
            }
            return events
        }
    }

    /// Moves the clock: round ends, sabotage phase change, the final whistle.
    public static func advance(_ state: inout MatchState, now: Date) -> [MatchEvent] {
        guard state.status == .live else { return [] }
        // Verdicts whose earlier submissions were waited out (the grace) apply first.
        var events = release(&state, now: now)
        guard state.status == .live else { return events }
        // Each deadline waits (bounded) for the verdicts of submissions made before it.
        switch state.mode {
        case .royale:
            if let roundEnd = state.roundEndsAt, roundEnd <= now,
                !awaitsJudgement(before: roundEnd, state, now: now, problem: state.problems[state.round - 1].slug)
            {
                events += endRoyaleRound(&state, now: now)
            }
        case .sabotage:
            if state.phase == .plant, let plantEnd = state.roundEndsAt, plantEnd <= now, !awaitsJudgement(before: plantEnd, state, now: now) {
                events += startRepair(&state, now: now)
            }
        case .blitz, .golf:
            break
        }
        if state.status == .live && now >= state.endsAt && !awaitsJudgement(before: state.endsAt, state, now: now) {
            events += finish(&state, reason: "time", now: now)
        }
        return events
    }

    /// Why a submission made after a deadline does not count (the deadline may still be
    /// waiting for earlier submissions' verdicts, so the status alone does not tell).
    static func lateReason(_ command: MatchCommand, _ state: MatchState) -> String? {
        if command.submittedAt >= state.endsAt { return "made after the time ran out; it does not count" }
        guard let deadline = state.roundEndsAt, command.submittedAt >= deadline else { return nil }
        switch (state.mode, state.phase) {
        case (.royale, _): return "made after round \(state.round) ended; it does not count"
        case (.sabotage, .plant): return "made after planting ended; it does not count"
        default: return nil
        }
    }

    /// The final table: place 1 is best; equal keys share a place (a draw).
    public static func standings(_ state: MatchState) -> [MatchStanding] {
        func key(_ player: MatchPlayer) -> [Double] {
            // Resigned players rank below everyone who played on, eliminated ones below the rest.
            let out: Double = player.resigned == true ? 2 : player.eliminated ? 1 : 0
            switch state.mode {
            case .blitz, .sabotage:
                return [out, -Double(player.score)]
            case .golf:
                return [out, player.bestBytes == nil ? 1 : 0, Double(player.bestBytes ?? 0), player.bestAt?.timeIntervalSince1970 ?? 0]
            case .royale:
                if player.eliminated { return [out, -Double(player.eliminatedInRound ?? 0), 0] }
                return [0, -Double(player.score), player.lastSolveAt?.timeIntervalSince1970 ?? .infinity]
            }
        }
        let ranked = state.players.map { ($0, key($0)) }.sorted { $0.1.lexicographicallyPrecedes($1.1) }
        var result: [MatchStanding] = []
        for (offset, (player, playerKey)) in ranked.enumerated() {
            let place = offset > 0 && ranked[offset - 1].1 == playerKey ? result[offset - 1].place : offset + 1
            result.append(MatchStanding(userID: player.userID, username: player.username, place: place, score: player.score))
        }
        return result
    }

    /// Decides the match: the engine commits the standings at the core, then publishes `match:end`.
    static func finish(_ state: inout MatchState, reason: String, now: Date) -> [MatchEvent] {
        guard state.status == .live else { return [] }
        state.status = .ending
        state.endReason = reason
        state.roundEndsAt = nil
        settleSabotage(&state)
        state.results = standings(state)
        return []
    }

    static func blitzEarlyFinish(_ state: inout MatchState, now: Date) -> [MatchEvent] {
        let unclaimed = state.problems.filter { $0.claimedBy == nil }.reduce(0) { $0 + $1.points }
        if unclaimed == 0 { return finish(&state, reason: "every problem is claimed", now: now) }
        let scores = state.players.filter { !$0.eliminated }.map(\.score).sorted(by: >)
        if scores.count >= 2, scores[0] - scores[1] > unclaimed { return finish(&state, reason: "the rest cannot change the outcome", now: now) }
        return []
    }

    static func endRoyaleRound(_ state: inout MatchState, now: Date) -> [MatchEvent] {
        let round = state.round
        let alive = state.players.indices.filter { !state.players[$0].eliminated }
        var events: [MatchEvent] = []
        if alive.count > 1 {
            func key(_ index: Int) -> [Double] {
                let player = state.players[index]
                let solved = player.solvedRounds.contains(round)
                return [solved ? 0 : 1, solved ? player.lastSolveAt?.timeIntervalSince1970 ?? 0 : 0, -Double(player.score), Double(player.userID)]
            }
            let worst = alive.max { key($0).lexicographicallyPrecedes(key($1)) }!
            state.players[worst].eliminated = true
            state.players[worst].eliminatedInRound = round
            var event = MatchEvent(type: "match:eliminate", match: state.id, at: now)
            event.player = state.players[worst].userID
            event.round = round
            event.reason = state.players[worst].solvedRounds.contains(round) ? "slowest solve of the round" : "did not solve round \(round)"
            events.append(event)
        }
        let remaining = state.players.filter { !$0.eliminated }.count
        if remaining <= 1 || round >= state.problems.count {
            events += finish(&state, reason: remaining <= 1 ? "last player standing" : "rounds over", now: now)
            return events
        }
        state.round = round + 1
        let roundEnd = now.addingTimeInterval(TimeInterval(state.settings.royaleRoundSeconds))
        state.roundEndsAt = roundEnd
        state.endsAt = roundEnd.addingTimeInterval(TimeInterval(state.settings.royaleRoundSeconds * (state.problems.count - state.round)))
        var next = MatchEvent(type: "match:round", match: state.id, at: now)
        next.round = state.round
        next.problem = state.problems[state.round - 1].slug
        next.roundRemainingMs = MatchEvent.milliseconds(from: now, to: roundEnd)
        events.append(next)
        return events
    }
}
