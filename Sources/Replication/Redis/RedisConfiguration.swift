/// Where and how to reach a Redis server.
///
/// Kept as a plain value so it can be loaded from the node configuration once and shared by
/// the command client and the pub/sub subscriber, which each open their own connections.
public struct RedisConfiguration: Sendable {
    /// Host name or IP address of the Redis server.
    public var host: String
    /// TCP port of the Redis server.
    public var port: Int
    /// How long to wait for the TCP connection to be established before giving up
    /// (the attempt fails with ``RedisError/connectFailed(host:port:underlying:)``).
    public var connectTimeout: Duration

    public init(host: String = "127.0.0.1", port: Int = 6379, connectTimeout: Duration = .seconds(2)) {
        self.host = host
        self.port = port
        self.connectTimeout = connectTimeout
    }
}
