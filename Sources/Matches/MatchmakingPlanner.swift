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
    ///
    /// A player who cannot lead a group (not enough players inside its window) sits this
    /// tick out rather than join a younger player's group: that group would hold someone
    /// farther from it than its own window allows.
    public func plan(_ entries: [Entry], now: Double) -> [[Entry]] {
        guard entries.count >= self.groupSize else { return [] }
        let byRating = entries.sorted { ($0.rating, $0.joinedAt, $0.userID) < ($1.rating, $1.joinedAt, $1.userID) }
        var position: [Int64: Int] = [:]
        position.reserveCapacity(byRating.count)
        for (index, entry) in byRating.enumerated() { position[entry.userID] = index }
        var remaining = RemainingIndices(count: byRating.count)
        var groups: [[Entry]] = []
        for oldest in entries.sorted(by: { ($0.joinedAt, $0.userID) < ($1.joinedAt, $1.userID) }) {
            guard let center = position[oldest.userID], remaining.contains(center) else { continue }
            let window = MatchmakingWindow.window(waitedSeconds: now - oldest.joinedAt)
            var chosen = [center]
            var below = remaining.nearest(atOrBelow: center - 1)
            var above = remaining.nearest(atOrAbove: center + 1)
            while chosen.count < self.groupSize {
                let belowGap = below >= 0 ? oldest.rating - byRating[below].rating : Int.max
                let aboveGap = above < byRating.count ? byRating[above].rating - oldest.rating : Int.max
                guard min(belowGap, aboveGap) <= window else { break }
                if belowGap <= aboveGap {
                    chosen.append(below)
                    below = remaining.nearest(atOrBelow: below - 1)
                } else {
                    chosen.append(above)
                    above = remaining.nearest(atOrAbove: above + 1)
                }
            }
            if chosen.count == self.groupSize {
                for index in chosen { remaining.remove(index) }
                groups.append([oldest] + chosen.dropFirst().map { byRating[$0] })
            } else {
                remaining.remove(center)
            }
        }
        return groups
    }
}

/// The indices still unmatched, with "nearest remaining index" in near-constant time
/// (path-compressed skip pointers), so a tick stays O(n log n) however many are taken.
struct RemainingIndices {
    private var left: [Int]
    private var right: [Int]
    private var removed: [Bool]
    let count: Int

    init(count: Int) {
        self.count = count
        // Slot i + 1 holds index i; slots 0 and count + 1 are sentinels that are never removed.
        self.left = Array(0...(count + 1))
        self.right = Array(0...(count + 1))
        self.removed = [Bool](repeating: false, count: count + 2)
    }

    func contains(_ index: Int) -> Bool { index >= 0 && index < self.count && !self.removed[index + 1] }

    mutating func remove(_ index: Int) {
        self.removed[index + 1] = true
        self.left[index + 1] = index
        self.right[index + 1] = index + 2
    }

    /// The largest remaining index ≤ `index`, or -1.
    mutating func nearest(atOrBelow index: Int) -> Int {
        guard index >= 0 else { return -1 }
        var slot = min(index, self.count - 1) + 1
        var path: [Int] = []
        while self.removed[slot] {
            path.append(slot)
            slot = self.left[slot]
        }
        for visited in path { self.left[visited] = slot }
        return slot - 1
    }

    /// The smallest remaining index ≥ `index`, or `count`.
    mutating func nearest(atOrAbove index: Int) -> Int {
        guard index < self.count else { return self.count }
        var slot = max(index, 0) + 1
        var path: [Int] = []
        while self.removed[slot] {
            path.append(slot)
            slot = self.right[slot]
        }
        for visited in path { self.right[visited] = slot }
        return slot - 1
    }
}
