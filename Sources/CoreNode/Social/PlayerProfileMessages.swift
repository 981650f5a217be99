import Foundation

/// `GET /api/users/{username}/profile`: the public side of a player.
public struct PlayerProfile: Codable, Sendable, Hashable {
    public struct Rating: Codable, Sendable, Hashable {
        public var mode: String
        public var rating: Int
        public var games: Int
    }

    public struct EarnedBadge: Codable, Sendable, Hashable {
        public var badge: String
        public var awardedAt: Date
    }

    public struct Membership: Codable, Sendable, Hashable {
        public var tag: String
        public var name: String
        public var role: ClanRole
    }

    public var userID: Int64
    public var username: String
    public var xp: Int64
    /// Consecutive UTC days with an accepted submission, ending today or yesterday;
    /// 0 once a whole day has passed without one.
    public var currentStreak: Int
    public var bestStreak: Int
    /// `YYYY-MM-DD` (UTC) of the newest day with an accepted submission.
    public var lastSolveDay: String?
    public var problemsSolved: Int
    public var matchesPlayed: Int
    public var wins: Int
    public var badges: [EarnedBadge]
    /// Only modes the player has a rating in.
    public var ratings: [Rating]
    public var clan: Membership?
    public var createdAt: Date
}
