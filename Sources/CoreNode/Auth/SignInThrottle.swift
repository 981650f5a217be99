import Logging
import Replication

/// Failed sign-ins per account, counted in Redis so every core instance shares them. The
/// edge's per-address limit stops one client guessing; this stops many addresses guessing
/// one account's password. An account that used its failures is refused (correct password
/// or not) until its window ends; a successful sign-in starts it afresh. Redis being down
/// does not lock players out: the check is skipped and says so in the log.
struct SignInThrottle: Sendable {
    let redis: RedisClient
    /// Failed attempts an account may have within `window`.
    let limit: Int
    let window: Duration
    let logger: Logger

    /// Counts one failure and starts the window on the first (atomically).
    private static let recordFailureScript = """
        local n = redis.call('INCR', KEYS[1])
        if n == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
        return n
        """

    /// Returns how many failures the account has in its window and the milliseconds left.
    private static let stateScript = """
        local n = tonumber(redis.call('GET', KEYS[1]) or '0')
        return {n, redis.call('PTTL', KEYS[1])}
        """

    private var windowMilliseconds: Int { max(1, Int(self.window / .milliseconds(1))) }

    static func key(for username: String) -> String { "arena:signin-failures:\(SessionStore.usernameKey(username))" }

    /// Whole seconds to wait before this account may try again, or nil if it may try now.
    func retryAfter(username: String) async -> Int? {
        do {
            let reply = try await self.redis.eval(Self.stateScript, keys: [Self.key(for: username)], arguments: [])
            guard let values = reply.elements, values.count == 2, let failures = values[0].int, let left = values[1].int else { return nil }
            guard failures >= self.limit else { return nil }
            // PTTL is -1 for a key without expiry (should not happen): wait a whole window.
            let milliseconds = left > 0 ? left : self.windowMilliseconds
            return max(1, (milliseconds + 999) / 1000)
        } catch {
            self.logger.warning("sign-in throttle unavailable; checking the password anyway", metadata: ["error": "\(error)"])
            return nil
        }
    }

    func recordFailure(username: String) async {
        do {
            try await self.redis.eval(Self.recordFailureScript, keys: [Self.key(for: username)], arguments: [String(self.windowMilliseconds)])
        } catch {
            self.logger.warning("could not count a failed sign-in", metadata: ["error": "\(error)"])
        }
    }

    func reset(username: String) async {
        do {
            _ = try await self.redis.del(Self.key(for: username))
        } catch {
            self.logger.warning("could not reset the failed sign-in count", metadata: ["error": "\(error)"])
        }
    }
}
