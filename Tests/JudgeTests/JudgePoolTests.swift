import ArenaShared
import Foundation
import Logging
import Testing

@testable import Judge

/// The pool: bounded queue, replacement of dead containers, and package verification end to end.
@Suite(.serialized)
struct JudgePoolTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/packages").path

    static func withPool(workers: Int = 1, queue: Int = 8, _ body: (JudgePool) async throws -> Void) async throws {
        let directory = NSTemporaryDirectory() + "arena-pool-test-\(UUID().uuidString.prefix(8))"
        let pool = await JudgePool.start(
            configuration: JudgePoolConfiguration(workers: workers, queueCapacity: queue, sandbox: SandboxConfiguration(workDirectory: directory, firstUID: 64000)),
            logger: Logger(label: "test.pool"))
        defer { try? FileManager.default.removeItem(atPath: directory) }
        do {
            try await body(pool)
        } catch {
            await pool.shutdown()
            throw error
        }
        await pool.shutdown()
    }

    @Test func aFullQueueRefusesInsteadOfGrowing() async throws {
        try await Self.withPool(workers: 1, queue: 1) { pool in
            // Long enough that all four reach the pool while the first still runs, even on a loaded machine.
            let slow = "#include <unistd.h>\nint main(void){ sleep(3); return 0; }\n"
            let problem = JudgeProblem(slug: "slow", timeLimitMs: 2000, memoryLimitBytes: 64 << 20, tests: [JudgeTest(name: "1", input: .empty, answer: [])])
            let results = await withTaskGroup(of: Result<Verdict, JudgeError>.self) { group in
                for _ in 0..<4 {
                    group.addTask {
                        do throws(JudgeError) { return .success(try await pool.judge(source: slow, language: .c, problem: problem).verdict) } catch { return .failure(error) }
                    }
                }
                var all: [Result<Verdict, JudgeError>] = []
                for await result in group { all.append(result) }
                return all
            }
            let refused = results.filter { if case .failure(.queueFull) = $0 { true } else { false } }
            let judged = results.filter { if case .success(.accepted) = $0 { true } else { false } }
            #expect(refused.count == 2, "one running, one waiting, the rest refused: \(results)")
            #expect(judged.count == 2)
            #expect(pool.status.queued == 0)
        }
    }

    @Test func aKilledContainerIsReplaced() async throws {
        try await Self.withPool(workers: 1) { pool in
            let problem = JudgeProblem(slug: "echo", timeLimitMs: 1000, memoryLimitBytes: 64 << 20, tests: [JudgeTest(name: "1", input: .bytes(Array("hi\n".utf8)), answer: Array("hi\n".utf8))])
            let cat = "#include <stdio.h>\nint main(void){ char s[16]; scanf(\"%15s\", s); puts(s); }\n"
            #expect(try await pool.judge(source: cat, language: .c, problem: problem).verdict == .accepted)
            // Kill every container of this pool from outside (as an OOM killer or an operator might).
            for pid in pool.idleContainerPIDs { kill(pid, SIGKILL) }
            try await Task.sleep(for: .milliseconds(100))
            let afterKill = try await pool.judge(source: cat, language: .c, problem: problem)
            #expect(afterKill.verdict == .systemError, "the job that found the dead container is a judge fault, not the player's")
            let replaced = try await pool.judge(source: cat, language: .c, problem: problem)
            #expect(replaced.verdict == .accepted)
            #expect(pool.status.workers == 1)
        }
    }

    @Test func verifiesAFloatTolerancePackageAndComputesItsTimeLimit() async throws {
        try await Self.withPool(workers: 2) { pool in
            let root = "\(Self.fixtures)/third-of-n"
            let package = try ProblemPackage.read(from: root)
            let report = try await PackageVerifier(pool: pool).verify(package, root: root)
            #expect(report.disagreements.isEmpty, "\(report.disagreements)")
            #expect(report.rows.count == 6)
            #expect(report.timeLimitSource.hasPrefix("computed"))
            #expect(report.timeLimitMs >= 1000)
            #expect(Set(report.rows.map(\.actual)) == [.accepted, .wrongAnswer, .timeLimitExceeded, .runtimeError, .compileError])
        }
    }

    @Test func verifiesACustomValidatorPackage() async throws {
        try await Self.withPool(workers: 2) { pool in
            let root = "\(Self.fixtures)/split-sum"
            let package = try ProblemPackage.read(from: root)
            let report = try await PackageVerifier(pool: pool).verify(package, root: root)
            #expect(report.disagreements.isEmpty, "\(report.disagreements)")
            #expect(report.timeLimitMs == 2000, ".timelimit wins")
            #expect(report.rows.first { $0.submission.hasSuffix("double.py") }?.actual == .wrongAnswer)
            let input = try package.problemInput(root: root, timeLimitMs: report.timeLimitMs)
            #expect(input.validator?.mainFile == "validate.cpp")
            #expect(input.validator?.files.keys.sorted() == ["validate.cpp", "verdict.h"])
            #expect(input.tests.count == 3)
        }
    }

    @Test func aPackageThatDisagreesIsReported() async throws {
        try await Self.withPool(workers: 1) { pool in
            // Copy the float package and put a wrong solution among the accepted ones.
            let root = NSTemporaryDirectory() + "third-of-n-\(UUID().uuidString.prefix(6))/third-of-n"
            try FileManager.default.createDirectory(atPath: (root as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try FileManager.default.copyItem(atPath: "\(Self.fixtures)/third-of-n", toPath: root)
            defer { try? FileManager.default.removeItem(atPath: (root as NSString).deletingLastPathComponent) }
            try Data("print(0)\n".utf8).write(to: URL(fileURLWithPath: "\(root)/submissions/accepted/zero.py"))
            try Data("1\n".utf8).write(to: URL(fileURLWithPath: "\(root)/.timelimit"))
            let report = try await PackageVerifier(pool: pool).verify(try ProblemPackage.read(from: root), root: root)
            #expect(report.disagreements.map(\.submission) == ["submissions/accepted/zero.py"])
            #expect(report.timeLimitSource == "package")
        }
    }
}
