import ArenaShared
import NIOCore
import Synchronization

/// The edge's cache of public problem reads (list pages and statements), with a TTL,
/// a size bound (least recently used out) and invalidation by key from the core.
///
/// Two guards keep an invalidated value from coming back: a fetch that raced with an
/// invalidation is not stored (generation check), and later fetches ask the core for
/// a view at least as new as the newest invalidation (`minimumLSN`), so a lagging
/// replica cannot refill the cache with the old value.
final class ProblemCache: Sendable {
    struct Entry: Sendable {
        var body: ByteBuffer
        var contentType: String
        var tags: [String]
        var storedAt: ContinuousClock.Instant
        var lastUsed: ContinuousClock.Instant
    }

    enum Lookup: Sendable {
        case fresh(Entry)
        case stale(Entry)
        case miss
    }

    private struct State {
        var entries: [String: Entry] = [:]
        var generation: UInt64 = 0
        var minimumLSN: LogSequenceNumber?
    }

    private let state = Mutex(State())
    let capacity: Int
    let ttl: Duration

    init(capacity: Int, ttl: Duration) {
        self.capacity = capacity
        self.ttl = ttl
    }

    func lookup(_ key: String) -> Lookup {
        let now = ContinuousClock.now
        return self.state.withLock { state in
            guard var entry = state.entries[key] else { return .miss }
            entry.lastUsed = now
            state.entries[key] = entry
            return now - entry.storedAt < self.ttl ? .fresh(entry) : .stale(entry)
        }
    }

    /// The newest invalidation position seen: the cache holds nothing older than it.
    var minimumLSN: LogSequenceNumber? { self.state.withLock { $0.minimumLSN } }

    /// Marks the start of a fetch: the generation to pass to ``store`` and the minimum
    /// position the core must serve.
    func beginFetch() -> (generation: UInt64, minimumLSN: LogSequenceNumber?) {
        self.state.withLock { ($0.generation, $0.minimumLSN) }
    }

    /// Stores a fetched value unless an invalidation happened since `generation`.
    @discardableResult
    func store(_ key: String, body: ByteBuffer, contentType: String, tags: [String], generation: UInt64) -> Bool {
        guard self.capacity > 0 else { return false }
        let now = ContinuousClock.now
        return self.state.withLock { state in
            guard state.generation == generation else { return false }
            if state.entries[key] == nil && state.entries.count >= self.capacity {
                // Evict the least recently used tenth at once to amortize the scan.
                let victims = state.entries.sorted { $0.value.lastUsed < $1.value.lastUsed }.prefix(max(1, self.capacity / 10))
                for victim in victims { state.entries.removeValue(forKey: victim.key) }
            }
            state.entries[key] = Entry(body: body, contentType: contentType, tags: tags, storedAt: now, lastUsed: now)
            return true
        }
    }

    /// Drops every entry tagged with one of `tags`; returns how many were dropped.
    @discardableResult
    func invalidate(tags: [String], at lsn: LogSequenceNumber?) -> Int {
        let wanted = Set(tags)
        return self.state.withLock { state in
            state.generation &+= 1
            if let lsn { state.minimumLSN = max(state.minimumLSN ?? lsn, lsn) }
            let keys = state.entries.filter { !wanted.isDisjoint(with: $0.value.tags) }.map(\.key)
            for key in keys { state.entries.removeValue(forKey: key) }
            return keys.count
        }
    }

    /// After a pub/sub reconnect invalidations may have been missed: start over.
    func removeAll() {
        self.state.withLock { state in
            state.generation &+= 1
            state.entries.removeAll()
        }
    }

    var count: Int { self.state.withLock { $0.entries.count } }
}
