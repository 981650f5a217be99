import ArenaHTTP
import ArenaShared
import Foundation
import Judge
import Logging
import Matches
import NIOCore
import NIOHTTP1
import Prometheus
import Replication

/// Handles a socket's lobby, match, spectate and chat frames. Every check happens before
/// anything changes, so a refused frame leaves the queue, the match and the socket as
/// they were; the reply is an error frame naming what to fix.
struct MatchGateway: Sendable {
    let host: MatchHost
    let hub: LiveHub
    let judging: SubmissionJudging
    let core: CoreClient
    let redis: RedisClient
    let region: String
    let queueCapacity: Int
    /// Per player, shared by every edge through Redis.
    let submitLimiter: RateLimiter
    let chatLimiter: RateLimiter
    let lobbyLimiter: RateLimiter

    init(host: MatchHost, hub: LiveHub, judging: SubmissionJudging, core: CoreClient, redis: RedisClient, region: String, queueCapacity: Int) {
        self.host = host
        self.hub = hub
        self.judging = judging
        self.core = core
        self.redis = redis
        self.region = region
        self.queueCapacity = queueCapacity
        self.submitLimiter = RateLimiter(limit: 1, window: .seconds(2), shared: redis, name: "match-submit")
        self.chatLimiter = RateLimiter(limit: 10, window: .seconds(10), shared: redis, name: "chat")
        self.lobbyLimiter = RateLimiter(limit: 10, window: .seconds(10), shared: redis, name: "lobby")
    }

    static let maximumChatCharacters = 280

    struct Who: Sendable {
        var userID: Int64
        var name: String
        var socket: UUID
    }

    /// Handles one frame; false if the type is not one of ours.
    func handle(_ frame: LiveFrame, from who: Who) async throws(LiveError) -> Bool {
        switch frame.type {
        case "queue:join": try await self.joinQueue(frame, who)
        case "queue:leave": try await self.leaveQueue(frame, who)
        case "match:submit": try await self.submit(frame, who)
        case "match:resume": try await self.resume(frame, who)
        case "match:state": try await self.state(frame, who)
        case "match:resign": try await self.resign(frame, who)
        case "spectate:join": try await self.spectate(frame, who)
        case "spectate:leave": try await self.stopSpectating(frame, who)
        case "chat:send": try await self.chat(frame, who)
        case "match:history": try await self.history(frame, who)
        case "chat:backlog": try await self.chatBacklog(frame, who)
        default: return false
        }
        return true
    }

    /// The socket closed: spectator counts drop, and a player with no socket left here leaves the queue.
    func disconnected(_ who: Who, spectated: Set<String>, lastSocket: Bool) async {
        for match in spectated { _ = try? await self.redis.send(["HINCRBY", MatchKeys.snapshot(match), "spectators", "-1"]) }
        if lastSocket, self.host.queuedMode(who.userID) != nil {
            self.host.queuedHere(who.userID, mode: nil)
            _ = try? await self.callCore("/internal/queue/leave", QueueLeaveRequest(userID: who.userID))
        }
    }

    // MARK: Lobby

