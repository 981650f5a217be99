import ArenaShared
import ArenaTestSupport
@testable import CoreNode
import Foundation
import Logging
import NIOHTTP1
import PostgresNIO
import Testing

@Suite("Clans, XP, badges, leaderboards and profiles", .timeLimit(.minutes(3)))
struct SocialTests {
    // MARK: Clans

    @Test("clan lifecycle: roles, invites, hand-over, and every forbidden action refused with nothing changed")
    func clanLifecycle() async throws {
        let environment = try await CoreTestEnvironment.start()
        defer { Task { await environment.stop() } }
        let client = environment.core.client
        let alice = try await environment.core.signUp("alice").accessToken
        let bob = try await environment.core.signUp("bob").accessToken
        let carol = try await environment.core.signUp("carol").accessToken
        let dave = try await environment.core.signUp("dave").accessToken
        let erin = try await environment.core.signUp("erin").accessToken
        // Reads below check changes made by other players than the reader, which
        // read-your-writes does not cover: wait for the replica before each.
        let database = try await TestDatabase.open(environment)
        defer { database.close() }

        // Bad input and anonymous callers.
        #expect(try await client.send(.POST, "/api/clans", json: CreateClanRequest(name: "Acme", tag: "ACME")).status == 401)
        let lowercaseTag = try await client.send(.POST, "/api/clans", json: CreateClanRequest(name: "Acme", tag: "acme"), bearer: alice)
        #expect(lowercaseTag.status == 400)
        #expect(lowercaseTag.errorCode == "invalid_tag")
        #expect(try await client.send(.POST, "/api/clans", json: CreateClanRequest(name: "Acme", tag: "TOOLONG"), bearer: alice).errorCode == "invalid_tag")
        #expect(try await client.send(.POST, "/api/clans", json: CreateClanRequest(name: "Ac", tag: "ACME"), bearer: alice).errorCode == "invalid_name")
        #expect(try await client.send(.POST, "/api/clans", body: Data("{".utf8), bearer: alice).status == 400)

        let created = try await client.send(.POST, "/api/clans", json: CreateClanRequest(name: "Acme Coders", tag: "ACME", open: false), bearer: alice)
        #expect(created.status == 201)
        #expect(created.header("x-arena-lsn") != nil)
        let acme = try created.decode(ClanDetail.self)
        #expect(acme.members.map(\.username) == ["alice"])
        #expect(acme.members.first?.role == .leader)
        #expect(acme.rating == 1500)
        #expect(!acme.open)

        // One clan per player; tags and names are unique.
        let second = try await client.send(.POST, "/api/clans", json: CreateClanRequest(name: "Second", tag: "TWO"), bearer: alice)
        #expect(second.status == 409)
        #expect(second.errorCode == "already_in_clan")
        #expect(try await client.send(.POST, "/api/clans", json: CreateClanRequest(name: "Other", tag: "ACME"), bearer: erin).errorCode == "tag_taken")
        #expect(try await client.send(.POST, "/api/clans", json: CreateClanRequest(name: "acme coders", tag: "AC2"), bearer: erin).errorCode == "name_taken")

        func members(_ token: String) async throws -> [String: ClanRole] {
            try await database.waitForReplica()
            let reply = try await client.send(.GET, "/api/clans/acme", bearer: token)
            try #require(reply.status == 200, "GET clan: \(reply.status) \(reply.text)")
            return Dictionary(uniqueKeysWithValues: try reply.decode(ClanDetail.self).members.map { ($0.username, $0.role) })
        }
        #expect(try await client.send(.GET, "/api/clans/NOPE").errorCode == "clan_not_found")

        // Closed clan: joining needs an invite; only leader/officers invite.
        let uninvited = try await client.send(.POST, "/api/clans/ACME/join", bearer: bob)
        #expect(uninvited.status == 403)
        #expect(uninvited.errorCode == "invite_required")
        #expect(try await client.send(.POST, "/api/clans/ACME/invites", json: ClanInviteRequest(username: "carol"), bearer: bob).status == 403)
        #expect(try await client.send(.POST, "/api/clans/ACME/invites", json: ClanInviteRequest(username: "nobody"), bearer: alice).errorCode == "user_not_found")
        #expect(try await client.send(.POST, "/api/clans/ACME/invites", json: ClanInviteRequest(username: "alice"), bearer: alice).errorCode == "already_member")
        #expect(try await members(alice) == ["alice": .leader])

        let invited = try await client.send(.POST, "/api/clans/ACME/invites", json: ClanInviteRequest(username: "bob"), bearer: alice)
        #expect(invited.status == 201)
        #expect(try invited.decode(ClanInvite.self).invitedBy == "alice")
        #expect(try await client.send(.POST, "/api/clans/ACME/invites", json: ClanInviteRequest(username: "bob"), bearer: alice).status == 200)
        #expect(try await client.send(.POST, "/api/clans/ACME/join", bearer: bob).status == 200)
        #expect(try await client.send(.POST, "/api/clans/ACME/join", bearer: bob).errorCode == "already_member")
        for (name, token) in [("carol", carol), ("dave", dave)] {
            #expect(try await client.send(.POST, "/api/clans/ACME/invites", json: ClanInviteRequest(username: name), bearer: alice).status == 201)
            #expect(try await client.send(.POST, "/api/clans/acme/join", bearer: token).status == 200)
        }
        let full: [String: ClanRole] = ["alice": .leader, "bob": .member, "carol": .member, "dave": .member]
        #expect(try await members(alice) == full)

        // Roles: leader only, valid roles only, not one's own.
        #expect(try await client.send(.POST, "/api/clans/ACME/members/carol/role", json: ClanRoleRequest(role: "officer"), bearer: bob).status == 403)
        #expect(try await client.send(.POST, "/api/clans/ACME/members/carol/role", json: ClanRoleRequest(role: "king"), bearer: alice).errorCode == "invalid_role")
        #expect(try await client.send(.POST, "/api/clans/ACME/members/alice/role", json: ClanRoleRequest(role: "member"), bearer: alice).errorCode == "own_role")
        #expect(try await client.send(.POST, "/api/clans/ACME/members/erin/role", json: ClanRoleRequest(role: "officer"), bearer: alice).errorCode == "not_a_member")
        #expect(try await members(alice) == full)
        let promoted = try await client.send(.POST, "/api/clans/ACME/members/carol/role", json: ClanRoleRequest(role: "officer"), bearer: alice)
        #expect(promoted.status == 200)
        #expect(try promoted.decode(ClanDetail.self).members.map(\.username) == ["alice", "carol", "bob", "dave"])

        // Kicks: members cannot, officers only members, nobody kicks themselves.
        #expect(try await client.send(.DELETE, "/api/clans/ACME/members/dave", bearer: bob).status == 403)
        #expect(try await client.send(.DELETE, "/api/clans/ACME/members/alice", bearer: carol).status == 403)
        #expect(try await client.send(.DELETE, "/api/clans/ACME/members/carol", bearer: carol).errorCode == "use_leave")
        #expect(try await client.send(.DELETE, "/api/clans/ACME/members/dave", bearer: erin).status == 403)
        #expect(try await members(alice) == ["alice": .leader, "bob": .member, "carol": .officer, "dave": .member])
        #expect(try await client.send(.DELETE, "/api/clans/ACME/members/dave", bearer: carol).status == 204)
        #expect(try await client.send(.DELETE, "/api/clans/ACME/members/dave", bearer: carol).errorCode == "not_a_member")
        #expect(try await client.send(.POST, "/api/clans/ACME/leave", bearer: dave).errorCode == "not_a_member")

        // The leader leaves: the officer (not the longer-serving member bob) leads.
        let left = try await client.send(.POST, "/api/clans/ACME/leave", bearer: alice)
        #expect(left.status == 200)
        #expect(try left.decode(ClanLeaveResult.self) == ClanLeaveResult(clan: "ACME", clanDeleted: false, newLeader: "carol"))
        #expect(try await members(carol) == ["bob": .member, "carol": .leader])

        // Handing over leadership demotes the old leader to officer.
        #expect(try await client.send(.POST, "/api/clans/ACME/members/bob/role", json: ClanRoleRequest(role: "leader"), bearer: carol).status == 200)
        #expect(try await members(carol) == ["bob": .leader, "carol": .officer])

        // Profiles show the membership; the last member leaving deletes the clan.
        try await database.waitForReplica()
        let profile = try await client.send(.GET, "/api/users/bob/profile", bearer: bob).decode(PlayerProfile.self)
        #expect(profile.clan?.tag == "ACME")
        #expect(profile.clan?.role == .leader)
        #expect(try await client.send(.POST, "/api/clans/ACME/leave", bearer: carol).status == 200)
        let last = try await client.send(.POST, "/api/clans/ACME/leave", bearer: bob)
        #expect(try last.decode(ClanLeaveResult.self).clanDeleted)
        #expect(try await client.send(.GET, "/api/clans/ACME", bearer: bob).status == 404)

        // Open clans need no invite; the tag is free again.
        #expect(try await client.send(.POST, "/api/clans", json: CreateClanRequest(name: "Open House", tag: "OPEN"), bearer: erin).status == 201)
        #expect(try await client.send(.POST, "/api/clans/OPEN/join", bearer: dave).status == 200)
        #expect(try await client.send(.POST, "/api/clans", json: CreateClanRequest(name: "Acme Again", tag: "ACME"), bearer: alice).status == 201)
        #expect(try await client.send(.POST, "/api/clans/ACME/join", bearer: dave).errorCode == "already_in_clan")
    }

