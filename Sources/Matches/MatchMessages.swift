import Foundation

/// Published by the core on `arena:lobby` when it has created a match: every edge
/// tells the players it holds, and the edge of `ownerRegion` takes the match's lease.
public struct MatchFound: Codable, Sendable, Hashable {
    public var match: String
    public var mode: MatchMode
    public var players: [Int64]
    public var ownerRegion: String
    public var isPrivate: Bool

    public init(match: String, mode: MatchMode, players: [Int64], ownerRegion: String, isPrivate: Bool) {
        self.match = match
        self.mode = mode
        self.players = players
        self.ownerRegion = ownerRegion
        self.isPrivate = isPrivate
    }
}

/// Edge → core (`POST /internal/queue`): put a player in a mode's queue.
public struct QueueJoinRequest: Codable, Sendable, Hashable {
    public var userID: Int64
    public var mode: MatchMode
    public var region: String
    public init(userID: Int64, mode: MatchMode, region: String) {
        self.userID = userID
        self.mode = mode
        self.region = region
    }
}

/// The core's answer: the rating the player queues with.
public struct QueueJoinReply: Codable, Sendable, Hashable {
    public var mode: MatchMode
    public var rating: Int
    public init(mode: MatchMode, rating: Int) {
        self.mode = mode
        self.rating = rating
    }
}

/// Edge → core (`POST /internal/queue/leave`).
public struct QueueLeaveRequest: Codable, Sendable, Hashable {
    public var userID: Int64
    public init(userID: Int64) { self.userID = userID }
}

/// A player's place in the queue, as the edge reports it every 2 s (`queue:status`).
public struct QueueStatus: Codable, Sendable, Hashable {
    public var type = "queue:status"
    public var mode: MatchMode
    public var position: Int
    public var queued: Int
    public var waitedSeconds: Int
    public var window: Int
    public init(mode: MatchMode, position: Int, queued: Int, waitedSeconds: Int, window: Int) {
        self.mode = mode
        self.position = position
        self.queued = queued
        self.waitedSeconds = waitedSeconds
        self.window = window
    }
}

/// Owner edge → core (`POST /internal/matches/{id}/result`): the final table. The core
/// commits it with the rating changes in one transaction; a repeat returns the same changes.
public struct MatchResultRequest: Codable, Sendable, Hashable {
    public var mode: MatchMode
    public var standings: [MatchStanding]
    public var endReason: String
    public init(mode: MatchMode, standings: [MatchStanding], endReason: String) {
        self.mode = mode
        self.standings = standings
        self.endReason = endReason
    }
}

public struct MatchResultReply: Codable, Sendable, Hashable {
    public var match: String
    public var ratingChanges: [RatingChange]
    /// False when this result had already been committed (a retry or a duplicate).
    public var applied: Bool
    /// True when the players' code looked copied: the rating changes (±0 here) wait for a
    /// fair-play review.
    public var held: Bool?
    public init(match: String, ratingChanges: [RatingChange], applied: Bool, held: Bool? = nil) {
        self.match = match
        self.ratingChanges = ratingChanges
        self.applied = applied
        self.held = held
    }
}

/// A row of `GET /api/users/{username}/ratings`.
public struct RatingHistoryEntry: Codable, Sendable, Hashable {
    public var mode: MatchMode
    public var match: String
    public var before: Int
    public var after: Int
    public var recordedAt: Date
    public init(mode: MatchMode, match: String, before: Int, after: Int, recordedAt: Date) {
        self.mode = mode
        self.match = match
        self.before = before
        self.after = after
        self.recordedAt = recordedAt
    }
}
