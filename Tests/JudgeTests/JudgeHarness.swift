import ArenaShared
import Foundation
import Logging

@testable import Judge

/// A sandbox worker plus a judge with a fresh compile cache, for one test.
struct JudgeHarness {
    let worker: SandboxWorker
    let judge: SubmissionJudge
    let directory: String

    /// Toolchains are probed once per test process.
    static var toolchains: Task<Toolchains, Never> { Toolchains.shared }
    /// C++ compiles use the host's precompiled bits/stdc++.h, as a pool would.
    static let precompiled = Task { await PrecompiledHeaders.prepare(logger: Logger(label: "test.pch")) }

    static func with(cgroups: SandboxConfiguration.CgroupMode = .detect, index: Int = 0, _ body: (JudgeHarness) async throws -> Void) async throws {
        await precompiled.value
        let directory = NSTemporaryDirectory() + "arena-judge-test-\(UUID().uuidString.prefix(8))"
        let configuration = SandboxConfiguration(workDirectory: directory, firstUID: 62000, cgroups: cgroups)
        let worker = try SandboxWorker(index: index, configuration: configuration, cgroups: configuration.resolvedCgroups())
        let judge = SubmissionJudge(toolchains: await toolchains.value, cache: CompileCache(directory: "\(directory)/cache"))
        let harness = JudgeHarness(worker: worker, judge: judge, directory: directory)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        do {
            try await body(harness)
        } catch {
            await worker.shutdown()
            throw error
        }
        await worker.shutdown()
    }

    func judge(_ source: String, _ language: LanguageID, _ problem: JudgeProblem = aPlusB, mode: JudgeMode = .stopAtFirstFailure) async throws -> JudgeReport {
        try await self.judge.judge(source: source, language: language, problem: problem, mode: mode, on: self.worker)
    }
}

let aPlusB = JudgeProblem(
    slug: "a-plus-b", timeLimitMs: 1000, memoryLimitBytes: 256 << 20,
    tests: [
        JudgeTest(name: "1", input: .bytes(Array("1 2\n".utf8)), answer: Array("3\n".utf8), isSample: true),
        JudgeTest(name: "2", input: .bytes(Array("-5 5\n".utf8)), answer: Array("0\n".utf8)),
        JudgeTest(name: "3", input: .bytes(Array("1000000000 1000000000\n".utf8)), answer: Array("2000000000\n".utf8)),
    ])

/// A problem whose only answer is "blocked": hostile programs print it when their attack failed.
func containment(timeLimitMs: Int = 1000, memoryMiB: UInt64 = 64, outputBytes: UInt64 = 1 << 20) -> JudgeProblem {
    JudgeProblem(
        slug: "containment", timeLimitMs: timeLimitMs, memoryLimitBytes: memoryMiB << 20, outputLimitBytes: outputBytes,
        tests: [JudgeTest(name: "1", input: .empty, answer: Array("blocked\n".utf8))])
}
