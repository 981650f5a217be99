import Judge
import Testing

@Suite("Output checkers (Kattis default validator semantics)")
struct CheckerTests {
    @Test("exact: bytes must match; only a final newline is forgiven")
    func exact() {
        let checker = ExactChecker()
        #expect(checker.check(expected: "3\n", actual: "3").isAccepted)
        #expect(checker.check(expected: "1 2\n3\n", actual: "1 2\n3\n").isAccepted)
        #expect(checker.check(expected: "1 2\n", actual: "1  2\n") == .wrongAnswer("output differs at line 1, byte 3"))
        #expect(checker.check(expected: "1\n2\n", actual: "1\n") == .wrongAnswer("output ends early, at line 2"))
        #expect(checker.check(expected: "1\n", actual: "1\n2\n") == .wrongAnswer("extra output after line 1"))
    }

    @Test("token: whitespace-insensitive and case-insensitive by default")
    func tokens() {
        let checker = TokenChecker()
        #expect(checker.check(expected: "Yes\n1 2 3\n", actual: "  yes 1\n\n2\t3").isAccepted)
        #expect(checker.check(expected: "1 2", actual: "1 3") == .wrongAnswer("token 2: expected '2', got '3'"))
        #expect(checker.check(expected: "1 2", actual: "1") == .wrongAnswer("output ends after 1 tokens; expected more"))
        #expect(checker.check(expected: "1", actual: "1 2") == .wrongAnswer("extra output after 1 tokens"))
        #expect(checker.check(expected: "", actual: "\n \n").isAccepted)
        #expect(!TokenChecker(caseSensitive: true).check(expected: "Yes", actual: "yes").isAccepted)
        // Without a tolerance, numbers are plain tokens.
        #expect(!checker.check(expected: "1.0", actual: "1").isAccepted)
    }

    @Test("space_change_sensitive: the whitespace must match too")
    func spaceChange() {
        let checker = TokenChecker(spaceChangeSensitive: true)
        #expect(checker.check(expected: "1 2\n", actual: "1 2\n").isAccepted)
        #expect(!checker.check(expected: "1 2\n", actual: "1  2\n").isAccepted)
        #expect(!checker.check(expected: "1 2\n", actual: "1\n2\n").isAccepted)
    }

    @Test("float tolerance: absolute or relative, any float format")
    func floats() {
        let absolute = TokenChecker(absoluteTolerance: 1e-6)
        #expect(absolute.check(expected: "0.5", actual: "0.5000004").isAccepted)
        #expect(absolute.check(expected: "1000", actual: "1e3").isAccepted)
        #expect(!absolute.check(expected: "0.5", actual: "0.50001").isAccepted)
        #expect(absolute.check(expected: "0.5", actual: "half") == .wrongAnswer("token 1: expected a number, got 'half'"))
        let relative = TokenChecker(relativeTolerance: 1e-6)
        #expect(relative.check(expected: "1000000", actual: "1000000.9").isAccepted)
        #expect(!relative.check(expected: "1000000", actual: "1000002").isAccepted)
        // Words still compare as words when a tolerance is set.
        #expect(absolute.check(expected: "Case 1: 2.0", actual: "case 1: 2.0000001").isAccepted)
        #expect(!absolute.check(expected: "1", actual: "nan").isAccepted)
    }

    @Test("validator_flags parse like problemtools and refuse what they do not know")
    func flags() throws {
        let flags = try ValidatorFlags.parse("case_sensitive float_tolerance 1e-6")
        #expect(flags.caseSensitive && !flags.spaceChangeSensitive)
        #expect(flags.absoluteTolerance == 1e-6 && flags.relativeTolerance == 1e-6)
        let relativeOnly = try ValidatorFlags.parse("float_relative_tolerance 0.001 space_change_sensitive")
        #expect(relativeOnly.absoluteTolerance == nil && relativeOnly.relativeTolerance == 0.001 && relativeOnly.spaceChangeSensitive)
        #expect(TokenChecker(flags: relativeOnly).relativeTolerance == 0.001)
        #expect(throws: ValidatorFlagsError.self) { try ValidatorFlags.parse("float_tolerance") }
        #expect(throws: ValidatorFlagsError.self) { try ValidatorFlags.parse("float_tolerance x") }
        #expect(throws: ValidatorFlagsError.self) { try ValidatorFlags.parse("ignore_case") }
        #expect(try ValidatorFlags.parse("") == ValidatorFlags())
    }
}
