import Synchronization

/// A per-key sliding-window limit (N events per window). Kept per edge: a player hits
/// one edge at a time, and the core enforces nothing that depends on it.
final class RateLimiter: Sendable {
    let limit: Int
    let window: Duration
    private let events = Mutex<[String: [ContinuousClock.Instant]]>([:])

    init(limit: Int, window: Duration) {
        self.limit = limit
        self.window = window
    }

    /// Records an event; returns nil when allowed, or the seconds to wait.
    func acquire(key: String) -> Int? {
        let now = ContinuousClock.now
        return self.events.withLock { events in
            var recent = (events[key] ?? []).filter { now - $0 < self.window }
            if recent.count >= self.limit {
                events[key] = recent
                let wait = self.window - (now - recent[0])
                return max(1, Int(wait.components.seconds) + 1)
            }
            recent.append(now)
            events[key] = recent
            if events.count > 100_000 { events = events.filter { !$0.value.isEmpty && now - $0.value.last! < self.window } }
            return nil
        }
    }

    /// Gives back the newest event of `key`: an attempt the edge refused for its own
    /// reasons (judge busy, problem unknown, storage failing) costs the player nothing.
    func refund(key: String) {
        self.events.withLock { events in
            guard var recent = events[key], !recent.isEmpty else { return }
            recent.removeLast()
            events[key] = recent.isEmpty ? nil : recent
        }
    }
}
