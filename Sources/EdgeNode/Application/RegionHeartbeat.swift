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
    private let stateBox = Mutex<RegionState?>(nil)

    init(core: CoreClient, interval: Duration, logger: Logger, beat: @escaping @Sendable (_ instance: String, _ startedAt: Date) async -> EdgeHeartbeat) {
        self.core = core
        self.interval = interval
        self.logger = logger
        self.beat = beat
    }

    /// The region's state as of the last answer (nil before the first).
    var state: RegionState? { self.stateBox.withLock { $0 } }

    func run() async throws {
        await cancelWhenGracefulShutdown {
            while !Task.isCancelled {
                await self.send()
                try? await Task.sleep(for: self.interval)
            }
        }
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
            let previous = self.stateBox.withLock { box in
                defer { box = state }
                return box
            }
            if previous != state { self.logger.notice("region state", metadata: ["state": "\(state.rawValue)"]) }
        } catch {
            // The core being away is not this edge's problem to report loudly: /ready says it.
            self.logger.debug("heartbeat failed", metadata: ["error": "\(error)"])
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
