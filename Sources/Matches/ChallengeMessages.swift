import Foundation

/// `POST /api/challenges`: invite named players to a custom match. The caller is one of
/// the players; the others are invited and must accept before anyone is seated.
public struct ChallengeRequest: Codable, Sendable, Hashable {
    public var mode: MatchMode
    public var players: [String]
    public var isPrivate: Bool?
    /// Asks for a rated match: it is rated only if every invited player accepts it as such.
    public var rated: Bool?

    public init(mode: MatchMode, players: [String], isPrivate: Bool? = nil, rated: Bool? = nil) {
        self.mode = mode
        self.players = players
        self.isPrivate = isPrivate
        self.rated = rated
    }
}

/// A challenge as its players see it (the API, `challenge:*` frames, the web app).
public struct ChallengeView: Codable, Sendable, Hashable {
    public enum Status: String, Codable, Sendable {
        /// Waiting for invited players (until `expiresAt`).
        case pending
        /// Every player accepted; the match is being set up.
        case starting
        /// The match is on (`match`).
        case started
        case declined
        case cancelled
        case expired
    }

    public enum Response: String, Codable, Sendable {
        case pending, accepted, declined
    }

    public struct Seat: Codable, Sendable, Hashable {
        public var userID: Int64
        public var username: String
        public var response: Response

        public init(userID: Int64, username: String, response: Response) {
            self.userID = userID
            self.username = username
            self.response = response
        }
    }

    public var id: String
    public var mode: MatchMode
    public var challenger: String
    public var players: [Seat]
    public var isPrivate: Bool
    public var rated: Bool
    public var status: Status
    public var createdAt: Date
    public var expiresAt: Date
    public var match: String?

    public init(
        id: String, mode: MatchMode, challenger: String, players: [Seat], isPrivate: Bool, rated: Bool, status: Status, createdAt: Date,
        expiresAt: Date, match: String?
    ) {
        self.id = id
        self.mode = mode
        self.challenger = challenger
        self.players = players
        self.isPrivate = isPrivate
        self.rated = rated
        self.status = status
        self.createdAt = createdAt
        self.expiresAt = expiresAt
        self.match = match
    }
}

/// The core → player socket frame for a challenge: `challenge:invited` to the invited
/// players when it is made, `challenge:updated` to all of its players on every change.
public struct ChallengeFrame: Codable, Sendable, Hashable {
    public var type: String
    public var challenge: ChallengeView

    public init(type: String, challenge: ChallengeView) {
        self.type = type
        self.challenge = challenge
    }
}

/// What the core publishes on `arena:notices` for the edges to hand to players' sockets.
public struct PlayerNotice: Codable, Sendable, Hashable {
    public var users: [Int64]
    /// The frame, already encoded (edges pass it on untouched).
    public var frame: String

    public init(users: [Int64], frame: String) {
        self.users = users
        self.frame = frame
    }
}
