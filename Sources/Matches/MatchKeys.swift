/// Redis keys and channels of live matches, in one place so core and edges agree.
public enum MatchKeys {
    /// Queue per mode: sorted by rating, and by join time (for positions).
    public static func queueByRating(_ mode: MatchMode) -> String { "arena:mm:\(mode.rawValue):rating" }
    public static func queueByTime(_ mode: MatchMode) -> String { "arena:mm:\(mode.rawValue):since" }
    /// user id → "mode region": one queue at a time.
    public static let queueMembers = "arena:mm:members"
    public static let matchmakerLease = "arena:mm:leader"
    /// user id → the id of the live match the player is in.
    public static func playerMatch(_ userID: Int64) -> String { "arena:user:\(userID):match" }
    /// user id → the region of the player's last live socket (a day), for the seats of a
    /// challenge: each player shows where they play from, not the challenger's region.
    public static func playerRegion(_ userID: Int64) -> String { "arena:user:\(userID):region" }
    /// Hash: `state` (MatchState JSON), `spectators` (count).
    public static func snapshot(_ match: String) -> String { "arena:match:\(match)" }
    public static func inbox(_ match: String) -> String { "arena:match:\(match):inbox" }
    public static func lease(_ match: String) -> String { "arena:match:\(match):lease" }
    /// List: the match's history (events and chat, as sent to clients, oldest first), so a
    /// reload or a late spectator sees what happened before they joined.
    public static func history(_ match: String) -> String { "arena:match:\(match):history" }
    /// Matches that need an owner (removed once the result is committed).
    public static let liveMatches = "arena:matches:live"

    /// `match:found` for players (message: MatchFound JSON).
    public static let lobbyChannel = "arena:lobby"
    /// Every match event: "<match id>\n<frame JSON>", fanned out by every edge.
    public static let eventsChannel = "arena:match-events"
    /// Wake-up for the owner: the match id whose inbox got a command.
    public static let commandsChannel = "arena:match-commands"
    /// Global chat: a ready frame JSON.
    public static let chatChannel = "arena:chat"
    /// Frames for named players wherever they are connected (message: PlayerNotice JSON):
    /// challenge invitations and their updates.
    public static let noticesChannel = "arena:notices"
    /// Challenges a player created in the current window (rate limit; expires with the window).
    public static func challengeCount(_ userID: Int64) -> String { "arena:user:\(userID):challenges" }

    /// List: the last global chat frames, oldest first (the backlog a new chat panel shows).
    public static let chatBacklog = "arena:chat:backlog"
    /// Entries kept in a match's history and in the global chat backlog.
    public static let historyLimit = 400
    public static let chatBacklogLimit = 50

    /// Event types kept in a match's history: what a player reads in the events log. Ticks,
    /// snapshots and per-test progress are transient (the snapshot carries their result).
    public static let historyEventTypes: Set<String> = [
        "match:verdict", "match:lockout", "match:eliminate", "match:round", "match:phase", "match:end",
    ]

    /// The commands that append one frame to a capped list that expires with the match.
    public static func appendCommands(_ list: String, _ text: String, limit: Int, ttlSeconds: Int = snapshotTTLSeconds) -> [[String]] {
        [["RPUSH", list, text], ["LTRIM", list, String(-limit), "-1"], ["EXPIRE", list, String(ttlSeconds)]]
    }

    /// A snapshot outlives the match by this long, for late reconnects and spectators.
    public static let snapshotTTLSeconds = 7200
}
