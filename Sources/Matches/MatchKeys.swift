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
    /// Hash: `state` (MatchState JSON), `spectators` (count).
    public static func snapshot(_ match: String) -> String { "arena:match:\(match)" }
    public static func inbox(_ match: String) -> String { "arena:match:\(match):inbox" }
    public static func lease(_ match: String) -> String { "arena:match:\(match):lease" }
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

    /// A snapshot outlives the match by this long, for late reconnects and spectators.
    public static let snapshotTTLSeconds = 7200
}
