import ArenaShared
import ArenaTestSupport
import Foundation
import Matches
import NIOHTTP1
import PlayerClient
import Replication
import Synchronization
import Testing

/// The CLI's client against a real core and a judging edge: sign-in, refresh, listing,
/// live judge progress and spectating.
@Suite("Player client", .serialized, .timeLimit(.minutes(5)))
struct PlayerSessionTests {
    static let wrongSolution = "print(0)\n"

    final class Lines: Sendable {
        let lines = Mutex<[String]>([])
        func add(_ line: String) { self.lines.withLock { $0.append(line) } }
        var all: [String] { self.lines.withLock { $0 } }
    }

    @Test("sign up, list by tag, submit wrong then right with live progress, solved marks, refresh on an expired token")
    func signInSubmitAndList() async throws {
        let deployment = try await TestDeployment.start(regions: ["eu-west"], firstUID: 67_000)
        let edge = deployment.edges[0]
        do {
            let name = "cli_\(UInt32.random(in: 0...999_999))"
            let credentials = try await PlayerSession.signIn(
                server: edge.url, caCertificate: nil, username: name, password: "correct horse battery", createAccount: true)
            #expect(credentials.username == name)
            #expect(credentials.refreshToken != nil)
            // A wrong password is the server's message, not "session expired".
            let refused = await #expect(throws: PlayerClientError.self) {
                _ = try await PlayerSession.signIn(server: edge.url, caCertificate: nil, username: name, password: "wrong password!", createAccount: false)
            }
            if case .server(status: 401, _, _) = refused {} else { Issue.record("a wrong password gave \(String(describing: refused))") }

            let store = CredentialStore(path: try TemporaryDirectories.make(prefix: "arena-cli") + "/credentials.json")
            try store.save(credentials)
            let attributes = try FileManager.default.attributesOfItem(atPath: store.path)
            #expect((attributes[.posixPermissions] as? Int) == 0o600)
            let session = try PlayerSession(credentials: credentials, store: store)

            let math = try await session.problems(tag: "math", search: nil)
            #expect(math.map(\.slug).contains("a-plus-b"))
            #expect(!math.map(\.slug).contains("reverse-words"))
            #expect(try await session.solvedProblems().isEmpty)

            let wrongLines = Lines()
            let wrong = try await SubmissionRun(problem: "a-plus-b", language: "python3", source: Self.wrongSolution)
                .run(with: session) { wrongLines.add($0) }
            #expect(wrong.verdict == .wrongAnswer)
            #expect(wrongLines.all.contains { $0.hasPrefix("submitted a-plus-b") })
            #expect(wrongLines.all.contains { $0.hasPrefix("test 1/3") && $0.contains("WA") })
            #expect(wrongLines.all.last?.hasPrefix("verdict: WA") == true)

            let rightLines = Lines()
            let right = try await SubmissionRun(problem: "a-plus-b", language: "python3", source: TestDeployment.solutions["a-plus-b"]!)
                .run(with: session) { rightLines.add($0) }
            #expect(right.verdict == .accepted)
            #expect(rightLines.all.filter { $0.hasPrefix("test ") && $0.contains("AC") }.count == 3)
            #expect(rightLines.all.last?.hasPrefix("verdict: AC") == true)
            // The solve reaches the core through the outbox.
            var solved: Set<String> = []
            for _ in 0..<100 where !solved.contains("a-plus-b") {
                solved = try await session.solvedProblems()
                if !solved.contains("a-plus-b") { try await Task.sleep(for: .milliseconds(100)) }
            }
            #expect(solved == ["a-plus-b"])

            // Bad input: an unknown problem is refused before anything is queued.
            await #expect(throws: PlayerClientError.self) {
                _ = try await SubmissionRun(problem: "no-such-problem", language: "python3", source: "print(1)\n").run(with: session) { _ in }
            }
            await session.shutdown()

            // An expired (here: forged) access token is refreshed once with the refresh
            // token; the rotated pair is saved for the next run.
            var stale = credentials
            stale.accessToken = "not-a-token"
            try store.save(stale)
            let refreshed = try PlayerSession(credentials: stale, store: store)
            _ = try await refreshed.liveFeed().close()
            let saved = try #require(try store.load())
            #expect(saved.accessToken != "not-a-token")
            #expect(saved.refreshToken != credentials.refreshToken)
            await refreshed.shutdown()

