import ArenaShared
import ArenaTestSupport
import Foundation
import Testing

/// The built `arena` executable, as a player runs it, against a running deployment.
@Suite("arena player commands", .timeLimit(.minutes(5)))
struct ArenaCommandTests {
    /// `.build/<triple>/debug/arena`, next to the test bundle.
    static var executable: String {
        let directory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        return directory.appendingPathComponent("arena").path
    }

    static func arena(_ arguments: [String], credentials: String, input: String? = nil) async throws -> ChildProcess.Outcome {
        let outcome = try await ChildProcess.run(
            [Self.executable] + arguments, input: input, environment: ["ARENA_CREDENTIALS": credentials], timeout: .seconds(120))
        #expect(!outcome.timedOut, "arena \(arguments.joined(separator: " ")) ran past 2 minutes")
        return outcome
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

            try "print(0)\n".write(toFile: folder + "/wrong.py", atomically: true, encoding: .utf8)
            try TestDeployment.solutions["a-plus-b"]!.write(toFile: folder + "/right.py", atomically: true, encoding: .utf8)
            try "print(1)\n".write(toFile: folder + "/notes.txt", atomically: true, encoding: .utf8)

            // Signed out: the list is public, submitting is not.
            let early = try await Self.arena(["problems", "--server", edge], credentials: credentials)
            #expect(early.status == 0, "\(early.errors)")
            #expect(early.output.contains("max-subarray"))
            let earlySubmit = try await Self.arena(["submit", "a-plus-b", folder + "/right.py"], credentials: credentials)
            #expect(earlySubmit.status == 1)
            #expect(earlySubmit.errors.contains("run `arena login` first"))

            let login = try await Self.arena(
                ["login", "--server", edge, "--username", name, "--password-stdin", "--signup"], credentials: credentials,
                input: "correct horse battery\n")
            #expect(login.status == 0, "\(login.errors)")
            #expect(login.output.contains("signed up as \(name)"))

            let badLogin = try await Self.arena(
                ["login", "--server", edge, "--username", name, "--password-stdin", "--credentials", folder + "/other.json"],
                credentials: credentials, input: "not my password\n")
            #expect(badLogin.status == 1)
            #expect(badLogin.errors.contains("the server refused (401"))

            let math = try await Self.arena(["problems", "--tag", "math"], credentials: credentials)
            #expect(math.status == 0, "\(math.errors)")
            #expect(math.output.contains("a-plus-b"))
            #expect(!math.output.contains("reverse-words"))


            let wrong = try await Self.arena(["submit", "a-plus-b", folder + "/wrong.py"], credentials: credentials)
            #expect(wrong.status == 3, "\(wrong.output) \(wrong.errors)")
            #expect(wrong.output.contains("test 1/3"))
            #expect(wrong.output.contains("verdict: WA"))

            let right = try await Self.arena(["submit", "a-plus-b", folder + "/right.py"], credentials: credentials)
            #expect(right.status == 0, "\(right.output) \(right.errors)")
            #expect(right.output.contains("test 3/3"))
            #expect(right.output.contains("verdict: AC"))

            let unknown = try await Self.arena(["submit", "a-plus-b", folder + "/notes.txt"], credentials: credentials)
            #expect(unknown.status == 1)
            #expect(unknown.errors.contains("--lang"))
            let explicit = try await Self.arena(["submit", "a-plus-b", folder + "/notes.txt", "--lang", "cobol"], credentials: credentials)
            #expect(explicit.status == 1)
            #expect(explicit.errors.contains("unknown_language"))

            // The solve is marked once the outbox delivered it to the core.
            var listed = ""
            for _ in 0..<50 {
                listed = try await Self.arena(["problems"], credentials: credentials).output
                if listed.split(separator: "\n").contains(where: { $0.contains("✓") && $0.contains("a-plus-b") }) { break }
                try await Task.sleep(for: .milliseconds(200))
            }
            #expect(listed.split(separator: "\n").contains { $0.contains("✓") && $0.contains("a-plus-b") }, "\(listed)")

            let watch = try await Self.arena(["watch", "00000000-0000-0000-0000-000000000000"], credentials: credentials)
            #expect(watch.status == 1)
            #expect(watch.errors.contains("unknown_match"), "\(watch.errors)")

            let logout = try await Self.arena(["logout"], credentials: credentials)
            #expect(logout.status == 0, "\(logout.errors)")
            #expect(!FileManager.default.fileExists(atPath: credentials))
        } catch {
            await deployment.stop()
            throw error
        }
        await deployment.stop()
    }

    /// A terminal made for the test (a pty held open by a python3 helper): `arena login`
    /// asks for the password with echo off; Ctrl-C there ends it, and the terminal echoes again.
    @Test("Ctrl-C at the password prompt gives the terminal its echo back")
    func passwordPromptRestoresEcho() async throws {
        let script = """
            import fcntl, os, select, subprocess, sys, termios, time
            master, slave = os.openpty()
            def own_terminal():
                os.setsid()
                fcntl.ioctl(0, termios.TIOCSCTTY, 0)
            child = subprocess.Popen(sys.argv[1:], stdin=slave, stdout=slave, stderr=slave, preexec_fn=own_terminal)
            seen, silent = b"", False
            deadline = time.time() + 60
            while b"password: " not in seen and time.time() < deadline:
                if select.select([master], [], [], 0.2)[0]:
                    seen += os.read(master, 4096)
            # The prompt comes once echo is off; wait a little anyway, so that an arena that
            # prompts first and silences later is caught silencing, not missed.
            while b"password: " in seen and not silent and time.time() < deadline:
                silent = not termios.tcgetattr(slave)[3] & termios.ECHO
                time.sleep(0.05)
            if silent:
                os.write(master, b"\\x03")
            try:
                child.wait(timeout=30)
            except subprocess.TimeoutExpired:
                child.kill()
            echo = bool(termios.tcgetattr(slave)[3] & termios.ECHO)
            print(f"prompted={b'password: ' in seen} silent={silent} echo={echo} status={child.returncode}")
            """
        let outcome = try await ChildProcess.run(
            ["/usr/bin/python3", "-c", script, Self.executable, "login", "--server", "http://127.0.0.1:9", "--username", "someone"],
            environment: ["ARENA_CREDENTIALS": NSTemporaryDirectory() + "arena-echo-\(UUID().uuidString).json"])
        #expect(outcome.status == 0, "\(outcome.errors)")
        #expect(outcome.output.contains("prompted=True silent=True echo=True status=-2"), "\(outcome.output)")
    }

    @Test("a node refuses a previous secret too short to be one, naming the variable, before it starts anything")
    func shortPreviousSecretIsRefused() async throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        for (command, variable) in [("core", "ARENA_EDGE_SECRET_PREVIOUS"), ("edge", "ARENA_TOKEN_SECRET_PREVIOUS")] {
            var arguments = [Self.executable, command, "--config", root.appendingPathComponent("regions.yaml").path]
            if command == "edge" { arguments += ["--region", "eu-west"] }
            let outcome = try await ChildProcess.run(
                arguments,
                environment: Self.nodeKeys.merging(
                    ["ARENA_TOKEN_SECRET": "a-current-token-secret-0123", "ARENA_EDGE_SECRET": "a-current-edge-secret-0123", variable: "short"]
                ) { $1 },
                timeout: .seconds(30))
            #expect(outcome.status == 1, "arena \(command): \(outcome.errors)")
            #expect(outcome.errors.contains("\(variable) must be empty or a secret of at least 16 characters"), "\(outcome.errors)")
        }
    }

    /// A valid token key pair as `arena up` hands it out (the core's private key, edges' public key).
    static let nodeKeys = [
        "ARENA_TOKEN_SIGNING_KEY": TestCore.tokenSigningKeyBase64, "ARENA_TOKEN_PUBLIC_KEYS": TestCore.tokenPublicKeyBase64,
    ]

    @Test("a core without its token signing key, or an edge with a malformed public key, refuses to start and names the variable")
    func tokenKeysAreRequired() async throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let secrets = ["ARENA_TOKEN_SECRET": "a-current-token-secret-0123", "ARENA_EDGE_SECRET": "a-current-edge-secret-0123"]
        let config = root.appendingPathComponent("regions.yaml").path
        let core = try await ChildProcess.run([Self.executable, "core", "--config", config], environment: secrets, timeout: .seconds(30))
        #expect(core.status == 1 && core.errors.contains("ARENA_TOKEN_SIGNING_KEY must be set"), "\(core.errors)")
        let edge = try await ChildProcess.run(
            [Self.executable, "edge", "--config", config, "--region", "eu-west"],
            environment: secrets.merging(["ARENA_TOKEN_PUBLIC_KEYS": "\(TestCore.tokenPublicKeyBase64),not-a-key"]) { $1 }, timeout: .seconds(30))
        #expect(edge.status == 1 && edge.errors.contains("ARENA_TOKEN_PUBLIC_KEYS must be comma-separated"), "\(edge.errors)")
    }
}
