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
                INSERT INTO region_edges (region, instance, version, ready, started_at, last_seen, sockets, matches_owned)
                VALUES (\(beat.region), \(beat.instance), \(beat.version), \(beat.ready), \(beat.startedAt), now(), \(beat.sockets), \(beat.matchesOwned))
                ON CONFLICT (region, instance) DO UPDATE SET version = EXCLUDED.version, ready = EXCLUDED.ready,
                    last_seen = now(), sockets = EXCLUDED.sockets, matches_owned = EXCLUDED.matches_owned
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
        for try await (region, instance, version, ready, started, lastSeen, live, sockets, matches) in try await self.primary.query(
            """
            SELECT region, instance, version, ready, started_at, last_seen, last_seen > now() - make_interval(secs => \(window)),
                   sockets, matches_owned
            FROM region_edges WHERE last_seen > now() - interval '1 day' ORDER BY region, started_at
            """, logger: self.logger
        ).decode((String, String, String, Bool, Date, Date, Bool, Int, Int).self) {
            guard let position = index[region] else { continue }
            regions[position].edges.append(
                .init(instance: instance, version: version, ready: ready, startedAt: started, lastSeen: lastSeen, live: live, sockets: sockets, matchesOwned: matches))
        }
        return regions
    }
}
