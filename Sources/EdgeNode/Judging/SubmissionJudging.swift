import ArenaShared
import Foundation
import Judge
import Prometheus
import Logging
import Replication
import ServiceLifecycle
import Synchronization

/// Judges accepted submissions on the edge's pool and hands the finished record to the
/// forwarding outbox. Accepted submissions wait in a durable journal (fsync'ed before the
/// player gets 202); an entry leaves the journal only after its judged record is durable
/// in the outbox, so a crash at any point re-judges rather than loses it, and the core's
/// idempotency key keeps a re-judged record from counting twice.
final class SubmissionJudging: Service, Sendable {
    let journal: DurableOutbox
    let outbox: DurableOutbox
    let forwarder: OutboxForwarder
    let pool: JudgePool
    let problems: JudgeDataSource
    let hub: LiveHub
    let metrics: EdgeMetrics
    let logger: Logger
    /// Set once at start-up (the match host needs the judge too); match submissions wait until then.
    private let relay = Mutex<(any MatchRelay)?>(nil)
    private let inFlight = Mutex<Set<String>>([])
    private let wake = AsyncStream<Void>.makeStream(bufferingPolicy: .bufferingNewest(1))
    /// Judgings handed to the pool at once: two per worker.
    var maximumInFlight: Int { max(2, 2 * self.pool.status.workers) }

    static let kind = "judge"
    /// Judging attempts that may end in SE before SE is the verdict.
    static let systemErrorRetries = 2

    /// Compiler CPU per player: charged after every judging, checked before acknowledging.
    let compileBudget: CompileBudget

    init(
        journal: DurableOutbox, outbox: DurableOutbox, forwarder: OutboxForwarder, pool: JudgePool, problems: JudgeDataSource,
        hub: LiveHub, metrics: EdgeMetrics, compileBudget: CompileBudget, logger: Logger
    ) {
        self.compileBudget = compileBudget
        self.journal = journal
        self.outbox = outbox
        self.forwarder = forwarder
        self.pool = pool
        self.problems = problems
        self.hub = hub
        self.metrics = metrics
        self.logger = logger
    }

    func connect(_ relay: any MatchRelay) { self.relay.withLock { $0 = relay } }

    /// Submissions accepted but not yet judged (the intake's back-pressure reads it).
    var backlog: Int { self.journal.depth }

    /// Durably records an accepted submission; judging starts right away.
    func accept(_ record: SubmissionRecord) throws {
        let entry = OutboxEntry(id: record.idempotencyKey, kind: Self.kind, payload: try ArenaJSON.encoder().encode(record))
        try self.journal.append(entry)
        self.metrics.judgeBacklog.set(Double(self.journal.depth))
        self.wake.continuation.yield()
    }

    func run() async throws {
        await withDiscardingTaskGroup { group in
            // A slow tick re-examines the journal: entries left by an earlier run (crash or
            // restart) and entries whose judging was postponed.
            group.addTask {
                while !Task.isCancelled {
                    try? await Task.sleep(for: .seconds(2))
                    self.wake.continuation.yield()
                }
            }
            self.wake.continuation.yield()
            var retryDelay = Duration.milliseconds(200)
            for await _ in self.wake.stream.cancelOnGracefulShutdown() {
                let delay = retryDelay
                // Enough in flight to keep every worker busy with the next job ready; the
                // rest stays on disk (read when there is room, oldest first).
                let busy = self.inFlight.withLock { $0 }
                let room = self.maximumInFlight - busy.count
                for entry in room > 0 ? self.journal.pending(limit: room, excluding: busy) : [] {
                    let claimed = self.inFlight.withLock { $0.insert(entry.id).inserted }
                    guard claimed else { continue }
                    group.addTask {
                        let done = await self.judge(entry)
                        if !done { try? await Task.sleep(for: delay) }
                        self.inFlight.withLock { _ = $0.remove(entry.id) }
                        self.wake.continuation.yield()
                    }
                }
                retryDelay = self.journal.depth == 0 ? .milliseconds(200) : min(retryDelay * 2, .seconds(5))
            }
            // Unfinished judgings stay in the journal and are judged again after a restart.
            group.cancelAll()
        }
    }

