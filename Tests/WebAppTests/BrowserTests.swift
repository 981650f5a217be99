import ArenaShared
import ArenaTestSupport
import Foundation
import Judge
import Matches
import NIOHTTP1
import Testing

/// The web app in a real browser: headless Chromium driven by Selenium
/// (`Tests/Browser/run.py`) against a fresh deployment with two regions' edges. The
/// screenshots land in `.build/artifacts/browser` (or `$ARENA_ARTIFACTS`), not in git.
@Suite("Web app in Chromium", .timeLimit(.minutes(20)))
struct BrowserTests {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    @Test("sign up, solve with live verdicts, a Blitz match between two regions' edges, every page at desktop and phone width, accessibility, no console errors")
    func browserScenarios() async throws {
        try await HeavyTestLock.run {
            for tool in ["/usr/bin/chromium", "/usr/bin/chromedriver"] {
                try #require(FileManager.default.isExecutableFile(atPath: tool), "\(tool) is missing: run `bash infra/install.sh`")
            }
            let artifacts =
                ProcessInfo.processInfo.environment["ARENA_ARTIFACTS"].map { $0 + "/browser" }
                ?? Self.packageRoot.appendingPathComponent(".build/artifacts/browser").path
            try? FileManager.default.removeItem(atPath: artifacts)
            try FileManager.default.createDirectory(atPath: artifacts, withIntermediateDirectories: true)

            let deployment = try await TestDeployment.start(regions: ["eu-west", "us-east"], pools: [2, 2], firstUID: 68_000, mail: true)
            let result: ChildProcess.Outcome
            do {
                // A scoring problem (the judge's own fixture package) for the `scoring` scenario.
                let root = Self.packageRoot.appendingPathComponent("Tests/JudgeTests/Fixtures/packages/echo-twice").path
                let scoring = try ProblemPackage.read(from: root).problemInput(root: root, timeLimitMs: 2000)
                let imported = try await deployment.core.client.send(
                    .PUT, "/internal/problems/\(scoring.slug)", json: scoring, headers: [(ArenaHeader.edgeSecret, TestCore.edgeSecret)])
                try #require(imported.status == 201, "importing echo-twice: \(imported.status)")
                var arguments = ["/usr/bin/python3", Self.packageRoot.appendingPathComponent("Tests/Browser/run.py").path]
                arguments += deployment.edges.flatMap { ["--edge", $0.url] }
                arguments += ["--artifacts", artifacts]
                // Account mail lands here (a real exim); the `account` scenario reads its links.
                arguments += ["--maildir", deployment.mail?.mailbox ?? "", "--mail-link-base", TestDeployment.mailLinkBase]
                // ARENA_BROWSER_ONLY=rejoin,feedback runs those scenarios alone (while working on them).
                let only = (ProcessInfo.processInfo.environment["ARENA_BROWSER_ONLY"] ?? "").split(separator: ",")
                arguments += only.flatMap { ["--only", String($0)] }
                result = try await ChildProcess.run(arguments, directory: Self.packageRoot, timeout: .seconds(900))
            } catch {
                await deployment.stop()
                throw error
            }
            await deployment.stop()
            #expect(!result.timedOut, "the browser scenarios ran past 15 minutes and were stopped")
            #expect(result.status == 0, "browser scenarios failed (screenshots in \(artifacts)):\n\(result.output)\n\(result.errors)")
            let screenshots = (try? FileManager.default.contentsOfDirectory(atPath: artifacts).filter { $0.hasSuffix(".png") }) ?? []
            #expect(screenshots.count >= 10 || ProcessInfo.processInfo.environment["ARENA_BROWSER_ONLY"] != nil, "expected screenshots of the main pages in \(artifacts), found \(screenshots.count)")
        }
    }
}
