/// One PostgreSQL streaming read replica of the core cluster.
///
/// Replicas are named so that regions can pin their reads to the replica closest to them
/// (`read_replica` in `regions.yaml`).
public struct ReplicaConfiguration: Sendable, Hashable {
    /// The name regions use in `read_replica`; unique within the deployment.
    public var name: String
    public var endpoint: Endpoint

    public init(name: String, endpoint: Endpoint) {
        self.name = name
        self.endpoint = endpoint
    }
}
