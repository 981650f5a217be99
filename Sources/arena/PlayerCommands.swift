import ArenaShared
import ArgumentParser
import Foundation
import Judge
import PlayerClient

#if canImport(Glibc)
import Glibc
#endif

/// Where the player's saved session lives (`--credentials`, else `$ARENA_CREDENTIALS`,
/// else `~/.config/codearena/credentials.json`).
struct CredentialOptions: ParsableArguments {
    @Option(help: "The saved sign-in file (default: $ARENA_CREDENTIALS or ~/.config/codearena/credentials.json).")
    var credentials: String?

    var store: CredentialStore { CredentialStore(path: self.credentials) }

    /// Runs `body` with the saved session, then closes it. Without one it says "sign in
    /// first", unless `anonymous` names a server for reads anyone may make.
    func withSession<T>(anonymous: ServerChoice? = nil, _ body: (PlayerSession) async throws -> T) async throws -> T {
        let session: PlayerSession
        if let saved = try self.store.load() {
            session = try PlayerSession(credentials: saved, store: self.store)
        } else if let anonymous {
            session = try PlayerSession(
                credentials: Credentials(server: anonymous.server, username: "", accessToken: "", refreshToken: nil, caCertificate: anonymous.caCertificate),
                store: nil)
        } else {
            throw PlayerClientError.notSignedIn
        }
        do {
            let result = try await body(session)
            await session.shutdown()
            return result
        } catch {
            await session.shutdown()
            throw error
        }
    }
}

/// The edge to talk to and the CA to trust: `--server`, else `$ARENA_SERVER`, else the
/// first edge of `arena up`; for a loopback HTTPS edge the dev certificate of `arena up`
/// when run from the project folder.
struct ServerChoice {
    var server: String
    var caCertificate: String?

    init(server: String?, cacert: String?) {
        self.server = server ?? ProcessInfo.processInfo.environment["ARENA_SERVER"] ?? "https://127.0.0.1:8443"
        self.caCertificate = cacert.map { URL(fileURLWithPath: $0).standardizedFileURL.path }
        if self.caCertificate == nil, self.server.hasPrefix("https://127.0.0.1"), FileManager.default.fileExists(atPath: ".arena/tls/dev-cert.pem") {
            self.caCertificate = URL(fileURLWithPath: ".arena/tls/dev-cert.pem").standardizedFileURL.path
        }
    }

    /// A password over plain HTTP is only acceptable to this machine.
    var isCleartextToAnotherHost: Bool {
        guard self.server.hasPrefix("http://"), let host = URL(string: self.server)?.host else { return false }
        return !["127.0.0.1", "localhost", "::1", "[::1]"].contains(host)
    }
}

/// `--server` and `--cacert`, as `login` and the signed-out `problems` take them.
struct ServerOptions: ParsableArguments {
    @Option(help: "The edge to use (default: $ARENA_SERVER, else https://127.0.0.1:8443 of `arena up`).")
    var server: String?

    @Option(help: "A CA certificate to trust (default for a loopback server: .arena/tls/dev-cert.pem when present).")
    var cacert: String?

    var choice: ServerChoice { ServerChoice(server: self.server, cacert: self.cacert) }
}

/// Runs a player command, turning its typed errors into one line on stderr and exit 1.
func playerCommand<T>(_ body: () async throws -> T) async throws -> T {
    do {
        return try await body()
    } catch let error as PlayerClientError {
        printError("arena: \(error.description)")
        throw ExitCode(1)
    }
}

