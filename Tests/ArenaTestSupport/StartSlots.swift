/// Cores starting at once in the test process: each start runs the migrations on a fresh
/// database, and Swift Testing starts every suite together, so on two cores dozens of
/// simultaneous starts thrash until some pass their deadline. A few at a time start faster
/// in total.
public actor StartSlots {
    public static let cores = StartSlots(slots: 6)
    private var free: Int
    private var waiters: [CheckedContinuation<Void, Never>] = []

    init(slots: Int) { self.free = slots }

    public func run<T: Sendable>(_ body: @Sendable () async throws -> T) async throws -> T {
        await self.acquire()
        do {
            let result = try await body()
            self.release()
            return result
        } catch {
            self.release()
            throw error
        }
    }

    private func acquire() async {
        if self.free > 0 {
            self.free -= 1
            return
        }
        await withCheckedContinuation { self.waiters.append($0) }
    }

    private func release() {
        if self.waiters.isEmpty { self.free += 1 } else { self.waiters.removeFirst().resume() }
    }
}
