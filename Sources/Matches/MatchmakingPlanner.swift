/// Forms matches from one mode's queue in a single pass (the matchmaker's tick).
///
/// Oldest waiter first: each takes the nearest-rated unmatched players inside its own
/// window (the window of the longest waiter in the group). Ratings are kept sorted, so
/// finding the nearest neighbours is a binary search and a short walk outwards; 10,000
/// queued players take a few milliseconds (see the benchmark).
public struct MatchmakingPlanner: Sendable {
    public struct Entry: Sendable, Hashable {
        public var userID: Int64
        public var rating: Int
        /// Seconds since 1970 when the player joined the queue.
        public var joinedAt: Double
        public init(userID: Int64, rating: Int, joinedAt: Double) {
            self.userID = userID
            self.rating = rating
            self.joinedAt = joinedAt
        }
    }

    public var groupSize: Int

    public init(groupSize: Int) {
        self.groupSize = max(2, groupSize)
    }

    /// Groups of `groupSize` players; the first of each group is its longest waiter.
    public func plan(_ entries: [Entry], now: Double) -> [[Entry]] {
        guard entries.count >= self.groupSize else { return [] }
        let byRating = entries.sorted { ($0.rating, $0.joinedAt, $0.userID) < ($1.rating, $1.joinedAt, $1.userID) }
        var position: [Int64: Int] = [:]
        position.reserveCapacity(byRating.count)
        for (index, entry) in byRating.enumerated() { position[entry.userID] = index }
        var taken = [Bool](repeating: false, count: byRating.count)
        var groups: [[Entry]] = []
        for oldest in entries.sorted(by: { ($0.joinedAt, $0.userID) < ($1.joinedAt, $1.userID) }) {
            guard let center = position[oldest.userID], !taken[center] else { continue }
            let window = MatchmakingWindow.window(waitedSeconds: now - oldest.joinedAt)
            var chosen = [center]
            var below = center - 1
            var above = center + 1
            while chosen.count < self.groupSize {
                while below >= 0 && taken[below] { below -= 1 }
                while above < byRating.count && taken[above] { above += 1 }
                let belowGap = below >= 0 ? oldest.rating - byRating[below].rating : Int.max
                let aboveGap = above < byRating.count ? byRating[above].rating - oldest.rating : Int.max
                let gap = min(belowGap, aboveGap)
                guard gap <= window else { break }
                if belowGap <= aboveGap {
                    chosen.append(below)
                    below -= 1
                } else {
                    chosen.append(above)
                    above += 1
                }
            }
            guard chosen.count == self.groupSize else { continue }
            for index in chosen { taken[index] = true }
            groups.append([oldest] + chosen.dropFirst().map { byRating[$0] })
        }
        return groups
    }
}