            // With no refresh token left, the error says to sign in again.
            let hopeless = try PlayerSession(
                credentials: Credentials(server: edge.url, username: name, accessToken: "x", refreshToken: nil, caCertificate: nil), store: nil)
            await #expect(throws: PlayerClientError.sessionExpired) { _ = try await hopeless.liveFeed() }
            await hopeless.shutdown()
        } catch {
            await deployment.stop()
            throw error
        }
        await deployment.stop()
    }

    @Test("watch follows a match from its state to the end and its rating changes; a private match is refused")
    func watchFollowsAMatch() async throws {
        let deployment = try await TestDeployment.start(regions: ["eu-west", "us-east"], firstUID: 67_200)
        do {
            let suffix = UInt32.random(in: 0...999_999)
            let alice = try await deployment.core.signUp("alice_\(suffix)")
            let bob = try await deployment.core.signUp("bob_\(suffix)")
            let carol = try await deployment.core.signUp("carol_\(suffix)")
            struct Created: Decodable { var match: String }
            let created = try await deployment.edges[0].client.startMatch(
                ChallengeRequest(mode: .blitz, players: [alice.user.username, bob.user.username], isPrivate: false, rated: true),
                tokens: [alice.accessToken, bob.accessToken])
            #expect(created.status == 200, "\(created.text)")
            let match = try created.decode(Created.self).match

            let watcher = try PlayerSession(
                credentials: Credentials(
                    server: deployment.edges[1].url, username: carol.user.username, accessToken: carol.accessToken, refreshToken: nil,
                    caCertificate: nil),
                store: nil)
            let lines = Lines()
            let watching = Task { try await MatchWatch(match: match, timeout: .seconds(60)).run(with: watcher) { lines.add($0) } }
            // Wait until the watcher has the state, then Alice resigns from her own socket.
            for _ in 0..<100 where !lines.all.contains(where: { $0.hasPrefix("blitz match") }) { try await Task.sleep(for: .milliseconds(100)) }
            #expect(lines.all.contains { $0.contains("alice_\(suffix) (1500, ") && $0.contains(" vs bob_\(suffix) (1500, ") })

            let player = try PlayerSession(
                credentials: Credentials(
                    server: deployment.edges[0].url, username: alice.user.username, accessToken: alice.accessToken, refreshToken: nil,
                    caCertificate: nil),
                store: nil)
            let feed = try await player.liveFeed()
            for await message in feed.messages where message.type == "hello" {
                feed.send(["type": "match:resign", "match": match])
                break
            }
            let end = try await watching.value
            await feed.close()
            #expect(end.type == "match:end")
            #expect(lines.all.contains { $0.hasPrefix("✖ alice_\(suffix) is out") })
            #expect(lines.all.contains { $0.hasPrefix("  #1 bob_\(suffix)") && $0.contains("rating 1500 → ") })
            #expect(lines.all.contains { $0.hasPrefix("  #2 alice_\(suffix)") })

            // Watching it after the end: from the finished snapshot while Redis keeps it,
            // then from the core's record; the standings in the same words both times.
            let fromSnapshot = Lines()
            let snapshotEnd = try await MatchWatch(match: match, timeout: .seconds(20)).run(with: watcher) { fromSnapshot.add($0) }
            #expect(snapshotEnd.type == "match:end")
            #expect(fromSnapshot.all.first?.hasSuffix("— finished") == true, "\(fromSnapshot.all)")
            #expect(fromSnapshot.all.contains { $0.hasPrefix("  #1 bob_\(suffix)") && $0.contains("rating 1500 → ") }, "\(fromSnapshot.all)")
            let redis = RedisClient(configuration: deployment.redis.configuration(), logger: makeTestLogger("test.redis"))
            #expect(try await redis.del(MatchKeys.snapshot(match)) == 1)
            await redis.close()
            let fromRecord = Lines()
            let recordEnd = try await MatchWatch(match: match, timeout: .seconds(20)).run(with: watcher) { fromRecord.add($0) }
            #expect(recordEnd.type == "match:end")
            #expect(fromRecord.all.first?.contains("— already finished at ") == true, "\(fromRecord.all)")
            #expect(fromRecord.all.contains { $0.hasPrefix("  #1 bob_\(suffix)") && $0.contains("rating 1500 → ") }, "\(fromRecord.all)")

            // A private match does not exist for a stranger.
            let secret = try await deployment.edges[0].client.startMatch(
                ChallengeRequest(mode: .blitz, players: [bob.user.username, alice.user.username], isPrivate: true),
                tokens: [bob.accessToken, alice.accessToken])
            #expect(secret.status == 200, "\(secret.text)")
            let secretID = try secret.decode(Created.self).match
            let refusal = await #expect(throws: PlayerClientError.self) {
                _ = try await MatchWatch(match: secretID, timeout: .seconds(20)).run(with: watcher) { _ in }
            }
            if case .server(_, code: "private_match", _) = refusal {} else {
                Issue.record("watching a stranger's private match gave \(String(describing: refusal))")
            }
            await watcher.shutdown()
            await player.shutdown()
        } catch {
            await deployment.stop()
            throw error
        }
        await deployment.stop()
    }
}
