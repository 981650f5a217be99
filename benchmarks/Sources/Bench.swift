import ArenaShared
import ArenaTestSupport
import AsyncHTTPClient
import CoreNode
import EdgeNode
import Foundation
import LocalDeployment
import Logging
import NIOCore
import NIOHTTP1
import Replication

#if canImport(Glibc)
import Glibc
#endif

/// Measures the foundation against real PostgreSQL (primary + replica), Redis, a core and
/// an edge, all on loopback, and prints one table. Numbers depend on the machine; run it
/// on an idle one (`bash benchmarks/run.sh`).
@main
struct Bench {
    static func main() async throws {
        let only = CommandLine.arguments.dropFirst().first
        if only == "judge" {
            print(Row.table(try await JudgeBench.run()))
            return
        }
        if only == "web" {
            let (rows, notes) = try await WebBench.run()
            print(Row.table(rows))
            for note in notes { print(note) }
            return
        }
        if only == "plagiarism" {
            let (rows, notes) = try PlagiarismBench.run()
            print(Row.table(rows))
            for note in notes { print(note) }
            return
        }
        if only == "matches" {
            print(Row.table(try await MatchBench.run()))
            return
        }
        let requests = Int(ProcessInfo.processInfo.environment["ARENA_BENCH_REQUESTS"] ?? "") ?? 2000
        let concurrency = Int(ProcessInfo.processInfo.environment["ARENA_BENCH_CONCURRENCY"] ?? "") ?? 16
        var rows: [Row] = []

        let clock = ContinuousClock()
        var start = clock.now
        let cluster = try await TestPostgresCluster.start()
        rows.append(Row(name: "start PostgreSQL primary + pg_basebackup replica", single: clock.now - start))
        start = clock.now
        let redis = try await TestRedis.start()
        rows.append(Row(name: "start Redis", single: clock.now - start))
        let database = try await cluster.makeDatabase()
        var configuration = TestCore.configuration(cluster: cluster, database: database, redis: redis)
        configuration.passwordHashRounds = 210_000
        configuration.maximumConnectionsPerPool = 32
        start = clock.now
        let core = try await TestCore.start(configuration)
        rows.append(Row(name: "start core (migrations included)", single: clock.now - start))
        start = clock.now
        let edge = try await TestEdge.start(region: "eu-west", coreURL: core.url, redis: redis, submissionBurst: .max, judgeQueueCapacity: 100_000)
        rows.append(Row(name: "start edge", single: clock.now - start))

        let user = try await core.signUp("bench_user", password: "correct horse battery")
        let token = user.accessToken
        // Let the replica catch up so reads are served where they would be in production.
        try await waitUntil("replica serves reads") {
            try await core.client.send(.GET, "/api/problems/a-plus-b").header("x-arena-served-by") == "replica-a"
        }
        _ = try await edge.client.send(.GET, "/api/problems/a-plus-b")

        rows.append(try await measure("edge: cached problem read", requests, concurrency) {
            try await edge.client.send(.GET, "/api/problems/a-plus-b").status == 200
        })
        rows.append(try await measure("edge → core (plaintext) → replica: signed-in problem read", requests, concurrency) {
            try await edge.client.send(.GET, "/api/problems/a-plus-b", bearer: token).status == 200
        })
        // The same link as deployments run it: mutual TLS (a second core and edge on the same database).
        var tlsConfiguration = configuration
        tlsConfiguration.tls = try await TestMutualTLS.core()
        tlsConfiguration.edgeRegions = EdgeRegionList(["eu-west"])
        let tlsCore = try await TestCore.start(tlsConfiguration)
        let link = try await TestMutualTLS.edgeLink(region: "eu-west")
        let tlsEdge = try await TestEdge.start(
            region: "eu-west", coreURL: tlsCore.url, redis: redis, submissionBurst: .max, judgeQueueCapacity: 100_000) { $0.coreTLS = link }
        _ = try await tlsEdge.client.send(.GET, "/api/problems/a-plus-b", bearer: token)
        rows.append(try await measure("edge → core (mutual TLS) → replica: signed-in problem read", requests, concurrency) {
            try await tlsEdge.client.send(.GET, "/api/problems/a-plus-b", bearer: token).status == 200
        })
        await tlsEdge.stop()
        await tlsCore.stop()
        rows.append(try await measure("core → replica: problem list (20)", requests, concurrency) {
            try await core.client.send(.GET, "/api/problems").status == 200
        })
        let submission = try JSONEncoder().encode(
            SubmissionRequest(problem: "a-plus-b", language: "python3", source: "print(sum(map(int, input().split())))"))
        rows.append(try await measure("edge: accept submission (journal fsync, 202)", requests / 2, concurrency) {
            try await edge.client.send(.POST, "/api/submissions", body: submission, bearer: token).status == 202
        })
        let judgingStart = clock.now
        try await waitUntil(timeout: .seconds(600), "every accepted submission judged and forwarded") {
            edge.metric("arena_judge_backlog") == 0 && edge.metric("arena_outbox_depth") == 0
        }
        let judging = clock.now - judgingStart
        rows.append(Row(name: "edge: judge + forward the \(requests / 2) accepted (after intake)", single: judging, throughput: Double(requests / 2) / judging.seconds))
        let signIn = try JSONEncoder().encode(SignInRequest(username: "bench_user", password: "correct horse battery"))
        rows.append(try await measure("core: sign-in (PBKDF2-SHA256, 210k rounds)", 40, 2) {
            try await core.client.send(.POST, "/api/auth/signin", body: signIn).status == 200
        })

        let outboxDirectory = try TemporaryDirectories.make(prefix: "bench-outbox")
        let outbox = try DurableOutbox(directory: outboxDirectory)
        var index = 0
        rows.append(try measureSequential("outbox append (write + fsync + rename)", 500) {
            index += 1
            try outbox.append(OutboxEntry(id: "bench-\(index)", kind: "submission", payload: submission))
        })

        // Redis as the nodes reach it (TLS, ACL login) next to a plaintext one: what TLS costs.
        let plaintext = try await TestRedis.start(secure: false)
        for (label, target) in [("TLS + ACL", redis), ("plaintext", plaintext)] {
            let client = RedisClient(configuration: target.configuration(as: .core), logger: .init(label: "bench"))
            rows.append(try await measure("redis (\(label)): PING round trip", requests, concurrency) {
                try await client.ping()
                return true
            })
            start = clock.now
            _ = try await client.pipeline((0..<10_000).map { _ in ["INCR", "arena:bench:counter"] })
            let pipelined = clock.now - start
            rows.append(Row(name: "redis (\(label)): 10,000 pipelined INCR", single: pipelined, throughput: 10_000 / pipelined.seconds))
            await client.close()
        }
        try await plaintext.stop()

        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        var notes: [String] = []
        if only != "foundation" {
            rows += try await JudgeBench.run()
            rows += try await MatchBench.run()
            let plagiarism = try PlagiarismBench.run()
            rows += plagiarism.rows
            notes += plagiarism.notes
            let web = try await WebBench.run()
            rows += web.rows
            notes += web.notes
        }
        print(Row.table(rows))
        for note in notes { print(note) }
        print("\nprocess max RSS (harness + core + edge + clients in one process): \(usage.ru_maxrss / 1024) MiB")
        print("requests per scenario: \(requests), concurrency: \(concurrency), cores: \(ProcessInfo.processInfo.activeProcessorCount)")

        await edge.stop()
        await core.stop()
        try await redis.stop()
        await cluster.stop()
    }

