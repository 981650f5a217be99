/// The heaviest integration tests (a browser, a whole `arena up`, killed and restarted
/// servers) take turns: Swift Testing runs suites in parallel, and on two cores three of
/// them at once starve the timing-sensitive tests around them.
public actor HeavyTestLock {
    public static let shared = HeavyTestLock()
    private var busy = false
    private var waiters: [CheckedContinuation<Void, Never>] = []

    /// Runs `body` when no other heavy test runs.
    public static func run<T: Sendable>(_ body: () async throws -> T) async throws -> T {
        await self.shared.acquire()
        do {
            let result = try await body()
            await self.shared.release()
            return result
        } catch {
            await self.shared.release()
            throw error
        }
    }

    private func acquire() async {
        guard self.busy else {
            self.busy = true
            return
        }
        await withCheckedContinuation { self.waiters.append($0) }
    }

    private func release() {
        if self.waiters.isEmpty {
            self.busy = false
        } else {
            self.waiters.removeFirst().resume()
        }
    }
}
