/// One value of the Redis serialization protocol (RESP2), as sent to or received from Redis.
///
/// RESP2 has exactly five wire types; modelling them as an enum keeps reply handling exhaustive
/// and lets callers distinguish a *null* bulk/array (key absent, timeout) from an empty one.
/// Bulk strings are kept as raw bytes because Redis values are binary-safe; use ``string`` or
/// ``int`` for the common textual cases.
public enum RESPValue: Sendable, Hashable {
    /// `+OK\r\n`: a short, CR/LF-free status reply.
    case simpleString(String)
    /// `-ERR message\r\n`: an error reply. ``RedisClient/send(_:)`` turns it into ``RedisError/server(_:)``.
    case error(String)
    /// `:42\r\n`: a signed 64-bit integer reply.
    case integer(Int)
    /// `$3\r\nfoo\r\n`: a binary-safe string; `nil` is the null bulk string (`$-1\r\n`).
    case bulkString([UInt8]?)
    /// `*2\r\n...`: an array of values (may be nested); `nil` is the null array (`*-1\r\n`).
    case array([RESPValue]?)

    /// The value as text: a simple string, or a non-null bulk string decoded as UTF-8
    /// (invalid sequences are replaced by U+FFFD). `nil` for every other case.
    public var string: String? {
        switch self {
        case .simpleString(let string):
            return string
        case .bulkString(.some(let bytes)):
            return String(decoding: bytes, as: UTF8.self)
        case .error, .integer, .bulkString(.none), .array:
            return nil
        }
    }

    /// The value as an integer: an integer reply, or a simple/bulk string holding a decimal integer
    /// (Redis returns numbers as bulk strings from e.g. `GET` or `HGET`). `nil` otherwise.
    public var int: Int? {
        switch self {
        case .integer(let value):
            return value
        case .simpleString, .bulkString:
            return self.string.flatMap { Int($0) }
        case .error, .array:
            return nil
        }
    }

    /// `true` for the null bulk string and the null array, which Redis uses for "no such key",
    /// "not set" (`SET ... NX`) and timeouts.
    public var isNull: Bool {
        switch self {
        case .bulkString(.none), .array(.none):
            return true
        case .simpleString, .error, .integer, .bulkString(.some), .array(.some):
            return false
        }
    }
}

extension RESPValue {
    /// Convenience for building a bulk string from text.
    static func bulk(_ string: String) -> RESPValue {
        .bulkString(Array(string.utf8))
    }
}

extension RESPValue {
    /// The elements of a non-null array reply, `nil` otherwise.
    public var elements: [RESPValue]? {
        if case .array(.some(let values)) = self { return values }
        return nil
    }
}
