import Foundation

/// Languages a submission may name. The judge decides which of them are installed;
/// anything else is refused at the edge before it costs anything.
public enum LanguageID: String, Codable, Sendable, CaseIterable {
    case c
    case cpp17
    case cpp20
    case python3
    case pypy3
    case java17
    case kotlin
    case javascript
    case rust
    case go
    case swift
    case haskell
    case csharp
    case ruby
    case scala
    case ocaml
    case pascal
    case fortran
    case lua
    case php
    case perl
    case bash
    case prolog
    case lisp
}

/// A player's submission as sent to an edge.
public struct SubmissionRequest: Codable, Sendable {
    public var problem: String
    public var language: String
    public var source: String
    public init(problem: String, language: String, source: String) {
        self.problem = problem
        self.language = language
        self.source = source
    }

    public static let maximumSourceBytes = 64 * 1024
}

public enum Verdict: String, Codable, Sendable, CaseIterable {
    /// Accepted at the edge, not yet judged.
    case pending = "PENDING"
    case accepted = "AC"
    case wrongAnswer = "WA"
    case presentationError = "PE"
    case timeLimitExceeded = "TLE"
    case memoryLimitExceeded = "MLE"
    case outputLimitExceeded = "OLE"
    case runtimeError = "RE"
    case compileError = "CE"
    case systemError = "SE"
}

/// The authoritative record an edge forwards to the core. `idempotencyKey` makes a
/// replayed forward (after a timeout or a core restart) apply exactly once.
public struct SubmissionRecord: Codable, Sendable, Hashable {
    public var idempotencyKey: String
    public var userID: Int64
    public var problem: String
    public var language: LanguageID
    public var source: String
    public var verdict: Verdict
    public var timeMs: Int?
    public var memoryKb: Int?
    public var region: String
    public var submittedAt: Date
    /// Compiler output for CE, the failing test and reason otherwise (from the edge's judge).
    public var judgeMessage: String?
    /// A submission in a live match: its verdict also goes to the match's owner.
    public var match: String?
    /// Sabotage code (a plant broken on purpose, or a repair of code the match handed out):
    /// judged for the match only, never stored as the player's submission.
    public var matchOnly: Bool?
    /// Scoring problems: the submission's points and each test group's result.
    public var score: Double?
    public var groups: [Grading.GroupResult]?
    public init(
        idempotencyKey: String, userID: Int64, problem: String, language: LanguageID, source: String,
        verdict: Verdict, timeMs: Int? = nil, memoryKb: Int? = nil, region: String, submittedAt: Date, judgeMessage: String? = nil
    ) {
        self.judgeMessage = judgeMessage
        self.idempotencyKey = idempotencyKey
        self.userID = userID
        self.problem = problem
        self.language = language
        self.source = source
        self.verdict = verdict
        self.timeMs = timeMs
        self.memoryKb = memoryKb
        self.region = region
        self.submittedAt = submittedAt
    }
}

/// A stored submission as listed to players.
public struct SubmissionSummary: Codable, Sendable, Hashable {
    public var id: Int64
    public var idempotencyKey: String
    public var userID: Int64
    public var username: String
    public var problem: String
    public var language: LanguageID
    public var verdict: Verdict
    public var timeMs: Int?
    public var memoryKb: Int?
    public var region: String
    public var submittedAt: Date
    /// Compiler output for CE, the failing test and its reason otherwise.
    public var judgeMessage: String?
    /// Scoring problems: the submission's points and each test group's result.
    public var score: Double?
    public var groups: [Grading.GroupResult]?
    public init(
        id: Int64, idempotencyKey: String, userID: Int64, username: String, problem: String, language: LanguageID,
        verdict: Verdict, timeMs: Int?, memoryKb: Int?, region: String, submittedAt: Date, judgeMessage: String? = nil
    ) {
        self.judgeMessage = judgeMessage
        self.id = id
        self.idempotencyKey = idempotencyKey
        self.userID = userID
        self.username = username
        self.problem = problem
        self.language = language
        self.verdict = verdict
        self.timeMs = timeMs
        self.memoryKb = memoryKb
        self.region = region
        self.submittedAt = submittedAt
    }
}

/// The edge's answer to an accepted submission: durable on the edge from now on.
public struct SubmissionReceipt: Codable, Sendable {
    public var idempotencyKey: String
    public var status: String
    public init(idempotencyKey: String, status: String) {
        self.idempotencyKey = idempotencyKey
        self.status = status
    }
}
