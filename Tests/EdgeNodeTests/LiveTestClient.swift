import ArenaShared
import ArenaTestSupport
import Foundation
import HummingbirdWSClient
import Logging
import Matches
import NIOWebSocket
import Synchronization

/// A server frame as a test reads it: the union of the fields the live protocol uses.
struct ReceivedFrame: Decodable, Sendable {
    var type: String
    var id: String?
    var code: String?
    var message: String?
    var match: String?
    var seq: Int?
    var player: Int64?
    var problem: String?
    var verdict: Verdict?
    var accepted: Bool?
    var final: Bool?
    var reason: String?
    var state: MatchState?
    var results: [MatchStanding]?
    var ratingChanges: [RatingChange]?
    var resumeToken: String?
    var position: Int?
    var rating: Int?
    var mode: String?
    var window: Int?
    var spectators: Int?
    var remainingMs: Int64?
    var from: String?
    var text: String?
    var channel: String?
    var idempotencyKey: String?
    var key: String?
    var frames: [ReceivedFrame]?
    var sourceLimit: String?
}

/// A WebSocket held open for a whole test: frames are recorded as they arrive, and a
/// test waits for the next one matching a condition.
final class LiveTestClient: Sendable {
    final class Storage: Sendable {
        let received = Mutex<[(text: String, frame: ReceivedFrame?)]>([])
        let consumed = Mutex<Set<Int>>([])
        let closed = Mutex(false)
        /// The edge's close frame, if it closed the socket: code and reason.
        let closeFrame = Mutex<(code: UInt16, reason: String?)?>(nil)
    }

    let name: String
    private let storage = Storage()
    private let outgoing: AsyncStream<String>.Continuation
    private let task: Task<Void, any Error>

    init(name: String, port: Int, token: String) {
        self.name = name
        let (stream, continuation) = AsyncStream<String>.makeStream()
        self.outgoing = continuation
        let storage = self.storage
        self.task = Task {
            defer { storage.closed.withLock { $0 = true } }
            let close = try await WebSocketClient.connect(
                url: "ws://127.0.0.1:\(port)/ws?access_token=\(token)", configuration: .init(maxFrameSize: 1 << 20), logger: Logger(label: "test.ws.\(name)")
            ) { inbound, outbound, _ in
                try await withThrowingTaskGroup(of: Void.self) { group in
                    group.addTask {
                        for await text in stream { try await outbound.write(.text(text)) }
                        try await outbound.close(.normalClosure, reason: nil)
                    }
                    for try await message in inbound.messages(maxSize: 1 << 20) {
                        guard case .text(let text) = message else { continue }
                        let frame = try? ArenaJSON.decoder().decode(ReceivedFrame.self, from: Data(text.utf8))
                        storage.received.withLock { $0.append((text, frame)) }
                    }
                    group.cancelAll()
                }
            }
            if let close {
                let code: UInt16 = if case .unknown(let raw) = close.closeCode { raw } else { UInt16(webSocketErrorCode: close.closeCode) }
                storage.closeFrame.withLock { $0 = (code, close.reason) }
            }
        }
    }

    /// Waits until the edge closes the socket; its close code and reason (nil: it stayed open).
    func closedByServer(within timeout: Duration) async throws -> (code: UInt16, reason: String?)? {
        let deadline = ContinuousClock.now + timeout
        while ContinuousClock.now < deadline {
            if self.storage.closed.withLock({ $0 }) {
                let frame: (code: UInt16, reason: String?)? = self.storage.closeFrame.withLock { $0 }
                return frame ?? (code: 0, reason: "closed without a close frame")
            }
            try await Task.sleep(for: .milliseconds(20))
        }
        return nil
    }

    func send(_ fields: [String: String]) {
        let data = try! JSONSerialization.data(withJSONObject: fields)
        self.outgoing.yield(String(decoding: data, as: UTF8.self))
    }

    func sendRaw(_ text: String) { self.outgoing.yield(text) }

    /// The first frame not returned before that satisfies `condition`.
    @discardableResult
    func next(_ what: String, timeout: Duration = .seconds(30), where condition: @Sendable (ReceivedFrame) -> Bool) async throws -> ReceivedFrame {
        let deadline = ContinuousClock.now + timeout
        while ContinuousClock.now < deadline {
            let found = self.storage.received.withLock { frames -> (Int, ReceivedFrame)? in
                for (index, entry) in frames.enumerated() {
                    guard let frame = entry.frame, condition(frame) else { continue }
                    if self.storage.consumed.withLock({ $0.insert(index).inserted }) { return (index, frame) }
                }
                return nil
            }
            if let found { return found.1 }
            if self.storage.closed.withLock({ $0 }) { throw TestHarnessError.timeout("\(self.name): socket closed while waiting for \(what)") }
            try await Task.sleep(for: .milliseconds(20))
        }
        let types = self.storage.received.withLock { $0.suffix(15).map { $0.text.prefix(160) } }
        throw TestHarnessError.timeout("\(self.name): no \(what); last frames: \(types)")
    }

    func next(type: String, timeout: Duration = .seconds(30)) async throws -> ReceivedFrame {
        try await self.next(type, timeout: timeout) { $0.type == type }
    }

    /// Every frame received so far.
    var frames: [ReceivedFrame] { self.storage.received.withLock { $0.compactMap(\.frame) } }

    func close() async {
        self.outgoing.finish()
        _ = await self.task.result
    }
}
