import ArenaShared
import Foundation
import Logging
import Replication

/// Tells every edge that a session ended (sign-out, refresh-token reuse), so they close its
/// open WebSockets within moments instead of when the access token expires. Published on
/// `arena:revoked-sessions` as the session id. A lost message (Redis down) is not a hole:
/// the core refuses the session on every API call, and sockets close when the token expires.
struct SessionRevocationPublisher: Sendable {
    static let channel = "arena:revoked-sessions"
    let redis: RedisClient
    let logger: Logger

    func revoked(_ sessionID: UUID) async {
        do {
            let redis = self.redis
            _ = try await withDeadline(.seconds(1), "publish session revocation") {
                try await redis.publish(Self.channel, sessionID.uuidString.lowercased())
            }
        } catch {
            self.logger.warning(
                "could not tell the edges of a revoked session; its sockets close when the access token expires",
                metadata: ["session": "\(sessionID)", "error": "\(error)"])
        }
    }
}
