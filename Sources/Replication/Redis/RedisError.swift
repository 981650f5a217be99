/// An error from the Redis client library.
///
/// A struct wrapping a private code (like `PSQLError`) rather than a public enum so that new
/// failure kinds can be added without breaking exhaustive `switch`es in callers. Callers that
/// need to react programmatically use ``isConnectionError`` (retry / degrade) or ``serverMessage``;
/// ``description`` is written for humans and says what to check.
public struct RedisError: Error, CustomStringConvertible, Sendable, Hashable {
    private enum Code: Sendable, Hashable {
        case connectionClosed
        case clientClosed
        case connectFailed(host: String, port: Int, underlying: String)
        case server(String)
        case protocolViolation
        case timedOut(String)
        case authenticationFailed(String)
    }

    private let code: Code

    private init(_ code: Code) {
        self.code = code
    }

    /// The connection dropped (Redis restarted, network failure, …) before the reply arrived.
    /// The command may or may not have been executed. The client reconnects on the next command.
    public static var connectionClosed: RedisError { RedisError(.connectionClosed) }

    /// The command was issued after ``RedisClient/close()``.
    public static var clientClosed: RedisError { RedisError(.clientClosed) }

    /// No TCP connection could be established (refused, unreachable or timed out).
    public static func connectFailed(host: String, port: Int, underlying: String) -> RedisError {
        RedisError(.connectFailed(host: host, port: port, underlying: underlying))
    }

    /// Redis answered with an error reply, e.g. `WRONGTYPE Operation against a key holding the wrong kind of value`.
    public static func server(_ message: String) -> RedisError {
        RedisError(.server(message))
    }

    /// The server sent bytes that are not valid RESP2 (or a reply nobody asked for). The
    /// connection is closed because its framing can no longer be trusted.
    public static var protocolViolation: RedisError { RedisError(.protocolViolation) }

    /// No answer within the configured `commandTimeout`: the connection was dropped (its
    /// replies could no longer be matched) and the command may or may not have run.
    public static func timedOut(_ what: String) -> RedisError { RedisError(.timedOut(what)) }

    /// Redis refused the configured user and password (`AUTH`), or wanted credentials.
    public static func authenticationFailed(_ message: String) -> RedisError { RedisError(.authenticationFailed(message)) }

    /// `true` when the failure is about the connection rather than the command: retrying later
    /// (on a new connection) may succeed. `false` for server error replies.
    public var isConnectionError: Bool {
        switch self.code {
        case .connectionClosed, .clientClosed, .connectFailed, .protocolViolation, .timedOut, .authenticationFailed:
            return true
        case .server:
            return false
        }
    }

    /// Redis refused the credentials: retrying with the same ones will not help.
    public var isAuthenticationFailure: Bool {
        if case .authenticationFailed = self.code { return true }
        return false
    }

    /// The error reply text for ``server(_:)`` errors, `nil` otherwise.
    public var serverMessage: String? {
        if case .server(let message) = self.code { return message }
        return nil
    }

    public var description: String {
        switch self.code {
        case .connectionClosed:
            return "The connection to Redis was closed before the reply arrived; the command may or may not "
                + "have been executed. The client reconnects on the next command; check the Redis server "
                + "log if this keeps happening."
        case .clientClosed:
            return "The Redis client was already closed with close(); create a new RedisClient to send commands."
        case .connectFailed(let host, let port, let underlying):
            return "Could not connect to Redis at \(host):\(port) (\(underlying)). Check that redis-server is "
                + "running and reachable there, and that the configured host and port are correct."
        case .server(let message):
            return "Redis replied with an error: \(message)"
        case .timedOut(let what):
            return "Redis did not answer \(what) in time, so the connection was dropped; the command may or may not have "
                + "been executed. Check that Redis is up and not overloaded, and that nothing between here and it drops packets."
        case .authenticationFailed(let message):
            return "Redis refused this node's credentials (\(message)). Check the ACL user and password in the node's "
                + "configuration against the server's ACL file."
        case .protocolViolation:
            return "Received data from the Redis server that is not valid RESP2, so the connection was closed. "
                + "Check that the configured port belongs to a plain-text Redis server (not TLS or another service)."
        }
    }
}
