import ArenaShared
import ArenaTestSupport
@testable import CoreNode
import Foundation
import Judge
import NIOHTTP1
import Testing

@Suite("Discussions, spoilers, moderation and editorials", .timeLimit(.minutes(3)))
struct DiscussionTests {
    struct Notifications: Decodable {
        struct Item: Decodable {
            var kind: String
            var reply: ReplyNotice?
            var read: Bool
        }
        var items: [Item]
        var unread: Int
    }

    @Test("threads, replies and votes: a reply notifies the author, votes move the score once per player, nobody votes for themselves")
    func threadsRepliesAndVotes() async throws {
        let environment = try await CoreTestEnvironment.start()
        defer { Task { await environment.stop() } }
        let client = environment.core.client
        let ann = try await environment.core.signUp("ann").accessToken
        let ben = try await environment.core.signUp("ben").accessToken

        let created = try await client.send(
            .POST, "/api/problems/a-plus-b/discussions",
            json: NewThreadRequest(title: "  Why does 64-bit matter here?  ", body: "Sums reach `2e9`:\n\n```cpp\nlong long s = a + b;\n```"), bearer: ann)
        #expect(created.status == 201, "\(created.text)")
        let thread = try created.decode(DiscussionThreadSummary.self)
        #expect(thread.title == "Why does 64-bit matter here?" && thread.author == "ann" && !thread.spoiler)

        // Anyone may read, signed in or not.
        let list = try await client.send(.GET, "/api/problems/a-plus-b/discussions").decode(DiscussionList.self)
        #expect(list.items.map(\.id) == [thread.id])
        #expect(try await client.send(.GET, "/api/problems/no-such-problem/discussions").errorCode == "problem_not_found")

        let replied = try await client.send(.POST, "/api/discussions/\(thread.id)/replies", json: NewReplyRequest(body: "Two `int`s overflow."), bearer: ben)
        #expect(replied.status == 201, "\(replied.text)")
        let reply = try replied.decode(DiscussionReply.self)
        let read = try await client.send(.GET, "/api/discussions/\(thread.id)", bearer: ben).decode(DiscussionThread.self)
        #expect(read.body?.contains("long long") == true && !read.withheld && !read.canModerate)
        #expect(read.replies.map(\.body) == ["Two `int`s overflow."] && read.thread.replyCount == 1)

        // The author hears of the reply; the replier does not hear of their own.
        let annNotes = try await client.send(.GET, "/api/notifications", bearer: ann).decode(Notifications.self)
        #expect(annNotes.unread == 1)
        #expect(annNotes.items.first?.kind == "reply")
        #expect(annNotes.items.first?.reply == ReplyNotice(threadID: thread.id, replyID: reply.id, problem: "a-plus-b", title: thread.title, from: "ben"))
        #expect(try await client.send(.GET, "/api/notifications", bearer: ben).decode(Notifications.self).items.isEmpty)
        // Replying to one's own thread notifies nobody.
        #expect(try await client.send(.POST, "/api/discussions/\(thread.id)/replies", json: NewReplyRequest(body: "Thanks!"), bearer: ann).status == 201)
        #expect(try await client.send(.GET, "/api/notifications", bearer: ann).decode(Notifications.self).unread == 1)

        struct Score: Decodable { var score: Int }
        func vote(_ path: String, _ value: Int, _ token: String) async throws -> TestHTTPClient.Reply {
            try await client.send(.POST, path, json: VoteRequest(value: value), bearer: token)
        }
        #expect(try await vote("/api/discussions/\(thread.id)/vote", 1, ben).decode(Score.self).score == 1)
        #expect(try await vote("/api/discussions/\(thread.id)/vote", 1, ben).decode(Score.self).score == 1, "a second up-vote counts once")
        #expect(try await vote("/api/discussions/\(thread.id)/vote", -1, ben).decode(Score.self).score == -1)
        #expect(try await vote("/api/discussions/\(thread.id)/vote", 0, ben).decode(Score.self).score == 0)
        #expect(try await vote("/api/discussions/\(thread.id)/vote", 1, ann).errorCode == "own_post")
        #expect(try await vote("/api/discussions/\(thread.id)/vote", 2, ben).errorCode == "invalid_vote")
        #expect(try await vote("/api/discussion-replies/\(reply.id)/vote", 1, ann).decode(Score.self).score == 1)
        #expect(try await vote("/api/discussion-replies/999999/vote", 1, ann).status == 404)
        let after = try await client.send(.GET, "/api/discussions/\(thread.id)", bearer: ann).decode(DiscussionThread.self)
        #expect(after.thread.score == 0 && after.replies.first?.score == 1 && after.replies.first?.myVote == 1)
        #expect(try await client.send(.POST, "/api/discussions/\(thread.id)/replies", json: NewReplyRequest(body: "x")).status == 401)
    }

