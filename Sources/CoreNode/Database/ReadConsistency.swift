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
    /// The highest write position any core has seen: every core clamps client-supplied
    /// positions against it, not only against its own writes.
    static let highestKey = "arena:ryw:highest"
    static let highestTTL = Duration.seconds(86_400)

    /// Call after a committed write; returns the position to hand back to the writer,
    /// or nil when it cannot be had quickly (the write stands; the writer's next reads
    /// then simply may be served by the primary or a replica that already has it).
    func recordWrite(by userID: Int64?) async -> LogSequenceNumber? {
        await self.recordWrite(by: userID.map { [$0] } ?? [])
    }

    /// The same for a write that changes what several users read (a match result: every
    /// player's rating, XP and history).
    func recordWrite(by userIDs: [Int64]) async -> LogSequenceNumber? {
        let cluster = self.cluster
        guard let position = try? await withDeadline(.seconds(1), "write position", { try await cluster.currentWritePosition() }) else {
            self.logger.warning("could not read the write position after a commit")
            return nil
        }
        do {
            let redis = self.redis
            let commands = Self.storeCommands(position, users: userIDs, window: self.window)
            _ = try await withDeadline(Self.redisTimeout, "record write position") { try await redis.pipeline(commands) }
        } catch {
            // The writer still gets the position in the response header.
            self.logger.warning("could not record write position", metadata: ["error": "\(error)"])
        }
        return position
    }

    /// Stores `position` for each user, and as the shared highest, where it is higher than
    /// what is there: two cores committing at once never move a user's position back.
    static func storeCommands(_ position: LogSequenceNumber, users: [Int64], window: Duration) -> [[String]] {
        let milliseconds = { (duration: Duration) in String(duration.components.seconds * 1000 + duration.components.attoseconds / 1_000_000_000_000_000) }
        var commands = [["EVAL", storeIfHigher, "1", highestKey, position.description, milliseconds(highestTTL)]]
        if !users.isEmpty {
            commands.append(["EVAL", storeIfHigher, String(users.count)] + users.map { key(for: $0) } + [position.description, milliseconds(window)])
        }
        return commands
    }

    /// KEYS: positions to raise; ARGV[1]: the position ("X/Y", hex halves); ARGV[2]: their
    /// lifetime in ms (renewed either way). Returns how many keys it raised.
    static let storeIfHigher = """
        local function parse(text)
          if not text then return nil end
          local hi, lo = string.match(text, '^(%x+)/(%x+)$')
          if not hi then return nil end
          return tonumber(hi, 16), tonumber(lo, 16)
        end
        local nh, nl = parse(ARGV[1])
        if not nh then return redis.error_reply('not a position: ' .. tostring(ARGV[1])) end
        local raised = 0
        for _, key in ipairs(KEYS) do
          local oh, ol = parse(redis.call('GET', key))
          if (not oh) or nh > oh or (nh == oh and nl > ol) then
            redis.call('SET', key, ARGV[1], 'PX', ARGV[2])
            raised = raised + 1
          else
            redis.call('PEXPIRE', key, ARGV[2])
          end
        end
        return raised
        """

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
        // header cannot force every read onto the primary. "Written" is what any core has
        // seen: past this core's own highest, the shared one is consulted.
        var minimum = request.headers[ArenaHeader.minimumLSNField].flatMap { LogSequenceNumber($0) }
        if let asked = minimum {
            if !self.cluster.hasSeen(asked) { await self.learnSharedHighest() }
            minimum = self.cluster.clamp(asked)
        }
        if let identity {
            do {
                let redis = self.redis
                let key = Self.key(for: identity.userID)
                let text = try await withDeadline(Self.redisTimeout, "read write position") { try await redis.get(key) }
                if let text {
                    // A position we cannot read says a write happened, not how far: only
                    // the primary is sure to have it.
                    guard let stored = LogSequenceNumber(text) else {
                        self.metrics.readServed(by: "primary")
                        return DatabaseCluster.Reader(client: self.cluster.primary, name: "primary")
                    }
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

    /// Raises this core's known highest write position to the one all cores share.
    private func learnSharedHighest() async {
        let redis = self.redis
        guard let text = try? await withDeadline(Self.redisTimeout, "read the highest write position", { try await redis.get(Self.highestKey) }),
            let shared = LogSequenceNumber(text)
        else { return }
        self.cluster.noteWritePosition(shared)
    }
}
