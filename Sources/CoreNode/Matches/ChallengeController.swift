import ArenaHTTP
import HTTPTypes
import ArenaShared
import Foundation
import Hummingbird
import Logging
import Matches
import Prometheus
import Replication

/// Challenges are invitations (docs/social.md, "Challenges"): the challenger names the
/// players; each invited player is notified (socket + notifications list) and accepts or
/// declines within the accept window; only when all have accepted are they seated. A
/// challenge is rated only when asked for, and accepting a rated challenge is each
/// player's opt-in. Limits: creations per window, open challenges per player, rated
/// challenges per pair per day, and blocks.
struct ChallengeController: Sendable {
    let store: ChallengeStore
    let matches: MatchStore
    let creator: MatchCreator
    let redis: RedisClient
    let notifier: PlayerNotifier
    let settings: MatchSettings
    let policy: ChallengePolicy
    let metrics: CoreMetrics

    func addRoutes(to router: RouterGroup<CoreRequestContext>) {
        router.post("api/challenges", use: self.create)
        router.get("api/challenges", use: self.list)
        router.get("api/challenges/{id}", use: self.show)
        router.post("api/challenges/{id}/accept", use: self.accept)
        router.post("api/challenges/{id}/decline", use: self.decline)
        // Matches with named players used to start at once, without asking them.
        router.post("api/matches") { _, _ -> Response in
            throw APIError(
                .gone, code: "challenge_required",
                message: "a custom match starts as a challenge: POST /api/challenges; it begins when every invited player accepts")
        }
    }

    @Sendable func create(_ request: Request, context: CoreRequestContext) async throws -> Response {
        let identity = try context.requireIdentity()
        let challenge = try await request.decodeJSON(as: ChallengeRequest.self, limit: 16 * 1024)
        let wanted = self.settings.players(for: challenge.mode)
        let keys = challenge.players.map { $0.lowercased() }
        guard keys.count == wanted, Set(keys).count == wanted else {
            throw APIError.badRequest("a \(challenge.mode.rawValue) match has exactly \(wanted) different players", code: "invalid_match")
        }
        let me = identity.name.lowercased()
        guard keys.contains(me) else { throw APIError.forbidden("you can only challenge others to a match you play in") }
        let ids = try await self.matches.userIDs(usernames: keys)
        if let missing = keys.first(where: { ids[$0] == nil }) { throw APIError.notFound("no user '\(missing)'") }
        try await self.countCreation(by: identity.userID)
        let others = keys.filter { $0 != me }.map { ids[$0]! }
        let new = ChallengeStore.New(
            challengerID: identity.userID, mode: challenge.mode, userIDs: [identity.userID] + others, isPrivate: challenge.isPrivate ?? false,
            rated: challenge.rated ?? false, region: request.headers[ArenaHeader.regionField] ?? "")
        let view: ChallengeView
        do {
            view = try await self.store.create(new, now: Date())
        } catch let error as ChallengeError {
            throw error.apiError
        }
        self.metrics.challengesCreated.increment()
        await self.notifier.send(ChallengeFrame(type: "challenge:invited", challenge: view), to: others)
        return jsonResponse(view, status: .created)
    }

    @Sendable func list(_ request: Request, context: CoreRequestContext) async throws -> Response {
        let identity = try context.requireIdentity()
        return jsonResponse(["items": try await self.store.list(userID: identity.userID, now: Date())])
    }

    @Sendable func show(_ request: Request, context: CoreRequestContext) async throws -> Response {
        let identity = try context.requireIdentity()
        let id = try Self.challengeID(context)
        guard let view = try await self.store.view(id: id, now: Date()), view.players.contains(where: { $0.userID == identity.userID }) else {
            throw APIError.notFound("no such challenge")
        }
        return jsonResponse(view)
    }

