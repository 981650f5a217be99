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

    public struct Limits: Sendable, Equatable {
        /// From `.timelimit` (seconds) when the package has one; else computed by the
        /// judge from the slowest accepted submission times `timeMultiplier`.
        public var timeLimitSeconds: Double?
        public var timeMultiplier: Double
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
        public var path: String
    }

    public static let knownSubmissionFolders = [
        "accepted", "wrong_answer", "time_limit_exceeded", "run_time_error", "memory_limit_exceeded",
        "output_limit_exceeded", "compile_error", "presentation_error",
    ]
}

/// Everything wrong with a package, one line each.
public struct ProblemPackageError: Error, Sendable, Equatable, CustomStringConvertible {
    public var problems: [String]
    public var description: String {
        (self.problems + ["the package was not imported (\(self.problems.count) problem\(self.problems.count == 1 ? "" : "s"))"]).joined(separator: "\n")
    }
}
