import ArenaShared
import Foundation
@testable import Matches

/// A fixed instant every test measures from: no test reads the wall clock.
let t0 = Date(timeIntervalSince1970: 1_700_000_000)

func at(_ seconds: Double) -> Date { t0.addingTimeInterval(seconds) }

func makePlayer(_ id: Int64, rating: Int = 1500) -> MatchPlayer {
    MatchPlayer(userID: id, username: "p\(id)", rating: rating, region: "eu")
}

func judged(
    _ key: String, user: Int64, problem: String, _ verdict: Verdict, at seconds: Double,
    language: LanguageID? = nil, bytes: Int? = nil, source: String? = nil
) -> MatchCommand {
    MatchCommand(
        key: key, kind: .judged, userID: user, problem: problem, verdict: verdict, language: language, bytes: bytes, source: source,
        submittedAt: at(seconds))
}

func resign(_ key: String, user: Int64, at seconds: Double) -> MatchCommand {
    MatchCommand(key: key, kind: .resign, userID: user, submittedAt: at(seconds))
}

/// Applies a command with the server clock equal to the submission time.
@discardableResult
func apply(_ command: MatchCommand, _ state: inout MatchState) -> [MatchEvent] {
    MatchRules.apply(command, to: &state, now: command.submittedAt)
}

/// Deterministic SplitMix64, so the randomized property tests are reproducible.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { self.state = seed }
    mutating func next() -> UInt64 {
        self.state &+= 0x9E37_79B9_7F4A_7C15
        var z = self.state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
