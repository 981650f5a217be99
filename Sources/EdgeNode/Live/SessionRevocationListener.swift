import Foundation
import Logging
import Replication
import ServiceLifecycle
import Synchronization

/// Closes the sockets of sessions the core revoked (sign-out, refresh-token reuse), as the
/// core publishes them on `arena:revoked-sessions`. Pub/sub is at-most-once: a revocation
/// lost during a Redis outage is still enforced by the core on every API call, and the
/// socket ends when its access token expires (15 minutes at most, without re-auth).
final class SessionRevocationListener: Service, Sendable {
    let subscriber: RedisSubscriber
    let sessions: SessionSockets
    let logger: Logger
    /// Whether the subscription is live (the edge's readiness says so).
    private let subscribed = Mutex(false)
    var isSubscribed: Bool { self.subscribed.withLock { $0 } }

    init(subscriber: RedisSubscriber, sessions: SessionSockets, logger: Logger) {
        self.subscriber = subscriber
        self.sessions = sessions
        self.logger = logger
    }

    func run() async throws {
        for await event in self.subscriber.events.cancelOnGracefulShutdown() {
            if case .subscribed = event { self.subscribed.withLock { $0 = true } }
            if case .disconnected = event { self.subscribed.withLock { $0 = false } }
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
