import ArenaShared
import Foundation

/// What a player's edge asks of the match owner, through the match's Redis inbox
/// (`arena:match:{id}:inbox`, a list that outlives any owner). `key` is unique per
/// command: the owner remembers applied keys in the snapshot, so a command delivered
/// again after a failover changes nothing.
public struct MatchCommand: Codable, Sendable, Hashable {
    public enum Kind: String, Codable, Sendable {
        /// A player made a submission (sent when it enters the match, before it is judged), so
        /// the owner knows to wait for its verdict before it settles anything decided later.
        case submitted
        /// A submission in this match was judged on the player's edge.
        case judged
        /// The player gives up (counts as last place).
        case resign
    }

    public var key: String
    public var kind: Kind
    public var userID: Int64
    public var problem: String?
    public var verdict: Verdict?
    public var language: LanguageID?
    /// Source length in bytes (golf) and, for a sabotage plant, the source itself.
    public var bytes: Int?
    public var source: String?
    /// The submission's idempotency key: joins a `submitted` command to its `judged` one.
    public var submission: String?
    /// When the submission entered the match at the player's edge (its intake clock):
    /// the time rules order claims, eliminations and the end by.
    public var submittedAt: Date

    public init(
        key: String, kind: Kind, userID: Int64, problem: String? = nil, verdict: Verdict? = nil, language: LanguageID? = nil,
        bytes: Int? = nil, source: String? = nil, submission: String? = nil, submittedAt: Date
    ) {
        self.key = key
        self.kind = kind
        self.userID = userID
        self.problem = problem
        self.verdict = verdict
        self.language = language
        self.bytes = bytes
        self.source = source
        self.submission = submission
        self.submittedAt = submittedAt
    }
}
