import Foundation

/// Rating changes for a finished match, per mode.
///
/// - 1v1: Elo with a K-factor by games played (40 for the first 10 games, 32 up to 30,
///   then 24). Both players use the same K, the mean of their two K-factors, so the
///   two changes always sum to zero and ratings neither inflate nor deflate.
/// - Battle Royale: pairwise Elo. Every pair of players is scored as a game between them
///   (the better place wins, equal places draw) with K/(N-1) per pair, so a player's total
///   change has the weight of one 1v1 game; each pair is zero-sum, so the match is too.
public enum EloRating {
    public struct Player: Sendable, Hashable {
        public var userID: Int64
        public var rating: Int
        public var games: Int
        public var place: Int
        public init(userID: Int64, rating: Int, games: Int, place: Int) {
            self.userID = userID
            self.rating = rating
            self.games = games
            self.place = place
        }
    }

    public static func kFactor(games: Int) -> Double {
        switch games {
        case ..<10: 40
        case ..<30: 32
        default: 24
        }
    }

    public static func expectedScore(_ rating: Int, against other: Int) -> Double {
        1 / (1 + pow(10, Double(other - rating) / 400))
    }

    /// New ratings' deltas, keyed by user; the deltas sum to zero.
    public static func changes(for players: [Player]) -> [Int64: Int] {
        guard players.count >= 2 else { return Dictionary(uniqueKeysWithValues: players.map { ($0.userID, 0) }) }
        var exact: [Int64: Double] = [:]
        let pairs = Double(players.count - 1)
        for i in players.indices {
            for j in players.indices where j > i {
                let a = players[i], b = players[j]
                let k = (kFactor(games: a.games) + kFactor(games: b.games)) / 2 / pairs
                let score: Double = a.place < b.place ? 1 : a.place == b.place ? 0.5 : 0
                let change = k * (score - expectedScore(a.rating, against: b.rating))
                exact[a.userID, default: 0] += change
                exact[b.userID, default: 0] -= change
            }
        }
        return roundedKeepingSum(exact, order: players.map(\.userID))
    }

    /// Rounds to whole points so that the sum stays exactly zero (largest remainder).
    static func roundedKeepingSum(_ exact: [Int64: Double], order: [Int64]) -> [Int64: Int] {
        var result = exact.mapValues { Int($0.rounded(.down)) }
        var missing = -result.values.reduce(0, +)
        let byRemainder = order.sorted { (exact[$0]! - Double(result[$0]!)) > (exact[$1]! - Double(result[$1]!)) }
        var index = 0
        while missing > 0 && !byRemainder.isEmpty {
            result[byRemainder[index % byRemainder.count]]! += 1
            missing -= 1
            index += 1
        }
        return result
    }
}