    @Sendable func accept(_ request: Request, context: CoreRequestContext) async throws -> Response {
        let answered = try await self.respond(.accept, context: context)
        guard answered.start else { return try await self.announce(answered.view) }
        let view = try await self.start(id: try Self.challengeID(context), answered.view, region: request.headers[ArenaHeader.regionField] ?? "")
        self.metrics.challengesStarted.increment()
        return try await self.announce(view)
    }

    @Sendable func decline(_ request: Request, context: CoreRequestContext) async throws -> Response {
        try await self.announce(try await self.respond(.decline, context: context).view)
    }

    /// The caller's answer to the challenge in the path, with the store's refusals as API errors.
    private func respond(_ answer: ChallengeStore.Answer, context: CoreRequestContext) async throws -> (view: ChallengeView, start: Bool) {
        let identity = try context.requireIdentity()
        let id = try Self.challengeID(context)
        do {
            return try await self.store.respond(id: id, userID: identity.userID, answer, now: Date())
        } catch let error as ChallengeError {
            throw error.apiError
        }
    }

    /// Tells every player of the challenge what changed, and answers with it.
    private func announce(_ view: ChallengeView) async throws -> Response {
        await self.notifier.send(ChallengeFrame(type: "challenge:updated", challenge: view), to: view.players.map(\.userID))
        return jsonResponse(view)
    }

    /// Seats the players, each in the region of their last live socket (edges note it when a
    /// socket opens), the accepting player's region for one never seen live.
    private func start(id: UUID, _ view: ChallengeView, region: String) async throws -> ChallengeView {
        let users = view.players.map(\.userID)
        let seen = (try? await self.redis.send(["MGET"] + users.map { MatchKeys.playerRegion($0) }).elements?.map(\.string)) ?? []
        let seats = users.enumerated().map { index, user in
            MatchStore.Seat(userID: user, region: (index < seen.count ? seen[index] : nil) ?? region)
        }
        let state: MatchState
        do {
            state = try await self.creator.create(
                mode: view.mode, seats: seats, isPrivate: view.isPrivate, rated: view.rated, ownerRegion: seats.first?.region ?? region,
                mustBeQueued: false)
        } catch let failure as MatchCreator.Failure {
            await self.store.startFailed(id: id)
            let names = Dictionary(view.players.map { ($0.userID, $0.username) }, uniquingKeysWith: { first, _ in first })
            throw APIError.conflict(
                failure.description(naming: { names[$0] ?? "player \($0)" }) + "; your acceptance is kept: accept again when they are free",
                code: "player_unavailable")
        } catch let error as MatchStore.CreateError {
            await self.store.startFailed(id: id)
            throw APIError.conflict(error.description, code: "cannot_create_match")
        } catch {
            await self.store.startFailed(id: id)
            throw error
        }
        guard let id = UUID(uuidString: view.id), let matchID = UUID(uuidString: state.id),
            let started = try await self.store.started(id: id, match: matchID, now: Date())
        else { return view }
        return started
    }

    /// Creations per player per window, counted in Redis (shared by every core).
    private func countCreation(by userID: Int64) async throws {
        let key = MatchKeys.challengeCount(userID)
        let window = String(self.policy.creationWindow.components.seconds)
        let replies = try await self.redis.pipeline([["INCR", key], ["EXPIRE", key, window, "NX"], ["TTL", key]])
        let count = replies.first?.int ?? 0
        guard count <= self.policy.creationLimit else {
            let wait = max(1, replies.last?.int ?? 1)
            self.metrics.challengesRefused.increment()
            throw APIError(
                .tooManyRequests, code: "rate_limited", message: "you sent \(self.policy.creationLimit) challenges recently; wait \(wait) s",
                headers: [.retryAfter: String(wait)])
        }
    }

    static func challengeID(_ context: CoreRequestContext) throws -> UUID {
        guard let id = UUID(uuidString: try context.parameters.require("id")) else { throw APIError.notFound("no such challenge") }
        return id
    }
}