    /// Judges one journal entry; false when it must be retried later (core unreachable,
    /// judge queue full, shutting down).
    private func judge(_ entry: OutboxEntry) async -> Bool {
        guard var record = try? ArenaJSON.decoder().decode(SubmissionRecord.self, from: entry.payload) else {
            self.journal.moveToDeadLetters(entry, reason: "unreadable journal entry")
            return true
        }
        let key = record.idempotencyKey
        let user = record.userID
        let slug = record.problem
        let problem: JudgeProblem
        do {
            problem = try await self.problems.problem(slug)
        } catch .unknownProblem {
            self.journal.moveToDeadLetters(entry, reason: "problem '\(slug)' does not exist")
            self.hub.send(SubmissionProgressFrame(type: "submission:verdict", idempotencyKey: key, problem: slug, verdict: .systemError, detail: "no such problem"), to: user)
            return true
        } catch {
            self.logger.notice("judge data unavailable; will retry", metadata: ["problem": "\(slug)", "error": "\(error)"])
            return false
        }
        let hub = self.hub
        let relay = record.match == nil ? nil : self.relay.withLock { $0 }
        let submitted = record
        let report: JudgeReport
        let started = ContinuousClock.now
        do {
            report = try await self.pool.judge(source: record.source, language: record.language, problem: problem) { progress in
                switch progress {
                case .queued(let position):
                    hub.send(SubmissionProgressFrame(type: "submission:queued", idempotencyKey: key, problem: slug, position: position), to: user)
                case .compiling:
                    hub.send(SubmissionProgressFrame(type: "submission:compiling", idempotencyKey: key, problem: slug), to: user)
                case .testFinished(let test, let total):
                    relay?.progress(submitted, test: test.index + 1, of: total, verdict: test.verdict)
                    hub.send(
                        SubmissionProgressFrame(
                            type: "submission:test", idempotencyKey: key, problem: slug, test: test.index + 1, totalTests: total,
                            verdict: test.verdict, timeMs: test.cpuMs, memoryKb: test.memoryKiB, detail: test.detail), to: user)
                case .finished: break
                }
            }
        } catch .languageUnavailable(let language, let why) {
            // The language vanished from this host after the submission was accepted.
            report = JudgeReport(
                verdict: .systemError, tests: [], totalTests: problem.tests.count, message: "language \(language.rawValue) unavailable: \(why)",
                timeMs: 0, memoryKiB: 0, language: language, languageVersion: why, compileCached: false)
        } catch {
            self.logger.notice("judging postponed", metadata: ["submission": "\(key)", "reason": "\(error)"])
            return false
        }
        // A judge fault (container died, cgroup refused) is retried before the player is
        // told SE: the next attempt usually runs on a replaced container.
        if report.verdict == .systemError, entry.attempts < Self.systemErrorRetries {
            _ = self.journal.recordFailure(entry, reason: report.message ?? "system error")
            self.logger.warning("judge fault; judging again", metadata: ["submission": "\(key)", "reason": "\(report.message ?? "")"])
            return false
        }
        let elapsed = ContinuousClock.now - started
        self.metrics.judgeDurations[record.language]?.recordNanoseconds(
            elapsed.components.seconds * 1_000_000_000 + elapsed.components.attoseconds / 1_000_000_000)
        self.metrics.judgeVerdicts[report.verdict]?.increment()
        self.metrics.judgeCompileCacheBytes.set(Double(self.pool.judge.cache.bytes))
        self.compileBudget.charge(user: record.userID, milliseconds: report.compileMs)
        record.verdict = report.verdict
        record.timeMs = report.tests.isEmpty ? nil : report.timeMs
        record.memoryKb = report.tests.isEmpty ? nil : report.memoryKiB
        record.judgeMessage = Self.message(for: report)
        record.score = report.score
        record.groups = report.groups
        // A match verdict reaches the owner's durable inbox before the journal entry goes.
        if let relay, await !relay.judged(record, report: report) { return false }
        // Sabotage code (a plant broken on purpose, a repair of given code) counts in the
        // match only, never as the player's submission.
        if record.matchOnly == true {
            self.journal.remove(entry)
            self.metrics.judgeBacklog.set(Double(self.journal.depth))
            self.sendVerdict(record, report: report)
            return true
        }
        do {
            let forwarded = OutboxEntry(id: key, kind: SubmissionIntake.kind, payload: try ArenaJSON.encoder().encode(record))
            try self.outbox.append(forwarded)
        } catch {
            self.logger.error("cannot store a judged submission; will re-judge", metadata: ["submission": "\(key)", "error": "\(error)"])
            return false
        }
        self.journal.remove(entry)
        self.metrics.judgeBacklog.set(Double(self.journal.depth))
        self.metrics.outboxDepth.set(Double(self.outbox.depth))
        self.forwarder.wakeUp()
        self.sendVerdict(record, report: report)
        return true
    }

    private func sendVerdict(_ record: SubmissionRecord, report: JudgeReport) {
        self.hub.send(
            SubmissionProgressFrame(
                type: "submission:verdict", idempotencyKey: record.idempotencyKey, problem: record.problem, totalTests: report.totalTests,
                verdict: report.verdict, timeMs: record.timeMs, memoryKb: record.memoryKb, detail: record.judgeMessage, score: record.score),
            to: record.userID)
    }

    /// What a player reads next to the verdict.
    static func message(for report: JudgeReport) -> String? {
        if let message = report.message { return message }
        guard let failed = report.tests.first(where: { $0.verdict != .accepted }) else { return nil }
        // A multi-line detail (a runtime error's stderr) goes below the headline.
        return "test \(failed.index + 1): \(failed.verdict.rawValue)" + (failed.detail.map { $0.contains("\n") ? "\n\($0)" : " (\($0))" } ?? "")
    }
}
