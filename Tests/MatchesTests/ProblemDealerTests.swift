import Testing

@testable import Matches

/// A seeded generator, so the dealer's random choices repeat in tests.
struct SplitMix: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        self.state &+= 0x9E37_79B9_7F4A_7C15
        var z = self.state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

struct ProblemDealerTests {
    /// 100 problems, five at each difficulty 800, 900, … 2700.
    static let library: [ProblemDealer.Candidate] = (0..<100).map {
        ProblemDealer.Candidate(slug: "p\($0)", difficulty: 800 + 100 * ($0 / 5), solvedBy: 0, recentlyMetBy: 0)
    }

    @Test func blitzBoardsRiseAroundTheAverageRating() throws {
        #expect(ProblemDealer.targets(mode: .blitz, count: 3, averageRating: 1500) == [1200, 1500, 1800])
        #expect(ProblemDealer.targets(mode: .royale, count: 3, averageRating: 1500) == [1300, 1450, 1600])
        #expect(ProblemDealer.targets(mode: .golf, count: 1, averageRating: 600) == [800])
        var random = SplitMix(state: 1)
        let dealt = try #require(ProblemDealer.deal(Self.library, targets: [1200, 1500, 1800], using: &random))
        #expect(dealt.map(\.tier) == [1, 1, 1])
        for (item, target) in zip(dealt, [1200, 1500, 1800]) { #expect(abs(item.candidate.difficulty - target) <= 200) }
        #expect(Set(dealt.map(\.candidate.slug)).count == 3)
    }

    @Test func playersWhoSolvedNinetyPercentOfTheEasyOnesStillGetUnsolvedProblems() throws {
        // Both players solved 90 % of the problems up to 1600 (36 of 40); the rest is fresh.
        var pool = Self.library
        for index in pool.indices where pool[index].difficulty <= 1500 && index % 10 != 0 { pool[index].solvedBy = 2 }
        var random = SplitMix(state: 7)
        for _ in 0..<200 {
            let dealt = try #require(ProblemDealer.deal(pool, targets: [900, 1100, 1300], using: &random))
            #expect(dealt.allSatisfy { $0.candidate.solvedBy == 0 })
            #expect(Set(dealt.map(\.candidate.slug)).count == 3)
        }
    }

    @Test func recentlyMetProblemsComeBackOnlyWhenNothingFresherIsLeft() throws {
        let pool = [
            ProblemDealer.Candidate(slug: "met", difficulty: 1500, solvedBy: 0, recentlyMetBy: 1),
            ProblemDealer.Candidate(slug: "far", difficulty: 2600, solvedBy: 0, recentlyMetBy: 0),
            ProblemDealer.Candidate(slug: "solved", difficulty: 1500, solvedBy: 2, recentlyMetBy: 0),
        ]
        var random = SplitMix(state: 3)
        let one = try #require(ProblemDealer.deal(pool, targets: [1500], using: &random))
        #expect(one.map(\.candidate.slug) == ["far"] && one[0].tier == 3)
        let two = try #require(ProblemDealer.deal(pool, targets: [1500, 1500], using: &random))
        #expect(two.map(\.candidate.slug) == ["far", "met"] && two.map(\.tier) == [3, 4])
        let three = try #require(ProblemDealer.deal(pool, targets: [1500, 1500, 1500], using: &random))
        #expect(three.map(\.candidate.slug) == ["far", "met", "solved"] && three.last?.tier == 5)
        #expect(ProblemDealer.deal(pool, targets: [1500, 1500, 1500, 1500], using: &random) == nil)
    }

    @Test func freshProblemsRotateInsteadOfRepeating() throws {
        var random = SplitMix(state: 11)
        var seen: Set<String> = []
        for _ in 0..<50 {
            let dealt = try #require(ProblemDealer.deal(Self.library, targets: [1500], using: &random))
            seen.insert(dealt[0].candidate.slug)
        }
        // Everything within ±200 of 1500 (25 problems) is eligible; fifty deals see most of them.
        #expect(seen.count >= 15)
        #expect(seen.allSatisfy { slug in Self.library.first { $0.slug == slug }.map { abs($0.difficulty - 1500) <= 200 } ?? false })
    }
}
