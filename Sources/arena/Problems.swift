import ArenaShared
import ArgumentParser
import AsyncHTTPClient
import Foundation
import Judge
import Logging
import NIOCore
import NIOHTTP1
import PlayerClient

/// `arena problems [--tag]` lists problems for players; `import|verify` take Kattis/ICPC
/// problem packages, as they are.
struct Problems: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List problems, or import or verify Kattis/ICPC problem packages.", subcommands: [List.self, Verify.self, Import.self, Sync.self],
        defaultSubcommand: List.self)

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List problems (signed in: with a ✓ on the ones you solved).")

        @Option(help: "Only problems with this tag.")
        var tag: String?

        @Option(help: "Only problems whose title or statement contains this.")
        var search: String?

        /// Used only when not signed in (the saved session names its own server).
        @OptionGroup var target: ServerOptions

        @OptionGroup var options: CredentialOptions

        func run() async throws {
            try await playerCommand {
                let (problems, solved) = try await self.options.withSession(anonymous: self.target.choice) {
                    session in
                    let problems = try await session.problems(tag: self.tag, search: self.search)
                    return (problems, await session.isSignedIn ? (try? await session.solvedProblems()) ?? [] : [])
                }
                var rows = [["", "slug", "title", "difficulty", "tags"]]
                for problem in problems {
                    rows.append([solved.contains(problem.slug) ? "✓" : "", problem.slug, problem.title, String(problem.difficulty), problem.tags.joined(separator: ", ")])
                }
                print(formatTable(rows))
                print("\(problems.count) problem(s)" + (self.tag.map { " tagged \($0)" } ?? ""))
            }
        }
    }

    struct PackageOptions: ParsableArguments {
        @Argument(help: "The package folder (the one holding problem.yaml).")
        var directory: String

        @Option(help: "Judge workers to use.")
        var workers: Int = 2

        @Option(help: "Log level.")
        var logLevel: String = "warning"

        @Flag(help: "Print the report as JSON on standard output (for CI); progress still goes to standard error.")
        var json = false

        func read() throws -> ProblemPackage {
            do {
                let package = try ProblemPackage.read(from: self.directory)
                for warning in package.warnings { printError("warning: \(warning)") }
                return package
            } catch {
                printError(error.description)
                throw ExitCode(1)
            }
        }

        /// A pool on a private work folder (removed by `finish`).
        func pool() async throws -> JudgePool {
            var logger = Logger(label: "arena.problems")
            logger.logLevel = Logger.Level(rawValue: self.logLevel) ?? .warning
            let directory = try privateWorkDirectory("arena-problems")
            let pool = await JudgePool.start(
                configuration: JudgePoolConfiguration(
                    workers: self.workers, queueCapacity: 1024, sandbox: SandboxConfiguration(workDirectory: directory, firstUID: 60500)),
                logger: logger)
            if let problem = pool.status.problem, !pool.status.ready {
                printError("the judge sandbox cannot start: \(problem)")
                await self.finish(pool)
                throw ExitCode(1)
            }
            return pool
        }

        /// Reads the package and verifies it on a pool of its own, stopped afterwards.
        func readAndVerify() async throws -> (ProblemPackage, PackageVerifier.Report) {
            let package = try self.read()
            let pool = try await self.pool()
            do {
                let report = try await self.verify(package, pool: pool)
                await self.finish(pool)
                return (package, report)
            } catch {
                await self.finish(pool)
                throw error
            }
        }

        func finish(_ pool: JudgePool) async {
            await pool.shutdown()
            try? FileManager.default.removeItem(atPath: pool.configuration.sandbox.workDirectory)
        }

        /// Judges every example submission and prints a table (or JSON) with progress on
        /// standard error.
        func verify(_ package: ProblemPackage, pool: JudgePool) async throws -> PackageVerifier.Report {
            let report: PackageVerifier.Report
            let tty = isatty(STDERR_FILENO) == 1
            do {
                report = try await PackageVerifier(pool: pool).verify(package, root: self.directory) { done, total, row in
                    let line = "[\(done)/\(total)] \(row.submission): \(row.actual?.rawValue ?? "not run") \(row.agrees ? "ok" : row.status.rawValue)"
                    if tty { printError("\u{1B}[2K\r" + line, terminator: "") } else { printError(line) }
                }
                if tty { printError("\u{1B}[2K\r", terminator: "") }
            } catch {
                printError("\(error)")
                throw ExitCode(1)
            }
            for warning in report.warnings.dropFirst(package.warnings.count) { printError("warning: \(warning)") }
            if self.json {
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
                print(String(decoding: try encoder.encode(report), as: UTF8.self))
                return report
            }
            var rows = [["submission", "language", "expected", "got", "with extra time", "CPU ms", "", "detail"]]
            for row in report.rows {
                rows.append([
                    row.submission, row.language, row.expected, row.actual?.rawValue ?? "-", row.withExtraTime?.rawValue ?? "-", String(row.timeMs),
                    row.status == .ok ? "ok" : row.status.rawValue.uppercased(),
                    String((row.detail ?? "").prefix(90)).replacingOccurrences(of: "\n", with: " "),
                ])
            }
            print(formatTable(rows))
            // Scoring problems: each submission's result per test-data group, as problemtools lists them.
            let groupNames = Array(Set(report.rows.flatMap { $0.groups?.map(\.group) ?? [] })).sorted()
            if !groupNames.isEmpty {
                var table = [["submission"] + groupNames.map { $0 == "data" ? "total" : String($0.dropFirst("data/".count)) }]
                for row in report.rows {
                    let results = Dictionary((row.groups ?? []).map { ($0.group, $0) }, uniquingKeysWith: { first, _ in first })
                    table.append([row.submission] + groupNames.map { name in
                        results[name].map { "\($0.verdict.rawValue) \(PackageVerifier.format($0.score))" } ?? "-"
                    })
                }
                print("")
                print(formatTable(table))
                if let maximum = report.maximumScore { print("full score: \(PackageVerifier.format(maximum))") }
            }
            print("\(report.interactive ? "interactive; " : "")time limit: \(report.timeLimitMs) ms (\(report.timeLimitSource)); judged with \(report.extraTimeLimitMs) ms (safety margin)")
            return report
        }
    }

    struct Verify: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Judge every submissions/<verdict>/ file or folder of a package and report any whose verdict disagrees with its folder.",
            discussion: "Exits 0 when every submission agrees (\"ok with extra time\" included, with a warning), 1 otherwise: a disagreement, a submission in a language this judge lacks, or a package that cannot be read.")

        @OptionGroup var options: PackageOptions

        func run() async throws {
            let (_, report) = try await self.options.readAndVerify()
            if !report.disagreements.isEmpty {
                printError("\(report.disagreements.count) of \(report.rows.count) submission(s) disagree with their folder or could not be judged")
                throw ExitCode(1)
            }
            if !self.options.json { print("all \(report.rows.count) submissions agree") }
        }
    }

    struct Import: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Verify a package, then create or replace its problem on the core (all tests, limits, validator).")

        @OptionGroup var options: PackageOptions

        @Option(help: "The deployment description (for the core's address).")
        var config: String = "regions.yaml"

        @Option(help: "Difficulty shown to players (800-3500).")
        var difficulty: Int = 1200

        @Option(help: "Where `arena up` keeps its secrets (ARENA_EDGE_SECRET in the environment wins).")
        var data: String = ".arena"

        @Flag(help: "Import even if example submissions disagree with their folders.")
        var force = false

        func run() async throws {
            let (package, report) = try await self.options.readAndVerify()
            if !report.disagreements.isEmpty && !self.force {
                printError("not imported: \(report.disagreements.count) submission(s) disagree with their folder (use --force to import anyway)")
                throw ExitCode(1)
            }
            let input: ProblemInput
            do {
                input = try package.problemInput(root: self.options.directory, timeLimitMs: report.timeLimitMs, difficulty: self.difficulty)
            } catch {
                printError(error.description)
                throw ExitCode(1)
            }
            let deployment = try loadDeployment(self.config)
            guard let secret = ProcessInfo.processInfo.environment[NodeSecrets.edgeSecretVariable] ?? Self.secret(in: "\(self.data)/secrets.env") else {
                printError("no edge secret: set \(NodeSecrets.edgeSecretVariable) or run `arena up` first (it writes \(self.data)/secrets.env)")
                throw ExitCode(1)
            }
            OperatorLink.configure(data: self.data)
            var request = HTTPClientRequest(url: OperatorLink.baseURL(deployment.core.endpoint) + "/internal/problems/\(input.slug)")
            request.method = .PUT
            request.headers.add(name: "content-type", value: "application/json")
            request.headers.add(name: ArenaHeader.edgeSecret, value: secret)
            request.body = .bytes(ByteBuffer(bytes: try ArenaJSON.encoder().encode(input)))
            let response = try await OperatorLink.client.execute(request, timeout: .seconds(60))
            let body = String(buffer: try await response.body.collect(upTo: 1 << 20))
            guard (200..<300).contains(Int(response.status.code)) else {
                printError("the core refused the import (\(response.status.code)): \(body.prefix(500))")
                throw ExitCode(1)
            }
            print("\(response.status.code == 201 ? "created" : "updated") problem '\(input.slug)': \(input.tests.count) tests, time limit \(input.timeLimitMs) ms, \(input.validator == nil ? "built-in checker" : "custom validator")")
        }

        static func secret(in path: String) -> String? {
            guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return nil }
            for line in text.split(separator: "\n") where line.hasPrefix("\(NodeSecrets.edgeSecretVariable)=") {
                return String(line.dropFirst(NodeSecrets.edgeSecretVariable.count + 1))
            }
            return nil
        }
    }
}

