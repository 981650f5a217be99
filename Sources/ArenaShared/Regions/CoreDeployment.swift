/// The single core cluster of a deployment: the HTTP API every edge talks to, the PostgreSQL
/// cluster it owns and the Redis instance used for pub/sub and the outbox.
///
/// Kept separate from the regions because there is exactly one core and many edges.
public struct CoreDeployment: Sendable, Hashable {
    /// Where the core HTTP API listens.
    public var endpoint: Endpoint
    public var postgres: PostgresDeployment
    public var redis: Endpoint
    /// The operator's own certificate authority (`core.certificate_authority`): a folder with
    /// `ca.pem` and `ca-key.pem` that `arena up` and `arena regions render` issue the node
    /// certificates from. nil: a private CA in the data folder (`DATA/tls/ca`), made once.
    public var certificateAuthority: String?

    public init(endpoint: Endpoint, postgres: PostgresDeployment, redis: Endpoint, certificateAuthority: String? = nil) {
        self.endpoint = endpoint
        self.postgres = postgres
        self.redis = redis
        self.certificateAuthority = certificateAuthority
    }
}
