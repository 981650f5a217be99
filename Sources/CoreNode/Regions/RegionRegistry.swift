import ArenaShared
import Foundation
import Logging
import PostgresNIO
import Synchronization

/// The regions the core serves and the edges that run them, as the edges report
/// themselves: the deployed side that `arena regions plan` compares with regions.yaml.
struct RegionRegistry: Sendable {
    let primary: PostgresClient
    let logger: Logger
    /// An edge not heard from for this long is not live (three missed heartbeats).
    let liveness: Duration
    private let ownershipCache = OwnershipCache()

    init(primary: PostgresClient, logger: Logger, liveness: Duration) {
        self.primary = primary
        self.logger = logger
        self.liveness = liveness
    }

    var livenessSeconds: Double { Double(self.liveness.components.seconds) + Double(self.liveness.components.attoseconds) / 1e18 }

    /// Records a heartbeat (registering the region on its first) and answers the region's state.
    func heartbeat(_ beat: EdgeHeartbeat) async throws -> RegionState {
        let settings = String(decoding: try ArenaJSON.encoder().encode(beat.settings), as: UTF8.self)
        var state = RegionState.active
        try await self.primary.withTransaction(logger: self.logger) { connection in
            // The region's settings follow what its edges run with (the deployed truth).
            let rows = try await connection.query(
                """
                INSERT INTO regions (name, settings) VALUES (\(beat.region), \(settings)::jsonb)
                ON CONFLICT (name) DO UPDATE SET settings = EXCLUDED.settings, updated_at = now()
                RETURNING state
                """, logger: self.logger)
            for try await text in rows.decode(String.self) { state = RegionState(rawValue: text) ?? .active }
            try await connection.query(
                """
                INSERT INTO region_edges (region, instance, version, ready, started_at, last_seen, sockets, matches_owned, pending_writes, settings)
                VALUES (\(beat.region), \(beat.instance), \(beat.version), \(beat.ready), \(beat.startedAt), now(), \(beat.sockets),
                        \(beat.matchesOwned), \(beat.pendingWrites), \(settings)::jsonb)
                ON CONFLICT (region, instance) DO UPDATE SET version = EXCLUDED.version, ready = EXCLUDED.ready,
                    last_seen = now(), sockets = EXCLUDED.sockets, matches_owned = EXCLUDED.matches_owned,
                    pending_writes = EXCLUDED.pending_writes, settings = EXCLUDED.settings
                """, logger: self.logger)
        }
        return state
    }

    /// Every region with its edges; edges silent for a day are dropped from the answer.
    func regions() async throws -> [RegisteredRegion] {
        var regions: [RegisteredRegion] = []
        var index: [String: Int] = [:]
        for try await (name, state, settings, registeredAt) in try await self.primary.query(
            "SELECT name, state, settings::text, registered_at FROM regions ORDER BY name", logger: self.logger
        ).decode((String, String, String, Date).self) {
            let decoded = try ArenaJSON.decoder().decode(RegionSettings.self, from: Data(settings.utf8))
            index[name] = regions.count
            regions.append(RegisteredRegion(name: name, state: RegionState(rawValue: state) ?? .active, settings: decoded, registeredAt: registeredAt, edges: []))
        }
        let window = self.livenessSeconds
        for try await (region, instance, version, ready, started, lastSeen, live, sockets, matches, pending, edgeSettings) in try await self.primary.query(
            """
            SELECT region, instance, version, ready, started_at, last_seen, last_seen > now() - make_interval(secs => \(window)),
                   sockets, matches_owned, pending_writes, settings::text
            FROM region_edges WHERE last_seen > now() - interval '1 day' ORDER BY region, started_at
            """, logger: self.logger
        ).decode((String, String, String, Bool, Date, Date, Bool, Int, Int, Int, String).self) {
            guard let position = index[region] else { continue }
            regions[position].edges.append(
                .init(
                    instance: instance, version: version, ready: ready, startedAt: started, lastSeen: lastSeen, live: live, sockets: sockets,
                    matchesOwned: matches, pendingWrites: pending,
                    settings: try? ArenaJSON.decoder().decode(RegionSettings.self, from: Data(edgeSettings.utf8))))
        }
        return regions
    }

