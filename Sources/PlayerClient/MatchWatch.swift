import ArenaShared
import Foundation
import Matches

/// `arena watch MATCH`: spectates a match through any edge and reports each event as a
/// line until the match ends.
public struct MatchWatch: Sendable {
    public var match: String
    public var timeout: Duration

    public init(match: String, timeout: Duration = .seconds(3 * 3600)) {
        self.match = match
        self.timeout = timeout
    }

    /// Returns the final `match:end` event. A match that already ended is not live on any
    /// edge: its stored record is reported instead, in the same words as a live end.
    public func run(with session: PlayerSession, report: @escaping @Sendable (String) -> Void) async throws -> MatchEvent {
        let feed = try await session.liveFeed()
        do {
            let end = try await self.follow(feed: feed, report: report)
            await feed.close()
            return end
        } catch PlayerClientError.server(let status, code: "unknown_match", let message) {
            await feed.close()
            if let end = try await self.endedMatch(session: session, report: report) { return end }
            throw PlayerClientError.server(status: status, code: "unknown_match", message: message)
        } catch {
            await feed.close()
            throw error
        }
    }

    /// The core's record of an ended match (`GET /api/matches/{id}`), reported as its end;
    /// nil when the core does not know it either (or it is a stranger's private match).
    private func endedMatch(session: PlayerSession, report: @Sendable (String) -> Void) async throws -> MatchEvent? {
        var found: MatchRecord?
        // A replica may not have the result yet for a moment after the end: ask a few times.
        for attempt in 0..<5 {
            if attempt > 0 { try await Task.sleep(for: .milliseconds(400)) }
            do {
                found = try await session.get(MatchRecord.self, "/api/matches/\(self.match)")
            } catch PlayerClientError.server(status: 404, code: _, message: _) {
                return nil
            }
            if found?.status == "finished" || found?.status == "aborted" { break }
        }
        guard let record = found, record.status == "finished" || record.status == "aborted" else { return nil }
        let ended = record.endedAt.map { " at \(ISO8601DateFormatter().string(from: $0))" } ?? ""
        let players = record.players.map(\.username).joined(separator: " vs ")
        report("\(record.mode) match \(record.id.prefix(8)): \(players) — already \(record.status)\(ended)")
        var end = MatchEvent(type: "match:end", match: record.id, at: record.endedAt ?? Date())
        end.reason = record.status == "aborted" ? "aborted" : nil
        end.results = record.players.compactMap { player in
            player.place.map { MatchStanding(userID: player.userID, username: player.username, place: $0, score: player.score) }
        }
        end.ratingChanges = record.players.compactMap { player in
            guard let before = player.ratingBefore, let after = player.ratingAfter else { return nil }
            return RatingChange(userID: player.userID, before: before, after: after)
        }
        var text = MatchText()
        for line in text.lines(for: end) { report(line) }
        return end
    }

    private func follow(feed: LiveFeed, report: @escaping @Sendable (String) -> Void) async throws -> MatchEvent {
        do {
            return try await withDeadline(self.timeout, "the end of match \(self.match)") {
                var text = MatchText()
                var lastSeq: Int?
                for await message in feed.messages {
                    switch message.type {
                    case "hello":
                        feed.send(["type": "spectate:join", "match": self.match])
                    case "error":
                        // Refusing the spectate request ends the watch; a later error
                        // (a refused state request, a flood warning) is only reported.
                        let error = message.decode(LiveErrorText.self)
                        guard text.hasState else {
                            throw PlayerClientError.server(status: 400, code: error?.code ?? "error", message: error?.message ?? "refused")
                        }
                        report("(the edge said: \(error?.message ?? "error"))")
                    case "chat:message":
                        if let chat = message.decode(ChatText.self), chat.match == self.match { report("[chat] \(chat.from): \(chat.text)") }
                    default:
                        guard message.type.hasPrefix("match:"), let event = message.decode(MatchEvent.self), event.match == self.match else { continue }
                        if let seq = event.seq {
                            // Already in the state we hold (the snapshot is saved before its
                            // events go out), or a gap: ask for the whole state again.
                            if event.type != "match:state", let last = lastSeq, seq <= last { continue }
                            if event.type != "match:state", let last = lastSeq, seq > last + 1 {
                                feed.send(["type": "match:state", "match": self.match])
                            }
                        }
                        if event.type == "match:state", let sequence = event.state?.sequence { lastSeq = max(lastSeq ?? sequence, sequence) }
                        else if let seq = event.seq { lastSeq = max(lastSeq ?? seq, seq) }
                        for line in text.lines(for: event) { report(line) }
                        if event.type == "match:end" { return event }
                        // Joined in the moment between the end and the snapshot's removal.
                        if event.type == "match:state", let state = event.state, state.status == .finished {
                            var end = MatchEvent(type: "match:end", match: self.match, at: Date())
                            end.results = state.results
                            end.ratingChanges = state.ratingChanges
                            end.reason = state.endReason
                            for line in text.lines(for: end) { report(line) }
                            return end
                        }
                    }
                }
                throw PlayerClientError.socketClosed(feed.closeReason ?? "before the match ended")
            }
        } catch let timeout as DeadlineExceeded {
            throw PlayerClientError.timedOut(timeout.operation)
        }
    }

