import ArenaShared
import Foundation
import Judge
import Logging

#if canImport(Glibc)
import Glibc
#endif

/// The judge's figures: sandbox overhead against bubblewrap and a bare exec in the same
/// run, pool throughput on this machine's cores, and end-to-end submission times.
enum JudgeBench {
    static func run() async throws -> [Row] {
        var rows: [Row] = []
        let runs = Int(ProcessInfo.processInfo.environment["ARENA_BENCH_SANDBOX_RUNS"] ?? "") ?? 300
        let directory = NSTemporaryDirectory() + "arena-judge-bench-\(getpid())"
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let configuration = SandboxConfiguration(workDirectory: directory, firstUID: 65000)
        let cgroups = configuration.resolvedCgroups()

        // 1. Sandbox overhead: /bin/true, interleaved so that machine noise hits all alike.
        let worker = try SandboxWorker(index: 0, configuration: configuration, cgroups: cgroups)
        let trueCommand = SandboxCommand(arguments: ["/bin/true"], limits: SandboxLimits(cpuMilliseconds: 1000, allowsExec: false))
        var sandboxed: [Duration] = [], withReset: [Duration] = [], bubblewrap: [Duration] = [], bare: [Duration] = []
        let clock = ContinuousClock()
        let bwrap = ["/usr/bin/bwrap", "--unshare-all", "--die-with-parent", "--ro-bind", "/usr", "/usr", "--symlink", "usr/bin", "/bin",
                     "--symlink", "usr/lib", "/lib", "--symlink", "usr/lib64", "/lib64", "--proc", "/proc", "--dev", "/dev", "--tmpfs", "/tmp", "/bin/true"]
        let hasBubblewrap = FileManager.default.isExecutableFile(atPath: "/usr/bin/bwrap")
        for _ in 0..<20 { _ = try await worker.run(trueCommand) }  // warm-up
        for _ in 0..<runs {
            var start = clock.now
            _ = try await worker.run(trueCommand)
            sandboxed.append(clock.now - start)
            start = clock.now
            try await worker.reset()
            _ = try await worker.run(trueCommand)
            withReset.append(clock.now - start)
            if hasBubblewrap {
                start = clock.now
                try spawnAndWait(bwrap)
                bubblewrap.append(clock.now - start)
            }
            start = clock.now
            try spawnAndWait(["/bin/true"])
            bare.append(clock.now - start)
        }
        let isolation = cgroups.isUsable ? "cgroups attached" : "NO cgroups"
        rows.append(Row(name: "sandbox: /bin/true, warm container (\(isolation))", latencies: sandboxed, throughput: Double(runs) / total(sandboxed)))
        rows.append(Row(name: "sandbox: fresh box + /bin/true (per judged test)", latencies: withReset, throughput: Double(runs) / total(withReset)))
        if hasBubblewrap {
            rows.append(Row(name: "bwrap --unshare-all --die-with-parent /bin/true", latencies: bubblewrap, throughput: Double(runs) / total(bubblewrap)))
        }
        rows.append(Row(name: "bare posix_spawn /bin/true (no isolation)", latencies: bare, throughput: Double(runs) / total(bare)))
        await worker.shutdown()

        // 2. Pool throughput: trivial runs through a pool of one worker per core.
        var logger = Logger(label: "bench.judge")
        logger.logLevel = .warning
        let cores = ProcessInfo.processInfo.activeProcessorCount
        let pool = await JudgePool.start(
            configuration: JudgePoolConfiguration(workers: cores, queueCapacity: 10_000, sandbox: SandboxConfiguration(workDirectory: directory + "/pool", firstUID: 65100)),
            logger: logger)
        let trivial = JudgeProblem(
            slug: "trivial", timeLimitMs: 1000, memoryLimitBytes: 64 << 20, tests: [JudgeTest(name: "1", input: .empty, answer: Array("ok\n".utf8))])
        let program = "#include <stdio.h>\nint main(void){ puts(\"ok\"); return 0; }\n"
        _ = try await pool.judge(source: program, language: .c, problem: trivial)  // compile once (cached afterwards)
        let trivialCount = runs
        let start = clock.now
        let latencies = try await withThrowingTaskGroup(of: Duration.self) { group in
            for _ in 0..<trivialCount {
                group.addTask {
                    let begin = clock.now
                    let report = try await pool.judge(source: program, language: .c, problem: trivial)
                    guard report.verdict == .accepted else { throw BenchError(description: "trivial run: \(report.verdict)") }
                    return clock.now - begin
                }
            }
            var all: [Duration] = []
            for try await latency in group { all.append(latency) }
            return all
        }
        let elapsed = clock.now - start
        rows.append(Row(name: "pool (\(cores) workers): trivial judged runs, compile cached", latencies: latencies, throughput: Double(trivialCount) / elapsed.seconds))

        // 3. End to end: 10-test A+B, each submission a new source (nothing cached).
        let tests = (0..<10).map { index in
            JudgeTest(name: "\(index)", input: .bytes(Array("\(index * 7) \(index * 1_000_003)\n".utf8)), answer: Array("\(index * 7 + index * 1_000_003)\n".utf8))
        }
        let aPlusB = JudgeProblem(slug: "a-plus-b", timeLimitMs: 1000, memoryLimitBytes: 256 << 20, tests: tests)
        let oneTest = JudgeProblem(slug: "a-plus-b-1", timeLimitMs: 1000, memoryLimitBytes: 256 << 20, tests: [tests[1]])
        let cases: [(String, LanguageID, String, JudgeProblem)] = [
            ("end to end: C++17 A+B, compile + 1 test", .cpp17, ReferencePrograms.aPlusB[.cpp17]!, oneTest),
            ("end to end: C++17 A+B, compile + 10 tests", .cpp17, ReferencePrograms.aPlusB[.cpp17]!, aPlusB),
            ("end to end: Python 3 A+B, syntax check + 10 tests", .python3, "a, b = map(int, input().split())\nprint(a + b)\n", aPlusB),
            ("end to end: C A+B, 10 tests, compile cached", .c, ReferencePrograms.aPlusB[.c]!, aPlusB),
        ]
        for (name, language, source, problem) in cases {
            var samples: [Duration] = []
            for attempt in 0..<5 {
                let unique = name.contains("cached") ? source : source + (language == .python3 ? "# \(attempt) \(UUID())\n" : "// \(attempt) \(UUID())\n")
                let begin = clock.now
                let report = try await pool.judge(source: unique, language: language, problem: problem)
                guard report.verdict == .accepted else { throw BenchError(description: "\(name): \(report.verdict) \(report.message ?? "")") }
                samples.append(clock.now - begin)
            }
            rows.append(Row(name: name, latencies: samples, throughput: 5 / total(samples)))
        }
        rows += try await Self.interactive(pool: pool, clock: clock)
        await pool.shutdown()
        return rows
    }

