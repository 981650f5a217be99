import Foundation

/// A region as the core's registry holds it: `active` serves players and owns matches;
/// `draining` is on its way out (no new matches are owned there).
public enum RegionState: String, Codable, Sendable {
    case active
    case draining
}

/// `POST /internal/regions/heartbeat`: an edge says it is alive, what it runs with and
/// whether it is ready, every few seconds. The first one registers the region.
public struct EdgeHeartbeat: Codable, Sendable {
    public var region: String
    /// One per edge process (a region may run several).
    public var instance: String
    public var version: String
    public var ready: Bool
    public var settings: RegionSettings
    public var startedAt: Date
    public var sockets: Int
    public var matchesOwned: Int
    /// Acknowledged writes not yet at the core (outbox) plus accepted submissions not yet
    /// judged: an edge is only stopped for good once this is 0.
    public var pendingWrites: Int

    public init(
        region: String, instance: String, version: String, ready: Bool, settings: RegionSettings, startedAt: Date, sockets: Int, matchesOwned: Int,
        pendingWrites: Int
    ) {
        self.pendingWrites = pendingWrites
        self.region = region
        self.instance = instance
        self.version = version
        self.ready = ready
        self.settings = settings
        self.startedAt = startedAt
        self.sockets = sockets
        self.matchesOwned = matchesOwned
    }
}

public struct EdgeHeartbeatReply: Codable, Sendable {
    public var state: RegionState
    public init(state: RegionState) { self.state = state }
}

/// `GET /internal/regions`: every registered region with its edges.
public struct RegisteredRegion: Codable, Sendable, Hashable {
    public struct Edge: Codable, Sendable, Hashable {
        public var instance: String
        public var version: String
        public var ready: Bool
        public var startedAt: Date
        public var lastSeen: Date
        /// Heard from within the liveness window (three heartbeats).
        public var live: Bool
        public var sockets: Int
        public var matchesOwned: Int
        public var pendingWrites: Int
        /// What this edge runs with (during a rolling change, edges of one region differ).
        public var settings: RegionSettings?

        public init(
            instance: String, version: String, ready: Bool, startedAt: Date, lastSeen: Date, live: Bool, sockets: Int, matchesOwned: Int,
            pendingWrites: Int = 0, settings: RegionSettings? = nil
        ) {
            self.pendingWrites = pendingWrites
            self.settings = settings
            self.instance = instance
            self.version = version
            self.ready = ready
            self.startedAt = startedAt
            self.lastSeen = lastSeen
            self.live = live
            self.sockets = sockets
            self.matchesOwned = matchesOwned
        }
    }

    public var name: String
    public var state: RegionState
    /// What its edges last reported running with.
    public var settings: RegionSettings
    public var registeredAt: Date
    public var edges: [Edge]

    public init(name: String, state: RegionState, settings: RegionSettings, registeredAt: Date, edges: [Edge]) {
        self.name = name
        self.state = state
        self.settings = settings
        self.registeredAt = registeredAt
        self.edges = edges
    }

    public var liveEdges: [Edge] { self.edges.filter(\.live) }

    /// A live, ready edge that runs with `settings`: the region can be announced.
    public func hasReadyEdge(with settings: RegionSettings) -> Bool {
        self.liveEdges.contains { $0.ready && $0.settings == settings }
    }

    /// Work an edge of this region still holds: owned matches and writes not yet at the core.
    public var outstanding: (matches: Int, writes: Int) {
        (self.edges.map(\.matchesOwned).reduce(0, +), self.edges.map(\.pendingWrites).reduce(0, +))
    }
}
