import Replication
import Synchronization

/// Shared by the Redis integration tests: bounded waits, so a failing test fails instead of hanging.
struct RedisTestTimeout: Error, CustomStringConvertible {
    var description: String
}

/// Runs `operation`, failing with `RedisTestTimeout` if it takes longer than `timeout`.
func withRedisTimeout<T: Sendable>(
    _ timeout: Duration,
    _ what: String,
    _ operation: @escaping @Sendable () async throws -> T
) async throws -> T {
    try await withThrowingTaskGroup(of: T.self) { group in
        group.addTask { try await operation() }
        group.addTask {
            try await Task.sleep(for: timeout)
            throw RedisTestTimeout(description: "timed out after \(timeout): \(what)")
        }
        defer { group.cancelAll() }
        return try await group.next()!
    }
}

/// Retries `operation` until it succeeds or `timeout` passes (then rethrows the last error).
func redisEventually<T: Sendable>(
    within timeout: Duration = .seconds(5),
    _ operation: @Sendable () async throws -> T
) async throws -> T {
    let deadline = ContinuousClock.now + timeout
    while true {
        do {
            return try await operation()
        } catch {
            if ContinuousClock.now >= deadline {
                throw error
            }
            try await Task.sleep(for: .milliseconds(50))
        }
    }
}

/// Collects a subscriber's events in the background so tests can wait for conditions on them
/// with a timeout (cancelling a task blocked in `AsyncStream.next()` would end the stream).
final class RedisEventRecorder: Sendable {
    private struct State {
        var events: [RedisSubscriberEvent] = []
        var finished = false
    }

    private let state = Mutex(State())

    static func record(_ events: AsyncStream<RedisSubscriberEvent>) -> RedisEventRecorder {
        let recorder = RedisEventRecorder()
        Task {
            for await event in events {
                recorder.state.withLock { $0.events.append(event) }
            }
            recorder.state.withLock { $0.finished = true }
        }
        return recorder
    }

    var events: [RedisSubscriberEvent] { self.state.withLock { $0.events } }
    var isFinished: Bool { self.state.withLock { $0.finished } }

    /// Polls until `condition` holds for the events so far; throws after `timeout`.
    func waitUntil(
        _ what: String,
        timeout: Duration = .seconds(10),
        _ condition: ([RedisSubscriberEvent]) -> Bool
    ) async throws {
        let deadline = ContinuousClock.now + timeout
        while !condition(self.events) {
            guard ContinuousClock.now < deadline else {
                throw RedisTestTimeout(description: "timed out after \(timeout) waiting for \(what); events: \(self.events)")
            }
            try await Task.sleep(for: .milliseconds(10))
        }
    }
}
