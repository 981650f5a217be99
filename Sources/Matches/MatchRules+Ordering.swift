import ArenaShared
import Foundation

/// A submission the owner knows was made and waits to see judged.
public struct PendingSubmission: Codable, Sendable, Hashable {
    public var submission: String
    public var userID: Int64
    public var problem: String?
    public var submittedAt: Date

    public init(submission: String, userID: Int64, problem: String?, submittedAt: Date) {
        self.submission = submission
        self.userID = userID
        self.problem = problem
        self.submittedAt = submittedAt
    }
}

/// Submission time decides, not verdict arrival. Each match submission is stamped when it
/// enters the match at the player's edge, and that edge tells the owner at once
/// (`submitted`). A verdict whose submission came after one still being judged is held
/// until the earlier one is judged, then verdicts are applied earliest submission first. So
/// a Kotlin solution submitted first but compiled slower, or judged on a busier edge in
/// another region, still claims the problem before a C solution submitted later. Deadlines
/// (the end, a Battle Royale round, Sabotage's planting) wait the same way for submissions
/// made before them. Every wait is bounded: a submission is waited for at most
/// `judgingGrace` after it was made (a judge that never answers cannot stall a match).
extension MatchRules {
    public static let judgingGrace: TimeInterval = 30
    /// Pending submissions remembered per match (the submit rate limit keeps it far below this).
    static let pendingMemory = 500

    /// The owner's entry point for every command: orders verdicts by submission time, then applies them.
    public static func receive(_ command: MatchCommand, to state: inout MatchState, now: Date) -> [MatchEvent] {
        var command = command
        // An edge's stamp is believed between the match's start and the command's arrival.
        command.submittedAt = min(max(command.submittedAt, state.startedAt), now)
        if state.applied.contains(command.key) || state.held?.contains(where: { $0.key == command.key }) == true { return [] }
        switch command.kind {
        case .submitted:
            remember(command.key, in: &state)
            guard state.status == .live, let submission = command.submission, state.player(command.userID) != nil else { return [] }
            var pending = state.pending ?? []
            pending.append(PendingSubmission(submission: submission, userID: command.userID, problem: command.problem, submittedAt: command.submittedAt))
            if pending.count > pendingMemory { pending.removeFirst(pending.count - pendingMemory) }
            state.pending = pending
            return []
        case .resign:
            return apply(command, to: &state, now: now) + release(&state, now: now)
        case .judged:
            if let submission = command.submission {
                state.pending?.removeAll { $0.submission == submission }
                // A `submitted` that arrives after its verdict (its send was retried) is ignored.
                remember(submittedKey(submission), in: &state)
            }
            // (A submission made after a deadline is refused at once: no order can change that.)
            if state.status == .live, lateReason(command, state) == nil, waits(before: command.submittedAt, state, now: now) {
                state.held = (state.held ?? []) + [command]
                return []
            }
            return apply(command, to: &state, now: now) + release(&state, now: now)
        }
    }

    /// The key of the `submitted` command for a submission (one per submission, so a resend is a no-op).
    public static func submittedKey(_ submission: String) -> String { "sent:\(submission)" }

    /// Whether a deadline must still wait: some submission made before it is being judged
    /// (within the grace). `problem` narrows it to one problem (a Battle Royale round).
    public static func awaitsJudgement(before deadline: Date, _ state: MatchState, now: Date, problem: String? = nil) -> Bool {
        let pending = state.pending?.contains { $0.submittedAt < deadline && isAwaited($0, now: now) && (problem == nil || $0.problem == problem) } ?? false
        let held = state.held?.contains { $0.submittedAt < deadline && (problem == nil || $0.problem == problem) } ?? false
        return pending || held
    }

    /// Applies held verdicts, earliest submission first, while no earlier submission is still
    /// being judged; forgets submissions waited for longer than the grace.
    static func release(_ state: inout MatchState, now: Date) -> [MatchEvent] {
        state.pending?.removeAll { !isAwaited($0, now: now) }
        if state.pending?.isEmpty == true { state.pending = nil }
        var events: [MatchEvent] = []
        while var held = state.held, !held.isEmpty {
            let next = held.indices.min { (held[$0].submittedAt, held[$0].key) < (held[$1].submittedAt, held[$1].key) }!
            if state.status == .live, waits(before: held[next].submittedAt, state, now: now) { break }
            let command = held.remove(at: next)
            state.held = held.isEmpty ? nil : held
            events += apply(command, to: &state, now: now)
        }
        return events
    }

    static func waits(before time: Date, _ state: MatchState, now: Date) -> Bool {
        state.pending?.contains { $0.submittedAt < time && isAwaited($0, now: now) } ?? false
    }

    static func isAwaited(_ pending: PendingSubmission, now: Date) -> Bool {
        now.timeIntervalSince(pending.submittedAt) <= judgingGrace
    }

    static func remember(_ key: String, in state: inout MatchState) {
        state.applied.append(key)
        if state.applied.count > MatchState.appliedMemory { state.applied.removeFirst(state.applied.count - MatchState.appliedMemory) }
    }
}
