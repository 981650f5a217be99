import ArenaHTTP
import ArenaShared
import Foundation
import Hummingbird
import Logging

/// Discussions on problems: threads, replies, votes and reports for players; hiding,
/// locking and the report queue for admins. Lists and threads are replica reads (a
/// player's own posts show at once through read-your-writes); everything else writes
/// to the primary. A reply notifies the thread's author (`NotificationPusher` delivers it).
struct DiscussionController: Sendable {
    let store: DiscussionStore
    let consistency: ReadConsistency

    func addRoutes(to router: RouterGroup<CoreRequestContext>) {
        router.get("api/problems/{slug}/discussions", use: self.list)
        router.post("api/problems/{slug}/discussions", use: self.create)
        router.get("api/discussions/{id}", use: self.thread)
        router.post("api/discussions/{id}/replies", use: self.reply)
        for (prefix, kind) in [("api/discussions", DiscussionPostKind.thread), ("api/discussion-replies", .reply)] {
            router.post(RouterPath("\(prefix)/{id}/vote")) { request, context in try await self.vote(kind, request, context) }
            router.post(RouterPath("\(prefix)/{id}/report")) { request, context in try await self.report(kind, request, context) }
            router.post(RouterPath("\(prefix)/{id}/moderate")) { request, context in try await self.moderate(kind, request, context) }
        }
        router.get("api/moderation/reports", use: self.reports)
        router.post("api/moderation/reports/{id}/resolve", use: self.resolve)
    }

