import Synchronization

/// Leaderboard pages kept in this core's memory for a few seconds. Each core has its
/// own cache, so two cores may disagree for up to one TTL; a player's own solve or
/// match can take that long to show up in a ranking (documented in docs/social.md).
/// Concurrent misses for one page each read the database once: cheaper than making
/// readers wait on each other for a query that takes milliseconds.
final class LeaderboardCache: Sendable {
    struct Entry: Sendable {
        var page: LeaderboardPage
        var servedBy: String
        var expires: ContinuousClock.Instant
    }

    private let entries = Mutex<[LeaderboardQuery: Entry]>([:])
    let ttl: Duration
    let capacity: Int

    init(ttl: Duration, capacity: Int) {
        self.ttl = ttl
        self.capacity = max(1, capacity)
    }

    /// The cached page, unless it has expired.
    func page(for query: LeaderboardQuery, now: ContinuousClock.Instant = .now) -> Entry? {
        self.entries.withLock { entries in
            guard let entry = entries[query] else { return nil }
            guard entry.expires > now else {
                entries[query] = nil
                return nil
            }
            return entry
        }
    }

    func store(_ page: LeaderboardPage, servedBy: String, for query: LeaderboardQuery, now: ContinuousClock.Instant = .now) {
        let entry = Entry(page: page, servedBy: servedBy, expires: now + self.ttl)
        let capacity = self.capacity
        self.entries.withLock { entries in
            if entries.count >= capacity, entries[query] == nil {
                entries = entries.filter { $0.value.expires > now }
                if entries.count >= capacity { entries.removeAll(keepingCapacity: true) }
            }
            entries[query] = entry
        }
    }
}
