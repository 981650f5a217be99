import ArenaShared
import Foundation

/// Everything the match engine knows about one match: the snapshot kept in Redis
/// (`arena:match:{id}`, field `state`). Whoever holds the match's lease may replace it;
/// a new owner after a failover resumes from exactly this value, so every timer is an
/// absolute server time and every applied command is remembered (`applied`).
public struct MatchState: Codable, Sendable, Hashable {
    public enum Status: String, Codable, Sendable {
        case live
        /// The outcome is decided; the core has not yet committed the result.
        case ending
        case finished
    }

    public enum Phase: String, Codable, Sendable {
        case play
        /// Sabotage: each player plants a bug in the working solution.
        case plant
        /// Sabotage: each player repairs the code the opponent planted.
        case repair
    }

    public var id: String
    public var mode: MatchMode
    public var isPrivate: Bool
    /// False for a custom match not every player opted into rating (nil: rated, as every
    /// match was before challenges could be unrated).
    public var rated: Bool?
    public var status: Status
    public var phase: Phase
    public var settings: MatchSettings
    public var players: [MatchPlayer]
    public var problems: [MatchProblem]
    public var startedAt: Date
    public var endsAt: Date
    /// Battle Royale: the current round (1-based) and when it ends; sabotage: when planting ends.
    public var round: Int
    public var roundEndsAt: Date?
    /// Sequence number of the last published event; events carry the next ones.
    public var sequence: Int
    /// Keys of commands already applied (bounded), so a re-delivered command is a no-op.
    public var applied: [String]
    public var endReason: String?
    public var results: [MatchStanding]?
    public var ratingChanges: [RatingChange]?
    /// Submissions made but not judged yet, and verdicts held back until every earlier
    /// submission is judged (see `MatchRules.receive`). Owner-only: redacted for clients.
    public var pending: [PendingSubmission]?
    public var held: [MatchCommand]?

    public init(
        id: String, mode: MatchMode, isPrivate: Bool, settings: MatchSettings, players: [MatchPlayer], problems: [MatchProblem], now: Date
    ) {
        self.id = id
        self.mode = mode
        self.isPrivate = isPrivate
        self.status = .live
        self.settings = settings
        self.players = players
        self.problems = problems
        self.startedAt = now
        self.round = 1
        self.sequence = 0
        self.applied = []
        switch mode {
        case .blitz:
            self.phase = .play
            self.endsAt = now.addingTimeInterval(TimeInterval(settings.blitzSeconds))
        case .golf:
            self.phase = .play
            self.endsAt = now.addingTimeInterval(TimeInterval(settings.golfSeconds))
        case .royale:
            self.phase = .play
            let rounds = max(1, problems.count)
            self.roundEndsAt = now.addingTimeInterval(TimeInterval(settings.royaleRoundSeconds))
            self.endsAt = now.addingTimeInterval(TimeInterval(settings.royaleRoundSeconds * rounds))
        case .sabotage:
            self.phase = .plant
            self.roundEndsAt = now.addingTimeInterval(TimeInterval(settings.sabotagePlantSeconds))
            self.endsAt = now.addingTimeInterval(TimeInterval(settings.sabotagePlantSeconds + settings.sabotageRepairSeconds))
        }
    }

    public func player(_ userID: Int64) -> MatchPlayer? { self.players.first { $0.userID == userID } }
    public func playerIndex(_ userID: Int64) -> Int? { self.players.firstIndex { $0.userID == userID } }
    public func problemIndex(_ slug: String) -> Int? { self.problems.firstIndex { $0.slug == slug } }

    /// The problem a player may submit to right now (royale: only the current round's).
    public func isOpen(problem slug: String, for userID: Int64) -> Bool {
        guard self.status == .live, let player = self.player(userID), !player.eliminated, let index = self.problemIndex(slug) else { return false }
        switch self.mode {
        case .blitz: return self.problems[index].claimedBy == nil
        case .golf, .sabotage: return true
        case .royale: return index == self.round - 1 && !player.solvedRounds.contains(self.round)
        }
    }

    static let appliedMemory = 1000
}

public struct MatchPlayer: Codable, Sendable, Hashable {
    public var userID: Int64
    public var username: String
    public var rating: Int
    public var region: String
    public var score: Int
    public var eliminated: Bool
    public var eliminatedInRound: Int?
    /// Gave up: ranks below everyone who played on.
    public var resigned: Bool?
    /// Royale: rounds this player solved; golf: the shortest accepted length and when.
    public var solvedRounds: [Int]
    public var bestBytes: Int?
    public var bestAt: Date?
    /// Sabotage: the bug this player planted (accepted plant) and whether the victim fixed it.
    public var planted: String?
    public var repairedAt: Date?
    public var lastSolveAt: Date?

    public init(userID: Int64, username: String, rating: Int, region: String) {
        self.userID = userID
        self.username = username
        self.rating = rating
        self.region = region
        self.score = 0
        self.eliminated = false
        self.solvedRounds = []
    }
}

public struct MatchProblem: Codable, Sendable, Hashable {
    public var slug: String
    public var title: String
    public var points: Int
    public var claimedBy: Int64?
    public var claimedAt: Date?
    /// Sabotage: the working solution every player starts from.
    public var baseSource: String?
    public var baseLanguage: LanguageID?

    public init(slug: String, title: String, points: Int, baseSource: String? = nil, baseLanguage: LanguageID? = nil) {
        self.slug = slug
        self.title = title
        self.points = points
        self.baseSource = baseSource
        self.baseLanguage = baseLanguage
    }
}

/// One line of the final table the core commits (place 1 is best; equal places are a draw).
public struct MatchStanding: Codable, Sendable, Hashable {
    public var userID: Int64
    public var username: String
    public var place: Int
    public var score: Int

    public init(userID: Int64, username: String, place: Int, score: Int) {
        self.userID = userID
        self.username = username
        self.place = place
        self.score = score
    }
}

public struct RatingChange: Codable, Sendable, Hashable {
    public var userID: Int64
    public var before: Int
    public var after: Int
    public var delta: Int { self.after - self.before }

    public init(userID: Int64, before: Int, after: Int) {
        self.userID = userID
        self.before = before
        self.after = after
    }
}

extension MatchState {
    /// What `viewer` may see: while bugs are being planted, nobody sees another
    /// player's plant (the victim would get a head start).
    public func redacted(for viewer: Int64?) -> MatchState {
        var copy = self
        // Held verdicts carry sources (sabotage plants); the owner alone needs either list.
        copy.pending = nil
        copy.held = nil
        guard self.mode == .sabotage, self.phase == .plant else { return copy }
        for index in copy.players.indices where copy.players[index].userID != viewer { copy.players[index].planted = nil }
        return copy
    }
}
