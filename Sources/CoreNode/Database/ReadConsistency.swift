import ArenaHTTP
import ArenaShared
import Hummingbird
import Logging
import Replication

/// Read-your-writes across replicas. After a user's write the core stores the commit
/// position for that user in Redis for a short window (so it holds on every core and
/// behind every edge); a later read by that user, or one carrying
/// `X-Arena-Min-LSN`, is served by a replica only once it has replayed that far.
struct ReadConsistency: Sendable {
    let cluster: DatabaseCluster
    let redis: RedisClient
    let window: Duration
    let metrics: CoreMetrics
    let logger: Logger

    static func key(for userID: Int64) -> String { "arena:ryw:user:\(userID)" }

    /// Call after a committed write; returns the position to hand back to the writer.
    func recordWrite(by userID: Int64?) async throws -> LogSequenceNumber {
        let position = try await self.cluster.currentWritePosition()
        if let userID {
            do {
                _ = try await self.redis.set(Self.key(for: userID), position.description, expiresIn: self.window)
            } catch {
                // The writer still gets the position in the response header.
                self.logger.warning("could not record write position", metadata: ["error": "\(error)"])
            }
        }
        return position
    }

    func reader(for request: Request, identity: AccessToken?, region: String?) async -> DatabaseCluster.Reader {
        var minimum = request.headers[ArenaHeader.minimumLSNField].flatMap { LogSequenceNumber($0) }
        if let identity {
            do {
                if let stored = try await self.redis.get(Self.key(for: identity.userID)).flatMap({ LogSequenceNumber($0) }) {
                    minimum = max(minimum ?? stored, stored)
                }
            } catch {
                // Without knowing the user's last write, only the primary is safe.
                self.metrics.readServed(by: "primary")
                return DatabaseCluster.Reader(client: self.cluster.primary, name: "primary")
            }
        }
        let reader = await self.cluster.reader(region: region, atLeast: minimum)
        self.metrics.readServed(by: reader.name)
        return reader
    }
}
