import ArenaShared
import AsyncHTTPClient
import Foundation
import Judge
import NIOCore
import NIOFoundationCompat
import NIOHTTP1

/// Puts the repository's problem library (`problems/`) on a running core: builds the
/// generated test data (`infra/build-problems.py`, a no-op for unchanged packages), asks
/// the core which package versions it holds, and uploads only the packages whose hash
/// differs. Idempotent: a second run uploads nothing. A broken package is reported and
/// skipped; the others still import.
struct LibrarySync {
    var library: String
    var core: Endpoint
    var edgeSecret: String

    struct Report {
        var created: [String] = []
        var updated: [String] = []
        var unchanged: [String] = []
        var failed: [(slug: String, reason: String)] = []

        var summary: String {
            "problem library: \(self.created.count) created, \(self.updated.count) updated, \(self.unchanged.count) unchanged"
                + (self.failed.isEmpty ? "" : ", \(self.failed.count) failed (\(self.failed.map(\.slug).joined(separator: ", ")))")
        }
    }

    enum SyncError: Error, CustomStringConvertible {
        case buildFailed(String)
        case coreRefused(status: UInt, body: String)

        var description: String {
            switch self {
            case .buildFailed(let output): "building the problem library's test data failed:\n\(output)"
            case .coreRefused(let status, let body): "the core refused (\(status)): \(body.prefix(500))"
            }
        }
    }

    /// Runs the build script that sits beside the library (`<library>/../infra/build-problems.py`).
    func build() throws {
        let script = URL(fileURLWithPath: self.library).standardizedFileURL.deletingLastPathComponent().appendingPathComponent("infra/build-problems.py").path
        guard FileManager.default.fileExists(atPath: script) else { throw SyncError.buildFailed("\(script) is missing") }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", script] + LibraryPackage.folders(in: self.library)
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        // Packages that failed to build are reported by name and skipped by the import.
        if process.terminationStatus != 0 && !text.contains("error: ") { throw SyncError.buildFailed(text) }
        for line in text.split(separator: "\n") where line.hasPrefix("error: ") { printError(String(line)) }
    }

    func run() async throws -> Report {
        var report = Report()
        let stored = try await self.storedVersions()
        for folder in LibraryPackage.folders(in: self.library) {
            let slug = (folder as NSString).lastPathComponent
            let input: ProblemInput
            do {
                guard FileManager.default.fileExists(atPath: "\(folder)/data/secret/.built") else {
                    report.failed.append((slug, "its test data is not built"))
                    continue
                }
                let package = try LibraryPackage.read(from: folder)
                // Hashing is cheap; reading megabytes of tests is not: compare first.
                if stored[slug] == package.version() {
                    report.unchanged.append(slug)
                    continue
                }
                input = try package.problemInput()
            } catch {
                report.failed.append((slug, error.description))
                continue
            }
            do {
                switch try await self.upload(input) {
                case "created": report.created.append(input.slug)
                case "unchanged": report.unchanged.append(input.slug)
                default: report.updated.append(input.slug)
                }
            } catch {
                report.failed.append((input.slug, "\(error)"))
            }
        }
        return report
    }

    private var base: String { OperatorLink.baseURL(self.core) }

    private func storedVersions() async throws -> [String: String] {
        var request = HTTPClientRequest(url: "\(self.base)/internal/problem-versions")
        request.headers.add(name: ArenaHeader.edgeSecret, value: self.edgeSecret)
        let response = try await OperatorLink.client.execute(request, timeout: .seconds(30))
        let body = try await response.body.collect(upTo: 4 << 20)
        guard response.status == .ok else { throw SyncError.coreRefused(status: response.status.code, body: String(buffer: body)) }
        return try JSONDecoder().decode([String: String].self, from: Data(buffer: body))
    }

    /// PUTs one problem; returns the core's `X-Arena-Import` (created, updated, unchanged).
    private func upload(_ input: ProblemInput) async throws -> String {
        var request = HTTPClientRequest(url: "\(self.base)/internal/problems/\(input.slug)")
        request.method = .PUT
        request.headers.add(name: "content-type", value: "application/json")
        request.headers.add(name: ArenaHeader.edgeSecret, value: self.edgeSecret)
        request.body = .bytes(ByteBuffer(bytes: try ArenaJSON.encoder().encode(input)))
        let response = try await OperatorLink.client.execute(request, timeout: .seconds(120))
        let body = try await response.body.collect(upTo: 1 << 20)
        guard (200..<300).contains(Int(response.status.code)) else {
            throw SyncError.coreRefused(status: response.status.code, body: String(buffer: body))
        }
        return response.headers.first(name: ArenaHeader.importResult) ?? "updated"
    }
}
