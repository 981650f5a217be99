import Foundation

/// A match as the core stores it (`GET /api/matches/{id}` and the listings): mode, status,
/// players and, once finished, places and rating changes. The web app, the CLI's `watch`
/// of an ended match and the core read and write this one shape.
public struct MatchRecord: Codable, Sendable {
    public struct Player: Codable, Sendable {
        public var userID: Int64
        public var username: String
        public var region: String
        public var score: Int
        public var place: Int?
        public var ratingBefore: Int?
        public var ratingAfter: Int?

        public init(
            userID: Int64, username: String, region: String, score: Int, place: Int?, ratingBefore: Int?, ratingAfter: Int?
        ) {
            self.userID = userID
            self.username = username
            self.region = region
            self.score = score
            self.place = place
            self.ratingBefore = ratingBefore
            self.ratingAfter = ratingAfter
        }
    }

    public var id: String
    /// A `MatchMode` raw value.
    public var mode: String
    /// `pending`, `live`, `finished` or `aborted`.
    public var status: String
    public var isPrivate: Bool
    /// Whether the result changed ratings, XP and badges (queue matches and rated challenges).
    public var rated: Bool
    public var ownerRegion: String?
    public var problems: [String]
    public var startedAt: Date?
    public var endedAt: Date?
    public var players: [Player]

    public init(
        id: String, mode: String, status: String, isPrivate: Bool, ownerRegion: String?, problems: [String], startedAt: Date?,
        endedAt: Date?, players: [Player], rated: Bool = true
    ) {
        self.rated = rated
        self.id = id
        self.mode = mode
        self.status = status
        self.isPrivate = isPrivate
        self.ownerRegion = ownerRegion
        self.problems = problems
        self.startedAt = startedAt
        self.endedAt = endedAt
        self.players = players
    }
}