    @Test("bad posts are refused with a reason and change nothing; posting fast is slowed down")
    func validationAndPace() async throws {
        let environment = try await CoreTestEnvironment.start()
        defer { Task { await environment.stop() } }
        let client = environment.core.client
        let cy = try await environment.core.signUp("cyd").accessToken
        let path = "/api/problems/a-plus-b/discussions"
        #expect(try await client.send(.POST, path, json: NewThreadRequest(title: "  ", body: "text"), bearer: cy).errorCode == "invalid_title")
        #expect(try await client.send(.POST, path, json: NewThreadRequest(title: "Line\nbreak", body: "text"), bearer: cy).errorCode == "invalid_title")
        #expect(try await client.send(.POST, path, json: NewThreadRequest(title: "Fine title", body: "   "), bearer: cy).errorCode == "invalid_body")
        #expect(try await client.send(.POST, path, json: NewThreadRequest(title: "Fine title", body: String(repeating: "x", count: 20_001)), bearer: cy).errorCode == "invalid_body")
        #expect(try await client.send(.POST, path, json: NewThreadRequest(title: "Fine title", body: "bell \u{7}"), bearer: cy).errorCode == "invalid_body")
        #expect(try await client.send(.POST, "/api/problems/nope/discussions", json: NewThreadRequest(title: "Fine title", body: "text"), bearer: cy).errorCode == "problem_not_found")
        #expect(try await client.send(.GET, "/api/problems/a-plus-b/discussions?sort=random").status == 400)
        #expect(try await client.send(.GET, "/api/problems/a-plus-b/discussions").decode(DiscussionList.self).items.isEmpty)

        for n in 1...5 {
            #expect(try await client.send(.POST, path, json: NewThreadRequest(title: "Question \(n)", body: "text"), bearer: cy).status == 201)
        }
        let sixth = try await client.send(.POST, path, json: NewThreadRequest(title: "Question 6", body: "text"), bearer: cy)
        #expect(sixth.status == 429 && sixth.errorCode == "rate_limited" && sixth.header("retry-after") == "60")
        #expect(try await client.send(.GET, "/api/problems/a-plus-b/discussions?limit=100").decode(DiscussionList.self).items.count == 5)
    }

    @Test("a spoiler thread is withheld until the reader solved the problem, or asks to see it")
    func spoilers() async throws {
        let environment = try await CoreTestEnvironment.start()
        defer { Task { await environment.stop() } }
        let client = environment.core.client
        let dee = try await environment.core.signUp("dee")
        let eve = try await environment.core.signUp("eve")
        let spoiler = try await client.send(
            .POST, "/api/problems/a-plus-b/discussions",
            json: NewThreadRequest(title: "My accepted solution", body: "print(sum(map(int, input().split())))", spoiler: true), bearer: dee.accessToken
        ).decode(DiscussionThreadSummary.self)
        #expect(try await client.send(.POST, "/api/discussions/\(spoiler.id)/replies", json: NewReplyRequest(body: "Same idea in C."), bearer: dee.accessToken).status == 201)

        let list = try await client.send(.GET, "/api/problems/a-plus-b/discussions", bearer: eve.accessToken).decode(DiscussionList.self)
        #expect(!list.solved && list.items.first?.spoiler == true && list.items.first?.title == "My accepted solution")
        let hidden = try await client.send(.GET, "/api/discussions/\(spoiler.id)", bearer: eve.accessToken).decode(DiscussionThread.self)
        #expect(hidden.withheld && hidden.body == nil && hidden.replies.count == 1 && hidden.replies[0].body == nil)
        let anonymous = try await client.send(.GET, "/api/discussions/\(spoiler.id)").decode(DiscussionThread.self)
        #expect(anonymous.withheld && anonymous.body == nil)
        let revealed = try await client.send(.GET, "/api/discussions/\(spoiler.id)?reveal=1", bearer: eve.accessToken).decode(DiscussionThread.self)
        #expect(!revealed.withheld && revealed.body?.contains("print") == true && revealed.replies[0].body == "Same idea in C.")
        // The author always sees their own.
        #expect(try await client.send(.GET, "/api/discussions/\(spoiler.id)", bearer: dee.accessToken).decode(DiscussionThread.self).withheld == false)

        // Once eve solves the problem it opens by itself.
        let record = SubmissionRecord(
            idempotencyKey: "u\(eve.user.id):solve", userID: eve.user.id, problem: "a-plus-b", language: .python3, source: "print(1)",
            verdict: .accepted, region: "eu-west", submittedAt: Date())
        #expect(try await client.send(.POST, "/internal/submissions", json: record, headers: [(ArenaHeader.edgeSecret, TestCore.edgeSecret)]).status == 201)
        let opened = try await client.send(.GET, "/api/discussions/\(spoiler.id)", bearer: eve.accessToken).decode(DiscussionThread.self)
        #expect(!opened.withheld && opened.body != nil)
        #expect(try await client.send(.GET, "/api/problems/a-plus-b/discussions", bearer: eve.accessToken).decode(DiscussionList.self).solved)
    }

