import Foundation
import Logging
import Replication
import ServiceLifecycle

/// Closes the sockets of sessions the core revoked (sign-out, refresh-token reuse), as the
/// core publishes them on `arena:revoked-sessions`. Pub/sub is at-most-once: a revocation
/// lost during a Redis outage is still enforced by the core on every API call, and the
/// socket ends when its access token expires (15 minutes at most, without re-auth).
struct SessionRevocationListener: Service {
    let subscriber: RedisSubscriber
    let sessions: SessionSockets
    let logger: Logger

    func run() async throws {
        for await event in self.subscriber.events.cancelOnGracefulShutdown() {
            guard case .message(let message) = event else { continue }
            let sid = message.payload.trimmingCharacters(in: .whitespacesAndNewlines)
            guard UUID(uuidString: sid) != nil else {
                self.logger.warning("ignoring malformed session revocation", metadata: ["payload": "\(message.payload.prefix(80))"])
                continue
            }
            self.sessions.revoke(session: sid.lowercased())
        }
    }
}
