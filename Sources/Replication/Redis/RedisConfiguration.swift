import NIOSSL

/// Where and how to reach a Redis server.
///
/// Kept as a plain value so it can be loaded from the node configuration once and shared by
/// the command client and the pub/sub subscriber, which each open their own connections.
public struct RedisConfiguration: Sendable {
    /// Host name or IP address of the Redis server.
    public var host: String
    /// TCP port of the Redis server.
    public var port: Int
    /// How long to wait for the TCP connection, the TLS handshake and `AUTH` before giving up
    /// (the attempt fails with ``RedisError/connectFailed(host:port:underlying:)``).
    public var connectTimeout: Duration
    /// Every command (or pipeline) gets an answer within this, or fails with
    /// ``RedisError/timedOut(_:)`` and the connection is dropped: a black-holed Redis never
    /// hangs a caller.
    public var commandTimeout: Duration
    /// An ACL user and its password (`AUTH user password` on every new connection); nil for
    /// a Redis without authentication.
    public var credentials: Credentials?
    /// TLS towards Redis (server certificate verified against `trustRoots`); nil for plain TCP.
    public var tls: TLS?
    /// An idle connection is checked with `PING` this often; one that does not answer within
    /// `commandTimeout` is dropped (and the next command reconnects).
    public var healthCheckInterval: Duration

    public struct Credentials: Sendable {
        public var username: String
        public var password: String
        public init(username: String, password: String) {
            self.username = username
            self.password = password
        }
    }

    public struct TLS: Sendable {
        /// PEM file of the CA that signed Redis's certificate.
        public var caCertificatePath: String
        /// The name Redis's certificate must carry (defaults to `host`).
        public var serverName: String?
        public init(caCertificatePath: String, serverName: String? = nil) {
            self.caCertificatePath = caCertificatePath
            self.serverName = serverName
        }

        func makeContext() throws -> NIOSSLContext {
            var configuration = TLSConfiguration.makeClientConfiguration()
            configuration.trustRoots = .file(self.caCertificatePath)
            configuration.certificateVerification = .fullVerification
            return try NIOSSLContext(configuration: configuration)
        }
    }

    public init(
        host: String = "127.0.0.1", port: Int = 6379, connectTimeout: Duration = .seconds(2), commandTimeout: Duration = .seconds(5),
        credentials: Credentials? = nil, tls: TLS? = nil, healthCheckInterval: Duration = .seconds(15)
    ) {
        self.host = host
        self.port = port
        self.connectTimeout = connectTimeout
        self.commandTimeout = commandTimeout
        self.credentials = credentials
        self.tls = tls
        self.healthCheckInterval = healthCheckInterval
    }

    /// The `AUTH` command for ``credentials``, if any.
    var authCommand: [String]? {
        self.credentials.map { ["AUTH", $0.username, $0.password] }
    }
}
