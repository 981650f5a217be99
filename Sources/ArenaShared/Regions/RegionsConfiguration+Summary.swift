extension RegionsConfiguration {
    /// A multi-line, human-readable overview for `arena regions check` and startup logs:
    /// the core endpoint, PostgreSQL primary and replicas, Redis, and a table of regions.
    public var summary: String {
        let postgres = self.core.postgres
        var lines: [String] = []
        lines.append("CodeArena deployment (regions.yaml version \(self.version))")
        lines.append("core API    \(self.core.endpoint)")
        lines.append("postgres    database \"\(postgres.database)\", user \"\(postgres.user)\"")
        lines.append("  primary   \(postgres.primary)")
        if postgres.replicas.isEmpty {
            lines.append("  replicas  none")
        }
        let replicaNameWidth = postgres.replicas.map(\.name.count).max() ?? 0
        for replica in postgres.replicas {
            lines.append("  replica   \(Self.pad(replica.name, replicaNameWidth))  \(replica.endpoint)")
        }
        lines.append("redis       \(self.core.redis)")
        lines.append("regions     \(self.regions.count)")

        var rows: [[String]] = [["name", "host", "https", "http", "reads from", "judge pool", "cache"]]
        for region in self.regions {
            rows.append([
                region.name,
                region.host,
                region.httpsPort.map(String.init) ?? "-",
                region.httpPort.map(String.init) ?? "-",
                region.readReplica ?? "primary",
                String(region.judgePool),
                region.cacheEntries == 0 ? "off" : "\(region.cacheEntries) entries, \(region.cacheTTLSeconds)s ttl",
            ])
        }
        let widths = (0..<rows[0].count).map { column in rows.map { $0[column].count }.max() ?? 0 }
        for row in rows {
            let cells = row.enumerated().map { index, cell in
                index == row.count - 1 ? cell : Self.pad(cell, widths[index])
            }
            lines.append("  " + cells.joined(separator: "  "))
        }
        return lines.joined(separator: "\n")
    }

    private static func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
    }
}
