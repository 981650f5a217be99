/// What a checker concluded about one test's output. The message names the first
/// difference (for the player on sample tests, for the judge's logs otherwise).
public enum CheckResult: Sendable, Equatable {
    case accepted
    case wrongAnswer(String)

    public var isAccepted: Bool { self == .accepted }
}

/// Compares a submission's output with the judge's answer for one test. Custom
/// checker programs (Kattis output validators) come with the sandbox, since they run
/// in it; these built-in ones run in-process.
public protocol OutputChecker: Sendable {
    func check(expected: some Collection<UInt8>, actual: some Collection<UInt8>) -> CheckResult
}

extension OutputChecker {
    public func check(expected: String, actual: String) -> CheckResult {
        self.check(expected: expected.utf8, actual: actual.utf8)
    }
}