    private func joinQueue(_ frame: LiveFrame, _ who: Who) async throws(LiveError) {
        guard let name = frame.mode, let mode = MatchMode(rawValue: name) else {
            throw LiveError("invalid_mode", "mode is one of \(MatchMode.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        try await self.limit(self.lobbyLimiter, "lobby:\(who.userID)", what: "queue requests")
        let reply = try await self.callCore("/internal/queue", QueueJoinRequest(userID: who.userID, mode: mode, region: self.region))
        guard reply.status == 200, let joined = try? ArenaJSON.decoder().decode(QueueJoinReply.self, from: Data(reply.body.readableBytesView)) else {
            throw Self.coreError(reply)
        }
        self.host.queuedHere(who.userID, mode: mode)
        self.hub.send(QueueJoined(id: frame.id, mode: mode, rating: joined.rating), socket: who.socket)
        self.hub.send(QueueStatus(mode: mode, position: 0, queued: 0, waitedSeconds: 0, window: MatchmakingWindow.initial), to: who.userID)
    }

    private func leaveQueue(_ frame: LiveFrame, _ who: Who) async throws(LiveError) {
        try await self.limit(self.lobbyLimiter, "lobby:\(who.userID)", what: "queue requests")
        let reply = try await self.callCore("/internal/queue/leave", QueueLeaveRequest(userID: who.userID))
        guard reply.status == 200 else { throw Self.coreError(reply) }
        struct Left: Decodable { var left: Bool }
        let left = (try? ArenaJSON.decoder().decode(Left.self, from: Data(reply.body.readableBytesView)))?.left ?? false
        self.host.queuedHere(who.userID, mode: nil)
        guard left else { throw LiveError("not_queued", "you are not in a queue") }
        self.reply(["type": "queue:left"], frame, who)
    }

    // MARK: Matches

    private func submit(_ frame: LiveFrame, _ who: Who) async throws(LiveError) {
        let state = try await self.liveState(frame.match)
        guard state.player(who.userID) != nil else { throw LiveError("not_in_match", "you are not a player of this match") }
        guard state.status == .live, Date() < state.endsAt else { throw LiveError("match_over", "the match is over; submissions no longer count") }
        guard let problem = frame.problem, state.problemIndex(problem) != nil else {
            throw LiveError("unknown_problem", "problem is one of \(state.problems.map(\.slug).joined(separator: ", "))")
        }
        guard state.isOpen(problem: problem, for: who.userID) else {
            throw LiveError("problem_closed", Self.closedReason(state, problem: problem, user: who.userID))
        }
        let language: LanguageID
        let source = frame.source ?? ""
        do {
            language = try JudgeRoutes.availableLanguage(frame.language ?? "", pool: self.judging.pool)
            try JudgeRoutes.checkSource(source)
        } catch let error as APIError {
            throw LiveError(error.code, error.message)
        } catch {
            throw LiveError("unknown_language", "\(error)")
        }
        if state.mode == .sabotage, let base = state.problems.first?.baseLanguage, language != base {
            throw LiveError("wrong_language", "this sabotage is in \(base.rawValue)")
        }
        try await self.limit(self.submitLimiter, "match-submit:\(who.userID)", what: "match submissions (1 per 2 s)")
        guard self.judging.backlog < self.queueCapacity, self.judging.pool.hasRoom else {
            throw LiveError("judge_busy", "the judge queue is full; retry in 5 s")
        }
        let key = "u\(who.userID):m\(state.id.prefix(8)):\(UUID().uuidString)"
        // The submission's time in the match: stamped here, where it enters (see MatchRules+Ordering).
        let submittedAt = Date()
        var record = SubmissionRecord(
            idempotencyKey: key, userID: who.userID, problem: problem, language: language, source: source, verdict: .pending, region: self.region,
            submittedAt: submittedAt)
        record.match = state.id
        record.matchOnly = state.mode == .sabotage ? true : nil
        do {
            try self.judging.accept(record)
        } catch {
            throw LiveError("unavailable", "the edge cannot store submissions right now; retry")
        }
        // The owner learns of the submission now, so a later submission judged sooner waits for
        // this one's verdict. Best effort: undelivered, the verdict is still applied when it comes.
        _ = await self.host.send(
            MatchCommand(
                key: MatchRules.submittedKey(key), kind: .submitted, userID: who.userID, problem: problem, submission: key, submittedAt: submittedAt),
            to: state.id)
        self.hub.watch(match: state.id, socket: who.socket, spectator: false)
        self.reply(["type": "match:submitted", "match": state.id, "problem": problem, "idempotencyKey": key], frame, who)
    }

    static func closedReason(_ state: MatchState, problem: String, user: Int64) -> String {
        if state.player(user)?.eliminated == true { return "you are out of this match" }
        if state.mode == .blitz, let index = state.problemIndex(problem), let owner = state.problems[index].claimedBy {
            return "already claimed by \(state.player(owner)?.username ?? "another player")"
        }
        if state.mode == .royale { return "round \(state.round) is on \(state.problems[state.round - 1].slug)" }
        return "this problem is closed"
    }

    private func resume(_ frame: LiveFrame, _ who: Who) async throws(LiveError) {
        let match = try Self.matchID(frame.match)
        guard let token = frame.token, self.host.resumeTokens.verify(token, match: match, userID: who.userID) else {
            throw LiveError("invalid_resume_token", "the resume token is not valid for this match and user; open the match again from the lobby")
        }
        let state = try await self.loadState(match)
        self.hub.watch(match: match, socket: who.socket, spectator: false)
        self.sendState(state, frame, who, resumeToken: self.host.resumeTokens.sign(match: match, userID: who.userID))
    }

    private func state(_ frame: LiveFrame, _ who: Who) async throws(LiveError) {
        let match = try Self.matchID(frame.match)
        let state = try await self.loadState(match)
        guard state.player(who.userID) != nil || self.hub.isWatching(match: match, socket: who.socket) || !state.isPrivate else {
            throw LiveError("private_match", "this match is private")
        }
        self.sendState(state, frame, who, resumeToken: nil)
    }

    private func resign(_ frame: LiveFrame, _ who: Who) async throws(LiveError) {
        let state = try await self.liveState(frame.match)
        guard state.player(who.userID) != nil else { throw LiveError("not_in_match", "you are not a player of this match") }
        guard state.status == .live else { throw LiveError("match_over", "the match is over") }
        let command = MatchCommand(key: "resign:\(who.userID)", kind: .resign, userID: who.userID, submittedAt: Date())
        guard await self.host.send(command, to: state.id) else { throw LiveError("unavailable", "could not reach the match; retry") }
        self.reply(["type": "match:resigned", "match": state.id], frame, who)
    }

    private func spectate(_ frame: LiveFrame, _ who: Who) async throws(LiveError) {
        let match = try Self.matchID(frame.match)
        let state = try await self.loadState(match)
        if state.isPrivate && state.player(who.userID) == nil { throw LiveError("private_match", "this match is private; only its players can watch it") }
        let spectator = state.player(who.userID) == nil
        if self.hub.watch(match: match, socket: who.socket, spectator: spectator), spectator {
            _ = try? await self.redis.send(["HINCRBY", MatchKeys.snapshot(match), "spectators", "1"])
        }
        self.sendState(state, frame, who, resumeToken: nil)
    }

    private func stopSpectating(_ frame: LiveFrame, _ who: Who) async throws(LiveError) {
        let match = try Self.matchID(frame.match)
        guard self.hub.isWatching(match: match, socket: who.socket) else { throw LiveError("not_watching", "this socket is not watching that match") }
        if self.hub.unwatch(match: match, socket: who.socket) {
            _ = try? await self.redis.send(["HINCRBY", MatchKeys.snapshot(match), "spectators", "-1"])
        }
        self.reply(["type": "spectate:left", "match": match], frame, who)
    }

    // MARK: Chat

    struct ChatFrame: Encodable {
        var type = "chat:message"
        /// Names the message, so a client that sees it both live and in a backlog shows it once.
        var key = UUID().uuidString.lowercased()
        var channel: String
        var match: String?
        var from: String
        var text: String
        var serverTime: Int64
    }

    private func chat(_ frame: LiveFrame, _ who: Who) async throws(LiveError) {
        let text = (frame.text ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.isEmpty else { throw LiveError("empty_message", "a chat message needs text") }
        guard text.count <= Self.maximumChatCharacters else {
            throw LiveError("message_too_long", "chat messages are at most \(Self.maximumChatCharacters) characters (this one has \(text.count))")
        }
        guard !text.unicodeScalars.contains(where: { $0.properties.generalCategory == .control && $0 != "\n" }) else {
            throw LiveError("invalid_message", "chat messages cannot contain control characters")
        }
        let now = Int64(Date().timeIntervalSince1970 * 1000)
        switch frame.channel ?? "global" {
        case "global":
            try await self.limit(self.chatLimiter, "chat:\(who.userID)", what: "chat messages (10 per 10 s)")
            guard let payload = LiveHub.encode(ChatFrame(channel: "global", from: who.name, text: text, serverTime: now)) else { return }
            let commands = MatchKeys.appendCommands(MatchKeys.chatBacklog, payload, limit: MatchKeys.chatBacklogLimit, ttlSeconds: 86_400)
                + [["PUBLISH", MatchKeys.chatChannel, payload]]
            guard (try? await self.redis.pipeline(commands)) != nil else { throw LiveError("unavailable", "chat is unavailable; retry") }
        case "match":
            let match = try Self.matchID(frame.match)
            guard self.hub.isWatching(match: match, socket: who.socket) else {
                throw LiveError("not_watching", "join or spectate the match before chatting in it")
            }
            // Every match is rated: a spectator's message could pass a player hints, so
            // while it is live only its players write in its chat (spectators read it).
            let state = try await self.loadState(match)
            if state.status == .live && !state.players.contains(where: { $0.userID == who.userID }) {
                throw LiveError("spectator_chat", "spectators can read a rated match's chat but not write in it while it is live")
            }
            try await self.limit(self.chatLimiter, "chat:\(who.userID)", what: "chat messages (10 per 10 s)")
            guard let payload = LiveHub.encode(ChatFrame(channel: "match", match: match, from: who.name, text: text, serverTime: now)) else { return }
            let commands = MatchKeys.appendCommands(MatchKeys.history(match), payload, limit: MatchKeys.historyLimit)
                + [["PUBLISH", MatchKeys.eventsChannel, "\(match)\n\(payload)"]]
            guard (try? await self.redis.pipeline(commands)) != nil else {
                throw LiveError("unavailable", "chat is unavailable; retry")
            }
        default:
            throw LiveError("invalid_channel", "channel is 'global' or 'match'")
        }
    }

    // MARK: Helpers

    static func matchID(_ text: String?) throws(LiveError) -> String {
        guard let text, let id = UUID(uuidString: text) else { throw LiveError("unknown_match", "no such match") }
        return id.uuidString.lowercased()
    }

    func loadState(_ match: String) async throws(LiveError) -> MatchState {
        let loaded: MatchState?
        do {
            loaded = try await MatchEngine.load(match: match, redis: self.redis)
        } catch {
            throw LiveError("unavailable", "live matches are unavailable right now; retry")
        }
        guard let loaded else { throw LiveError("unknown_match", "no such match") }
        return loaded
    }

    private func liveState(_ match: String?) async throws(LiveError) -> MatchState {
        try await self.loadState(try Self.matchID(match))
    }

    /// The rating the player queues with, as a number (the other replies are all strings).
    struct QueueJoined: Encodable {
        var type = "queue:joined"
        var id: String?
        var mode: MatchMode
        var rating: Int
    }

    struct StateFrame: Encodable {
        var type = "match:state"
        var id: String?
        var match: String
        var state: MatchState
        var resumeToken: String?
        var serverTime: Int64
    }

    private func sendState(_ state: MatchState, _ frame: LiveFrame, _ who: Who, resumeToken: String?) {
        self.hub.send(
            StateFrame(
                id: frame.id, match: state.id, state: state.redacted(for: who.userID), resumeToken: resumeToken,
                serverTime: Int64(Date().timeIntervalSince1970 * 1000)), socket: who.socket)
    }

    func reply(_ fields: [String: String], _ frame: LiveFrame, _ who: Who) {
        var fields = fields
        if let id = frame.id { fields["id"] = id }
        self.hub.send(fields, socket: who.socket)
    }

    func limit(_ limiter: RateLimiter, _ key: String, what: String) async throws(LiveError) {
        if let wait = await limiter.acquire(key: key) { throw LiveError("rate_limited", "too many \(what); wait \(wait) s") }
    }

    private func callCore(_ path: String, _ body: some Encodable) async throws(LiveError) -> CoreClient.Reply {
        do {
            let data = try ArenaJSON.encoder().encode(body)
            return try await self.core.send(
                method: .POST, path: path, headers: [("content-type", "application/json")], body: ByteBuffer(bytes: data), internalCall: true)
        } catch {
            throw LiveError("unavailable", "the core is unreachable from region \(self.region); retry shortly")
        }
    }

    static func coreError(_ reply: CoreClient.Reply) -> LiveError {
        struct Body: Decodable {
            struct Detail: Decodable {
                var code: String
                var message: String
            }
            var error: Detail
        }
        if let body = try? ArenaJSON.decoder().decode(Body.self, from: Data(reply.body.readableBytesView)) {
            return LiveError(body.error.code, body.error.message)
        }
        return LiveError("unavailable", "the core answered \(reply.status); retry")
    }
}
