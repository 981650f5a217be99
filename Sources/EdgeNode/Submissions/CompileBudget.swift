import Synchronization

/// How much compiler CPU each player may spend per window (sliding). A compile bomb or a
/// stream of sources that differ by a comment costs the judge seconds each time the
/// cache cannot help; once a player's compiles in the window pass the budget, new
/// submissions and runs are refused with `429 compile_budget` until old ones age out.
/// Kept per edge, like the submission rate limit.
final class CompileBudget: Sendable {
    let budget: Duration
    let window: Duration
    private let spent = Mutex<[Int64: [(at: ContinuousClock.Instant, cost: Duration)]]>([:])

    init(budget: Duration, window: Duration) {
        self.budget = budget
        self.window = window
    }

    /// Seconds to wait before `user` may compile again, or nil when within the budget.
    func waitBeforeCompiling(user: Int64) -> Int? {
        let now = ContinuousClock.now
        return self.spent.withLock { spent in
            var recent = (spent[user] ?? []).filter { now - $0.at < self.window }
            spent[user] = recent.isEmpty ? nil : recent
            var total = recent.reduce(Duration.zero) { $0 + $1.cost }
            guard total >= self.budget else { return nil }
            // The oldest compiles must age out until the total is under the budget again.
            var wait = Duration.zero
            while total >= self.budget, let oldest = recent.first {
                recent.removeFirst()
                total -= oldest.cost
                wait = self.window - (now - oldest.at)
            }
            return max(1, Int(wait.components.seconds) + 1)
        }
    }

    /// Records the compiler CPU a judging of `user`'s code took (nothing when cached).
    func charge(user: Int64, milliseconds: Int) {
        guard milliseconds > 0 else { return }
        let now = ContinuousClock.now
        self.spent.withLock { spent in
            spent[user, default: []].append((now, .milliseconds(milliseconds)))
            if spent.count > 100_000 { spent = spent.filter { $0.value.contains { now - $0.at < self.window } } }
        }
    }
}