    /// Interactive problems: a test's cost with the interactor in the companion container
    /// (one exchange), and the pipes' round trip (10,000 exchanges, per exchange).
    static func interactive(pool: JudgePool, clock: ContinuousClock) async throws -> [Row] {
        let interactor = """
            #include <stdio.h>
            int main(int argc, char **argv) {
                FILE *in = fopen(argv[1], "r"); long n = 0; if (!in || fscanf(in, "%ld", &n) != 1) return 1;
                printf("%ld\\n", n); fflush(stdout);
                for (long i = 0; i < n; i++) { long x; printf("%ld\\n", i); fflush(stdout); if (scanf("%ld", &x) != 1 || x != i + 1) return 43; }
                return 42;
            }
            """
        let echo = """
            #include <stdio.h>
            int main(void) { long n, x; if (scanf("%ld", &n) != 1) return 1; while (n-- > 0 && scanf("%ld", &x) == 1) { printf("%ld\\n", x + 1); fflush(stdout); } return 0; }
            """
        func problem(_ exchanges: Int) -> JudgeProblem {
            JudgeProblem(
                slug: "echo-\(exchanges)", timeLimitMs: 5000, memoryLimitBytes: 64 << 20,
                tests: [JudgeTest(name: "1", input: .bytes(Array("\(exchanges)\n".utf8)), answer: [])],
                checker: .interactive(ValidatorProgram(language: .c, mainFile: "interactor.c", files: ["interactor.c": Array(interactor.utf8)])))
        }
        var rows: [Row] = []
        var medians: [Int: Duration] = [:]
        for exchanges in [1, 10_000] {
            let problem = problem(exchanges)
            _ = try await pool.judge(source: echo, language: .c, problem: problem)  // compile both once
            var samples: [Duration] = []
            for _ in 0..<20 {
                let begin = clock.now
                let report = try await pool.judge(source: echo, language: .c, problem: problem)
                guard report.verdict == .accepted else { throw BenchError(description: "interactive \(exchanges): \(report.verdict) \(report.tests)") }
                samples.append(clock.now - begin)
            }
            medians[exchanges] = samples.sorted()[samples.count / 2]
            rows.append(Row(name: "interactive test, \(exchanges) exchange(s), interactor in the companion container", latencies: samples, throughput: 20 / total(samples)))
        }
        if let one = medians[1], let many = medians[10_000] {
            let perExchange = (many - one) / 9_999
            rows.append(Row(name: "interactive: one round trip over the pipes (from the medians)", single: perExchange))
        }
        return rows
    }

    static func total(_ latencies: [Duration]) -> Double { latencies.reduce(Duration.zero, +).seconds }

    /// posix_spawn + waitpid: the cheapest way to start a program from here, for both
    /// bubblewrap and the bare baseline.
    static func spawnAndWait(_ arguments: [String]) throws {
        var pid: pid_t = 0
        let argv = arguments.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let status = posix_spawn(&pid, arguments[0], &actions, nil, argv, environ)
        guard status == 0 else { throw BenchError(description: "cannot start \(arguments[0]): \(status)") }
        var exit: Int32 = 0
        while waitpid(pid, &exit, 0) < 0 && errno == EINTR {}
        guard exit == 0 else { throw BenchError(description: "\(arguments[0]) failed with status \(exit)") }
    }
}
