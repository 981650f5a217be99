import Foundation
import Testing
@testable import Matches

@Suite("Elo rating")
struct EloRatingTests {
    @Test(arguments: [(0, 40.0), (9, 40.0), (10, 32.0), (29, 32.0), (30, 24.0), (500, 24.0)])
    func kFactorByGamesPlayed(games: Int, expected: Double) {
        #expect(EloRating.kFactor(games: games) == expected)
    }

    @Test func expectedScore() {
        #expect(EloRating.expectedScore(1500, against: 1500) == 0.5)
        #expect(abs(EloRating.expectedScore(1900, against: 1500) - 10.0 / 11.0) < 1e-12)
        #expect(abs(EloRating.expectedScore(1500, against: 1900) - 1.0 / 11.0) < 1e-12)
    }

    @Test func equalRatingsWinnerGainsTwentyWithKForty() {
        let changes = EloRating.changes(for: [
            .init(userID: 1, rating: 1500, games: 0, place: 1),
            .init(userID: 2, rating: 1500, games: 5, place: 2),
        ])
        #expect(changes == [1: 20, 2: -20])
    }

    @Test func bothPlayersUseTheMeanK() {
        // K = (40 + 24) / 2 = 32 for both.
        let changes = EloRating.changes(for: [
            .init(userID: 1, rating: 1500, games: 3, place: 2),
            .init(userID: 2, rating: 1500, games: 100, place: 1),
        ])
        #expect(changes == [1: -16, 2: 16])
    }

    @Test func upsetWinGainsMore() {
        // 40 × (1 − 1/11) = 36.36…
        let changes = EloRating.changes(for: [
            .init(userID: 7, rating: 1400, games: 0, place: 1),
            .init(userID: 8, rating: 1800, games: 0, place: 2),
        ])
        #expect(changes == [7: 36, 8: -36])
    }

    @Test func drawBetweenEqualRatingsChangesNothing() {
        let changes = EloRating.changes(for: [
            .init(userID: 1, rating: 1700, games: 0, place: 1),
            .init(userID: 2, rating: 1700, games: 50, place: 1),
        ])
        #expect(changes == [1: 0, 2: 0])
    }

    @Test func singlePlayerGetsZero() {
        #expect(EloRating.changes(for: [.init(userID: 1, rating: 1500, games: 0, place: 1)]) == [1: 0])
    }

    @Test func oneVsOneChangesSumToZero() {
        var rng = SeededGenerator(seed: 0xE10)
        for _ in 0..<5000 {
            let a = EloRating.Player(
                userID: 1, rating: Int.random(in: 100...3500, using: &rng), games: Int.random(in: 0...200, using: &rng),
                place: Int.random(in: 1...2, using: &rng))
            let b = EloRating.Player(
                userID: 2, rating: Int.random(in: 100...3500, using: &rng), games: Int.random(in: 0...200, using: &rng),
                place: Int.random(in: 1...2, using: &rng))
            let changes = EloRating.changes(for: [a, b])
            #expect(changes.count == 2)
            #expect(changes.values.reduce(0, +) == 0, "\(a) \(b) → \(changes)")
            // The winner never loses points, the loser never gains.
            if a.place < b.place { #expect(changes[1]! >= 0 && changes[2]! <= 0) }
            if a.place > b.place { #expect(changes[1]! <= 0 && changes[2]! >= 0) }
            // One game moves a rating by at most K (40).
            #expect(changes.values.allSatisfy { abs($0) <= 40 })
        }
    }

    @Test func battleRoyaleChangesSumToZero() {
        var rng = SeededGenerator(seed: 0xB477)
        for _ in 0..<3000 {
            let count = Int.random(in: 4...8, using: &rng)
            let players = (0..<count).map { index in
                EloRating.Player(
                    userID: Int64(100 + index), rating: Int.random(in: 600...3000, using: &rng),
                    games: Int.random(in: 0...60, using: &rng), place: Int.random(in: 1...count, using: &rng))
            }
            let changes = EloRating.changes(for: players)
            #expect(Set(changes.keys) == Set(players.map(\.userID)))
            #expect(changes.values.reduce(0, +) == 0, "\(players) → \(changes)")
            #expect(changes.values.allSatisfy { abs($0) <= 40 })
        }
    }

    @Test func battleRoyaleBetterPlaceNeverGetsLessWithEqualRatings() {
        var rng = SeededGenerator(seed: 0x0DE7)
        for _ in 0..<3000 {
            let count = Int.random(in: 4...8, using: &rng)
            let rating = Int.random(in: 800...2600, using: &rng)
            let players = (0..<count).map { index in
                EloRating.Player(
                    userID: Int64(index + 1), rating: rating, games: Int.random(in: 0...60, using: &rng),
                    place: Int.random(in: 1...count, using: &rng))
            }
            let changes = EloRating.changes(for: players)
            #expect(changes.values.reduce(0, +) == 0)
            for better in players {
                for worse in players where better.place < worse.place {
                    #expect(changes[better.userID]! >= changes[worse.userID]!, "\(players) → \(changes)")
                }
            }
        }
    }

    @Test func battleRoyaleFourEqualPlayersExactValues() {
        // K 40 split over 3 pairs: the winner wins 3 games worth 40/3 × 0.5 each = +20.
        let changes = EloRating.changes(for: (1...4).map { .init(userID: Int64($0), rating: 1500, games: 0, place: $0) })
        #expect(changes[1] == 20)
        #expect(changes[4] == -20)
        // ±6.67 rounded keeping the sum zero.
        #expect(changes[2]! + changes[3]! == 0)
        #expect([6, 7].contains(changes[2]!))
    }
}
