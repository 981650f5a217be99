import ArenaShared
import Foundation
import Logging
import Matches
import Replication

/// Sets up a match everywhere it must exist, in an order that never strands a player:
/// seats the players in Redis (atomically: nobody in two matches), records the match in
/// PostgreSQL, stores the first snapshot, lists it as live (so some edge owns it) and
/// announces it on `arena:lobby`. A failure undoes the earlier steps.
struct MatchCreator: Sendable {
    let store: MatchStore
    let redis: RedisClient
    let settings: MatchSettings
    let metrics: CoreMetrics
    let logger: Logger
    /// The owner region for a new match (a draining region owns no new matches).
    var ownerFor: @Sendable (_ preferred: String, _ candidates: [String]) async -> String = { preferred, _ in preferred }

    enum Failure: Error, CustomStringConvertible {
        /// A player is already in a live match, or (matchmaker) left the queue meanwhile.
        case playerUnavailable(userID: Int64?, inMatch: Bool)

        var description: String { self.description(naming: { "player \($0)" }) }

        /// The message with the player named as the caller knows them (a username).
        func description(naming name: (Int64) -> String) -> String {
            switch self {
            case .playerUnavailable(let user, let inMatch):
                let who = user.map(name) ?? "a player"
                return inMatch ? "\(who) is already in a live match" : "\(who) is no longer queued"
            }
        }
    }

    func create(
        mode: MatchMode, seats: [MatchStore.Seat], isPrivate: Bool, rated: Bool = true, ownerRegion preferred: String, mustBeQueued: Bool
    ) async throws -> MatchState {
        let ownerRegion = await self.ownerFor(preferred, seats.map(\.region))
        let id = UUID()
        let matchID = id.uuidString.lowercased()
        let playerKeys = seats.map { MatchKeys.playerMatch($0.userID) }
        let seated = try await self.redis.eval(
            MatchScripts.seatPlayers, keys: [MatchKeys.queueMembers] + MatchScripts.allQueueKeys + playerKeys,
            arguments: [matchID, String(MatchKeys.snapshotTTLSeconds * 1000), mustBeQueued ? "1" : "0", mode.rawValue] + seats.map { String($0.userID) })
        guard seated.string == "ok" else {
            let reason = seated.string ?? "unknown"
            let user = reason.split(separator: ":").last.flatMap { Int64($0) }
            throw Failure.playerUnavailable(userID: user, inMatch: reason.hasPrefix("in_match"))
        }
        let state: MatchState
        do {
            state = try await self.store.create(
                id: id, mode: mode, seats: seats, isPrivate: isPrivate, rated: rated, settings: self.settings, ownerRegion: ownerRegion, now: Date())
        } catch {
            await self.release(playerKeys)
            throw error
        }
        do {
            let snapshot = String(decoding: try ArenaJSON.encoder().encode(state), as: UTF8.self)
            let found = MatchFound(match: matchID, mode: mode, players: seats.map(\.userID), ownerRegion: ownerRegion, isPrivate: isPrivate)
            let announcement = String(decoding: try ArenaJSON.encoder().encode(found), as: UTF8.self)
            let replies = try await self.redis.pipeline([
                ["HSET", MatchKeys.snapshot(matchID), "state", snapshot, "spectators", "0"],
                ["EXPIRE", MatchKeys.snapshot(matchID), String(MatchKeys.snapshotTTLSeconds)],
                ["SADD", MatchKeys.liveMatches, matchID],
                ["PUBLISH", MatchKeys.lobbyChannel, announcement],
            ])
            if let failed = replies.first(where: { if case .error = $0 { true } else { false } }) {
                throw RedisError.server("\(failed)")
            }
        } catch {
            await self.store.abort(id: id)
            await self.release(playerKeys)
            _ = try? await self.redis.send(["SREM", MatchKeys.liveMatches, matchID])
            throw error
        }
        self.metrics.matchCreated(mode)
        self.logger.info("match created", metadata: ["match": "\(matchID)", "mode": "\(mode.rawValue)", "owner_region": "\(ownerRegion)"])
        return state
    }

    private func release(_ playerKeys: [String]) async {
        guard !playerKeys.isEmpty else { return }
        _ = try? await self.redis.send(["DEL"] + playerKeys)
    }
}
