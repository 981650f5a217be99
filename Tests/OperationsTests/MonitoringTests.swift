import ArenaShared
import ArenaTestSupport
import Foundation
import NIOHTTP1
import Testing

/// What SREs get: alert rules that promtool accepts and whose unit tests pass, a
/// dashboard that only names metrics the nodes export, and `/metrics` of live nodes that
/// `promtool check metrics` finds clean.
@Suite("Monitoring: alert rules, dashboard, live metrics", .timeLimit(.minutes(5)))
struct MonitoringTests {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    @Test("infra/check-monitoring.sh passes against a live core and edge")
    func monitoringChecks() async throws {
        try #require(FileManager.default.isExecutableFile(atPath: "/usr/bin/promtool"), "promtool is missing: run `bash infra/install.sh`")
        let deployment = try await TestDeployment.start(regions: ["eu-west"], firstUID: 68_400)
        // Something to count: a sign-up and a read through the edge.
        _ = try await deployment.core.signUp("metrics_\(UInt32.random(in: 0...999_999))")
        _ = try await deployment.edges[0].client.send(.GET, "/api/problems")
        let outcome: ChildProcess.Outcome
        do {
            outcome = try await ChildProcess.run(
                ["/bin/bash", Self.packageRoot.appendingPathComponent("infra/check-monitoring.sh").path],
                environment: ["CHECK_METRICS_URLS": "\(deployment.core.url)/metrics \(deployment.edges[0].url)/metrics"],
                directory: Self.packageRoot, timeout: .seconds(180))
        } catch {
            await deployment.stop()
            throw error
        }
        await deployment.stop()
        #expect(outcome.status == 0, "\(outcome.output)\n\(outcome.errors)")
        #expect(outcome.output.contains("check-monitoring: all checks passed"))
        #expect(outcome.output.contains("/metrics: clean"))
    }
}
