/// Published by the core on Redis when cached data changes. Carries the commit
/// position so an edge refetching the key asks for a view at least that new (a
/// lagging replica must not refill the cache with the old value).
public struct CacheInvalidation: Codable, Sendable, Hashable {
    public var keys: [String]
    public var lsn: LogSequenceNumber?
    public init(keys: [String], lsn: LogSequenceNumber?) {
        self.keys = keys
        self.lsn = lsn
    }

    public static let channel = "arena:invalidate"
    public static let problemListKey = "problems"
    public static func problemKey(_ slug: String) -> String { "problem:\(slug)" }
}
