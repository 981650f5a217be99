/// Byte-for-byte comparison, for problems whose output format is part of the task.
/// Only a missing or extra final newline is forgiven, as most judges do.
public struct ExactChecker: OutputChecker {
    public init() {}

    public func check(expected: some Collection<UInt8>, actual: some Collection<UInt8>) -> CheckResult {
        let expected = Self.droppingFinalNewline(Array(expected))
        let actual = Self.droppingFinalNewline(Array(actual))
        guard expected != actual else { return .accepted }
        let common = min(expected.count, actual.count)
        let firstDifference = (0..<common).first { expected[expected.startIndex + $0] != actual[actual.startIndex + $0] } ?? common
        let line = expected.prefix(firstDifference).filter { $0 == UInt8(ascii: "\n") }.count + 1
        if actual.count < expected.count && firstDifference == actual.count {
            // The first missing byte may be the newline before the missing line.
            let missingLine = expected.prefix(firstDifference + 1).filter { $0 == UInt8(ascii: "\n") }.count + 1
            return .wrongAnswer("output ends early, at line \(missingLine)")
        }
        if actual.count > expected.count && firstDifference == expected.count {
            return .wrongAnswer("extra output after line \(line)")
        }
        return .wrongAnswer("output differs at line \(line), byte \(firstDifference + 1)")
    }

    static func droppingFinalNewline(_ bytes: [UInt8]) -> ArraySlice<UInt8> {
        var slice = bytes[...]
        if slice.last == UInt8(ascii: "\n") { slice = slice.dropLast() }
        if slice.last == UInt8(ascii: "\r") { slice = slice.dropLast() }
        return slice
    }
}