    /// Marks a region active or draining; false if no such region is registered.
    func setState(_ name: String, _ state: RegionState) async throws -> Bool {
        var found = false
        for try await _ in try await self.primary.query(
            "UPDATE regions SET state = \(state.rawValue), updated_at = now() WHERE name = \(name) RETURNING name", logger: self.logger
        ).decode(String.self) {
            found = true
        }
        return found
    }

    enum RemoveOutcome { case removed, unknown, stillLive(Int) }

    /// Forgets a region, but only once none of its edges is live.
    func remove(_ name: String) async throws -> RemoveOutcome {
        let window = self.livenessSeconds
        var outcome = RemoveOutcome.unknown
        try await self.primary.withTransaction(logger: self.logger) { connection in
            // Lock the region row first (heartbeats upsert it, so they wait behind us), then
            // count in a second statement: its snapshot sees every heartbeat committed before.
            var exists = false
            for try await _ in try await connection.query("SELECT name FROM regions WHERE name = \(name) FOR UPDATE", logger: self.logger)
                .decode(String.self)
            {
                exists = true
            }
            guard exists else { return }
            var live = 0
            for try await count in try await connection.query(
                "SELECT count(*)::int FROM region_edges WHERE region = \(name) AND last_seen > now() - make_interval(secs => \(window))",
                logger: self.logger
            ).decode(Int.self) {
                live = count
            }
            guard live == 0 else {
                outcome = .stillLive(live)
                return
            }
            try await connection.query("DELETE FROM regions WHERE name = \(name)", logger: self.logger)
            outcome = .removed
        }
        return outcome
    }

    /// An edge shutting down cleanly: it is gone now, not after the liveness window.
    func leave(region: String, instance: String) async throws {
        try await self.primary.query("DELETE FROM region_edges WHERE region = \(region) AND instance = \(instance)", logger: self.logger)
    }

    /// The region that should own a new match: `preferred` unless it is draining, else the
    /// first of the players' regions that is not, else any active region with a live
    /// edge; `preferred` when the registry knows nothing better (or cannot be read).
    func owner(preferred: String, candidates: [String]) async -> String {
        guard let (draining, active) = await self.ownership() else { return preferred }
        guard draining.contains(preferred) else { return preferred }
        let choice = candidates.first { !draining.contains($0) && active.contains($0) } ?? active.first
        if choice == nil { self.logger.warning("no active region with a live edge; a draining region owns a new match", metadata: ["region": "\(preferred)"]) }
        return choice ?? preferred
    }

    /// Draining regions and active ones with a live edge, read at most every 2 s: match
    /// creation asks on every match, the answer changes only when an operator applies.
    private func ownership() async -> (draining: Set<String>, active: [String])? {
        if let cached = self.ownershipCache.withLock({ $0 }), ContinuousClock.now < cached.until { return (cached.draining, cached.active) }
        let window = self.livenessSeconds
        var draining: Set<String> = []
        var active: [String] = []
        do {
            for try await (name, state, live) in try await self.primary.query(
                """
                SELECT r.name, r.state, EXISTS (SELECT 1 FROM region_edges e WHERE e.region = r.name
                    AND e.last_seen > now() - make_interval(secs => \(window)))
                FROM regions r ORDER BY r.name
                """, logger: self.logger
            ).decode((String, String, Bool).self) {
                if state == RegionState.draining.rawValue { draining.insert(name) } else if live { active.append(name) }
            }
        } catch {
            return nil
        }
        self.ownershipCache.withLock { $0 = (draining, active, ContinuousClock.now + .seconds(2)) }
        return (draining, active)
    }
}

/// The last ownership answer and until when it holds.
final class OwnershipCache: Sendable {
    private let value = Mutex<(draining: Set<String>, active: [String], until: ContinuousClock.Instant)?>(nil)
    func withLock<T>(_ body: (inout (draining: Set<String>, active: [String], until: ContinuousClock.Instant)?) -> T) -> T {
        self.value.withLock { body(&$0) }
    }
}
