/// The Kattis/ICPC default output validator: outputs are compared token by token
/// (tokens split on whitespace), case-insensitively unless `caseSensitive`; with
/// `spaceChangeSensitive` the whitespace between tokens must match too; with a float
/// tolerance, a judge token that is a number accepts any number within the absolute
/// or the relative tolerance (either is enough), written in any float format.
public struct TokenChecker: OutputChecker {
    public var caseSensitive: Bool
    public var spaceChangeSensitive: Bool
    public var absoluteTolerance: Double?
    public var relativeTolerance: Double?

    public init(caseSensitive: Bool = false, spaceChangeSensitive: Bool = false, absoluteTolerance: Double? = nil, relativeTolerance: Double? = nil) {
        self.caseSensitive = caseSensitive
        self.spaceChangeSensitive = spaceChangeSensitive
        self.absoluteTolerance = absoluteTolerance
        self.relativeTolerance = relativeTolerance
    }

    public init(flags: ValidatorFlags) {
        self.init(
            caseSensitive: flags.caseSensitive, spaceChangeSensitive: flags.spaceChangeSensitive,
            absoluteTolerance: flags.absoluteTolerance, relativeTolerance: flags.relativeTolerance)
    }

    public func check(expected: some Collection<UInt8>, actual: some Collection<UInt8>) -> CheckResult {
        let expected = Array(expected), actual = Array(actual)
        var judge = Tokenizer(expected), team = Tokenizer(actual)
        var index = 0
        while true {
            let judgeSpace = judge.skipSpace(), teamSpace = team.skipSpace()
            let judgeToken = judge.nextToken(), teamToken = team.nextToken()
            if self.spaceChangeSensitive && !judgeSpace.elementsEqual(teamSpace) && (judgeToken != nil || teamToken != nil || index > 0) {
                return .wrongAnswer("whitespace differs before token \(index + 1)")
            }
            switch (judgeToken, teamToken) {
            case (nil, nil):
                return .accepted
            case (nil, .some):
                return .wrongAnswer("extra output after \(index) tokens")
            case (.some, nil):
                return .wrongAnswer("output ends after \(index) tokens; expected more")
            case (.some(let judgeToken), .some(let teamToken)):
                index += 1
                if let problem = self.compare(judgeToken, teamToken) {
                    return .wrongAnswer("token \(index): \(problem)")
                }
            }
        }
    }

    /// nil when the tokens match.
    func compare(_ judge: ArraySlice<UInt8>, _ team: ArraySlice<UInt8>) -> String? {
        if self.absoluteTolerance != nil || self.relativeTolerance != nil, let expected = Self.number(judge) {
            guard let got = Self.number(team) else { return "expected a number, got '\(Self.show(team))'" }
            if expected.isNaN || got.isNaN { return expected.isNaN && got.isNaN ? nil : "expected \(Self.show(judge)), got \(Self.show(team))" }
            if expected.isInfinite || got.isInfinite { return expected == got ? nil : "expected \(Self.show(judge)), got \(Self.show(team))" }
            let difference = abs(expected - got)
            if let absolute = self.absoluteTolerance, difference <= absolute { return nil }
            if let relative = self.relativeTolerance, difference <= relative * abs(expected) { return nil }
            return "expected \(Self.show(judge)), got \(Self.show(team)) (difference \(difference))"
        }
        let equal =
            self.caseSensitive
            ? judge.elementsEqual(team)
            : judge.count == team.count && zip(judge, team).allSatisfy { Self.lower($0) == Self.lower($1) }
        return equal ? nil : "expected '\(Self.show(judge))', got '\(Self.show(team))'"
    }

    static func lower(_ byte: UInt8) -> UInt8 {
        (65...90).contains(byte) ? byte + 32 : byte
    }

    static func number(_ token: ArraySlice<UInt8>) -> Double? {
        guard token.count <= 400 else { return nil }
        return Double(String(decoding: token, as: UTF8.self))
    }

    static func show(_ token: ArraySlice<UInt8>) -> String {
        let text = String(decoding: token.prefix(40), as: UTF8.self)
        return token.count > 40 ? text + "…" : text
    }
}

/// Splits bytes into whitespace runs and tokens without copying.
struct Tokenizer {
    let bytes: [UInt8]
    var position = 0

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    static func isSpace(_ byte: UInt8) -> Bool {
        byte == 32 || (9...13).contains(byte)
    }

    mutating func skipSpace() -> ArraySlice<UInt8> {
        let start = self.position
        while self.position < self.bytes.count && Self.isSpace(self.bytes[self.position]) { self.position += 1 }
        return self.bytes[start..<self.position]
    }

    mutating func nextToken() -> ArraySlice<UInt8>? {
        let start = self.position
        while self.position < self.bytes.count && !Self.isSpace(self.bytes[self.position]) { self.position += 1 }
        return start == self.position ? nil : self.bytes[start..<self.position]
    }
}
