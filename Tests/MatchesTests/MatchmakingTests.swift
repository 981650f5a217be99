import Foundation
import Testing
@testable import Matches

@Suite("Matchmaking window")
struct MatchmakingWindowTests {
    @Test(arguments: [
        (0.0, 150), (10.0, 150), (30.0, 150), (39.0, 150), (39.99, 150), (40.0, 200), (49.9, 200), (50.0, 250),
        (60.0, 300), (100.0, 500), (199.0, 950), (200.0, 1000), (3600.0, 1000),
    ])
    func window(waited: Double, expected: Int) {
        #expect(MatchmakingWindow.window(waitedSeconds: waited) == expected)
    }

    @Test func neverExceedsTheMaximum() {
        for seconds in stride(from: 0.0, through: 10_000, by: 0.5) {
            let window = MatchmakingWindow.window(waitedSeconds: seconds)
            #expect(window >= 150 && window <= 1000)
        }
    }
}

@Suite("Matchmaking planner")
struct MatchmakingPlannerTests {
    typealias Entry = MatchmakingPlanner.Entry

    @Test func groupSizeIsAtLeastTwo() {
        #expect(MatchmakingPlanner(groupSize: 1).groupSize == 2)
        #expect(MatchmakingPlanner(groupSize: 4).groupSize == 4)
    }

    @Test func tooFewEntriesMakeNoGroup() {
        #expect(MatchmakingPlanner(groupSize: 2).plan([Entry(userID: 1, rating: 1500, joinedAt: 0)], now: 100).isEmpty)
        #expect(MatchmakingPlanner(groupSize: 2).plan([], now: 100).isEmpty)
    }

    @Test func pairsNearestRatingsWithinTheWindow() {
        let a = Entry(userID: 1, rating: 1500, joinedAt: 0)
        let b = Entry(userID: 2, rating: 1600, joinedAt: 1)
        let c = Entry(userID: 3, rating: 1520, joinedAt: 2)
        let d = Entry(userID: 4, rating: 1700, joinedAt: 3)
        let groups = MatchmakingPlanner(groupSize: 2).plan([d, c, b, a], now: 5)
        #expect(groups == [[a, c], [b, d]])
    }

    @Test func nearestIsChosenEvenIfAnotherWaitedLonger() {
        let oldest = Entry(userID: 1, rating: 1500, joinedAt: 0)
        let far = Entry(userID: 2, rating: 1640, joinedAt: 1)
        let near = Entry(userID: 3, rating: 1490, joinedAt: 4)
        let groups = MatchmakingPlanner(groupSize: 2).plan([oldest, far, near], now: 5)
        #expect(groups == [[oldest, near]])
    }

    @Test func doesNotPairFarRatingsWhenBothJustJoined() {
        let low = Entry(userID: 1, rating: 1500, joinedAt: 1000)
        let high = Entry(userID: 2, rating: 1700, joinedAt: 1001)
        #expect(MatchmakingPlanner(groupSize: 2).plan([low, high], now: 1002).isEmpty)
        // 39 s for the older one: still ±150.
        #expect(MatchmakingPlanner(groupSize: 2).plan([low, high], now: 1039).isEmpty)
    }

    @Test func pairsFarRatingsOnceTheOlderWaitedSixtySeconds() {
        // The younger one has just joined (window 150), the older one waited 60 s (window 300).
        let older = Entry(userID: 1, rating: 1500, joinedAt: 1000)
        let younger = Entry(userID: 2, rating: 1700, joinedAt: 1059)
        #expect(MatchmakingWindow.window(waitedSeconds: 60) == 300)
        #expect(MatchmakingPlanner(groupSize: 2).plan([younger, older], now: 1060) == [[older, younger]])
        // Same when the older one is the higher rated.
        let olderHigh = Entry(userID: 3, rating: 1700, joinedAt: 1000)
        let youngerLow = Entry(userID: 4, rating: 1500, joinedAt: 1059)
        #expect(MatchmakingPlanner(groupSize: 2).plan([youngerLow, olderHigh], now: 1060) == [[olderHigh, youngerLow]])
    }