/// `arena login`: signs in (or up with `--signup`) and saves the session for the other
/// player commands.
struct Login: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Sign in to an edge and save the session for submit, problems and watch.")

    @OptionGroup var target: ServerOptions

    @Option(help: "Username (asked for when missing).")
    var username: String?

    @Flag(help: "Read the password from standard input instead of asking.")
    var passwordStdin = false

    @Flag(help: "Create the account instead of signing in.")
    var signup = false

    @OptionGroup var options: CredentialOptions

    func run() async throws {
        try await playerCommand {
            let choice = self.target.choice
            if choice.isCleartextToAnotherHost {
                printError("arena: warning: \(choice.server) is plain HTTP to another machine; the password travels unencrypted")
            }
            guard let username = self.username ?? Self.prompt("username: "), !username.isEmpty else {
                throw ValidationError("a username is needed")
            }
            let password: String
            if self.passwordStdin {
                password = (readLine(strippingNewline: true) ?? "")
            } else {
                guard let typed = Self.secret("password: ") else { throw ValidationError("a password is needed (or --password-stdin)") }
                password = typed
            }
            let credentials = try await PlayerSession.signIn(
                server: choice.server, caCertificate: choice.caCertificate, username: username, password: password, createAccount: self.signup)
            try self.options.store.save(credentials)
            print("\(self.signup ? "signed up" : "signed in") as \(credentials.username) at \(credentials.server) (saved to \(self.options.store.path))")
        }
    }

    static func prompt(_ text: String) -> String? {
        FileHandle.standardError.write(Data(text.utf8))
        return readLine(strippingNewline: true)
    }

    /// Reads a line with echo off when standard input is a terminal. Ctrl-C (or another
    /// stop signal) at the prompt gives the terminal its echo back before the process ends.
    static func secret(_ text: String) -> String? {
        guard isatty(0) == 1 else { return readLine(strippingNewline: true) }
        tcgetattr(0, &savedTerminal)
        var silent = savedTerminal
        silent.c_lflag &= ~tcflag_t(ECHO)
        let stopSignals = [SIGINT, SIGTERM, SIGHUP, SIGQUIT]
        let previous = stopSignals.map { signal($0, restoreTerminalAndExit) }
        tcsetattr(0, TCSANOW, &silent)
        // Only once echo is off: whatever is typed after the prompt appears stays hidden.
        FileHandle.standardError.write(Data(text.utf8))
        defer {
            tcsetattr(0, TCSANOW, &savedTerminal)
            for (number, handler) in zip(stopSignals, previous) { signal(number, handler) }
            FileHandle.standardError.write(Data("\n".utf8))
        }
        return readLine(strippingNewline: true)
    }
}

/// The terminal settings before the password prompt (a signal handler cannot capture).
nonisolated(unsafe) private var savedTerminal = termios()

/// Restores the terminal, then dies of the same signal (tcsetattr is async-signal-safe).
private func restoreTerminalAndExit(_ number: Int32) {
    tcsetattr(0, TCSANOW, &savedTerminal)
    write(2, "\n", 1)
    signal(number, SIG_DFL)
    raise(number)
}

/// `arena logout`: revokes the session on the server and forgets it here.
struct Logout: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Sign out (revokes the session) and delete the saved sign-in.")

    @OptionGroup var options: CredentialOptions

    func run() async throws {
        try await playerCommand {
            try await self.options.withSession { session in try? await session.signOut() }
            try self.options.store.remove()
            print("signed out")
        }
    }
}

/// `arena submit PROBLEM FILE`: judged on the edge; prints progress per test. Exits 0 on
/// Accepted, 3 on any other verdict, 1 when it could not submit.
struct Submit: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Submit a solution and follow its judging live (exit 0 = Accepted, 3 = another verdict, 1 = not submitted).")

    @Argument(help: "The problem's slug (see `arena problems`).")
    var problem: String

    @Argument(help: "The source file.")
    var file: String

    @Option(name: .customLong("lang"), help: "Language id (\(LanguageID.allCases.map(\.rawValue).joined(separator: ", "))); default: from the extension.")
    var language: String?

    @OptionGroup var options: CredentialOptions

    func run() async throws {
        let verdict: Verdict? = try await playerCommand {
            guard let data = FileManager.default.contents(atPath: self.file) else { throw PlayerClientError.unreadableFile(self.file) }
            guard let language = self.language ?? LanguageTable.language(forFile: self.file)?.id.rawValue else {
                throw PlayerClientError.unknownLanguage(file: self.file)
            }
            let run = SubmissionRun(problem: self.problem, language: language, source: String(decoding: data, as: UTF8.self))
            return try await self.options.withSession { session in try await run.run(with: session) { line in say(line) } }.verdict
        }
        if verdict != .accepted { throw ExitCode(3) }
    }
}

/// `arena watch MATCH`: spectates a live match in the terminal until it ends.
struct Watch: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Spectate a live match: its events as lines until it ends (an ended match: its final standings).")

    @Argument(help: "The match id (from the web app's spectate list or GET /api/matches?status=live).")
    var match: String

    @OptionGroup var options: CredentialOptions

    func run() async throws {
        try await playerCommand {
            _ = try await self.options.withSession { session in
                try await MatchWatch(match: self.match.lowercased()).run(with: session) { line in say(line) }
            }
        }
    }
}
