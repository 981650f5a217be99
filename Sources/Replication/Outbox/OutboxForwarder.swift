import ArenaShared
import Logging
import ServiceLifecycle
import Synchronization

/// What happened when an outbox entry was sent to the core.
public enum OutboxDelivery: Sendable {
    /// Stored (or had been stored before: the idempotency key matched).
    case delivered
    /// The core can never accept it (e.g. unknown problem); set aside.
    case rejected(reason: String)
    /// The core answered but failed on this entry (5xx): retried later on its own,
    /// set aside after ``OutboxForwarder/maximumAttempts``; the entries behind it go on.
    case failed(reason: String)
    /// The core is unreachable; try everything again later.
    case retryLater(reason: String)
}

/// Drains the outbox to the core in order, retrying with capped exponential backoff
/// while the core is down. Delivery is at-least-once; the core's idempotency keys
/// make it exactly-once in effect.
public final class OutboxForwarder: Service, Sendable {
    let outbox: DurableOutbox
    let deliver: @Sendable (OutboxEntry) async -> OutboxDelivery
    let logger: Logger
    let onDepthChange: @Sendable (Int) -> Void
    let idlePoll: Duration
    let maximumBackoff: Duration
    /// Failed deliveries of one entry before it becomes a dead letter.
    public static let maximumAttempts = 20
    private let wakeRequested = Mutex(false)

    public init(
        outbox: DurableOutbox,
        logger: Logger,
        idlePoll: Duration = .seconds(1),
        maximumBackoff: Duration = .seconds(5),
        onDepthChange: @escaping @Sendable (Int) -> Void = { _ in },
        deliver: @escaping @Sendable (OutboxEntry) async -> OutboxDelivery
    ) {
        self.outbox = outbox
        self.deliver = deliver
        self.logger = logger
        self.idlePoll = idlePoll
        self.maximumBackoff = maximumBackoff
        self.onDepthChange = onDepthChange
    }

    /// Call after appending, to forward without waiting for the next poll.
    public func wakeUp() {
        self.wakeRequested.withLock { $0 = true }
    }

    public func run() async throws {
        await cancelWhenGracefulShutdown {
            var backoff = Duration.milliseconds(100)
            while !Task.isCancelled {
                let outcome = await self.drainOnce()
                self.onDepthChange(self.outbox.depth)
                if outcome.unreachable {
                    try? await Task.sleep(for: backoff)
                    backoff = min(backoff * 2, self.maximumBackoff)
                } else {
                    backoff = .milliseconds(100)
                    if !outcome.more { await self.waitForWork() }
                }
            }
        }
        // A clean stop forwards what is left while the core answers (for a few seconds),
        // so an edge stopped for good (a removed region) leaves no acknowledged write on a
        // disk nobody reads again. What cannot go now goes on the next start.
        guard self.outbox.depth > 0 else { return }
        _ = await self.drainBeforeStopping()
        self.onDepthChange(self.outbox.depth)
        if self.outbox.depth > 0 {
            self.logger.warning("stopping with writes not yet at the core; they are sent on the next start", metadata: ["pending": "\(self.outbox.depth)"])
        }
    }

    /// The last drain of a stopping forwarder, bounded by `limit`; false when the limit (or
    /// a cancellation) cut it short.
    func drainBeforeStopping(within limit: Duration = .seconds(5)) async -> Bool {
        (try? await withDeadline(limit, "final outbox drain") { await self.drainUntilStuck() }) != nil
    }

    /// Drains round after round until one makes no progress. A cancelled task (drainOnce
    /// then sends nothing) or entries that keep failing end it: it once looped forever in
    /// a cancelled task that the deadline had given up on, spinning two cores until the
    /// process ended.
    func drainUntilStuck() async {
        while !Task.isCancelled {
            let before = self.outbox.depth
            let outcome = await self.drainOnce()
            let after = self.outbox.depth
            if outcome.unreachable || after == 0 || after >= before { return }
        }
    }

    /// Sends pending entries once; returns whether the core was unreachable and
    /// whether more entries are waiting (a full batch).
    func drainOnce() async -> (unreachable: Bool, more: Bool) {
        let batch = self.outbox.pending(limit: Self.batchSize)
        var failures = 0
        for entry in batch {
            if Task.isCancelled { return (false, false) }
            switch await self.deliver(entry) {
            case .delivered:
                self.outbox.remove(entry)
            case .rejected(let reason):
                self.logger.error("core rejected a forwarded write; kept as dead letter", metadata: ["id": "\(entry.id)", "reason": "\(reason)"])
                self.outbox.moveToDeadLetters(entry, reason: reason)
            case .failed(let reason):
                failures += 1
                let updated = self.outbox.recordFailure(entry, reason: reason)
                if updated.attempts >= Self.maximumAttempts {
                    self.logger.error("forwarded write failed too often; kept as dead letter", metadata: ["id": "\(entry.id)", "reason": "\(reason)"])
                    self.outbox.moveToDeadLetters(updated, reason: reason)
                }
            case .retryLater(let reason):
                self.logger.debug("core unreachable; will retry", metadata: ["reason": "\(reason)"])
                return (true, false)
            }
        }
        // A batch where everything failed backs off like an outage.
        return (failures > 0 && failures == batch.count, batch.count == Self.batchSize && failures < batch.count)
    }

    static let batchSize = 256

    /// Sleeps until ``wakeUp()`` or the idle poll interval, in short steps.
    private func waitForWork() async {
        let deadline = ContinuousClock.now + self.idlePoll
        while ContinuousClock.now < deadline && !Task.isCancelled {
            if self.wakeRequested.withLock({ flag in defer { flag = false }; return flag }) { return }
            try? await Task.sleep(for: .milliseconds(10))
        }
    }
}
