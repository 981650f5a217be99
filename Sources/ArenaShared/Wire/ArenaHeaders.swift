/// Header names of CodeArena's HTTP protocol between players, edges and the core.
public enum ArenaHeader {
    /// Response to a write: the WAL position the write committed at.
    public static let commitLSN = "X-Arena-LSN"
    /// Request: the reader has written at this position; serve a view at least this new.
    public static let minimumLSN = "X-Arena-Min-LSN"
    /// Edge → core: the region the request entered through (picks the nearest replica).
    public static let region = "X-Arena-Region"
    /// Edge → core: the deployment's shared secret, proving the caller is an edge.
    public static let edgeSecret = "X-Arena-Edge-Secret"
    /// Response: which database served a read (`primary` or a replica's name); for tests and debugging.
    public static let servedBy = "X-Arena-Served-By"
    /// Response from an edge cache: `hit` or `miss`.
    public static let cache = "X-Arena-Cache"
    /// Response to a package import: `created`, `updated` or `unchanged` (same package hash).
    public static let importResult = "X-Arena-Import"
    /// Edge → core, with the edge secret: the player's address (sign-up limits per address).
    public static let clientAddress = "X-Arena-Client-Address"
    /// Client-chosen key that makes a retried write apply once.
    public static let idempotencyKey = "Idempotency-Key"
}
