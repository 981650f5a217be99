import ArenaShared
import Synchronization
import Testing

@Suite("withDeadline")
struct DeadlineTests {
    @Test("returns the value when the body is in time")
    func inTime() async throws {
        let value = try await withDeadline(.seconds(5), "quick") { 42 }
        #expect(value == 42)
    }

    @Test("gives up at the deadline even when the body ignores cancellation")
    func stuckBody() async throws {
        let clock = ContinuousClock()
        let start = clock.now
        let released = Mutex(false)
        await #expect(throws: DeadlineExceeded.self) {
            try await withDeadline(.milliseconds(100), "stuck") {
                // Ignores cancellation, like a query sent to a frozen database.
                while !released.withLock({ $0 }) { try? await Task.sleep(for: .milliseconds(10)) }
                return 1
            }
        }
        // The body never ends by itself, so any finite bound proves the deadline won; 60 s
        // leaves room for the test process's start-up burst on a 2-core machine (13 s was
        // seen while dozens of servers and judge pools started at once).
        #expect(clock.now - start < .seconds(60))
        released.withLock { $0 = true }
    }

    @Test("passes the body's own error through")
    func failingBody() async throws {
        struct Boom: Error {}
        await #expect(throws: Boom.self) {
            try await withDeadline(.seconds(5), "boom") { () async throws -> Int in throw Boom() }
        }
    }

    @Test("an already-cancelled caller gets CancellationError at once instead of hanging")
    func cancelledCaller() async throws {
        let task = Task {
            while !Task.isCancelled { await Task.yield() }
            return try await withDeadline(.seconds(30), "after cancellation") { () async throws -> Int in
                try await Task.sleep(for: .seconds(30))
                return 1
            }
        }
        task.cancel()
        let clock = ContinuousClock()
        let start = clock.now
        await #expect(throws: CancellationError.self) { try await task.value }
        #expect(clock.now - start < .seconds(5))
    }

    @Test("cancelling the caller mid-way ends the wait")
    func cancelledMidway() async throws {
        let task = Task {
            try await withDeadline(.seconds(30), "long") { () async throws -> Int in
                try await Task.sleep(for: .seconds(30))
                return 1
            }
        }
        try await Task.sleep(for: .milliseconds(50))
        task.cancel()
        await #expect(throws: CancellationError.self) { try await task.value }
    }
}
