import ArenaShared
import Foundation
import Matches
import Replication

/// What a socket that arrives late is owed: the history of the match it opens (events and
/// chat, so a reload or a late spectator reads what happened), the global chat's backlog,
/// and, for a player seated in a live match while away, a `match:seated` with a fresh
/// resume token so every page can offer the way back.
extension MatchGateway {
    struct SeatedFrame: Encodable {
        var type = "match:seated"
        var match: String
        var mode: MatchMode
        var resumeToken: String
        var endsAt: Date
    }

    /// `match:history`: the match's stored frames, oldest first, for its players and for
    /// anyone who may watch it (public matches).
    func history(_ frame: LiveFrame, _ who: Who) async throws(LiveError) {
        let match = try Self.matchID(frame.match)
        let state = try await self.loadState(match)
        guard state.player(who.userID) != nil || !state.isPrivate else { throw LiveError("private_match", "this match is private") }
        let frames = try await self.storedFrames(MatchKeys.history(match))
        self.hub.send(Self.listFrame(type: "match:history", id: frame.id, match: match, frames: frames), user: who.userID, socket: who.socket)
    }

    /// `chat:backlog`: the last global chat messages, oldest first.
    func chatBacklog(_ frame: LiveFrame, _ who: Who) async throws(LiveError) {
        guard (frame.channel ?? "global") == "global" else { throw LiveError("invalid_channel", "the backlog is kept for the 'global' channel; a match's chat comes with match:history") }
        try await self.limit(self.lobbyLimiter, "lobby:\(who.userID)", what: "backlog requests")
        let frames = try await self.storedFrames(MatchKeys.chatBacklog)
        self.hub.send(Self.listFrame(type: "chat:backlog", id: frame.id, match: nil, frames: frames), user: who.userID, socket: who.socket)
    }

    /// Called when a socket opens: notes the player's region (challenges seat them there),
    /// and a player seated in a live match (found while away, challenged while signed out,
    /// or who closed the tab) is told where it is.
    func announceSeat(_ who: Who) async {
        _ = try? await self.redis.send(["SET", MatchKeys.playerRegion(who.userID), self.region, "EX", "86400"])
        guard let match = try? await self.redis.send(["GET", MatchKeys.playerMatch(who.userID)]).string,
            let state = try? await self.loadState(match), state.status == .live,
            let player = state.player(who.userID), !player.eliminated
        else { return }
        self.hub.send(
            SeatedFrame(match: match, mode: state.mode, resumeToken: self.host.resumeTokens.sign(match: match, userID: who.userID), endsAt: state.endsAt),
            socket: who.socket)
    }

    private func storedFrames(_ list: String) async throws(LiveError) -> [String] {
        do {
            return try await self.redis.send(["LRANGE", list, "0", "-1"]).elements?.compactMap(\.string) ?? []
        } catch {
            throw LiveError("unavailable", "the history is unavailable right now; retry")
        }
    }

    /// The stored frames are our own JSON objects: they are spliced in as they are, not
    /// decoded and encoded again.
    static func listFrame(type: String, id: String?, match: String?, frames: [String]) -> String {
        var head = "{\"type\":\(Self.quoted(type))"
        if let id { head += ",\"id\":\(Self.quoted(id))" }
        if let match { head += ",\"match\":\(Self.quoted(match))" }
        return head + ",\"frames\":[" + frames.joined(separator: ",") + "]}"
    }

    private static func quoted(_ text: String) -> String {
        (try? ArenaJSON.encoder().encode(text)).map { String(decoding: $0, as: UTF8.self) } ?? "\"\""
    }
}
