import ArenaShared
import Foundation
import HummingbirdWSClient
import Logging
import NIOSSL
import NIOWebSocket
import Synchronization

/// One frame from the edge's `/ws`: its `type` plus the raw JSON, decoded on demand into
/// the frame type the caller expects.
public struct LiveMessage: Sendable {
    public var type: String
    public var json: Data

    public func decode<T: Decodable>(_ type: T.Type) -> T? {
        try? ArenaJSON.decoder().decode(T.self, from: self.json)
    }

    struct Envelope: Decodable { var type: String }
}

/// The player's WebSocket to an edge: inbound frames as an `AsyncStream`, outbound JSON
/// objects through `send`. The stream ends when the socket closes (`closeReason` says why).
public final class LiveFeed: Sendable {
    public let messages: AsyncStream<LiveMessage>
    private let outgoing: AsyncStream<String>.Continuation
    private let task: Task<Void, Never>
    private let failure = Failure()
    /// Sends a fresh access token on the socket before the old one expires
    /// (`PlayerSession.liveFeed`); cancelled when the socket ends, however it ends.
    private let keepAlive = KeepAlive()

    final class KeepAlive: Sendable {
        let task = Mutex<Task<Void, Never>?>(nil)
        let ended = Mutex(false)

        func start(_ work: @escaping @Sendable () async -> Void) {
            self.task.withLock { task in
                guard !self.ended.withLock({ $0 }) else { return }
                task = Task { await work() }
            }
        }

        func stop() {
            self.ended.withLock { $0 = true }
            self.task.withLock { $0?.cancel() }
        }
    }

    final class Failure: Sendable {
        let reason = Mutex<String?>(nil)
    }

    init(server: String, accessToken: String, tls: TLSConfiguration?) {
        let url = server.replacingOccurrences(of: "https://", with: "wss://").replacingOccurrences(of: "http://", with: "ws://")
            + "/ws?access_token=\(accessToken)"
        let (messages, inbound) = AsyncStream<LiveMessage>.makeStream(bufferingPolicy: .bufferingNewest(4096))
        let (outgoingStream, outgoing) = AsyncStream<String>.makeStream()
        self.messages = messages
        self.outgoing = outgoing
        let failure = self.failure
        let keepAlive = self.keepAlive
        var logger = Logger(label: "arena.cli.ws")
        logger.logLevel = .critical
        // TLS to the loopback IP (an edge of `arena up`): the socket client would send the
        // IP as SNI, which TLS forbids, and verifies the name it sends. The loopback
        // address is this machine's "localhost", so that name is sent and verified in full
        // (the dev certificate carries both). Other IP literals are left as they are.
        // History and sabotage snapshots outgrow the default 16 KiB frame.
        var configuration = WebSocketClientConfiguration(maxFrameSize: 1 << 20)
        if tls != nil, let host = URL(string: url)?.host, host == "127.0.0.1" || host == "::1" || host == "[::1]" {
            configuration.sniHostname = "localhost"
        }
        self.task = Task { [logger, configuration] in
            defer { keepAlive.stop() }
            do {
                let close = try await WebSocketClient.connect(url: url, configuration: configuration, tlsConfiguration: tls, logger: logger) {
                    frames, outbound, _ in
                    try await withThrowingTaskGroup(of: Void.self) { group in
                        group.addTask {
                            for await text in outgoingStream { try await outbound.write(.text(text)) }
                            try await outbound.close(.normalClosure, reason: nil)
                        }
                        for try await message in frames.messages(maxSize: 1 << 20) {
                            guard case .text(let text) = message else { continue }
                            let data = Data(text.utf8)
                            guard let envelope = try? JSONDecoder().decode(LiveMessage.Envelope.self, from: data) else { continue }
                            inbound.yield(LiveMessage(type: envelope.type, json: data))
                        }
                        group.cancelAll()
                    }
                }
                if let close, close.closeCode != .normalClosure {
                    failure.reason.withLock { $0 = "closed by the edge (\(close.closeCode)\(close.reason.map { ": \($0)" } ?? ""))" }
                }
            } catch {
                failure.reason.withLock { $0 = "\(error)" }
            }
            inbound.finish()
        }
    }

    /// Why the stream ended, if the socket failed or the edge closed it abnormally.
    public var closeReason: String? { self.failure.reason.withLock { $0 } }

    public func send(_ fields: [String: String]) {
        guard let data = try? JSONSerialization.data(withJSONObject: fields, options: [.sortedKeys]) else { return }
        self.outgoing.yield(String(decoding: data, as: UTF8.self))
    }

    /// Runs `renew` for as long as the socket is open (cancelled by `close`).
    func keepAuthenticated(_ renew: @escaping @Sendable () async -> Void) {
        self.keepAlive.start(renew)
    }

    public func close() async {
        self.keepAlive.stop()
        self.outgoing.finish()
        await self.task.value
    }
}