    @Test func groupsOfFourForRoyale() throws {
        let entries = (0..<9).map { Entry(userID: Int64($0 + 1), rating: 1500 + 10 * $0, joinedAt: Double($0)) }
        let groups = MatchmakingPlanner(groupSize: 4).plan(entries, now: 10)
        #expect(groups.count == 2)
        #expect(groups.allSatisfy { $0.count == 4 })
        let ids = groups.flatMap { $0.map(\.userID) }
        #expect(Set(ids).count == 8)
        // The oldest (user 1, 1500) takes the three nearest: 1510, 1520, 1530.
        #expect(Set(groups[0].map(\.userID)) == [1, 2, 3, 4])
        #expect(groups[0][0].userID == 1)
        #expect(Set(groups[1].map(\.userID)) == [5, 6, 7, 8])
        #expect(groups[1][0].userID == 5)
    }

    @Test func noRoyaleGroupWithoutFourInsideTheWindow() {
        let entries = [
            Entry(userID: 1, rating: 1500, joinedAt: 0), Entry(userID: 2, rating: 1550, joinedAt: 0),
            Entry(userID: 3, rating: 1600, joinedAt: 0), Entry(userID: 4, rating: 1800, joinedAt: 0),
        ]
        #expect(MatchmakingPlanner(groupSize: 4).plan(entries, now: 1).isEmpty)
    }

    @Test func royaleGroupIsLedByItsLongestWaiter() throws {
        // User 1 (oldest, 1500) cannot form a group inside its own ±150: 1700 is 200 away.
        // User 2 (1550) can: 1500, 1600 and 1700 are all within 150 of 1550. The group
        // then contains user 1, who waited longer than user 2. The documented promise is
        // "the first of each group is its longest waiter" and "the window of the longest
        // waiter in the group"; 1700 is outside user 1's window.
        let entries = [
            Entry(userID: 1, rating: 1500, joinedAt: 0), Entry(userID: 2, rating: 1550, joinedAt: 1),
            Entry(userID: 3, rating: 1600, joinedAt: 2), Entry(userID: 4, rating: 1700, joinedAt: 3),
        ]
        let groups = MatchmakingPlanner(groupSize: 4).plan(entries, now: 5)
        #expect(groups.isEmpty)
        for group in groups {
            let oldest = try #require(group.min { ($0.joinedAt, $0.userID) < ($1.joinedAt, $1.userID) })
            #expect(group[0] == oldest)
            let window = MatchmakingWindow.window(waitedSeconds: 5 - oldest.joinedAt)
            #expect(group.allSatisfy { abs($0.rating - oldest.rating) <= window })
        }
    }

    static func randomEntries(_ count: Int, seed: UInt64, now: Double) -> [Entry] {
        var rng = SeededGenerator(seed: seed)
        return (0..<count).map { index in
            Entry(
                userID: Int64(index + 1), rating: Int.random(in: 800...2800, using: &rng),
                joinedAt: now - Double(Int.random(in: 0...240_000, using: &rng)) / 1000)
        }
    }

    @Test(arguments: [2, 4])
    func tenThousandRandomEntries(groupSize: Int) throws {
        let now = 1_700_000_000.0
        let entries = Self.randomEntries(10_000, seed: UInt64(0xA11CE + groupSize), now: now)
        let groups = MatchmakingPlanner(groupSize: groupSize).plan(entries, now: now)
        #expect(groups.count > 10_000 / groupSize / 2)
        var seen = Set<Int64>()
        let byID = Dictionary(uniqueKeysWithValues: entries.map { ($0.userID, $0) })
        for group in groups {
            #expect(group.count == groupSize)
            for member in group {
                #expect(seen.insert(member.userID).inserted, "user \(member.userID) is in two groups")
                #expect(byID[member.userID] == member)
            }
            let first = group[0]
            let window = MatchmakingWindow.window(waitedSeconds: now - first.joinedAt)
            for member in group.dropFirst() {
                #expect(abs(member.rating - first.rating) <= window, "\(group) exceeds ±\(window)")
            }
        }
    }

    @Test(arguments: [2, 4])
    func firstOfEachGroupIsItsLongestWaiter(groupSize: Int) throws {
        // The documented promise of `plan`: "the first of each group is its longest waiter".
        let now = 1_700_000_000.0
        let entries = Self.randomEntries(10_000, seed: UInt64(0xA11CE + groupSize), now: now)
        let groups = MatchmakingPlanner(groupSize: groupSize).plan(entries, now: now)
        let violations = groups.filter { group in group.dropFirst().contains { $0.joinedAt < group[0].joinedAt } }
        #expect(violations.isEmpty, "\(violations.count) groups, e.g. \(violations.prefix(2))")
    }
}
