import ArenaShared
import Foundation
import Judge
import NIOCore
import NIOHTTP1
import Synchronization

/// Full test data for judging, fetched from the core's internal endpoint and kept in
/// memory for a short while. Any problem invalidation drops it all (edits are rare and
/// a stale test set must never judge a submission).
final class JudgeDataSource: Sendable {
    let core: CoreClient
    let ttl: Duration
    private let entries = Mutex<[String: (problem: JudgeProblem, fetched: ContinuousClock.Instant)]>([:])
    static let capacity = 64

    enum Failure: Error, Sendable {
        case unknownProblem
        case unreachable(String)
    }

    init(core: CoreClient, ttl: Duration = .seconds(60)) {
        self.core = core
        self.ttl = ttl
    }

    func problem(_ slug: String) async throws(Failure) -> JudgeProblem {
        let now = ContinuousClock.now
        if let cached = self.entries.withLock({ $0[slug] }), now - cached.fetched < self.ttl { return cached.problem }
        let reply: CoreClient.Reply
        do {
            reply = try await self.core.send(method: .GET, path: "/internal/problems/\(slug)/judge", internalCall: true)
        } catch {
            throw .unreachable("\(error)")
        }
        switch reply.status {
        case 200: break
        case 404: throw .unknownProblem
        default: throw .unreachable("core answered \(reply.status)")
        }
        let data: JudgeData
        do {
            data = try ArenaJSON.decoder().decode(JudgeData.self, from: Data(reply.body.readableBytesView))
        } catch {
            throw .unreachable("unreadable judge data: \(error)")
        }
        let problem = Self.problem(from: data)
        self.entries.withLock { entries in
            if entries.count >= Self.capacity, let oldest = entries.min(by: { $0.value.fetched < $1.value.fetched })?.key {
                entries[oldest] = nil
            }
            entries[slug] = (problem, now)
        }
        return problem
    }

    func removeAll() {
        self.entries.withLock { $0.removeAll() }
    }

    static func problem(from data: JudgeData) -> JudgeProblem {
        let checker: CheckerKind
        if let validator = data.validator {
            let program = ValidatorProgram(
                language: validator.language, mainFile: validator.mainFile, files: validator.files.mapValues { Array($0) },
                flags: data.validatorFlags.split(separator: " ").map(String.init))
            // Interactive problems take the same path for the web app, matches and contests.
            checker = validator.interactive == true ? .interactive(program) : .custom(program)
        } else {
            checker = .token((try? ValidatorFlags.parse(data.validatorFlags)) ?? ValidatorFlags())
        }
        return JudgeProblem(
            slug: data.slug, version: data.version, timeLimitMs: data.timeLimitMs, memoryLimitBytes: UInt64(data.memoryLimitKb) * 1024,
            outputLimitBytes: UInt64(data.outputLimitKb) * 1024,
            tests: data.tests.enumerated().map { index, test in
                // Zero-padded, so a scoring problem's groups judge their tests in the stored order.
                JudgeTest(
                    name: String(format: "%05d", index + 1), input: .bytes(Array(test.input.utf8)), answer: Array(test.output.utf8), isSample: test.sample,
                    group: test.group)
            },
            checker: checker, grading: data.grading)
    }
}
