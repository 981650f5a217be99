import ArenaShared
import ArenaTestSupport
import Foundation
import Matches
import NIOHTTP1
import Testing

/// Live matches across regions: real Redis and PostgreSQL, a core, and edges of
/// different regions on loopback; submissions really judged in the edges' sandboxes.
@Suite("Live matches across regions", .serialized, .timeLimit(.minutes(5)))
struct LiveMatchTests {
    static func solution(_ slug: String) -> String { MatchTestEnvironment.solutions[slug]! }

    @Test("two players on two regions' edges play Blitz end to end; a spectator on a third edge sees every event in order")
    func blitzAcrossRegions() async throws {
        let environment = try await MatchTestEnvironment.start(regions: ["eu-west", "us-east", "ap-south"])
        defer { Task { await environment.stop() } }
        let (alice, aliceAuth) = try await environment.player("alice", on: environment.edges[0])
        let (bob, bobAuth) = try await environment.player("bob", on: environment.edges[1])
        let (carol, _) = try await environment.player("carol", on: environment.edges[2])
        defer { Task { for client in [alice, bob, carol] { await client.close() } } }

        // Lobby: join, status, and a second join refused without changing anything.
        alice.send(["type": "queue:join", "mode": "blitz", "id": "j1"])
        let joined = try await alice.next(type: "queue:joined")
        #expect(joined.id == "j1")
        #expect(joined.mode == "blitz")
        #expect(joined.rating == 1500, "the rating is a number")
        alice.send(["type": "queue:join", "mode": "golf"])
        #expect(try await alice.next(type: "error").code == "already_queued")
        alice.send(["type": "queue:join", "mode": "chess"])
        #expect(try await alice.next(type: "error").code == "invalid_mode")
        bob.send(["type": "queue:join", "mode": "blitz"])
        _ = try await bob.next(type: "queue:joined")
        let found = try await alice.next(type: "match:found")
        let bobFound = try await bob.next(type: "match:found")
        let match = try #require(found.match)
        #expect(bobFound.match == match)
        let state = try #require(found.state)
        #expect(state.mode == .blitz && state.players.count == 2 && state.problems.count == 2)
        #expect(found.resumeToken != nil)
        let first = state.problems[0].slug, second = state.problems[1].slug

        // A spectator on a third region's edge.
        carol.send(["type": "spectate:join", "match": match])
        let watched = try await carol.next(type: "match:state")
        #expect(watched.state?.id == match)

        // Bad input: error frames, nothing changes, the sockets stay healthy.
        carol.send(["type": "match:submit", "match": match, "problem": first, "language": "python3", "source": Self.solution(first)])
        #expect(try await carol.next(type: "error").code == "not_in_match")
        alice.send(["type": "match:submit", "match": UUID().uuidString, "problem": first, "language": "python3", "source": "x"])
        #expect(try await alice.next(type: "error").code == "unknown_match")
        alice.send(["type": "match:submit", "match": "not-a-uuid", "problem": first, "language": "python3", "source": "x"])
        #expect(try await alice.next(type: "error").code == "unknown_match")
        alice.send(["type": "match:submit", "match": match, "problem": first, "language": "cobol", "source": "x"])
        #expect(try await alice.next(type: "error").code == "unknown_language")
        alice.send(["type": "chat:send", "channel": "match", "match": match, "text": String(repeating: "x", count: 281)])
        #expect(try await alice.next(type: "error").code == "message_too_long")
        alice.sendRaw("{not json")
        #expect(try await alice.next(type: "error").code == "invalid_frame")
        alice.send(["type": "match:resume", "match": match, "token": "123.abc"])
        #expect(try await alice.next(type: "error").code == "invalid_resume_token")
        alice.send(["type": "ping", "id": "p1"])
        #expect(try await alice.next(type: "pong").id == "p1")

        // Match chat reaches the spectator on another region's edge.
        alice.send(["type": "chat:send", "channel": "match", "match": match, "text": "good luck"])
        let chat = try await carol.next("match chat") { $0.type == "chat:message" && $0.channel == "match" }
        #expect(chat.from == "alice" && chat.text == "good luck")
        // A spectator reads the rated match's chat but cannot write in it.
        carol.send(["type": "chat:send", "channel": "match", "match": match, "text": "psst, try a segment tree"])
        #expect(try await carol.next(type: "error").code == "spectator_chat")

        // A wrong answer counts for nothing.
        alice.send(["type": "match:submit", "match": match, "problem": first, "language": "python3", "source": "print(0)\n"])
        _ = try await alice.next(type: "match:submitted")
        let wrong = try await alice.next("alice's WA") { $0.type == "match:verdict" && $0.final == true && $0.player == aliceAuth.user.id }
        #expect(wrong.accepted == false && wrong.verdict == .wrongAnswer)
        // Per-test progress reaches the opponent too.
        _ = try await bob.next("alice's per-test progress") { $0.type == "match:verdict" && $0.final == false && $0.player == aliceAuth.user.id }

        // Concurrent claims of the same problem: exactly one wins.
        try await Task.sleep(for: .seconds(2))  // 1 submit / 2 s
        alice.send(["type": "match:submit", "match": match, "problem": first, "language": "python3", "source": Self.solution(first)])
        bob.send(["type": "match:submit", "match": match, "problem": first, "language": "python3", "source": Self.solution(first)])
        let lockout = try await carol.next(type: "match:lockout")
        #expect(lockout.problem == first)
        let winner = try #require(lockout.player)
        let loser = winner == aliceAuth.user.id ? bob : alice
        let loserID = winner == aliceAuth.user.id ? bobAuth.user.id : aliceAuth.user.id
        // The loser either was refused at the gate (already claimed) or judged AC without the points.
        let loserOutcome = try await loser.next("the loser's answer") {
            ($0.type == "error" && $0.code == "problem_closed") || ($0.type == "match:verdict" && $0.final == true && $0.player == loserID && $0.verdict == .accepted)
        }
        if loserOutcome.type == "match:verdict" { #expect(loserOutcome.accepted == false && loserOutcome.reason?.contains("already claimed") == true) }

        // The loser claims the other problem: every problem is claimed, the match ends.
        try await Task.sleep(for: .seconds(2))
        loser.send(["type": "match:submit", "match": match, "problem": second, "language": "python3", "source": Self.solution(second)])
        let end = try await carol.next(type: "match:end", timeout: .seconds(60))
        let results = try #require(end.results)
        #expect(results.first { $0.place == 1 }?.userID == loserID, "200 points beat 100")
        let changes = try #require(end.ratingChanges)
        #expect(changes.count == 2)
        #expect(changes.map(\.delta).reduce(0, +) == 0)
        #expect(changes.first { $0.userID == loserID }!.delta > 0)
        _ = try await alice.next(type: "match:end")
        _ = try await bob.next(type: "match:end")

        // The spectator saw every sequenced event, in order, with no gap, and the same ones as the players.
        let sequenced = carol.frames.filter { $0.match == match && $0.seq != nil }
        let seqs = sequenced.compactMap(\.seq)
        #expect(seqs == Array((seqs.first ?? 0)...(seqs.last ?? 0)), "\(seqs)")
        #expect(sequenced.filter { $0.type == "match:lockout" }.count == 2)
        #expect(sequenced.contains { $0.type == "match:tick" })
        let aliceTypes = Dictionary(alice.frames.filter { $0.match == match && $0.seq != nil }.map { ($0.seq!, $0.type) }, uniquingKeysWith: { a, _ in a })
        for frame in sequenced where aliceTypes[frame.seq!] != nil { #expect(aliceTypes[frame.seq!] == frame.type) }

        // Claiming after the end is refused.
        try await Task.sleep(for: .seconds(2))
        alice.send(["type": "match:submit", "match": match, "problem": second, "language": "python3", "source": Self.solution(second)])
        #expect(try await alice.next(type: "error").code == "match_over")

        // The core has the result, the ratings and the history.
        struct Record: Decodable {
            struct Player: Decodable { var userID: Int64; var place: Int?; var ratingAfter: Int? }
            var status: String
            var players: [Player]
        }
        let record = try await environment.core.client.send(.GET, "/api/matches/\(match)").decode(Record.self)
        #expect(record.status == "finished")
        #expect(record.players.first { $0.userID == loserID }?.place == 1)
        struct History: Decodable { var items: [RatingHistoryEntry] }
        let history = try await environment.core.client.send(.GET, "/api/users/alice/ratings?mode=blitz").decode(History.self)
        #expect(history.items.count == 1 && history.items[0].match == match)
        // Both can queue again.
        alice.send(["type": "queue:join", "mode": "golf"])
        _ = try await alice.next(type: "queue:joined")
        _ = try await alice.next("queue status") { $0.type == "queue:status" && $0.window == 150 }
        alice.send(["type": "queue:leave"])
        _ = try await alice.next(type: "queue:left")
    }

    @Test("the owner edge dies mid-match: another edge takes the lease and the match goes on from the snapshot")
    func ownerFailover() async throws {
        let environment = try await MatchTestEnvironment.start(regions: ["eu-west", "us-east"])
        defer { Task { await environment.stop() } }
        let (alice, aliceAuth) = try await environment.player("dora", on: environment.edges[0])
        let (bob, bobAuth) = try await environment.player("eli", on: environment.edges[1])
        defer { Task { await bob.close() } }
        // A custom match asked for through the eu-west edge: eu-west owns it.
        let created = try await environment.edges[0].client.startMatch(
            ChallengeRequest(mode: .blitz, players: ["dora", "eli"], rated: true), tokens: [aliceAuth.accessToken, bobAuth.accessToken])
        #expect(created.status == 200, "\(created.text)")
        let found = try await alice.next(type: "match:found")
        let match = try #require(found.match)
        let state = try #require(found.state)
        _ = try await bob.next(type: "match:found")
        try await waitUntil(timeout: .seconds(10), "eu-west owns the match") { environment.edges[0].metric("arena_matches_owned") == 1 }

        // Dora claims the first problem on the owner's edge.
        let first = state.problems[0].slug, second = state.problems[1].slug
        alice.send(["type": "match:submit", "match": match, "problem": first, "language": "python3", "source": Self.solution(first)])
        let claim = try await bob.next(type: "match:lockout")
        #expect(claim.player == aliceAuth.user.id)

        // The owner crashes (no graceful hand-over). Eli submits while nobody owns the match.
        await environment.edges[0].kill()
        let killedAt = ContinuousClock.now
        bob.send(["type": "match:submit", "match": match, "problem": second, "language": "python3", "source": Self.solution(second)])
        _ = try await bob.next(type: "match:submitted")
        let taken = try await bob.next("the new owner's full state", timeout: .seconds(30)) { $0.type == "match:state" && $0.seq != nil }
        let failover = ContinuousClock.now - killedAt
        #expect(failover < .seconds(15), "failover took \(failover)")
        // Dora's claim survived the failover.
        #expect(taken.state?.problems.first { $0.slug == first }?.claimedBy == aliceAuth.user.id)
        // Eli's submission was not lost: it claims the second problem and ends the match.
        let end = try await bob.next(type: "match:end", timeout: .seconds(60))
        #expect(end.state?.problems.first { $0.slug == second }?.claimedBy == bobAuth.user.id)
        #expect(end.ratingChanges?.map(\.delta).reduce(0, +) == 0)
        #expect(environment.edges[1].metric("arena_match_failovers_total") == 1)
        // Dora reconnects to the surviving edge and resumes with her token.
        let again = LiveTestClient(name: "dora-again", port: environment.edges[1].port, token: aliceAuth.accessToken)
        defer { Task { await again.close() } }
        again.send(["type": "match:resume", "match": match, "token": try #require(found.resumeToken)])
        let resumed = try await again.next(type: "match:state")
        #expect(resumed.state?.status == .finished)
        #expect(resumed.resumeToken != nil)
    }

    @Test("Redis restarts mid-match: the match resumes from the persisted snapshot and ends normally")
    func redisRestart() async throws {
        let environment = try await MatchTestEnvironment.start(regions: ["eu-west", "us-east"], persistentRedis: true)
        defer { Task { await environment.stop() } }
        let (alice, aliceAuth) = try await environment.player("finn", on: environment.edges[0])
        let (bob, bobAuth) = try await environment.player("gus", on: environment.edges[1])
        defer { Task { for client in [alice, bob] { await client.close() } } }
        let created = try await environment.edges[1].client.startMatch(
            ChallengeRequest(mode: .blitz, players: ["finn", "gus"]), tokens: [bobAuth.accessToken, aliceAuth.accessToken])
        #expect(created.status == 200, "\(created.text)")
        let found = try await alice.next(type: "match:found")
        let match = try #require(found.match)
        let problems = try #require(found.state?.problems)
        alice.send(["type": "match:submit", "match": match, "problem": problems[0].slug, "language": "python3", "source": Self.solution(problems[0].slug)])
        _ = try await bob.next(type: "match:lockout")

        try await environment.redis.restart()

        // After the restart the owner re-announces the full state; the claim is still there.
        let resynced = try await bob.next("state after the restart", timeout: .seconds(30)) { $0.type == "match:state" && $0.seq != nil }
        #expect(resynced.state?.problems[0].claimedBy == aliceAuth.user.id)
        try await Task.sleep(for: .seconds(1))
        bob.send(["type": "match:submit", "match": match, "problem": problems[1].slug, "language": "python3", "source": Self.solution(problems[1].slug)])
        let end = try await alice.next(type: "match:end", timeout: .seconds(60))
        #expect(end.results?.count == 2)
        #expect(end.state?.problems[1].claimedBy == bobAuth.user.id)
    }

    @Test("a private match: players see it, strangers cannot spectate it; global chat is length- and rate-limited")
    func privateMatchAndChat() async throws {
        let environment = try await MatchTestEnvironment.start(regions: ["eu-west", "us-east"])
        defer { Task { await environment.stop() } }
        let (alice, aliceAuth) = try await environment.player("hana", on: environment.edges[0])
        let (stranger, strangerAuth) = try await environment.player("ivan", on: environment.edges[1])
        let jayAuth = try await environment.core.signUp("jay")
        defer { Task { for client in [alice, stranger] { await client.close() } } }
        let created = try await environment.edges[0].client.startMatch(
            ChallengeRequest(mode: .golf, players: ["hana", "jay"], isPrivate: true), tokens: [aliceAuth.accessToken, jayAuth.accessToken])
        #expect(created.status == 200, "\(created.text)")
        let match = try #require(try await alice.next(type: "match:found").match)
        stranger.send(["type": "spectate:join", "match": match])
        #expect(try await stranger.next(type: "error").code == "private_match")
        #expect(try await environment.edges[1].client.send(.GET, "/api/matches/\(match)", bearer: strangerAuth.accessToken).status == 404)
        #expect(try await environment.edges[0].client.send(.GET, "/api/matches/\(match)", bearer: aliceAuth.accessToken).status == 200)
        // Somebody else's custom match, or a player already in a match, is refused.
        let notMine = try await environment.edges[1].client.send(
            .POST, "/api/challenges", json: ChallengeRequest(mode: .golf, players: ["hana", "jay"]), bearer: strangerAuth.accessToken)
        #expect(notMine.status == 403)
        let busy = try await environment.edges[1].client.startMatch(
            ChallengeRequest(mode: .blitz, players: ["ivan", "hana"]), tokens: [strangerAuth.accessToken, aliceAuth.accessToken])
        #expect(busy.status == 409 && busy.errorCode == "player_unavailable", "\(busy.text)")
        alice.send(["type": "queue:join", "mode": "blitz"])
        #expect(try await alice.next(type: "error").code == "in_match")

        // Global chat crosses regions; floods are cut at 10 per 10 s.
        stranger.send(["type": "chat:send", "channel": "global", "text": "hello all"])
        let heard = try await alice.next("global chat") { $0.type == "chat:message" && $0.channel == "global" }
        #expect(heard.from == "ivan")
        for index in 0..<10 { stranger.send(["type": "chat:send", "channel": "global", "text": "spam \(index)"]) }
        #expect(try await stranger.next(type: "error").code == "rate_limited")
        stranger.send(["type": "chat:send", "channel": "global", "text": "   "])
        #expect(try await stranger.next(type: "error").code == "empty_message")
        stranger.send(["type": "chat:send", "channel": "match", "match": match, "text": "hi"])
        #expect(try await stranger.next(type: "error").code == "not_watching")
        stranger.send(["type": "ping", "id": "still-alive"])
        #expect(try await stranger.next(type: "pong").id == "still-alive")
    }

    @Test("sabotage: a plant must compile and fail, the victim repairs it, plants are never stored as submissions")
    func sabotage() async throws {
        let environment = try await MatchTestEnvironment.start(regions: ["eu-west", "us-east"])
        defer { Task { await environment.stop() } }
        let (planter, planterAuth) = try await environment.player("kim", on: environment.edges[0])
        let (victim, victimAuth) = try await environment.player("lee", on: environment.edges[1])
        defer { Task { for client in [planter, victim] { await client.close() } } }
        let created = try await environment.edges[0].client.startMatch(
            ChallengeRequest(mode: .sabotage, players: ["kim", "lee"]), tokens: [planterAuth.accessToken, victimAuth.accessToken])
        #expect(created.status == 200, "\(created.text)")
        let found = try await planter.next(type: "match:found")
        let match = try #require(found.match)
        let problem = try #require(found.state?.problems.first)
        let base = try #require(problem.baseSource)
        #expect(problem.baseLanguage == .python3)

        planter.send(["type": "match:submit", "match": match, "problem": problem.slug, "language": "python3", "source": "def broken(:\n"])
        let uncompiled = try await planter.next("refused plant") { $0.type == "match:verdict" && $0.final == true }
        #expect(uncompiled.accepted == false && uncompiled.reason?.contains("compile") == true, "\(uncompiled.reason ?? "")")
        try await Task.sleep(for: .seconds(2))
        planter.send(["type": "match:submit", "match": match, "problem": problem.slug, "language": "python3", "source": base])
        let unbroken = try await planter.next("refused plant") { $0.type == "match:verdict" && $0.final == true }
        #expect(unbroken.accepted == false && unbroken.reason?.contains("still passes") == true)
        try await Task.sleep(for: .seconds(2))
        planter.send(["type": "match:submit", "match": match, "problem": problem.slug, "language": "python3", "source": base + "import sys\nsys.exit(3)\n"])
        let planted = try await planter.next("planted") { $0.type == "match:verdict" && $0.final == true }
        #expect(planted.accepted == true)
        // Nobody sees the plant before the repair phase; then the victim does.
        victim.send(["type": "match:state", "match": match])
        #expect(try await victim.next(type: "match:state").state?.player(planterAuth.user.id)?.planted == nil)
        // Planting lasts 20 s in these tests (three judged plants fit even on a loaded host).
        _ = try await victim.next("repair phase", timeout: .seconds(45)) { $0.type == "match:phase" }
        victim.send(["type": "match:state", "match": match])
        #expect(try await victim.next(type: "match:state").state?.player(planterAuth.user.id)?.planted?.contains("sys.exit(3)") == true)
        // Pasting the original is no repair; fixing the plant is.
        victim.send(["type": "match:submit", "match": match, "problem": problem.slug, "language": "python3", "source": base])
        let pasted = try await victim.next("pasted original refused") { $0.type == "match:verdict" && $0.final == true && $0.player == victimAuth.user.id }
        #expect(pasted.accepted == false && pasted.reason?.contains("original") == true, "\(pasted.reason ?? "")")
        try await Task.sleep(for: .seconds(2))
        victim.send(["type": "match:submit", "match": match, "problem": problem.slug, "language": "python3", "source": base + "import sys\n"])
        let end = try await planter.next(type: "match:end", timeout: .seconds(60))
        let results = try #require(end.results)
        #expect(results.first { $0.userID == victimAuth.user.id }?.score == MatchRules.repairPoints + MatchRules.firstRepairBonus)
        #expect(results.first { $0.userID == planterAuth.user.id }?.score == MatchRules.plantPoints)
        #expect(results.first?.userID == victimAuth.user.id)
        // Plants and repairs were judged for the match alone: none is a submission at the core
        // (a forwarded record would have left the outbox within this second).
        try await Task.sleep(for: .seconds(1))
        struct Items: Decodable { var items: [SubmissionSummary] }
        for user in ["lee", "kim"] {
            #expect(try await environment.core.client.send(.GET, "/api/submissions?user=\(user)").decode(Items.self).items.isEmpty)
        }
    }

    /// The library's reference C++ solution of a seeded problem, made slow to compile (about
    /// 3 s of constant evaluation on this machine's g++), not slow to run; unique per run,
    /// so no compile cache shortens it.
    static func slowCompilingSolution(_ slug: String) throws -> String {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let reference = try String(contentsOf: root.appendingPathComponent("problems/\(slug)/submissions/accepted/reference.cpp"), encoding: .utf8)
        return reference + """

            constexpr long compileTimeWork(long rounds) {
                long sum = 0;
                for (long round = 0; round < rounds; ++round)
                    for (long i = 0; i < 200000; ++i) sum += i % 7;
                return sum;
            }
            static_assert(compileTimeWork(8) > 0, "slow to compile on purpose");
            // This run's own program: the judge's compile cache must not make it fast.
            static const char* const runTag = "\(UUID().uuidString)";

            """
    }

    // This test once failed in the full suite only: dates crossed the wire in whole seconds,
    // so two submissions 300 ms apart in the same second looked simultaneous (ArenaJSON now
    // keeps milliseconds).
    @Test("submission time decides: a slow-compiling C++ solution submitted first claims the problem over a fast Python one submitted later in another region")
    func firstSubmittedWins() async throws {
        let environment = try await MatchTestEnvironment.start(regions: ["eu-west", "us-east"])
        defer { Task { await environment.stop() } }
        let (early, earlyAuth) = try await environment.player("mae", on: environment.edges[0])
        let (late, lateAuth) = try await environment.player("ned", on: environment.edges[1])
        defer { Task { for client in [early, late] { await client.close() } } }
        let created = try await environment.edges[0].client.startMatch(
            ChallengeRequest(mode: .blitz, players: ["mae", "ned"]), tokens: [earlyAuth.accessToken, lateAuth.accessToken])
        #expect(created.status == 200, "\(created.text)")
        let found = try await early.next(type: "match:found")
        let match = try #require(found.match)
        let slug = try #require(found.state?.problems.first?.slug)
        _ = try await late.next(type: "match:found")

        early.send(["type": "match:submit", "match": match, "problem": slug, "language": "cpp17", "source": try Self.slowCompilingSolution(slug)])
        _ = try await early.next(type: "match:submitted")
        try await Task.sleep(for: .milliseconds(300))
        late.send(["type": "match:submit", "match": match, "problem": slug, "language": "python3", "source": Self.solution(slug)])
        _ = try await late.next(type: "match:submitted")

        // The later submission is judged first (its tests run while the C++ still compiles)...
        let judgedFirst = try await late.next("ned's tests run") { $0.type == "match:verdict" && $0.final == false && $0.player == lateAuth.user.id }
        #expect(judgedFirst.verdict != nil)
        // ...but the claim goes to the earlier submission, and the later one is told why.
        let lockout = try await late.next("the lockout", timeout: .seconds(60)) { $0.type == "match:lockout" }
        if lockout.player != earlyAuth.user.id {
            // Why: the early submission's own final verdict (a compile error or judge fault under load?).
            let earlyFinal = try? await early.next("mae's verdict", timeout: .seconds(30)) { $0.type == "match:verdict" && $0.final == true && $0.player == earlyAuth.user.id }
            Issue.record("the later submission claimed the problem; mae's verdict: \(String(describing: earlyFinal))")
        }
        #expect(lockout.player == earlyAuth.user.id && lockout.problem == slug)
        let refused = try await late.next("ned's verdict") { $0.type == "match:verdict" && $0.final == true && $0.player == lateAuth.user.id }
        #expect(refused.verdict == .accepted && refused.accepted == false)
        #expect(refused.reason?.contains("already claimed by mae") == true, "\(refused.reason ?? "")")
    }
}
