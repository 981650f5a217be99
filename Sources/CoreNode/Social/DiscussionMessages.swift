import Foundation

/// `POST /api/problems/{slug}/discussions`: a new thread. `spoiler` marks one that gives a
/// solution away, withheld from readers who have not solved the problem.
public struct NewThreadRequest: Codable, Sendable {
    public var title: String
    public var body: String
    public var spoiler: Bool?
    public init(title: String, body: String, spoiler: Bool? = nil) {
        self.title = title
        self.body = body
        self.spoiler = spoiler
    }
}

/// `POST /api/discussions/{id}/replies`.
public struct NewReplyRequest: Codable, Sendable {
    public var body: String
    public init(body: String) { self.body = body }
}

/// `POST /api/discussions/{id}/vote` and `/api/discussions/replies/{id}/vote`: 1 up, -1 down, 0 withdraws.
public struct VoteRequest: Codable, Sendable {
    public var value: Int
    public init(value: Int) { self.value = value }
}

/// `POST …/report`: why a post should be looked at by a moderator.
public struct ReportRequest: Codable, Sendable {
    public var reason: String
    public init(reason: String) { self.reason = reason }
}

/// `POST …/moderate` (admins): hide or show a post, lock or unlock a thread.
public struct ModerationRequest: Codable, Sendable {
    public var hidden: Bool?
    public var locked: Bool?
    public init(hidden: Bool? = nil, locked: Bool? = nil) {
        self.hidden = hidden
        self.locked = locked
    }
}

/// `POST /api/moderation/reports/{id}/resolve` (admins): `hide` hides the reported post, `dismiss` keeps it.
public struct ResolveReportRequest: Codable, Sendable {
    public var action: String
    public init(action: String) { self.action = action }
}

/// A thread in a problem's list. `hidden` and `locked` are set by moderators; a hidden
/// thread is listed only to admins.
public struct DiscussionThreadSummary: Codable, Sendable, Hashable {
    public var id: Int64
    public var problem: String
    public var title: String
    public var author: String
    public var spoiler: Bool
    public var score: Int
    /// The reader's own vote: 1, -1 or 0.
    public var myVote: Int
    public var replyCount: Int
    public var hidden: Bool
    public var locked: Bool
    public var createdAt: Date
    public var lastActivityAt: Date
}

/// `GET /api/problems/{slug}/discussions`: `solved` says whether spoiler threads open for the reader.
public struct DiscussionList: Codable, Sendable {
    public var items: [DiscussionThreadSummary]
    public var solved: Bool
}

/// A reply. `body` is nil when withheld (a spoiler thread, unsolved) or hidden by a moderator.
public struct DiscussionReply: Codable, Sendable, Hashable {
    public var id: Int64
    public var author: String
    public var body: String?
    public var score: Int
    public var myVote: Int
    public var hidden: Bool
    public var createdAt: Date
}

/// `GET /api/discussions/{id}[?reveal=1]`: the thread with its replies, oldest first.
/// `withheld` is true when the bodies are kept back because the thread is a spoiler and
/// the reader has not solved the problem (`reveal=1` shows them anyway, on request).
public struct DiscussionThread: Codable, Sendable {
    public var thread: DiscussionThreadSummary
    public var body: String?
    public var withheld: Bool
    public var replies: [DiscussionReply]
    /// Whether the reader may hide posts and lock the thread.
    public var canModerate: Bool
}

/// An open report in the moderation queue (`GET /api/moderation/reports`).
public struct DiscussionReport: Codable, Sendable {
    public var id: Int64
    public var post: String
    public var postID: Int64
    public var threadID: Int64
    public var problem: String
    public var threadTitle: String
    public var author: String
    public var reporter: String
    public var reason: String
    /// The start of the reported text, so a moderator can judge without opening it.
    public var excerpt: String
    public var postHidden: Bool
    public var createdAt: Date
}

/// The notification a thread's author gets for a reply (kind `reply`).
public struct ReplyNotice: Codable, Sendable, Hashable {
    public var threadID: Int64
    public var replyID: Int64
    public var problem: String
    public var title: String
    public var from: String
}