    struct LiveErrorText: Decodable { var code: String; var message: String }
    struct ChatText: Decodable { var from: String; var text: String; var match: String? }
}

/// Turns match events into terminal lines; remembers names and titles from the last
/// full state, and prints the clock only at whole minutes and the 30-second warning.
public struct MatchText: Sendable {
    var state: MatchState?
    var lastMinute: Int64?
    var warned = false

    public init() {}

    public var hasState: Bool { self.state != nil }

    public mutating func lines(for event: MatchEvent) -> [String] {
        switch event.type {
        case "match:state":
            guard let state = event.state else { return [] }
            let first = self.state == nil
            self.state = state
            guard first else { return ["(state refreshed: \(self.scores()))"] }
            let players = state.players.map { "\($0.username) (\($0.rating), \($0.region))" }.joined(separator: " vs ")
            var lines = ["\(state.mode.rawValue) match \(state.id.prefix(8)): \(players) — \(state.status.rawValue)"]
            for problem in state.problems {
                let claimed = problem.claimedBy.map { " — claimed by \(self.name($0))" } ?? ""
                lines.append("  \(problem.title) [\(problem.slug)] \(problem.points) pts\(claimed)")
            }
            return lines
        case "match:tick":
            guard let remaining = event.remainingMs else { return [] }
            if remaining <= 30_000, remaining > 0, !self.warned {
                self.warned = true
                return ["⏱ 30 seconds left"]
            }
            let minute = remaining / 60_000
            defer { self.lastMinute = minute }
            guard let last = self.lastMinute, minute < last else { return [] }
            return ["⏱ \(minute + 1):00 left — \(self.scores())"]
        case "match:verdict":
            guard event.final == true, let player = event.player else { return [] }
            var line = "\(self.name(player)): \(self.title(event.problem)) → \(event.verdict?.rawValue ?? "?")"
            if let bytes = event.bytes, event.accepted == true { line += " (\(bytes) bytes)" }
            if let points = event.points, points > 0 { line += " +\(points)" }
            self.bumpScore(player, by: event.points ?? 0)
            return [line]
        case "match:lockout":
            guard let player = event.player else { return [] }
            return ["🔒 \(self.name(player)) locked \(self.title(event.problem)) (+\(event.points ?? 0))"]
        case "match:eliminate":
            guard let player = event.player else { return [] }
            return ["✖ \(self.name(player)) is out" + (event.round.map { " in round \($0)" } ?? "") + (event.reason.map { " (\($0))" } ?? "")]
        case "match:round":
            return ["round \(event.round ?? 0): \(self.title(event.problem))"]
        case "match:phase":
            return ["phase: \(event.phase?.rawValue ?? "?")"]
        case "match:end":
            var lines = ["match over" + (event.reason.map { " (\($0))" } ?? "")]
            let changes = Dictionary((event.ratingChanges ?? []).map { ($0.userID, $0) }, uniquingKeysWith: { first, _ in first })
            for standing in (event.results ?? []).sorted(by: { $0.place < $1.place }) {
                var line = "  #\(standing.place) \(standing.username)  \(standing.score) pts"
                if let change = changes[standing.userID] {
                    let delta = change.after - change.before
                    line += "  rating \(change.before) → \(change.after) (\(delta >= 0 ? "+" : "")\(delta))"
                }
                lines.append(line)
            }
            return lines
        default:
            return []
        }
    }

    func name(_ userID: Int64) -> String {
        self.state?.players.first { $0.userID == userID }?.username ?? "player \(userID)"
    }

    func title(_ slug: String?) -> String {
        guard let slug else { return "?" }
        return self.state?.problems.first { $0.slug == slug }?.title ?? slug
    }

    mutating func bumpScore(_ userID: Int64, by points: Int) {
        guard let index = self.state?.players.firstIndex(where: { $0.userID == userID }) else { return }
        self.state?.players[index].score += points
    }

    func scores() -> String {
        (self.state?.players ?? []).map { "\($0.username) \($0.score)" }.joined(separator: ", ")
    }
}
