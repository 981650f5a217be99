import ArenaShared
import Foundation
import Yams

/// A Kattis/ICPC problem package read from disk, as `arena problems import` will
/// store it: metadata and limits from `problem.yaml`, the test data, the validator
/// choice, and the example submissions by expected verdict (for `problems verify`).
/// Reading is all-or-nothing: a broken package is refused with every problem named,
/// so nothing is ever half-imported.
public struct ProblemPackage: Sendable, Equatable {
    public var shortName: String
    public var name: String
    public var limits: Limits
    public var validation: Validation
    public var samples: [TestFile]
    public var secret: [TestFile]
    public var submissions: [ExampleSubmission]
    /// Interactive (`validation: custom interactive`, or 2023-07's `type: interactive`):
    /// the output validator is the interactor.
    public var interactive: Bool
    /// Scoring problems (`type: scoring`): points per test group, from `testdata.yaml`.
    public var scoring: Bool
    /// The groups' grading settings (scoring problems only).
    public var grading: Grading?
    /// `include/<language>/` files appended to every submission in that language
    /// (`include/default/` to all): language key → file name → package-relative path.
    public var includes: [String: [String: String]]
    /// What was skipped or looked odd, one line each (unknown folders, for example).
    public var warnings: [String]

    public struct Limits: Sendable, Equatable {
        /// From `.timelimit` or `limits.time_limit` (seconds) when the package has one;
        /// else computed by the judge from the slowest accepted submission times `timeMultiplier`.
        public var timeLimitSeconds: Double?
        /// Legacy `time_multiplier` (5), or 2023-07's `time_multipliers.ac_to_time_limit` (2).
        public var timeMultiplier: Double
        /// Legacy `time_safety_margin` (2), or 2023-07's `time_multipliers.time_limit_to_tle` (1.5):
        /// a verdict that holds only with this much more time is "OK with extra time".
        public var timeSafetyMargin: Double
        public var memoryMiB: Int
        public var outputMiB: Int
    }

    public enum Validation: Sendable, Equatable {
        case builtIn(ValidatorFlags)
        /// `output_validators/<name>/`; flags are passed to it as arguments.
        case custom(directory: String, flags: [String])
    }

    /// One test: `.in` and `.ans` files (paths relative to the package).
    public struct TestFile: Sendable, Equatable {
        public var name: String
        public var input: String
        public var answer: String
    }

    public struct ExampleSubmission: Sendable, Equatable {
        /// The folder under `submissions/`, e.g. `accepted`, `wrong_answer`.
        public var expected: String
        /// A file, or a folder whose files are one submission.
        public var path: String
    }

    /// problemtools' folders (legacy and 2023-07), and DOMjudge's single-verdict ones.
    /// Any other folder is skipped with a warning, as problemtools does.
    public static let knownSubmissionFolders = [
        "accepted", "partially_accepted", "wrong_answer", "time_limit_exceeded", "run_time_error", "rejected", "brute_force",
        "memory_limit_exceeded", "output_limit_exceeded", "compile_error", "presentation_error",
    ]
}

/// Everything wrong with a package, one line each.
public struct ProblemPackageError: Error, Sendable, Equatable, CustomStringConvertible {
    public var problems: [String]
    public var description: String {
        (self.problems + ["the package was not imported (\(self.problems.count) problem\(self.problems.count == 1 ? "" : "s"))"]).joined(separator: "\n")
    }
}
