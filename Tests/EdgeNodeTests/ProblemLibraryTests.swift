import ArenaShared
import ArenaTestSupport
import Foundation
import Judge
import NIOHTTP1
import Testing

/// The repository's problem library on the platform: imported once per package version,
/// and its tests strong enough to reject what the old demo tests let through.
@Suite("The problem library on the platform", .timeLimit(.minutes(4)))
struct ProblemLibraryTests {
    struct Items: Decodable { var items: [SubmissionSummary] }

    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path
    static var maxSubarray: String { "\(repository)/problems/max-subarray" }

    /// Builds the package's generated tests (a no-op when they are up to date).
    static func build(_ package: String) async throws {
        let outcome = try await ChildProcess.run(["/usr/bin/env", "python3", "\(repository)/infra/build-problems.py", package], timeout: .seconds(120))
        #expect(outcome.status == 0, "\(outcome.output) \(outcome.errors)")
    }

    @Test("an unchanged package is not written again, a changed one replaces the problem; the O(n²) Maximum Subarray now TLEs")
    func importAndJudge() async throws {
        try await Self.build(Self.maxSubarray)
        let library = try LibraryPackage.read(from: Self.maxSubarray)
        #expect(library.metadata.difficulty == 1200 && library.metadata.tags == ["dp", "greedy"])
        var input = try library.problemInput()
        #expect(input.tests.filter(\.sample).count == 2)
        #expect(input.tests.count >= 8)
        #expect(input.referenceLanguage == "pypy3" && input.modes?.contains("sabotage") == true)
        #expect(input.editorial?.contains("Kadane") == true)

        let environment = try await EdgeTestEnvironment.start()
        defer { Task { await environment.stop() } }
        let secret = [(ArenaHeader.edgeSecret, TestCore.edgeSecret)]
        // The seed's two-test demo is replaced by the package (same slug).
        let first = try await environment.core.client.send(.PUT, "/internal/problems/max-subarray", json: input, headers: secret)
        #expect(first.status == 200 && first.header(ArenaHeader.importResult) == "updated", "\(first.text)")
        let again = try await environment.core.client.send(.PUT, "/internal/problems/max-subarray", json: input, headers: secret)
        #expect(again.status == 200 && again.header(ArenaHeader.importResult) == "unchanged")
        let versions = try await environment.core.client.send(.GET, "/internal/problem-versions", headers: secret).decode([String: String].self)
        #expect(versions["max-subarray"] == input.packageVersion)
        #expect(try await environment.core.client.send(.GET, "/internal/problem-versions").status == 403)

        input.statement += "\nA changed statement.\n"
        input.packageVersion = "changed"
        let changed = try await environment.core.client.send(.PUT, "/internal/problems/max-subarray", json: input, headers: secret)
        #expect(changed.header(ArenaHeader.importResult) == "updated")
        // Read at the import's position: an anonymous read may otherwise go to a lagging replica.
        let position = try #require(changed.header(ArenaHeader.commitLSN), "the import names its write position")
        let detail = try await environment.core.client.send(.GET, "/api/problems/max-subarray", headers: [(ArenaHeader.minimumLSN, position)])
            .decode(ProblemDetail.self)
        #expect(detail.statement.hasSuffix("A changed statement.\n") && detail.difficulty == 1200)

        // Bad metadata is refused with the reason, and nothing changes.
        var broken = input
        broken.modes = ["chess"]
        let refused = try await environment.core.client.send(.PUT, "/internal/problems/max-subarray", json: broken, headers: secret)
        #expect(refused.status == 400 && refused.text.contains("modes"))

        // Judged at the edge with the package's tests: the quadratic solution times out.
        let token = try await environment.core.signUp("kadane").accessToken
        let quadratic = try String(contentsOfFile: "\(Self.maxSubarray)/submissions/time_limit_exceeded/quadratic.py", encoding: .utf8)
        // The linear one in C++: in Python it runs close to the limit, and a loaded CI machine
        // once took it past the wall clock (TLE). The quadratic one stays Python: far over.
        let linear = try String(contentsOfFile: "\(Self.maxSubarray)/submissions/accepted/reference.cpp", encoding: .utf8)
        for (key, source, language) in [("quadratic", quadratic, "python3"), ("linear", linear, "cpp17")] {
            let reply = try await environment.edge.client.send(
                .POST, "/api/submissions", json: SubmissionRequest(problem: "max-subarray", language: language, source: source), bearer: token,
                headers: [("Idempotency-Key", key)])
            #expect(reply.status == 202, "\(reply.text)")
        }
        try await waitUntil(timeout: .seconds(90), "both are judged") {
            try await environment.core.client.send(.GET, "/api/submissions?user=kadane").decode(Items.self).items.count == 2
        }
        let stored = try await environment.core.client.send(.GET, "/api/submissions?user=kadane").decode(Items.self).items
        #expect(stored.first { $0.idempotencyKey.hasSuffix(":quadratic") }?.verdict == .timeLimitExceeded)
        #expect(stored.first { $0.idempotencyKey.hasSuffix(":linear") }?.verdict == .accepted)

        // The editorial gives the solution away: only for players who solved the problem.
        let editorial = try await environment.core.client.send(.GET, "/api/problems/max-subarray/editorial", bearer: token)
        #expect(editorial.status == 200 && editorial.text.contains("Kadane"), "\(editorial.text)")
        let other = try await environment.core.signUp("curious").accessToken
        let hidden = try await environment.core.client.send(.GET, "/api/problems/max-subarray/editorial", bearer: other)
        #expect(hidden.status == 403 && hidden.errorCode == "solve_first")
        #expect(try await environment.core.client.send(.GET, "/api/problems/max-subarray/editorial").status == 401)
    }

    @Test("a package with bad arena.yaml metadata is refused with every problem named")
    func badMetadata() async throws {
        try await Self.build(Self.maxSubarray)
        let folder = try TemporaryDirectories.make(prefix: "arena-library")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let package = "\(folder)/max-subarray"
        try FileManager.default.copyItem(atPath: Self.maxSubarray, toPath: package)
        try "difficulty: 1234\ntags: [Bad Tag]\nmodes: [sabotage, chess]\n".write(toFile: "\(package)/arena.yaml", atomically: true, encoding: .utf8)
        #expect {
            _ = try LibraryPackage.read(from: package)
        } throws: { error in
            let text = "\(error)"
            return text.contains("difficulty") && text.contains("tags") && text.contains("modes") && text.contains("sabotage_reference")
        }
    }
}
