import ArenaShared
import Foundation

/// A server-to-client match frame (`match:*`). Events the owner publishes carry `seq`,
/// consecutive per match, so a client or spectator can tell it missed one and ask for
/// `match:state` again; per-test progress comes straight from the judging edge, without `seq`.
public struct MatchEvent: Codable, Sendable, Hashable {
    public var type: String
    public var match: String
    public var seq: Int?
    /// Server time of the event (milliseconds since 1970): clients never run their own clock.
    public var serverTime: Int64
    public var state: MatchState?
    public var player: Int64?
    public var problem: String?
    public var verdict: Verdict?
    public var accepted: Bool?
    public var points: Int?
    public var bytes: Int?
    public var test: Int?
    public var totalTests: Int?
    public var final: Bool?
    public var round: Int?
    public var phase: MatchState.Phase?
    public var remainingMs: Int64?
    public var roundRemainingMs: Int64?
    public var spectators: Int?
    public var reason: String?
    public var source: String?
    public var results: [MatchStanding]?
    public var ratingChanges: [RatingChange]?
    public var from: String?
    public var text: String?

    public init(type: String, match: String, at now: Date) {
        self.type = type
        self.match = match
        self.serverTime = Int64((now.timeIntervalSince1970 * 1000).rounded())
    }

    public static func milliseconds(from now: Date, to end: Date) -> Int64 {
        max(0, Int64((end.timeIntervalSince(now) * 1000).rounded()))
    }
}
