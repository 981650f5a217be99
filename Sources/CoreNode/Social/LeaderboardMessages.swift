import Foundation

/// `GET /api/leaderboards`: one ranked page. Which fields an entry carries depends on
/// `kind`: player boards fill `userID`/`username`/`clan`, the clan board fills
/// `tag`/`name`/`members`.
public struct LeaderboardPage: Codable, Sendable, Hashable {
    public var kind: String
    public var mode: String?
    public var language: String?
    public var clan: String?
    /// What `score` means: `xp`, `rating`, `problems` or `clan_rating`.
    public var metric: String
    public var limit: Int
    /// When this page was read from the database; it may be served from the core's
    /// cache for a few seconds after that.
    public var generatedAt: Date
    public var entries: [LeaderboardEntry]
}

public struct LeaderboardEntry: Codable, Sendable, Hashable {
    /// Competition rank ("1, 2, 2, 4"): equal scores share a rank.
    public var rank: Int
    public var score: Int64
    public var userID: Int64?
    public var username: String?
    /// The player's clan tag, on player boards.
    public var clan: String?
    public var tag: String?
    public var name: String?
    public var members: Int?

    init(rank: Int, score: Int64, userID: Int64? = nil, username: String? = nil, clan: String? = nil,
         tag: String? = nil, name: String? = nil, members: Int? = nil) {
        self.rank = rank
        self.score = score
        self.userID = userID
        self.username = username
        self.clan = clan
        self.tag = tag
        self.name = name
        self.members = members
    }
}