    @Test("reports reach the moderation queue; admins hide posts and lock threads, players cannot")
    func reportsAndModeration() async throws {
        let environment = try await CoreTestEnvironment.start()
        defer { Task { await environment.stop() } }
        let client = environment.core.client
        let fay = try await environment.core.signUp("fay").accessToken
        let gus = try await environment.core.signUp("gus").accessToken
        let admin = try await environment.core.signUp(TestCore.adminUsername).accessToken
        let path = "/api/problems/a-plus-b/discussions"
        let rude = try await client.send(.POST, path, json: NewThreadRequest(title: "Rude thread", body: "something rude"), bearer: fay).decode(DiscussionThreadSummary.self)
        let calm = try await client.send(.POST, path, json: NewThreadRequest(title: "Calm thread", body: "a question"), bearer: fay).decode(DiscussionThreadSummary.self)

        #expect(try await client.send(.POST, "/api/discussions/\(rude.id)/report", json: ReportRequest(reason: "insults"), bearer: gus).status == 201)
        #expect(try await client.send(.POST, "/api/discussions/\(rude.id)/report", json: ReportRequest(reason: "insults"), bearer: gus).errorCode == "already_reported")
        #expect(try await client.send(.POST, "/api/discussions/\(rude.id)/report", json: ReportRequest(reason: ""), bearer: gus).errorCode == "invalid_reason")
        #expect(try await client.send(.POST, "/api/discussions/424242/report", json: ReportRequest(reason: "spam"), bearer: gus).status == 404)

        // Players have no moderation powers.
        #expect(try await client.send(.GET, "/api/moderation/reports", bearer: gus).status == 403)
        #expect(try await client.send(.POST, "/api/discussions/\(rude.id)/moderate", json: ModerationRequest(hidden: true), bearer: gus).status == 403)
        #expect(try await client.send(.GET, "/api/discussions/\(rude.id)", bearer: gus).status == 200)

        struct Reports: Decodable { var items: [DiscussionReport] }
        let queue = try await client.send(.GET, "/api/moderation/reports", bearer: admin).decode(Reports.self).items
        #expect(queue.count == 1)
        let report = try #require(queue.first)
        #expect(report.postID == rude.id && report.reporter == "gus" && report.author == "fay" && report.excerpt == "something rude" && !report.postHidden)
        #expect(try await client.send(.POST, "/api/moderation/reports/\(report.id)/resolve", json: ResolveReportRequest(action: "hide"), bearer: admin).status == 200)
        #expect(try await client.send(.GET, "/api/moderation/reports", bearer: admin).decode(Reports.self).items.isEmpty)
        #expect(try await client.send(.POST, "/api/moderation/reports/\(report.id)/resolve", json: ResolveReportRequest(action: "hide"), bearer: admin).errorCode == "report_not_found")

        // Hidden: gone for players, marked for the admin and the author.
        #expect(try await client.send(.GET, "/api/discussions/\(rude.id)", bearer: gus).errorCode == "thread_not_found")
        #expect(try await client.send(.GET, path, bearer: gus).decode(DiscussionList.self).items.map(\.id) == [calm.id])
        #expect(try await client.send(.GET, "/api/discussions/\(rude.id)", bearer: admin).decode(DiscussionThread.self).thread.hidden)
        #expect(try await client.send(.GET, "/api/discussions/\(rude.id)", bearer: fay).decode(DiscussionThread.self).thread.hidden)
        #expect(try await client.send(.POST, "/api/discussions/\(rude.id)/replies", json: NewReplyRequest(body: "still here?"), bearer: gus).errorCode == "thread_not_found")

        // Locked: readable, no new replies; unlocking opens it again.
        #expect(try await client.send(.POST, "/api/discussions/\(calm.id)/moderate", json: ModerationRequest(locked: true), bearer: admin).status == 200)
        let locked = try await client.send(.POST, "/api/discussions/\(calm.id)/replies", json: NewReplyRequest(body: "late"), bearer: gus)
        #expect(locked.status == 409 && locked.errorCode == "thread_locked")
        #expect(try await client.send(.GET, "/api/discussions/\(calm.id)", bearer: gus).decode(DiscussionThread.self).thread.locked)
        #expect(try await client.send(.POST, "/api/discussions/\(calm.id)/moderate", json: ModerationRequest(locked: false), bearer: admin).status == 200)
        let reply = try await client.send(.POST, "/api/discussions/\(calm.id)/replies", json: NewReplyRequest(body: "now open"), bearer: gus).decode(DiscussionReply.self)

        // A hidden reply keeps its place, without its text, for other players.
        #expect(try await client.send(.POST, "/api/discussion-replies/\(reply.id)/moderate", json: ModerationRequest(hidden: true), bearer: admin).status == 200)
        #expect(try await client.send(.POST, "/api/discussion-replies/\(reply.id)/moderate", json: ModerationRequest(locked: true), bearer: admin).status == 400)
        let seen = try await client.send(.GET, "/api/discussions/\(calm.id)", bearer: fay).decode(DiscussionThread.self)
        #expect(seen.replies.map(\.hidden) == [true] && seen.replies[0].body == nil)
        #expect(try await client.send(.GET, "/api/discussions/\(calm.id)", bearer: admin).decode(DiscussionThread.self).replies[0].body == "now open")
    }

