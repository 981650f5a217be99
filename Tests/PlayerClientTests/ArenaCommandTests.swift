import ArenaShared
import ArenaTestSupport
import Foundation
import Testing

/// The built `arena` executable, as a player runs it, against a running deployment.
@Suite("arena player commands")
struct ArenaCommandTests {
    struct Outcome {
        var status: Int32
        var output: String
        var errors: String
    }

    /// `.build/<triple>/debug/arena`, next to the test bundle.
    static var executable: String {
        let directory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        return directory.appendingPathComponent("arena").path
    }

    static func arena(_ arguments: [String], credentials: String, input: String? = nil) throws -> Outcome {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Self.executable)
        process.arguments = arguments
        var environment = ProcessInfo.processInfo.environment
        environment["ARENA_CREDENTIALS"] = credentials
        process.environment = environment
        let output = Pipe()
        let errors = Pipe()
        let stdin = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = stdin
        try process.run()
        if let input { stdin.fileHandleForWriting.write(Data(input.utf8)) }
        try stdin.fileHandleForWriting.close()
        let out = output.fileHandleForReading.readDataToEndOfFile()
        let err = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Outcome(status: process.terminationStatus, output: String(decoding: out, as: UTF8.self), errors: String(decoding: err, as: UTF8.self))
    }

    @Test("login, problems --tag, submit (exit 3 on a wrong answer, 0 on Accepted), watch and logout through the binary")
    func playerCommands() async throws {
        #expect(FileManager.default.isExecutableFile(atPath: Self.executable), "build the package first: \(Self.executable)")
        let deployment = try await TestDeployment.start(regions: ["eu-west"], firstUID: 67_400)
        do {
            let edge = deployment.edges[0].url
            let folder = try TemporaryDirectories.make(prefix: "arena-cli")
            let credentials = folder + "/credentials.json"
            let name = "term_\(UInt32.random(in: 0...999_999))"

            let early = try Self.arena(["problems"], credentials: credentials)
            #expect(early.status == 1)
            #expect(early.errors.contains("run `arena login` first"))

            let login = try Self.arena(
                ["login", "--server", edge, "--username", name, "--password-stdin", "--signup"], credentials: credentials,
                input: "correct horse battery\n")
            #expect(login.status == 0, "\(login.errors)")
            #expect(login.output.contains("signed up as \(name)"))

            let badLogin = try Self.arena(
                ["login", "--server", edge, "--username", name, "--password-stdin", "--credentials", folder + "/other.json"],
                credentials: credentials, input: "not my password\n")
            #expect(badLogin.status == 1)
            #expect(badLogin.errors.contains("the server refused (401"))

            let math = try Self.arena(["problems", "--tag", "math"], credentials: credentials)
            #expect(math.status == 0, "\(math.errors)")
            #expect(math.output.contains("a-plus-b"))
            #expect(!math.output.contains("reverse-words"))

            try "print(0)\n".write(toFile: folder + "/wrong.py", atomically: true, encoding: .utf8)
            try TestDeployment.solutions["a-plus-b"]!.write(toFile: folder + "/right.py", atomically: true, encoding: .utf8)
            try "print(1)\n".write(toFile: folder + "/notes.txt", atomically: true, encoding: .utf8)

            let wrong = try Self.arena(["submit", "a-plus-b", folder + "/wrong.py"], credentials: credentials)
            #expect(wrong.status == 3, "\(wrong.output) \(wrong.errors)")
            #expect(wrong.output.contains("test 1/3"))
            #expect(wrong.output.contains("verdict: WA"))

            let right = try Self.arena(["submit", "a-plus-b", folder + "/right.py"], credentials: credentials)
            #expect(right.status == 0, "\(right.output) \(right.errors)")
            #expect(right.output.contains("test 3/3"))
            #expect(right.output.contains("verdict: AC"))

            let unknown = try Self.arena(["submit", "a-plus-b", folder + "/notes.txt"], credentials: credentials)
            #expect(unknown.status == 1)
            #expect(unknown.errors.contains("--lang"))
            let explicit = try Self.arena(["submit", "a-plus-b", folder + "/notes.txt", "--lang", "cobol"], credentials: credentials)
            #expect(explicit.status == 1)
            #expect(explicit.errors.contains("unknown_language"))

            // The solve is marked once the outbox delivered it to the core.
            var listed = ""
            for _ in 0..<50 {
                listed = try Self.arena(["problems"], credentials: credentials).output
                if listed.split(separator: "\n").contains(where: { $0.contains("✓") && $0.contains("a-plus-b") }) { break }
                try await Task.sleep(for: .milliseconds(200))
            }
            #expect(listed.split(separator: "\n").contains { $0.contains("✓") && $0.contains("a-plus-b") }, "\(listed)")

            let watch = try Self.arena(["watch", "00000000-0000-0000-0000-000000000000"], credentials: credentials)
            #expect(watch.status == 1)
            #expect(watch.errors.contains("unknown_match"), "\(watch.errors)")

            let logout = try Self.arena(["logout"], credentials: credentials)
            #expect(logout.status == 0, "\(logout.errors)")
            #expect(!FileManager.default.fileExists(atPath: credentials))
        } catch {
            await deployment.stop()
            throw error
        }
        await deployment.stop()
    }
}
