import ArenaShared
import ArenaTestSupport
@testable import CoreNode
import Foundation
import LocalDeployment
import NIOHTTP1
import Testing

@Suite("Notifications: clan invites and joins, badges, preferences per kind, email when asked for", .timeLimit(.minutes(3)))
struct NotificationKindsTests {
    struct Listed: Decodable {
        struct Item: Decodable {
            var kind: String
            var clan: ClanNotice?
            var badge: BadgeNotice?
            var read: Bool
        }
        var items: [Item]
        var unread: Int
    }

    @Test("a clan invite, a member joining and a first badge each reach the right player's list")
    func kinds() async throws {
        let environment = try await CoreTestEnvironment.start()
        defer { Task { await environment.stop() } }
        let client = environment.core.client
        let lead = try await environment.core.signUp("lead")
        let newcomer = try await environment.core.signUp("newcomer")
        #expect(try await client.send(.POST, "/api/clans", json: CreateClanRequest(name: "Night Owls", tag: "OWL"), bearer: lead.accessToken).status == 201)
        #expect(try await client.send(.POST, "/api/clans/OWL/invites", json: ClanInviteRequest(username: "newcomer"), bearer: lead.accessToken).status == 201)
        let invited = try await client.send(.GET, "/api/notifications", bearer: newcomer.accessToken).decode(Listed.self)
        #expect(invited.items.map(\.kind) == ["clan-invite"] && invited.items.first?.clan == ClanNotice(clan: "OWL", from: "lead"))
        #expect(try await client.send(.POST, "/api/clans/OWL/join", bearer: newcomer.accessToken).status == 200)
        let joined = try await client.send(.GET, "/api/notifications", bearer: lead.accessToken).decode(Listed.self)
        #expect(joined.items.map(\.kind) == ["clan-join"] && joined.items.first?.clan == ClanNotice(clan: "OWL", from: "newcomer"))

        let record = SubmissionRecord(
            idempotencyKey: "u\(newcomer.user.id):1", userID: newcomer.user.id, problem: "a-plus-b", language: .python3, source: "print(3)",
            verdict: .accepted, region: "eu-west", submittedAt: Date())
        #expect(try await client.send(.POST, "/internal/submissions", json: record, headers: [(ArenaHeader.edgeSecret, TestCore.edgeSecret)]).status == 201)
        let badge = try await client.send(.GET, "/api/notifications", bearer: newcomer.accessToken).decode(Listed.self)
        #expect(badge.items.first?.kind == "badge" && badge.items.first?.badge == BadgeNotice(badge: "first-solve") && badge.unread == 2)
    }

    @Test("preferences per kind: defaults, changes, unknown kinds refused; off means no entry, email-only means a mail and a read entry")
    func preferencesAndEmail() async throws {
        let mail = try await TestMailServer.start()
        let environment = try await CoreTestEnvironment.start { configuration in
            configuration.mail.smtpPort = mail.port
            configuration.mail.pollInterval = .milliseconds(200)
        }
        defer { Task { await environment.stop(); await mail.stop() } }
        let client = environment.core.client
        let author = try await environment.core.signUp("author").accessToken
        let replier = try await environment.core.signUp("replier").accessToken

        let defaults = try await client.send(.GET, "/api/notifications/preferences", bearer: author).decode(NotificationPreferences.self)
        #expect(defaults.kinds.count == NotificationKind.allCases.count)
        #expect(defaults.kinds.values.allSatisfy { $0 == NotificationPreference(inApp: true, email: false) })
        let unknown = try await client.send(.PUT, "/api/notifications/preferences", json: NotificationPreferences(kinds: ["spam": .init(inApp: true, email: true)]), bearer: author)
        #expect(unknown.errorCode == "unknown_kind")

        // Email only for replies, once the address is confirmed.
        #expect(try await client.send(.PUT, "/api/account/email", json: SetEmailRequest(email: "author@example.org"), bearer: author).status == 200)
        let confirm = try await mail.waitForMessage(to: "author@example.org", subject: "Confirm")
        #expect(try await client.send(.POST, "/api/account/email/verify", json: EmailVerification(token: try #require(TestMailServer.token(in: confirm)))).status == 200)
        let changed = try await client.send(
            .PUT, "/api/notifications/preferences", json: NotificationPreferences(kinds: ["reply": .init(inApp: false, email: true), "badge": .init(inApp: false, email: false)]),
            bearer: author
        ).decode(NotificationPreferences.self)
        #expect(changed.kinds["reply"] == NotificationPreference(inApp: false, email: true) && changed.kinds["clan-invite"]?.inApp == true)

        let thread = try await client.send(
            .POST, "/api/problems/a-plus-b/discussions", json: NewThreadRequest(title: "Mail me replies", body: "please"), bearer: author
        ).decode(DiscussionThreadSummary.self)
        #expect(try await client.send(.POST, "/api/discussions/\(thread.id)/replies", json: NewReplyRequest(body: "here you go"), bearer: replier).status == 201)
        let mailed = try await mail.waitForMessage(to: "author@example.org", subject: "replied to your thread")
        #expect(mailed.body.contains("replier replied to your thread \"Mail me replies\"") && mailed.body.contains("/#/discuss/\(thread.id)?reply="))
        let listed = try await client.send(.GET, "/api/notifications", bearer: author).decode(Listed.self)
        #expect(listed.unread == 0 && listed.items.map(\.kind) == ["reply"] && listed.items[0].read, "email-only: in the list as read, not counted")
    }
}
