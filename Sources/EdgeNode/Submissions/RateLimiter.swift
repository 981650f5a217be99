import Foundation
import Logging
import Replication
import Synchronization

/// A per-key sliding-window limit (N events per window). With Redis (`shared`), the window
/// lives there and every edge counts into it, so playing through N regions does not give N
/// times the budget (docs/operations.md, "Limits"). Redis unreachable: each edge counts on its
/// own meanwhile (logged), so players are never locked out by an outage.
final class RateLimiter: Sendable {
    let limit: Int
    let window: Duration
    private let events = Mutex<[String: [ContinuousClock.Instant]]>([:])
    private let shared: (redis: RedisClient, name: String)?
    private let logger: Logger?

    init(limit: Int, window: Duration, shared redis: RedisClient? = nil, name: String = "", logger: Logger? = nil) {
        self.limit = limit
        self.window = window
        self.shared = redis.map { ($0, name) }
        self.logger = logger
    }

    /// KEYS[1]: the window (a sorted set of events, scored by Redis's clock in ms); ARGV: the
    /// limit, the window in ms, a unique member. Returns {1, 0} when allowed, {0, ms to wait}.
    static let acquireScript = """
        local t = redis.call('TIME')
        local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
        local window = tonumber(ARGV[2])
        redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - window)
        if redis.call('ZCARD', KEYS[1]) >= tonumber(ARGV[1]) then
          local oldest = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
          return {0, tonumber(oldest[2]) + window - now}
        end
        redis.call('ZADD', KEYS[1], now, ARGV[3])
        redis.call('PEXPIRE', KEYS[1], window)
        return {1, 0}
        """

    private func redisKey(_ key: String, _ name: String) -> String { "arena:limit:\(name):\(key)" }

    /// Records an event; returns nil when allowed, or the seconds to wait.
    func acquire(key: String) async -> Int? {
        if let shared = self.shared {
            do {
                let windowMs = max(1, Int(self.window / .milliseconds(1)))
                let reply = try await shared.redis.eval(
                    Self.acquireScript, keys: [self.redisKey(key, shared.name)], arguments: [String(self.limit), String(windowMs), UUID().uuidString])
                if let values = reply.elements, values.count == 2, let allowed = values[0].int {
                    return allowed == 1 ? nil : max(1, ((values[1].int ?? windowMs) + 999) / 1000)
                }
            } catch {
                self.logger?.warning("shared rate limit unavailable; counting on this edge", metadata: ["limit": "\(shared.name)", "error": "\(error)"])
            }
        }
        return self.acquireLocally(key: key)
    }

    private func acquireLocally(key: String) -> Int? {
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
    func refund(key: String) async {
        if let shared = self.shared, (try? await shared.redis.send(["ZPOPMAX", self.redisKey(key, shared.name)])) != nil { return }
        self.events.withLock { events in
            guard var recent = events[key], !recent.isEmpty else { return }
            recent.removeLast()
            events[key] = recent.isEmpty ? nil : recent
        }
    }
}
