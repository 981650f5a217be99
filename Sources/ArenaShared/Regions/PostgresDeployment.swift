/// The PostgreSQL cluster behind the core: one primary that takes every write and any number
/// of streaming read replicas that regions may read from.
///
/// It exists so the core, the replication layer and the test harness agree on where the
/// database lives without each re-reading `regions.yaml`.
public struct PostgresDeployment: Sendable, Hashable {
    /// Default database name when `core.postgres.database` is absent.
    public static let defaultDatabase = "arena"
    /// Default role when `core.postgres.user` is absent.
    public static let defaultUser = "arena"

    public var database: String
    public var user: String
    public var primary: Endpoint
    public var replicas: [ReplicaConfiguration]

    public init(
        database: String = PostgresDeployment.defaultDatabase,
        user: String = PostgresDeployment.defaultUser,
        primary: Endpoint,
        replicas: [ReplicaConfiguration] = []
    ) {
        self.database = database
        self.user = user
        self.primary = primary
        self.replicas = replicas
    }

    /// The replica called `name`, if there is one.
    public func replica(named name: String) -> ReplicaConfiguration? {
        self.replicas.first { $0.name == name }
    }
}
