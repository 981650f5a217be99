import ArenaShared
import Foundation

/// Sabotage's rules: planting (token budget, must still fail), the repair phase that starts
/// when planting is over, repairs (token budget, never the original) and the points a
/// surviving plant earns.
extension MatchRules {
    /// Planting is over (its clock ran out, or every player still in has planted): plants
    /// score, and the repair phase starts at once.
    static func startRepair(_ state: inout MatchState, now: Date) -> [MatchEvent] {
        state.phase = .repair
        state.roundEndsAt = nil
        for index in state.players.indices where state.players[index].planted != nil {
            state.players[index].score += plantPoints
        }
        var event = MatchEvent(type: "match:phase", match: state.id, at: now)
        event.phase = .repair
        var events = [event]
        if !state.players.contains(where: { $0.planted != nil }) { events += finish(&state, reason: "nobody planted a bug", now: now) }
        return events
    }

    static func sabotage(_ command: MatchCommand, player index: Int, verdict event: MatchEvent, state: inout MatchState, now: Date) -> [MatchEvent] {
        var event = event
        let verdict = command.verdict ?? .systemError
        switch state.phase {
        case .plant:
            switch verdict {
            case .compileError: event.reason = "a planted bug must still compile"
            case .accepted: event.reason = "the planted code still passes every test; break it"
            case .systemError, .pending: event.reason = "judge fault; plant again"
            default:
                guard let source = command.source, command.language == state.problems.first?.baseLanguage else {
                    event.reason = "plant in \(state.problems.first?.baseLanguage?.rawValue ?? "the solution's language")"
                    return [event]
                }
                if let refusal = sabotageRefusal(source: source, player: index, in: state) {
                    event.reason = refusal
                    return [event]
                }
                state.players[index].planted = source
                event.accepted = true
                event.reason = "bug planted (fails with \(verdict.rawValue))"
                // Nobody waits out the planting clock once every plant is in.
                if state.players.allSatisfy({ $0.eliminated || $0.planted != nil }) { return [event] + startRepair(&state, now: now) }
            }
            return [event]
        case .repair:
            guard verdict == .accepted else { return [event] }
            let victim = state.players[index].userID
            guard let planterIndex = state.players.indices.first(where: { state.players[$0].userID != victim }),
                state.players[planterIndex].planted != nil
            else {
                event.reason = "your opponent planted nothing; there is nothing to repair"
                return [event]
            }
            guard state.players[index].repairedAt == nil else {
                event.reason = "already repaired"
                return [event]
            }
            guard let source = command.source else {
                event.reason = "a repair must carry its source"
                return [event]
            }
            if let refusal = sabotageRefusal(source: source, player: index, in: state) {
                event.reason = refusal
                return [event]
            }
            let first = !state.players.contains { $0.repairedAt != nil }
            state.players[index].repairedAt = command.submittedAt
            let points = repairPoints + (first ? firstRepairBonus : 0)
            state.players[index].score += points
            event.accepted = true
            event.points = points
            event.reason = first ? "repaired first" : "repaired"
            var events = [event]
            // Done when every player who has a plant to repair has repaired it.
            let pending = state.players.indices.contains { victimIndex in
                let planted = state.players.indices.contains { $0 != victimIndex && state.players[$0].planted != nil }
                return planted && state.players[victimIndex].repairedAt == nil
            }
            if !pending { events += finish(&state, reason: "every plant repaired", now: now) }
            return events
        case .play:
            return [event]
        }
    }

    /// Why a sabotage source breaks the token rules for this player's phase, or nil. A plant
    /// changes at most `sabotagePlantTokens` tokens of the working solution; a repair at most
    /// `sabotageRepairTokens` of the code planted in the player's copy, and is never the
    /// original again (comments and spacing do not hide it). The edge checks this before
    /// judging (a quick refusal), the owner again before it counts.
    public static func sabotageRefusal(source: String, player index: Int, in state: MatchState) -> String? {
        guard state.mode == .sabotage, let problem = state.problems.first, let base = problem.baseSource else { return nil }
        let language = problem.baseLanguage ?? .python3
        let tokens = SourceTokens.tokens(source, language: language)
        let original = SourceTokens.tokens(base, language: language)
        switch state.phase {
        case .plant:
            let budget = state.settings.sabotagePlantTokens
            if SourceTokens.distance(original, tokens, limit: budget) == nil {
                return "a plant may change at most \(budget) tokens of the working solution (comments and spacing do not count)"
            }
            return nil
        case .repair:
            if tokens == original { return "that is the original solution (comments and spacing aside); repair the planted code" }
            let victim = state.players[index].userID
            guard let planted = state.players.first(where: { $0.userID != victim && $0.planted != nil })?.planted else { return nil }
            let budget = state.settings.sabotageRepairTokens
            if SourceTokens.distance(SourceTokens.tokens(planted, language: language), tokens, limit: budget) == nil {
                return "a repair may change at most \(budget) tokens of the planted code (comments and spacing do not count)"
            }
            return nil
        case .play:
            return nil
        }
    }

    /// Points a plant that survived to the end earns its planter; added when the match ends.
    static func settleSabotage(_ state: inout MatchState) {
        guard state.mode == .sabotage, state.phase == .repair else { return }
        for planter in state.players.indices where state.players[planter].planted != nil {
            let victimRepaired = state.players.indices.contains { $0 != planter && state.players[$0].repairedAt != nil }
            if !victimRepaired { state.players[planter].score += survivingPlantPoints }
        }
    }
}
