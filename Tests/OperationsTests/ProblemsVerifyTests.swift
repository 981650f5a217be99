import ArenaTestSupport
import Foundation
import Testing

/// `arena problems verify` as a problem setter or CI runs it: the exit code, the table,
/// `--json`, and nothing left behind in /tmp.
@Suite("arena problems verify", .timeLimit(.minutes(5)))
struct ProblemsVerifyTests {
    static var executable: String {
        URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("arena").path
    }

    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("JudgeTests/Fixtures/packages").path

    static func leftovers() -> Set<String> {
        Set(((try? FileManager.default.contentsOfDirectory(atPath: NSTemporaryDirectory())) ?? []).filter { $0.hasPrefix("arena-problems-") })
    }

    @Test("an agreeing interactive package exits 0 with its table; --json is machine-readable; the work folder is removed")
    func agreeing() async throws {
        let before = Self.leftovers()
        let table = try await ChildProcess.run([Self.executable, "problems", "verify", "\(Self.fixtures)/largest-hidden"], timeout: .seconds(240))
        #expect(table.status == 0, "\(table.output)\n\(table.errors)")
        #expect(table.output.contains("interactive; time limit: 2000 ms (package)"))
        #expect(table.output.contains("all 6 submissions agree"))
        let json = try await ChildProcess.run(
            [Self.executable, "problems", "verify", "--json", "\(Self.fixtures)/echo-twice"], timeout: .seconds(240))
        #expect(json.status == 0, "\(json.errors)")
        let report = try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any]
        #expect(report?["maximumScore"] as? Double == 100)
        #expect((report?["rows"] as? [[String: Any]])?.count == 4)
        #expect(Self.leftovers().subtracting(before).isEmpty, "verify left its work folder in /tmp")
    }

    @Test("a disagreement or an unreadable package exits 1 and says why")
    func disagreeing() async throws {
        let root = NSTemporaryDirectory() + "verify-\(UUID().uuidString.prefix(6))/third-of-n"
        try FileManager.default.createDirectory(atPath: (root as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: (root as NSString).deletingLastPathComponent) }
        try FileManager.default.copyItem(atPath: "\(Self.fixtures)/third-of-n", toPath: root)
        try Data("print(0)\n".utf8).write(to: URL(fileURLWithPath: "\(root)/submissions/accepted/zero.py"))
        let outcome = try await ChildProcess.run([Self.executable, "problems", "verify", root], timeout: .seconds(240))
        #expect(outcome.status == 1)
        #expect(outcome.output.contains("MISMATCH"))
        #expect(outcome.errors.contains("disagree with their folder"))
        let missing = try await ChildProcess.run([Self.executable, "problems", "verify", "/nonexistent/package"])
        #expect(missing.status == 1)
        #expect(missing.errors.contains("not a directory"), "\(missing.errors)")
    }
}
