import ArenaShared
import Foundation
import Logging
import PostgresNIO

/// The regions the core serves and the edges that run them, as the edges report
/// themselves: the deployed side that `arena regions plan` compares with regions.yaml.
struct RegionRegistry: Sendable {
    let primary: PostgresClient
    let logger: Logger
    /// An edge not heard from for this long is not live (three missed heartbeats).
    let liveness: Duration

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
                INSERT INTO region_edges (region, instance, version, ready, started_at, last_seen, sockets, matches_owned, pending_writes)
                VALUES (\(beat.region), \(beat.instance), \(beat.version), \(beat.ready), \(beat.startedAt), now(), \(beat.sockets),
                        \(beat.matchesOwned), \(beat.pendingWrites))
                ON CONFLICT (region, instance) DO UPDATE SET version = EXCLUDED.version, ready = EXCLUDED.ready,
                    last_seen = now(), sockets = EXCLUDED.sockets, matches_owned = EXCLUDED.matches_owned,
                    pending_writes = EXCLUDED.pending_writes
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
        let window = Double(self.liveness.components.seconds) + Double(self.liveness.components.attoseconds) / 1e18
        for try await (region, instance, version, ready, started, lastSeen, live, sockets, matches, pending) in try await self.primary.query(
            """
            SELECT region, instance, version, ready, started_at, last_seen, last_seen > now() - make_interval(secs => \(window)),
                   sockets, matches_owned, pending_writes
            FROM region_edges WHERE last_seen > now() - interval '1 day' ORDER BY region, started_at
            """, logger: self.logger
        ).decode((String, String, String, Bool, Date, Date, Bool, Int, Int, Int).self) {
            guard let position = index[region] else { continue }
            regions[position].edges.append(
                .init(
                    instance: instance, version: version, ready: ready, startedAt: started, lastSeen: lastSeen, live: live, sockets: sockets,
                    matchesOwned: matches, pendingWrites: pending))
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
        let window = Double(self.liveness.components.seconds)
        var outcome = RemoveOutcome.unknown
        try await self.primary.withTransaction(logger: self.logger) { connection in
            var live = 0
            var exists = false
            for try await (count, present) in try await connection.query(
                """
                SELECT (SELECT count(*) FROM region_edges WHERE region = \(name) AND last_seen > now() - make_interval(secs => \(window)))::int,
                       EXISTS (SELECT 1 FROM regions WHERE name = \(name) FOR UPDATE)
                """, logger: self.logger
            ).decode((Int, Bool).self) {
                live = count
                exists = present
            }
            guard exists else { return }
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
        let window = Double(self.liveness.components.seconds)
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
            return preferred
        }
        guard draining.contains(preferred) else { return preferred }
        return candidates.first { !draining.contains($0) && active.contains($0) } ?? active.first ?? preferred
    }
}
