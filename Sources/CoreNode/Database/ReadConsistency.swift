import ArenaHTTP
import ArenaShared
import Hummingbird
import Logging
import PostgresNIO
import Replication

/// Read-your-writes across replicas. After a user's write the core stores the commit
/// position for that user in Redis for a short window (so it holds on every core and
/// behind every edge); a later read by that user, or one carrying
/// `X-Arena-Min-LSN`, is served by a replica only once it has replayed that far.
struct ReadConsistency: Sendable {
    let cluster: DatabaseCluster
    let redis: RedisClient
    let window: Duration
    var replicaReadTimeout: Duration = .seconds(2)
    let metrics: CoreMetrics
    let logger: Logger

    static func key(for userID: Int64) -> String { "arena:ryw:user:\(userID)" }

    /// Call after a committed write; returns the position to hand back to the writer,
    /// or nil when it cannot be had quickly (the write stands; the writer's next reads
    /// then simply may be served by the primary or a replica that already has it).
    func recordWrite(by userID: Int64?) async -> LogSequenceNumber? {
        let cluster = self.cluster
        guard let position = try? await withDeadline(.seconds(1), "write position", { try await cluster.currentWritePosition() }) else {
            self.logger.warning("could not read the write position after a commit")
            return nil
        }
        if let userID {
            do {
                let redis = self.redis
                let key = Self.key(for: userID)
                let window = self.window
                _ = try await withDeadline(Self.redisTimeout, "record write position") {
                    try await redis.set(key, position.description, expiresIn: window)
                }
            } catch {
                // The writer still gets the position in the response header.
                self.logger.warning("could not record write position", metadata: ["error": "\(error)"])
            }
        }
        return position
    }

    static let redisTimeout = Duration.milliseconds(200)

    /// Runs a read on the database chosen for this request. A replica read is bounded
    /// by a timeout and falls back to the primary on any failure (replica down, or
    /// behind a schema change), taking the replica out of rotation until the monitor
    /// sees it healthy again — a dead replica costs one timeout, not an outage.
    func read<Value: Sendable>(
        for request: Request, identity: AccessToken?, _ body: @escaping @Sendable (PostgresClient) async throws -> Value
    ) async throws -> (value: Value, servedBy: String) {
        let reader = await self.reader(for: request, identity: identity, region: request.headers[ArenaHeader.regionField])
        if reader.name == "primary" { return (try await body(reader.client), reader.name) }
        do {
            return (try await withDeadline(self.replicaReadTimeout, "read on \(reader.name)") { try await body(reader.client) }, reader.name)
        } catch is CancellationError where Task.isCancelled {
            throw CancellationError()
        } catch {
            self.logger.warning("replica read failed; retrying on the primary", metadata: ["replica": "\(reader.name)", "error": "\(String(reflecting: error))"])
            self.cluster.takeOutOfRotation(reader.name)
            self.metrics.readServed(by: "primary")
            return (try await body(self.cluster.primary), "primary")
        }
    }

    func reader(for request: Request, identity: AccessToken?, region: String?) async -> DatabaseCluster.Reader {
        // A position beyond anything the primary has written is clamped, so a forged
        // header cannot force every read onto the primary.
        var minimum = request.headers[ArenaHeader.minimumLSNField].flatMap { LogSequenceNumber($0) }.map { self.cluster.clamp($0) }
        if let identity {
            do {
                let redis = self.redis
                let key = Self.key(for: identity.userID)
                let text = try await withDeadline(Self.redisTimeout, "read write position") { try await redis.get(key) }
                if let stored = text.flatMap({ LogSequenceNumber($0) }) {
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
