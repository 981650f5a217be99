import ArenaShared
import Foundation
import Logging
import Matches
import Replication

/// Sends a frame to named players on whichever edges they are connected to
/// (`arena:notices`). Best effort: the notifications list keeps what a player must not miss.
struct PlayerNotifier: Sendable {
    let redis: RedisClient
    let logger: Logger

    func send(_ frame: some Encodable, to users: [Int64]) async {
        guard !users.isEmpty else { return }
        do {
            let text = String(decoding: try ArenaJSON.encoder().encode(frame), as: UTF8.self)
            let notice = String(decoding: try ArenaJSON.encoder().encode(PlayerNotice(users: users, frame: text)), as: UTF8.self)
            _ = try await self.redis.publish(MatchKeys.noticesChannel, notice)
        } catch {
            self.logger.notice("player notice not published", metadata: ["error": "\(error)"])
        }
    }
}