    static func measure(_ name: String, _ count: Int, _ concurrency: Int, _ body: @escaping @Sendable () async throws -> Bool) async throws -> Row {
        let clock = ContinuousClock()
        let start = clock.now
        let latencies = try await withThrowingTaskGroup(of: [Duration].self) { group in
            for worker in 0..<concurrency {
                group.addTask {
                    var mine: [Duration] = []
                    var index = worker
                    while index < count {
                        let begin = clock.now
                        guard try await body() else { throw BenchError(description: "\(name): a request failed") }
                        mine.append(clock.now - begin)
                        index += concurrency
                    }
                    return mine
                }
            }
            var all: [Duration] = []
            for try await part in group { all += part }
            return all
        }
        let total = clock.now - start
        return Row(name: name, latencies: latencies, throughput: Double(latencies.count) / total.seconds)
    }

    static func measureSequential(_ name: String, _ count: Int, _ body: () throws -> Void) throws -> Row {
        let clock = ContinuousClock()
        var latencies: [Duration] = []
        let start = clock.now
        for _ in 0..<count {
            let begin = clock.now
            try body()
            latencies.append(clock.now - begin)
        }
        return Row(name: name, latencies: latencies, throughput: Double(count) / (clock.now - start).seconds)
    }
}

struct BenchError: Error, CustomStringConvertible {
    var description: String
}
