import ArenaShared
import Foundation
import Matches
import NIOHTTP1

extension TestHTTPClient {
    /// A custom match started the way players start one: the first token's player sends the
    /// challenge, every other token's player accepts it. Returns the reply that decided it:
    /// the last accept (200, the challenge with its `match`), or the first refusal.
    @discardableResult
    public func startMatch(_ challenge: ChallengeRequest, tokens: [String]) async throws -> Reply {
        let created = try await self.send(.POST, "/api/challenges", json: challenge, bearer: tokens[0])
        guard created.status == 201 else { return created }
        let id = try created.decode(ChallengeView.self).id
        var last = created
        for token in tokens.dropFirst() {
            last = try await self.send(.POST, "/api/challenges/\(id)/accept", bearer: token)
            guard last.status == 200 else { return last }
        }
        return last
    }
}

extension TestHTTPClient.Reply {
    /// The match a started challenge seated (nil if it did not start).
    public var startedMatch: String? { (try? self.decode(ChallengeView.self))?.match }
}
