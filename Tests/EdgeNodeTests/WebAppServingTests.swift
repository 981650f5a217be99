import ArenaShared
import ArenaTestSupport
import Foundation
import NIOHTTP1
import Testing

/// The web app's files as an edge serves them: the shell, modules with their types and
/// validators, a strict CSP everywhere, and nothing outside the asset folder.
@Suite("Web app serving", .timeLimit(.minutes(3)))
struct WebAppServingTests {
    @Test("shell and modules from the shipped files; CSP, nosniff, 304 on a matching ETag, HEAD; no traversal, hidden files, symlinks out or unknown types")
    func serving() async throws {
        let redis = try await TestRedis.start()
        let cluster = try await TestPostgresCluster.shared()
        let core = try await TestCore.start(TestCore.configuration(cluster: cluster, database: try await cluster.makeDatabase(), redis: redis))
        // A folder of our own next to the shipped one: a symlink out of it, a hidden file.
        let root = try TemporaryDirectories.make(prefix: "arena-web")
        try "<!doctype html><title>t</title><p>{{REGION}}</p>".write(toFile: root + "/index.html", atomically: true, encoding: .utf8)
        try FileManager.default.createDirectory(atPath: root + "/js", withIntermediateDirectories: true)
        try "export const a = 1;\n".write(toFile: root + "/js/app.js", atomically: true, encoding: .utf8)
        try "secret".write(toFile: root + "/.env.js", atomically: true, encoding: .utf8)
        try "#!/bin/sh".write(toFile: root + "/run.sh", atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: root + "/js/leak.txt", withDestinationPath: "/etc/passwd")
        let shipped = try await TestEdge.start(region: "eu-west", coreURL: core.url, redis: redis, judgePoolSize: 1)
        let custom = try await TestEdge.start(
            region: "us-east", coreURL: core.url, redis: redis, judgePoolSize: 1, webRoot: URL(fileURLWithPath: root))
        do {
            // The shipped app: the shell names its modules, which are served as JavaScript.
            let shell = try await shipped.client.send(.GET, "/")
            #expect(shell.status == 200)
            #expect(shell.header("content-type") == "text/html; charset=utf-8")
            let csp = try #require(shell.header("content-security-policy"))
            #expect(csp.contains("script-src 'self'") && csp.contains("style-src 'self'") && !csp.contains("unsafe-inline"))
            #expect(shell.header("x-content-type-options") == "nosniff")
            #expect(shell.text.contains("/assets/js/main.js"))
            let main = try await shipped.client.send(.GET, "/assets/js/main.js")
            #expect(main.status == 200)
            #expect(main.header("content-type") == "text/javascript; charset=utf-8")
            #expect(main.header("content-security-policy") == csp)
            let etag = try #require(main.header("etag"))
            let again = try await shipped.client.send(.GET, "/assets/js/main.js", headers: [("if-none-match", etag)])
            #expect(again.status == 304)
            #expect(again.body.isEmpty)
            let head = try await shipped.client.send(.HEAD, "/assets/js/main.js")
            #expect(head.status == 200 && head.body.isEmpty && head.header("etag") == etag)
            // Two edges serving the same files give the same validator.
            #expect(try await custom.client.send(.GET, "/assets/js/app.js").header("etag") != nil)

            // Our folder: the region is filled in; what is not a plain asset is a 404.
            let page = try await custom.client.send(.GET, "/")
            #expect(page.text.contains("<p>us-east</p>"))
            #expect(try await custom.client.send(.GET, "/assets/js/app.js").text == "export const a = 1;\n")
            for path in [
                "/assets/js/leak.txt", "/assets/.env.js", "/assets/run.sh", "/assets/../index.html", "/assets/%2e%2e/%2e%2e/etc/passwd",
                "/assets/js/../../../../etc/passwd", "/assets/js/missing.js", "/assets/",
            ] {
                let reply = try await custom.client.send(.GET, path)
                #expect(reply.status == 404 || reply.status == 400, "\(path) answered \(reply.status)")
                #expect(!reply.text.contains("root:"), "\(path) leaked a file")
            }
            // An edited file is served fresh, with a new validator.
            let before = try #require(try await custom.client.send(.GET, "/assets/js/app.js").header("etag"))
            try await Task.sleep(for: .milliseconds(20))
            try "export const a = 2;\n".write(toFile: root + "/js/app.js", atomically: true, encoding: .utf8)
            let edited = try await custom.client.send(.GET, "/assets/js/app.js")
            #expect(edited.text == "export const a = 2;\n")
            #expect(edited.header("etag") != before)

            // Browser libraries from Debian's packages, named by the shell; cached a day.
            for library in [
                "/vendor/marked/marked.min.js", "/vendor/dompurify/purify.min.js", "/vendor/katex/katex.min.js",
                "/vendor/codemirror/lib/codemirror.js", "/vendor/codemirror/addon/search/search.js",
            ] {
                #expect(shell.text.contains(library), "the shell does not load \(library)")
                let file = try await shipped.client.send(.GET, library)
                #expect(file.status == 200 && file.header("content-type") == "text/javascript; charset=utf-8", "\(library): \(file.status)")
                #expect(file.header("cache-control") == "public, max-age=86400" && file.header("content-security-policy") != nil)
            }
            // Language modes load on demand (js/code-modes.js): every one the editor may ask for is there.
            let modes = try await shipped.client.send(.GET, "/assets/js/code-modes.js").text
            let scripts = Set(modes.matches(of: /'((?:mode|addon)\/[a-z\/-]+\.js)'/).map { String($0.1) })
            #expect(scripts.count >= 20, "\(scripts)")
            for script in scripts {
                #expect(try await shipped.client.send(.GET, "/vendor/codemirror/\(script)").status == 200, "\(script) is missing")
            }
            #expect(try await shipped.client.send(.GET, "/vendor/codemirror/keymap/vim.js").status == 200)
            // Chart.js loads with the first profile that has a rating history (js/chart.js).
            let chart = try await shipped.client.send(.GET, "/assets/js/chart.js").text
            let chartScript = try #require(chart.firstMatch(of: /loadVendorScript\('([a-z.\/]+\.js)'\)/)).1
            #expect(try await shipped.client.send(.GET, "/vendor/\(chartScript)").status == 200, "\(chartScript) is missing")
            let css = try await shipped.client.send(.GET, "/vendor/katex/katex.min.css")
            #expect(css.status == 200 && css.header("content-type") == "text/css; charset=utf-8")
            #expect(try await shipped.client.send(.GET, "/vendor/katex/fonts/KaTeX_Main-Regular.woff2").header("content-type") == "font/woff2")
            for refused in [
                "/vendor/katex/../../../etc/passwd", "/vendor/katex/%2e%2e/%2e%2e/%2e%2e/etc/passwd", "/vendor/unknown/x.js",
                "/vendor/katex/missing.js", "/vendor/katex/README.md", "/vendor/katex/.hidden.js",
            ] {
                #expect(try await shipped.client.send(.GET, refused).status == 404, "\(refused) was served")
            }
        } catch {
            await shipped.stop()
            await custom.stop()
            await core.stop()
            try? await redis.stop()
            throw error
        }
        await shipped.stop()
        await custom.stop()
        await core.stop()
        try? await redis.stop()
    }
}
