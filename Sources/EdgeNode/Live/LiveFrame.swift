/// A client-to-server WebSocket frame (protocol version 1, docs/live-protocol.md). One
/// flat shape for every type keeps decoding in one place; each handler checks the fields
/// its type needs and answers a missing or malformed one with an error frame.
struct LiveFrame: Decodable, Sendable {
    var type: String
    /// Echoed on the reply, so a client can match answers to requests.
    var id: String?
    var mode: String?
    var match: String?
    var problem: String?
    var language: String?
    var source: String?
    var token: String?
    var channel: String?
    var text: String?
}

/// An error frame: the socket stays open and nothing changed.
struct LiveError: Error, Sendable {
    var code: String
    var message: String
    init(_ code: String, _ message: String) {
        self.code = code
        self.message = message
    }
}