extension Problems {
    /// `arena problems sync`: what `arena up` does with the library, on demand (after a pull).
    struct Sync: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Build the problem library's test data and import the packages that changed into a running deployment.")

        @Option(help: "The library folder.")
        var library: String = "problems"

        @Option(help: "The deployment description (for the core's address).")
        var config: String = "regions.yaml"

        @Option(help: "Where `arena up` keeps its secrets (ARENA_EDGE_SECRET in the environment wins).")
        var data: String = ".arena"

        func run() async throws {
            let deployment = try loadDeployment(self.config)
            guard let secret = ProcessInfo.processInfo.environment[NodeSecrets.edgeSecretVariable] ?? Import.secret(in: "\(self.data)/secrets.env") else {
                printError("no edge secret: set \(NodeSecrets.edgeSecretVariable) or run `arena up` first (it writes \(self.data)/secrets.env)")
                throw ExitCode(1)
            }
            OperatorLink.configure(data: self.data)
            let sync = LibrarySync(library: self.library, core: deployment.core.endpoint, edgeSecret: secret)
            do {
                try sync.build()
                let report = try await sync.run()
                print(report.summary)
                for failure in report.failed { printError("\(failure.slug): \(failure.reason)") }
                if !report.failed.isEmpty { throw ExitCode(1) }
            } catch let error as LibrarySync.SyncError {
                printError(error.description)
                throw ExitCode(1)
            }
        }
    }
}

/// Columns padded to their widest cell.
func formatTable(_ rows: [[String]]) -> String {
    guard let header = rows.first else { return "" }
    let widths = header.indices.map { column in rows.map { $0.indices.contains(column) ? $0[column].count : 0 }.max() ?? 0 }
    return rows.map { row in
        row.enumerated().map { index, cell in cell.padding(toLength: widths[index], withPad: " ", startingAt: 0) }.joined(separator: "  ")
            .trimmingCharacters(in: .whitespaces)
    }.joined(separator: "\n")
}
