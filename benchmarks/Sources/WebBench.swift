import ArenaShared
import ArenaTestSupport
import Foundation
import NIOHTTP1
import PlayerClient

/// The player's side: serving the web app's files from an edge (what a page load costs
/// the edge), the app's weight, and the time a player waits from `arena submit` to the
/// verdict on the terminal.
enum WebBench {
    static func run() async throws -> (rows: [Row], notes: [String]) {
        var rows: [Row] = []
        let requests = Int(ProcessInfo.processInfo.environment["ARENA_BENCH_REQUESTS"] ?? "") ?? 4000
        let concurrency = Int(ProcessInfo.processInfo.environment["ARENA_BENCH_CONCURRENCY"] ?? "") ?? 16
        let deployment = try await TestDeployment.start(regions: ["eu-west"], pools: [2], firstUID: 65_300)
        let edge = deployment.edges[0]

        // The files a first visit loads: the shell, then every script, style and icon it names.
        let shell = try await edge.client.send(.GET, "/")
        var assets = Set<String>()
        for match in shell.text.matches(of: /(?:src|href)="(\/(?:assets|vendor)\/[^"]+)"/) { assets.insert(String(match.1)) }
        var pending = Array(assets)
        while let path = pending.popLast() {
            let reply = try await edge.client.send(.GET, path)
            guard path.hasSuffix(".js") else { continue }
            // ES module imports (static and dynamic) are relative to the importing file.
            let folder = (path as NSString).deletingLastPathComponent
            for match in reply.text.matches(of: /(?:from|import)\s*\(?\s*["'](\.{1,2}\/[^"']+)["']/) {
                let resolved = URL(fileURLWithPath: folder + "/" + String(match.1)).standardizedFileURL.path
                if assets.insert(resolved).inserted { pending.append(resolved) }
            }
        }
        var ours = shell.body.count, libraries = 0, libraryFiles = 0
        for path in assets {
            let size = try await edge.client.send(.GET, path).body.count
            if path.hasPrefix("/vendor/") { libraries += size; libraryFiles += 1 } else { ours += size }
        }
        // The editor's language mode and KaTeX's fonts load on demand and are not counted.
        let notes = [
            "web app, first visit: the shell + \(assets.count - libraryFiles) files of ours, \(ours / 1024) KiB uncompressed, "
                + "+ \(libraryFiles) files of Debian's browser libraries (CodeMirror, marked, DOMPurify, KaTeX), \(libraries / 1024) KiB; "
                + "\((ours + libraries) / 1024) KiB in all, no third-party requests"
        ]

        rows.append(try await Bench.measure("edge: GET / (app shell)", requests, concurrency) {
            try await edge.client.send(.GET, "/").status == 200
        })
        let script = "/assets/js/main.js"
        rows.append(try await Bench.measure("edge: GET \(script)", requests, concurrency) {
            try await edge.client.send(.GET, script).status == 200
        })
        let etag = try await edge.client.send(.GET, script).header("etag") ?? ""
        rows.append(try await Bench.measure("edge: revalidate \(script) (304)", requests, concurrency) {
            try await edge.client.send(.GET, script, headers: [("if-none-match", etag)]).status == 304
        })

        // `arena submit` as the player sees it: socket open, submit, every test, verdict.
        let credentials = try await PlayerSession.signIn(
            server: edge.url, caCertificate: nil, username: "bench_cli", password: "correct horse battery", createAccount: true)
        let session = try PlayerSession(credentials: credentials, store: nil)
        var latencies: [Duration] = []
        let clock = ContinuousClock()
        let start = clock.now
        for _ in 0..<20 {
            let begun = clock.now
            let verdict = try await SubmissionRun(problem: "a-plus-b", language: "python3", source: TestDeployment.solutions["a-plus-b"]!)
                .run(with: session) { _ in }
            guard verdict.verdict == .accepted else { throw BenchError(description: "submission judged \(String(describing: verdict.verdict))") }
            latencies.append(clock.now - begun)
            try await Task.sleep(for: .milliseconds(500))  // under the per-user submission rate limit
        }
        rows.append(
            Row(
                name: "arena submit (python3, 3 tests): start → verdict on the terminal, one at a time", latencies: latencies,
                throughput: Double(latencies.count) / (clock.now - start).seconds))
        await session.shutdown()
        await deployment.stop()
        return (rows, notes)
    }
}