    @Sendable func list(_ request: Request, context: CoreRequestContext) async throws -> Response {
        let slug = try context.parameters.require("slug")
        let query = request.uri.queryParameters
        guard let sort = DiscussionStore.Sort(rawValue: query.get("sort") ?? "active") else {
            throw APIError.badRequest("sort is one of \(DiscussionStore.Sort.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        let limit = query.get("limit").flatMap { Int($0) } ?? 30
        let offset = query.get("offset").flatMap { Int($0) } ?? 0
        guard (1...100).contains(limit), (0...10_000).contains(offset) else { throw APIError.badRequest("limit is 1...100 and offset 0...10000") }
        let viewer = Self.viewer(context)
        let store = self.store
        let (found, servedBy) = try await self.consistency.read(for: request, identity: context.identity) { client in
            try await store.threads(problem: slug, viewer: viewer, sort: sort, limit: limit, offset: offset, on: client)
        }
        guard let found else { throw APIError(.notFound, code: "problem_not_found", message: "no problem '\(slug)'") }
        return jsonResponse(found, headers: [ArenaHeader.servedByField: servedBy])
    }

    @Sendable func create(_ request: Request, context: CoreRequestContext) async throws -> Response {
        let identity = try context.requireIdentity()
        let slug = try context.parameters.require("slug")
        let limits = self.store.limits
        let input = try await request.decodeJSON(as: NewThreadRequest.self, limit: limits.bodyBytes.upperBound + 4096)
        let title = try Self.text(input.title, field: "title", characters: limits.titleLength, singleLine: true)
        let body = try Self.body(input.body, limits: limits)
        do {
            let thread = try await self.store.createThread(problem: slug, author: identity.userID, title: title, body: body, spoiler: input.spoiler ?? false)
            context.logger.info("discussion thread created", metadata: ["thread": "\(thread.id)", "problem": "\(slug)", "user_id": "\(identity.userID)"])
            return await self.respondAfterWrite(thread, status: .created, by: identity)
        } catch let failure as DiscussionStore.Failure {
            throw Self.apiError(failure)
        }
    }

    @Sendable func thread(_ request: Request, context: CoreRequestContext) async throws -> Response {
        let id = try Self.id(context)
        let viewer = Self.viewer(context)
        let reveal = request.uri.queryParameters.get("reveal") == "1"
        let store = self.store
        let (found, servedBy) = try await self.consistency.read(for: request, identity: context.identity) { client in
            try await store.thread(id: id, viewer: viewer, reveal: reveal, on: client)
        }
        guard let found else { throw APIError(.notFound, code: "thread_not_found", message: "no discussion thread \(id)") }
        return jsonResponse(found, headers: [ArenaHeader.servedByField: servedBy])
    }

    @Sendable func reply(_ request: Request, context: CoreRequestContext) async throws -> Response {
        let identity = try context.requireIdentity()
        let id = try Self.id(context)
        let limits = self.store.limits
        let input = try await request.decodeJSON(as: NewReplyRequest.self, limit: limits.bodyBytes.upperBound + 4096)
        let body = try Self.body(input.body, limits: limits)
        do {
            // The author's notification is delivered live by NotificationPusher once committed.
            let (reply, _, _) = try await self.store.reply(to: id, author: identity.userID, body: body)
            return await self.respondAfterWrite(reply, status: .created, by: identity)
        } catch let failure as DiscussionStore.Failure {
            throw Self.apiError(failure)
        }
    }

    func vote(_ kind: DiscussionPostKind, _ request: Request, _ context: CoreRequestContext) async throws -> Response {
        let identity = try context.requireIdentity()
        let id = try Self.id(context)
        let input = try await request.decodeJSON(as: VoteRequest.self, limit: 256)
        guard [-1, 0, 1].contains(input.value) else { throw APIError.badRequest("a vote is 1, -1 or 0 (withdraw)", code: "invalid_vote") }
        do {
            let score = try await self.store.vote(post: kind, id: id, voter: identity.userID, value: input.value)
            return await self.respondAfterWrite(["score": score, "myVote": input.value], status: .ok, by: identity)
        } catch let failure as DiscussionStore.Failure {
            throw Self.apiError(failure)
        }
    }

    func report(_ kind: DiscussionPostKind, _ request: Request, _ context: CoreRequestContext) async throws -> Response {
        let identity = try context.requireIdentity()
        let id = try Self.id(context)
        let input = try await request.decodeJSON(as: ReportRequest.self, limit: 4096)
        let reason = try Self.text(input.reason, field: "reason", characters: self.store.limits.reasonLength, singleLine: false)
        do {
            try await self.store.report(post: kind, id: id, reporter: identity.userID, reason: reason)
            context.logger.info("discussion post reported", metadata: ["post": "\(kind.rawValue) \(id)", "user_id": "\(identity.userID)"])
            return jsonResponse(["reported": id], status: .created)
        } catch let failure as DiscussionStore.Failure {
            throw Self.apiError(failure)
        }
    }

    func moderate(_ kind: DiscussionPostKind, _ request: Request, _ context: CoreRequestContext) async throws -> Response {
        let admin = try context.requireAdmin()
        let id = try Self.id(context)
        let input = try await request.decodeJSON(as: ModerationRequest.self, limit: 256)
        guard input.hidden != nil || input.locked != nil else { throw APIError.badRequest("say hidden and/or locked") }
        guard input.locked == nil || kind == .thread else { throw APIError.badRequest("only threads can be locked") }
        do {
            try await self.store.moderate(post: kind, id: id, hidden: input.hidden, locked: input.locked, by: admin.userID)
            context.logger.notice(
                "discussion post moderated",
                metadata: ["post": "\(kind.rawValue) \(id)", "hidden": "\(input.hidden.map(String.init) ?? "-")", "locked": "\(input.locked.map(String.init) ?? "-")", "admin_id": "\(admin.userID)"])
            return await self.respondAfterWrite(["moderated": id], status: .ok, by: admin)
        } catch let failure as DiscussionStore.Failure {
            throw Self.apiError(failure)
        }
    }

    @Sendable func reports(_ request: Request, context: CoreRequestContext) async throws -> Response {
        _ = try context.requireAdmin()
        let limit = request.uri.queryParameters.get("limit").flatMap { Int($0) } ?? 50
        guard (1...200).contains(limit) else { throw APIError.badRequest("limit is 1...200") }
        // From the primary: a moderator acts on what they see, so it must be current.
        return jsonResponse(["items": try await self.store.openReports(limit: limit, on: self.store.primary)])
    }

    @Sendable func resolve(_ request: Request, context: CoreRequestContext) async throws -> Response {
        let admin = try context.requireAdmin()
        let id = try Self.id(context)
        let input = try await request.decodeJSON(as: ResolveReportRequest.self, limit: 256)
        guard ["hide", "dismiss"].contains(input.action) else { throw APIError.badRequest("action is hide or dismiss") }
        do {
            try await self.store.resolve(report: id, hide: input.action == "hide", by: admin.userID)
            return await self.respondAfterWrite(["resolved": id], status: .ok, by: admin)
        } catch DiscussionStore.Failure.noPost {
            throw APIError(.notFound, code: "report_not_found", message: "no open report \(id)")
        }
    }

    // MARK: helpers

    private static func viewer(_ context: CoreRequestContext) -> DiscussionStore.Viewer {
        DiscussionStore.Viewer(userID: context.identity?.userID, isAdmin: context.identity?.isAdmin ?? false)
    }

    private static func id(_ context: CoreRequestContext) throws -> Int64 {
        guard let id = Int64(try context.parameters.require("id")), id > 0 else { throw APIError.notFound("no such post") }
        return id
    }

    /// Trimmed text of `characters` length; control characters other than new lines and tabs are refused.
    static func text(_ raw: String, field: String, characters: ClosedRange<Int>, singleLine: Bool) throws -> String {
        let text = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        guard characters.contains(text.count) else {
            throw APIError.badRequest("\(field) is \(characters.lowerBound) to \(characters.upperBound) characters", code: "invalid_\(field)")
        }
        let allowed: Set<Unicode.Scalar> = singleLine ? [] : ["\n", "\t", "\r"]
        guard !text.unicodeScalars.contains(where: { $0.properties.generalCategory == .control && !allowed.contains($0) }) else {
            throw APIError.badRequest("\(field) has control characters\(singleLine ? " or line breaks" : "")", code: "invalid_\(field)")
        }
        return text
    }

    private static func body(_ raw: String, limits: DiscussionLimits) throws -> String {
        let body = try Self.text(raw, field: "body", characters: 1...Int.max, singleLine: false)
        guard limits.bodyBytes.contains(body.utf8.count) else {
            throw APIError.badRequest("a post is at most \(limits.bodyBytes.upperBound / 1000) kB of Markdown", code: "invalid_body")
        }
        return body
    }

    static func apiError(_ failure: DiscussionStore.Failure) -> APIError {
        switch failure {
        case .noProblem: APIError(.notFound, code: "problem_not_found", message: "no such problem")
        case .noThread: APIError(.notFound, code: "thread_not_found", message: "no such discussion thread")
        case .noPost: APIError(.notFound, code: "post_not_found", message: "no such post")
        case .locked: APIError.conflict("this thread is locked by a moderator: no new replies", code: "thread_locked")
        case .ownPost: APIError.badRequest("you cannot vote on your own post", code: "own_post")
        case .alreadyReported: APIError.conflict("you already reported this post; a moderator will look at it", code: "already_reported")
        case .tooFast(let wait):
            APIError(.tooManyRequests, code: "rate_limited", message: "you are posting too fast; wait \(wait) s", headers: [.retryAfter: String(wait)])
        }
    }

    private func respondAfterWrite(_ value: some Encodable, status: HTTPResponse.Status, by identity: AccessToken) async -> Response {
        var headers: HTTPFields = [ArenaHeader.servedByField: "primary"]
        if let position = await self.consistency.recordWrite(by: identity.userID) {
            headers[ArenaHeader.commitLSNField] = position.description
        }
        return jsonResponse(value, status: status, headers: headers)
    }
}