    @Test("an admin writes the editorial in the app: players read it once solved, and a package import keeps it")
    func editorialWrittenInTheApp() async throws {
        let environment = try await CoreTestEnvironment.start()
        defer { Task { await environment.stop() } }
        let client = environment.core.client
        let admin = try await environment.core.signUp(TestCore.adminUsername).accessToken
        let hal = try await environment.core.signUp("hal").accessToken
        struct Editorial: Codable { var editorial: String }
        let path = "/api/problems/a-plus-b/editorial"
        #expect(try await client.send(.PUT, path, json: Editorial(editorial: "Add them."), bearer: hal).status == 403)
        #expect(try await client.send(.PUT, path, json: Editorial(editorial: "   "), bearer: admin).errorCode == "invalid_editorial")
        #expect(try await client.send(.PUT, "/api/problems/nope/editorial", json: Editorial(editorial: "x"), bearer: admin).status == 404)
        #expect(try await client.send(.PUT, path, json: Editorial(editorial: "Read both numbers and print $a+b$."), bearer: admin).status == 200)
        #expect(try await client.send(.GET, path, bearer: admin).decode(Editorial.self).editorial == "Read both numbers and print $a+b$.")
        #expect(try await client.send(.GET, path, bearer: hal).errorCode == "solve_first")

        // Importing the package again (with its own editorial) keeps the one written here.
        let detail = try await client.send(.GET, "/api/problems/a-plus-b", bearer: admin).decode(ProblemDetail.self)
        var input = ProblemInput(
            slug: "a-plus-b", title: detail.title, statement: detail.statement, difficulty: detail.difficulty, timeLimitMs: detail.timeLimitMs,
            memoryLimitKb: detail.memoryLimitKb, tests: [TestCase(input: "1 2\n", output: "3\n", sample: true)])
        input.editorial = "The package's own text."
        #expect(try await client.send(.PUT, "/internal/problems/a-plus-b", json: input, headers: [(ArenaHeader.edgeSecret, TestCore.edgeSecret)]).status == 200)
        #expect(try await client.send(.GET, path, bearer: admin).decode(Editorial.self).editorial == "Read both numbers and print $a+b$.")
    }
}
