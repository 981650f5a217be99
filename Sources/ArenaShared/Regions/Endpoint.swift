/// A `host:port` pair one CodeArena process listens on or connects to.
///
/// It exists so every listener in `regions.yaml` (core API, PostgreSQL, Redis, edges) and
/// every client configuration speaks about addresses the same way.
public struct Endpoint: Sendable, Hashable, CustomStringConvertible {
    public var host: String
    public var port: Int

    public init(host: String, port: Int) {
        self.host = host
        self.port = port
    }

    /// `host:port`, with IPv6 literals bracketed (`[::1]:8600`).
    public var description: String {
        if self.host.contains(":") && !self.host.hasPrefix("[") {
            return "[\(self.host)]:\(self.port)"
        }
        return "\(self.host):\(self.port)"
    }
}

extension Endpoint {
    /// 127.0.0.0/8, ::1 or localhost: the only hosts where a node may listen without TLS.
    public static func isLoopback(_ host: String) -> Bool { RegionsValidator.isLoopback(host) }
}