    @Test("racing joins and creates: a player still ends up in one clan, a tag in one clan")
    func concurrentClanChanges() async throws {
        let environment = try await CoreTestEnvironment.start()
        defer { Task { await environment.stop() } }
        let client = environment.core.client
        let owners = [try await environment.core.signUp("owner1").accessToken, try await environment.core.signUp("owner2").accessToken]
        let hopper = try await environment.core.signUp("hopper").accessToken
        let tags = ["RED", "BLUE"]
        for (owner, tag) in zip(owners, tags) {
            #expect(try await client.send(.POST, "/api/clans", json: CreateClanRequest(name: "Team \(tag)", tag: tag), bearer: owner).status == 201)
        }
        let joins = try await withThrowingTaskGroup(of: Int.self) { group in
            for tag in tags { group.addTask { try await client.send(.POST, "/api/clans/\(tag)/join", bearer: hopper).status } }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(joins.sorted() == [200, 409])
        let profile = try await client.send(.GET, "/api/users/hopper/profile", bearer: hopper).decode(PlayerProfile.self)
        #expect(profile.clan != nil)

        let racers = [try await environment.core.signUp("racer1").accessToken, try await environment.core.signUp("racer2").accessToken]
        let creates = try await withThrowingTaskGroup(of: (Int, String?).self) { group in
            for (index, racer) in racers.enumerated() {
                group.addTask {
                    let reply = try await client.send(.POST, "/api/clans", json: CreateClanRequest(name: "Racers \(index)", tag: "RACE"), bearer: racer)
                    return (reply.status, reply.errorCode)
                }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(creates.map(\.0).sorted() == [201, 409])
        #expect(creates.contains { $0.1 == "tag_taken" })
    }

    // MARK: XP, streaks and badges

    @Test("XP and badges for the first accepted solution only; replays and re-solves award nothing")
    func solveRewards() async throws {
        let environment = try await CoreTestEnvironment.start()
        defer { Task { await environment.stop() } }
        let client = environment.core.client
        let solver = try await environment.core.signUp("solver")
        let secret = [(ArenaHeader.edgeSecret, TestCore.edgeSecret)]
        let id = solver.user.id
        let now = Date()
        let day: TimeInterval = 86_400

        func forward(_ key: String, _ problem: String, _ language: LanguageID, _ verdict: Verdict, at date: Date) async throws -> Int {
            let record = SubmissionRecord(
                idempotencyKey: "u\(id):\(key)", userID: id, problem: problem, language: language, source: "solution \(key)",
                verdict: verdict, region: "eu-west", submittedAt: date)
            return try await client.send(.POST, "/internal/submissions", json: record, headers: secret).status
        }
        func profile() async throws -> PlayerProfile {
            try await client.send(.GET, "/api/users/solver/profile", bearer: solver.accessToken).decode(PlayerProfile.self)
        }

        let fresh = try await profile()
        #expect(fresh.xp == 0)
        #expect(fresh.badges.isEmpty)
        #expect(try await client.send(.GET, "/api/users/nobody/profile").errorCode == "user_not_found")

        // Two days ago: a wrong answer, then the first AC of a-plus-b (difficulty 800).
        #expect(try await forward("1", "a-plus-b", .python3, .wrongAnswer, at: now - 2 * day) == 201)
        #expect(try await profile().xp == 0)
        #expect(try await forward("2", "a-plus-b", .python3, .accepted, at: now - 2 * day) == 201)
        var current = try await profile()
        #expect(current.xp == 80)
        #expect(current.badges.map(\.badge) == ["first-solve"])
        #expect(current.problemsSolved == 1)
        #expect(current.bestStreak == 1)

        // The edge replays the same record: nothing changes.
        #expect(try await forward("2", "a-plus-b", .python3, .accepted, at: now - 2 * day) == 200)
        #expect(try await profile().xp == 80)

        // Yesterday: the same problem in another language — no XP, but the streak grows.
        #expect(try await forward("3", "a-plus-b", .cpp17, .accepted, at: now - day) == 201)
        current = try await profile()
        #expect(current.xp == 80)
        #expect(current.currentStreak == 2)

        // Today: PENDING then AC of reverse-words (900 → 90 XP), replayed AC ignored.
        #expect(try await forward("4", "reverse-words", .go, .pending, at: now) == 201)
        #expect(try await profile().xp == 80)
        #expect(try await forward("4", "reverse-words", .go, .accepted, at: now) == 201)
        #expect(try await forward("4", "reverse-words", .go, .accepted, at: now) == 200)
        current = try await profile()
        #expect(current.xp == 170)
        #expect(current.currentStreak == 3)
        #expect(current.bestStreak == 3)
        #expect(current.problemsSolved == 2)
        // python3, cpp17, go: three languages.
        #expect(Set(current.badges.map(\.badge)) == ["first-solve", "polyglot-3"])
        #expect(current.lastSolveDay != nil)

        // A late replay of an older day neither breaks nor extends the streak.
        #expect(try await forward("5", "max-subarray", .rust, .accepted, at: now - 5 * day) == 201)
        current = try await profile()
        #expect(current.xp == 310)
        #expect(current.currentStreak == 3)
    }

    @Test("streak arithmetic over UTC days")
    func streakRules() {
        #expect(Rewards.streak(current: 0, best: 0, lastDay: nil, day: 100) == (1, 1, 100))
        #expect(Rewards.streak(current: 1, best: 1, lastDay: 100, day: 100) == (1, 1, 100))
        #expect(Rewards.streak(current: 6, best: 6, lastDay: 100, day: 101) == (7, 7, 101))
        #expect(Rewards.streak(current: 7, best: 7, lastDay: 101, day: 103) == (1, 7, 103))
        #expect(Rewards.streak(current: 3, best: 5, lastDay: 103, day: 90) == (3, 5, 103))
        #expect(Rewards.utcDay(of: Date(timeIntervalSince1970: 86_400 * 3 + 86_399)) == 3)
        #expect(Rewards.utcDay(of: Date(timeIntervalSince1970: -1)) == -1)
        #expect(Rewards.xp(forDifficulty: 1400) == 140)
    }

    @Test("a seven-day streak earns streak-7, ten problems earn ten-solves")
    func streakAndTenSolvesBadges() async throws {
        let environment = try await CoreTestEnvironment.start()
        defer { Task { await environment.stop() } }
        let database = try await TestDatabase.open(environment)
        defer { database.close() }
        let user = try await environment.core.signUp("marathon")
        // Ten extra problems straight in the database (the seed has three).
        try await database.primary.query(
            """
            INSERT INTO problems (slug, title, statement, difficulty, time_limit_ms, memory_limit_kb)
            SELECT 'extra-' || n, 'Extra ' || n, 'statement', 1000, 1000, 262144 FROM generate_series(1, 10) n
            """)
        let start = Date(timeIntervalSince1970: 1_700_000_000)
        var outcomes: [Rewards.Outcome] = []
        for n in 1...10 {
            let outcome = try await database.primary.withTransaction(logger: database.logger) { connection in
                var problemID: Int64 = 0
                let slug = "extra-\(n)"
                for try await id in try await connection.query("SELECT id FROM problems WHERE slug = \(slug)", logger: database.logger).decode(Int64.self) {
                    problemID = id
                }
                // Days 0-6 consecutive, then two problems a day.
                let date = start.addingTimeInterval(86_400 * Double(min(n - 1, 6)))
                return try await Rewards.problemSolved(
                    userID: user.user.id, problemID: problemID, language: "c", difficulty: 1000, at: date,
                    on: connection, logger: database.logger)
            }
            outcomes.append(outcome)
        }
        #expect(outcomes.map(\.xp) == Array(repeating: 100, count: 10))
        #expect(outcomes[0].badges == [.firstSolve])
        #expect(outcomes[6].badges == [.streak7])
        #expect(outcomes[9].badges == [.tenSolves])
        #expect(outcomes[1...5].allSatisfy { $0.badges.isEmpty })
        for try await (xp, best) in try await database.primary.query("SELECT xp, best_streak FROM users WHERE id = \(user.user.id)").decode((Int64, Int).self) {
            #expect(xp == 1000)
            #expect(best == 7)
        }
    }

    @Test("matchFinished: XP for playing and winning, win badges, and nothing kept when the transaction rolls back")
    func matchRewards() async throws {
        let environment = try await CoreTestEnvironment.start()
        defer { Task { await environment.stop() } }
        let database = try await TestDatabase.open(environment)
        defer { database.close() }
        let player = try await environment.core.signUp("gladiator")
        let id = player.user.id
        let logger = database.logger

        func finish(won: Bool, mode: String = "blitz") async throws -> Rewards.Outcome {
            try await database.primary.withTransaction(logger: logger) { connection in
                try await Rewards.matchFinished(userID: id, mode: mode, won: won, on: connection, logger: logger)
            }
        }
        func state() async throws -> (xp: Int64, wins: Int, played: Int, badges: [String]) {
            var result: (Int64, Int, Int) = (0, 0, 0)
            for try await row in try await database.primary.query("SELECT xp, wins, matches_played FROM users WHERE id = \(id)").decode((Int64, Int, Int).self) {
                result = row
            }
            var badges: [String] = []
            for try await badge in try await database.primary.query("SELECT badge FROM badges WHERE user_id = \(id) ORDER BY badge").decode(String.self) {
                badges.append(badge)
            }
            return (result.0, result.1, result.2, badges)
        }

        #expect(try await finish(won: false) == Rewards.Outcome(xp: 20, badges: []))
        #expect(try await finish(won: true, mode: "royale") == Rewards.Outcome(xp: 70, badges: [.firstWin]))
        for _ in 0..<3 { #expect(try await finish(won: true).badges.isEmpty) }
        #expect(try await finish(won: true, mode: "golf") == Rewards.Outcome(xp: 70, badges: [.fiveWins]))
        var now = try await state()
        #expect(now.xp == 20 + 5 * 70)
        #expect(now.wins == 5)
        #expect(now.played == 6)
        #expect(now.badges == ["first-win", "five-wins"].sorted())

        // Bad calls throw; a failing match transaction keeps none of its rewards.
        do {
            _ = try await finish(won: true, mode: "chess")
            Issue.record("an unknown mode was accepted")
        } catch let error as PostgresTransactionError {
            #expect(error.closureError is RewardsError)
        }
        await #expect(throws: (any Error).self) {
            try await database.primary.withTransaction(logger: logger) { connection in
                try await Rewards.matchFinished(userID: id, mode: "blitz", won: true, on: connection, logger: logger)
                try await Rewards.matchFinished(userID: -1, mode: "blitz", won: true, on: connection, logger: logger)
            }
        }
        now = try await state()
        #expect(now.xp == 370)
        #expect(now.played == 6)

        try await database.waitForReplica()
        let profile = try await environment.core.client.send(.GET, "/api/users/gladiator/profile", bearer: player.accessToken).decode(PlayerProfile.self)
        #expect(profile.wins == 5)
        #expect(profile.matchesPlayed == 6)
        #expect(profile.xp == 370)
    }

    // MARK: Leaderboards

    @Test("leaderboards: ordering for every kind, clan ratings, caching, bad parameters")
    func leaderboards() async throws {
        let environment = try await CoreTestEnvironment.start()
        defer { Task { await environment.stop() } }
        let database = try await TestDatabase.open(environment)
        defer { database.close() }
        let client = environment.core.client
        var tokens: [String: String] = [:]
        var ids: [String: Int64] = [:]
        for name in ["ann", "ben", "cat", "dan"] {
            let auth = try await environment.core.signUp(name)
            tokens[name] = auth.accessToken
            ids[name] = auth.user.id
        }
        let ratings: [(String, String, Int)] = [("ann", "blitz", 1700), ("ben", "blitz", 1550), ("cat", "blitz", 1800), ("cat", "golf", 1900), ("ann", "golf", 1400)]
        for (name, mode, rating) in ratings {
            try await database.primary.query("INSERT INTO ratings (user_id, mode, rating, games) VALUES (\(ids[name]!), \(mode), \(rating), 3)")
        }
        let secret = [(ArenaHeader.edgeSecret, TestCore.edgeSecret)]
        for (name, problem, language) in [("dan", "a-plus-b", LanguageID.rust), ("dan", "reverse-words", .rust), ("ben", "a-plus-b", .rust), ("ann", "a-plus-b", .go)] {
            let record = SubmissionRecord(
                idempotencyKey: "\(name)-\(problem)-\(language)", userID: ids[name]!, problem: problem, language: language,
                source: "ok", verdict: .accepted, region: "eu-west", submittedAt: Date())
            #expect(try await client.send(.POST, "/internal/submissions", json: record, headers: secret).status == 201)
        }
        // XP set after the solves above, so it is exactly this.
        let xp: [String: Int] = ["ann": 300, "ben": 500, "cat": 300, "dan": 0]
        for (name, value) in xp { try await database.primary.query("UPDATE users SET xp = \(value) WHERE id = \(ids[name]!)") }
        // Clans: TOP = cat (1900) + dan (unrated: 1500) → 1700; MID = ann (1700) + ben (1550) → 1625.
        #expect(try await client.send(.POST, "/api/clans", json: CreateClanRequest(name: "Top Team", tag: "TOP"), bearer: tokens["cat"]!).status == 201)
        #expect(try await client.send(.POST, "/api/clans/TOP/join", bearer: tokens["dan"]!).status == 200)
        #expect(try await client.send(.POST, "/api/clans", json: CreateClanRequest(name: "Mid Team", tag: "MID"), bearer: tokens["ann"]!).status == 201)
        #expect(try await client.send(.POST, "/api/clans/MID/join", bearer: tokens["ben"]!).status == 200)
        try await database.waitForReplica()

        func board(_ query: String) async throws -> LeaderboardPage {
            let reply = try await client.send(.GET, "/api/leaderboards?\(query)")
            try #require(reply.status == 200, "\(query): \(reply.status) \(reply.text)")
            return try reply.decode(LeaderboardPage.self)
        }
        let global = try await board("kind=global&limit=10")
        #expect(global.metric == "xp")
        #expect(global.entries.map(\.username) == ["ben", "ann", "cat", "dan"])
        #expect(global.entries.map(\.rank) == [1, 2, 2, 4])
        #expect(global.entries.map(\.score) == [500, 300, 300, 0])
        #expect(global.entries.map(\.clan) == ["MID", "MID", "TOP", "TOP"])
        #expect(try await board("limit=2").entries.map(\.username) == ["ben", "ann"])

        let blitz = try await board("kind=mode&mode=blitz")
        #expect(blitz.entries.map(\.username) == ["cat", "ann", "ben"])
        #expect(blitz.entries.map(\.score) == [1800, 1700, 1550])
        #expect(try await board("kind=mode&mode=golf").entries.map(\.username) == ["cat", "ann"])
        #expect(try await board("kind=mode&mode=sabotage").entries.isEmpty)

        let rust = try await board("kind=language&language=rust")
        #expect(rust.entries.map(\.username) == ["dan", "ben"])
        #expect(rust.entries.map(\.score) == [2, 1])
        #expect(try await board("kind=language&language=go").entries.map(\.username) == ["ann"])

        let clans = try await board("kind=clans")
        #expect(clans.entries.map(\.tag) == ["TOP", "MID"])
        #expect(clans.entries.map(\.score) == [1700, 1625])
        #expect(clans.entries.map(\.members) == [2, 2])
        let top = try await client.send(.GET, "/api/clans/TOP").decode(ClanDetail.self)
        #expect(top.rating == 1700)
        #expect(Set(top.members.map(\.rating)) == [1900, 1500])

        let mid = try await board("kind=clan&clan=mid")
        #expect(mid.clan == "MID")
        #expect(mid.entries.map(\.username) == ["ben", "ann"])

        // Cached for a few seconds: a change shows on a fresh key at once, on the same key later.
        let before = try await client.send(.GET, "/api/leaderboards?kind=global&limit=12")
        #expect(before.header("x-arena-cache") == "miss")
        try await database.primary.query("UPDATE users SET xp = 1000 WHERE id = \(ids["dan"]!)")
        let cached = try await client.send(.GET, "/api/leaderboards?kind=global&limit=12")
        #expect(cached.header("x-arena-cache") == "hit")
        #expect(try cached.decode(LeaderboardPage.self).entries.first?.username == "ben")
        try await database.waitForReplica()
        let uncached = try await client.send(.GET, "/api/leaderboards?kind=global&limit=13")
        #expect(uncached.header("x-arena-cache") == "miss")
        #expect(try uncached.decode(LeaderboardPage.self).entries.first?.username == "dan")

        // Bad parameters.
        for (query, code) in [
            ("kind=everyone", "invalid_kind"), ("kind=mode", "invalid_mode"), ("kind=mode&mode=chess", "invalid_mode"),
            ("limit=0", "invalid_limit"), ("limit=101", "invalid_limit"), ("limit=ten", "invalid_limit"),
            ("kind=language&language=cobol", "invalid_language"), ("kind=clan", "invalid_clan"), ("kind=clan&clan=%21%21", "invalid_clan"),
        ] {
            let reply = try await client.send(.GET, "/api/leaderboards?\(query)")
            #expect(reply.status == 400, "\(query)")
            #expect(reply.errorCode == code, "\(query)")
        }
        #expect(try await client.send(.GET, "/api/leaderboards?kind=clan&clan=NOPE").errorCode == "clan_not_found")
    }
}

/// Direct connections to a test core's primary and replica, for setting up state the
/// API cannot (ratings, XP) and for calling `Rewards` inside a transaction.
struct TestDatabase: Sendable {
    let primary: PostgresClient
    let replica: PostgresClient
    let logger: Logger
    let runner: Task<Void, Never>

    static func open(_ environment: CoreTestEnvironment) async throws -> TestDatabase {
        let postgres = environment.core.configuration.postgres
        let cluster = try await TestPostgresCluster.shared()
        func client(_ endpoint: Endpoint) throws -> PostgresClient {
            PostgresClient(
                configuration: try cluster.clientConfiguration(port: endpoint.port, database: postgres.database),
                backgroundLogger: makeTestLogger("test.social.db"))
        }
        let primary = try client(postgres.primary)
        let replica = try client(postgres.replicas[0].endpoint)
        let runner = Task {
            await withDiscardingTaskGroup { group in
                group.addTask { await primary.run() }
                group.addTask { await replica.run() }
            }
        }
        return TestDatabase(primary: primary, replica: replica, logger: makeTestLogger("test.social"), runner: runner)
    }

    /// Waits until the replica has replayed everything the primary has written so far.
    func waitForReplica() async throws {
        var position = ""
        for try await lsn in try await self.primary.query("SELECT pg_current_wal_lsn()::text").decode(String.self) { position = lsn }
        let replica = self.replica
        let target = position
        try await waitUntil("replica replays \(target)") {
            for try await caughtUp in try await replica.query("SELECT pg_last_wal_replay_lsn() >= \(target)::pg_lsn").decode(Bool.self) {
                return caughtUp
            }
            return false
        }
    }

    func close() { self.runner.cancel() }
}
