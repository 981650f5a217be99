import Foundation

/// How a scoring problem turns test results into a score: test-data groups (folders under
/// `data/`), each with its `testdata.yaml` settings, graded bottom-up as Kattis' default
/// grader defines it. A test scores its group's `accept_score` when accepted and
/// `reject_score` otherwise; a group's score aggregates its children (`sum` by default,
/// or `min`, `max`, `avg`), its verdict is the worst child verdict (or the first with
/// `first_error`; AC with `always_accept`, or with `accept_if_any_accepted` when any
/// child is AC); `on_reject: break` stops a group at its first rejected child.
/// Stored with the problem on the core and sent to edges with the tests.
public struct Grading: Sendable, Hashable, Codable {
    /// Settings by group path (`data`, `data/secret`, `data/secret/group1`, …), inheritance resolved.
    public var groups: [String: GroupSettings]
    /// The package's custom grader (`graders/`), for groups with `grading: custom`: it reads
    /// `VERDICT score` lines and prints the group's `VERDICT score`, with the grader flags
    /// as arguments.
    public var grader: ValidatorSource?
    /// `validation: custom score`: an accepted test scores what the output validator wrote
    /// to `feedback/score.txt`, not its group's `accept_score`.
    public var validatorScores: Bool?

    public init(groups: [String: GroupSettings], grader: ValidatorSource? = nil) {
        self.groups = groups
        self.grader = grader
    }

    public struct GroupSettings: Sendable, Hashable, Codable {
        public var breakOnReject = true
        public var acceptScore = 1.0
        public var rejectScore = 0.0
        public var scoreMode = ScoreMode.sum
        public var verdictMode = VerdictMode.worstError
        public var acceptIfAnyAccepted = false
        public var ignoreSample = false
        /// `grading: custom`: the package's grader aggregates this group.
        public var customGrader = false
        /// The `grader_flags` words, as a custom grader receives them.
        public var graderFlags: [String] = []
        /// `range: min max`; nil is unbounded on that side.
        public var rangeMinimum: Double?
        public var rangeMaximum: Double?

        public init() {}

        public enum ScoreMode: String, Sendable, Hashable, Codable { case sum, avg, min, max }
        public enum VerdictMode: String, Sendable, Hashable, Codable {
            case worstError = "worst_error", firstError = "first_error", alwaysAccept = "always_accept"
        }
    }

    /// One graded group, as players and problem setters see it.
    public struct GroupResult: Sendable, Codable, Hashable {
        public var group: String
        public var verdict: Verdict
        public var score: Double

        public init(group: String, verdict: Verdict, score: Double) {
            self.group = group
            self.verdict = verdict
            self.score = score
        }
    }

    /// The best score a submission can get: the root group's range maximum, when given.
    public var maximumScore: Double? { self.groups["data"]?.rangeMaximum }
}
