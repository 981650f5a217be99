import ArenaShared
import ArgumentParser
import Foundation
import Judge
import Logging

/// `arena judge languages|run`: the local judge, without a deployment.
struct JudgeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "judge", abstract: "Use the sandboxed judge directly.", subcommands: [Languages.self, Run.self])

    struct Languages: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the languages this host can judge, with toolchain versions, and the isolation in use.")

        func run() async throws {
            let toolchains = await Toolchains.shared.value
            var rows = [["language", "name", "status", "version"]]
            for entry in toolchains.entries {
                rows.append([entry.id.rawValue, entry.name, entry.available ? "available" : "UNAVAILABLE", entry.version])
            }
            print(formatTable(rows))
            let cgroups = CgroupSupport.detect()
            print("isolation: namespaces + seccomp + rlimits, \(cgroups)\(cgroups.isUsable ? "" : "  <-- DEGRADED")")
        }
    }

    struct Run: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Compile and run one source file in the sandbox on the given input.")

        @Argument(help: "The source file.")
        var file: String

        @Option(help: "Language (default: from the file extension).")
        var lang: LanguageID?

        @Option(help: "A file to use as standard input (default: none).")
        var input: String?

        @Option(help: "CPU time limit in milliseconds.")
        var timeLimit: Int = 2000

        @Option(help: "Memory limit in MiB.")
        var memory: UInt64 = 256

        func run() async throws {
            guard let source = try? String(contentsOfFile: self.file, encoding: .utf8) else {
                printError("cannot read \(self.file) as UTF-8 text")
                throw ExitCode(1)
            }
            guard let language = self.lang ?? LanguageTable.language(forFile: self.file)?.id else {
                printError("cannot tell the language of \(self.file); pass --lang (one of \(LanguageID.allCases.map(\.rawValue).joined(separator: ", ")))")
                throw ExitCode(1)
            }
            let inputBytes = try self.input.map { Array(try Data(contentsOf: URL(fileURLWithPath: $0))) } ?? []
            var logger = Logger(label: "arena.judge")
            logger.logLevel = .warning
            let pool = await JudgePool.start(
                configuration: JudgePoolConfiguration(workers: 1, sandbox: SandboxConfiguration(workDirectory: try privateWorkDirectory("arena-judge-run"), firstUID: 60600)),
                logger: logger)
            defer { try? FileManager.default.removeItem(atPath: pool.configuration.sandbox.workDirectory) }
            do {
                let result = try await pool.runCustom(
                    source: source, language: language, input: inputBytes,
                    limits: SandboxLimits(cpuMilliseconds: self.timeLimit, memoryBytes: self.memory << 20))
                if let output = result.compileOutput { printError(output) }
                print(result.stdout, terminator: "")
                if !result.stderr.isEmpty { printError(result.stderr) }
                printError("[\(result.verdict.rawValue)\(result.detail.map { ": \($0)" } ?? "")] CPU \(result.cpuMs) ms, wall \(result.wallMs) ms, memory \(result.memoryKiB) KiB")
                await pool.shutdown()
                if result.verdict != .accepted { throw ExitCode(2) }
            } catch let error as JudgeError {
                printError("\(error)")
                throw ExitCode(1)
            }
        }
    }
}

extension LanguageID: ExpressibleByArgument {}
