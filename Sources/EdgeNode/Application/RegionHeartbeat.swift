import ArenaShared
import Foundation
import Logging
import NIOCore
import NIOHTTP1
import Synchronization
import ServiceLifecycle

/// Registers this edge with the core and says it is alive every `interval`: region,
/// instance, version, readiness, what it runs with, sockets and owned matches. The core's
/// answer carries the region's state, so a region being drained learns it here.
final class RegionHeartbeat: Service, Sendable {
    let beat: @Sendable (_ instance: String, _ startedAt: Date) async -> EdgeHeartbeat
    /// One per edge process: host, pid and a nonce (a restarted edge is a new instance).
    let instance = "\(ProcessInfo.processInfo.hostName)-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
    let startedAt = Date()
    let core: CoreClient
    let interval: Duration
    let logger: Logger
    let regionState: RegionStateBox
    let region: String

    init(
        region: String, core: CoreClient, interval: Duration, regionState: RegionStateBox, logger: Logger,
        beat: @escaping @Sendable (_ instance: String, _ startedAt: Date) async -> EdgeHeartbeat
    ) {
        self.region = region
        self.core = core
        self.interval = interval
        self.regionState = regionState
        self.logger = logger
        self.beat = beat
    }

    func run() async throws {
        await cancelWhenGracefulShutdown {
            while !Task.isCancelled {
                await self.send()
                try? await Task.sleep(for: self.interval)
            }
        }
        // A clean stop leaves the registry at once, instead of after the liveness window.
        let leaving = try? ArenaJSON.encoder().encode(["region": self.region, "instance": self.instance])
        _ = try? await self.core.send(
            method: .POST, path: "/internal/regions/leave", headers: [("content-type", "application/json")],
            body: leaving.map { ByteBuffer(bytes: $0) }, internalCall: true)
    }

    private func send() async {
        do {
            let body = try ArenaJSON.encoder().encode(await self.beat(self.instance, self.startedAt))
            let reply = try await self.core.send(
                method: .POST, path: "/internal/regions/heartbeat", headers: [("content-type", "application/json")],
                body: ByteBuffer(bytes: body), internalCall: true)
            guard reply.status == 200 else {
                self.logger.warning("heartbeat refused", metadata: ["status": "\(reply.status)"])
                return
            }
            let state = try ArenaJSON.decoder().decode(EdgeHeartbeatReply.self, from: Data(reply.body.readableBytesView)).state
            let previous = self.regionState.exchange(state)
            if previous != state { self.logger.notice("region state", metadata: ["state": "\(state.rawValue)"]) }
        } catch {
            // The core being away is not this edge's problem to report loudly: /ready says it.
            self.logger.debug("heartbeat failed", metadata: ["error": "\(error)"])
        }
    }
}

/// The region's state as the core last answered a heartbeat: a draining region's edges
/// take no orphaned matches (they are on their way out).
final class RegionStateBox: Sendable {
    private let state = Mutex<RegionState?>(nil)
    var current: RegionState? { self.state.withLock { $0 } }
    var isDraining: Bool { self.current == .draining }

    /// Stores `new`, returns what was there.
    func exchange(_ new: RegionState) -> RegionState? {
        self.state.withLock { state in
            defer { state = new }
            return state
        }
    }
}

/// The ports the edge's listeners actually bound, once they run.
final class BoundPorts: Sendable {
    private let ports = Mutex<(http: Int?, https: Int?)>((nil, nil))
    var http: Int? {
        get { self.ports.withLock { $0.http } }
        set { self.ports.withLock { $0.http = newValue } }
    }
    var https: Int? {
        get { self.ports.withLock { $0.https } }
        set { self.ports.withLock { $0.https = newValue } }
    }
}
