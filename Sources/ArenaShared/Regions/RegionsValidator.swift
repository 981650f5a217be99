import Foundation
import Yams

/// Turns the YAML node tree of `regions.yaml` into a ``RegionsConfiguration`` while collecting
/// every problem it finds, each with the position of the offending node.
///
/// Internal: callers go through ``RegionsConfiguration/parse(_:fileName:)``.
public struct RegionsValidator {
    static let topLevelKeys = ["version", "core", "regions"]
    static let coreKeys = ["host", "port", "postgres", "redis", "certificate_authority"]
    static let postgresKeys = ["database", "user", "primary", "replicas"]
    static let endpointKeys = ["host", "port"]
    static let replicaKeys = ["name", "host", "port"]
    static let regionKeys = [
        "name", "host", "https_port", "http_port", "read_replica", "judge_pool", "cache_entries", "cache_ttl_seconds",
    ]
    static let portRange: ClosedRange<Int> = 1...65_535

    /// A port something will listen on, remembered to detect clashes.
    private struct Listener {
        var path: String
        var host: String
        var port: Int
        var line: Int
    }

    /// A key/value pair of a mapping, by key name.
    private typealias Fields = [String: (key: Node, value: Node)]

    let fileName: String
    private(set) var issues: [RegionsIssue] = []
    private var listeners: [Listener] = []
    /// Names of the replicas in `core.postgres.replicas`; nil when they could not all be read,
    /// in which case `read_replica` is not checked (to avoid follow-on noise).
    private var replicaNames: [String]? = []

    init(fileName: String) {
        self.fileName = fileName
    }

    /// The issues in file order (stable for issues at the same position).
    var sortedIssues: [RegionsIssue] {
        self.issues.enumerated()
            .sorted { ($0.element.line, $0.element.column, $0.offset) < ($1.element.line, $1.element.column, $1.offset) }
            .map(\.element)
    }

    // MARK: - Document

    /// The configuration, or nil when the document is not even shaped like one. Only meaningful
    /// when ``issues`` is empty afterwards: missing values are filled with placeholders so that
    /// validation can go on.
    mutating func validate(_ yaml: String) -> RegionsConfiguration? {
        let root: Node?
        do {
            root = try Yams.compose(yaml: yaml)
        } catch {
            self.issues.append(self.issue(forYAMLError: error, yaml: yaml))
            return nil
        }
        guard let root else {
            self.report(
                line: 1, column: 1, path: "", "the file is empty",
                hint: "start with `version: 1`, then describe `core:` and `regions:`"
            )
            return nil
        }
        guard case .mapping(let top) = root else {
            self.report(
                at: root, path: "", "the top level must be a mapping with keys version, core and regions, found \(Self.kind(of: root))",
                hint: "start the file with `version: 1` on its own line"
            )
            return nil
        }
        let fields = self.fields(of: top, path: "", allowed: Self.topLevelKeys)

        var version = RegionsConfiguration.supportedVersion
        if let node = self.required("version", in: fields, of: root, path: "", hint: "add `version: 1` at the top of the file"),
            let value = self.int(node, path: "version")
        {
            version = value
            if value != RegionsConfiguration.supportedVersion {
                self.report(
                    at: node, path: "version", "unsupported version \(value)",
                    hint: "this release understands `version: \(RegionsConfiguration.supportedVersion)`"
                )
            }
        }

        let core: CoreDeployment
        if let node = self.required("core", in: fields, of: root, path: "") {
            core = self.core(node, path: "core")
        } else {
            core = Self.placeholderCore
            self.replicaNames = nil
        }

        var regions: [RegionConfiguration] = []
        if let node = self.required(
            "regions", in: fields, of: root, path: "",
            hint: "add a `regions:` list with at least one region (name, host, https_port)"
        ), let items = self.sequence(node, path: "regions") {
            if items.isEmpty {
                self.report(
                    at: node, path: "regions", "the regions list is empty",
                    hint: "add at least one region (name, host, https_port)"
                )
            }
            var firstLineOfName: [String: Int] = [:]
            for (index, item) in items.enumerated() {
                if let region = self.region(item, path: "regions[\(index)]", firstLineOfName: &firstLineOfName) {
                    regions.append(region)
                }
            }
        }

        return RegionsConfiguration(version: version, core: core, regions: regions)
    }

    // MARK: - Core

    private static let placeholderCore = CoreDeployment(
        endpoint: Endpoint(host: "", port: 0),
        postgres: PostgresDeployment(primary: Endpoint(host: "", port: 0)),
        redis: Endpoint(host: "", port: 0)
    )

    private mutating func core(_ node: Node, path: String) -> CoreDeployment {
        guard let mapping = self.mapping(node, path: path) else {
            self.replicaNames = nil
            return Self.placeholderCore
        }
        let fields = self.fields(of: mapping, path: path, allowed: Self.coreKeys)
        let endpoint = self.endpointFields(fields, of: node, path: path)

        var postgres = Self.placeholderCore.postgres
        if let postgresNode = self.required("postgres", in: fields, of: node, path: path) {
            postgres = self.postgres(postgresNode, path: "\(path).postgres")
        } else {
            self.replicaNames = nil
        }

        var redis = Endpoint(host: "", port: 0)
        if let redisNode = self.required(
            "redis", in: fields, of: node, path: path, hint: "add `redis: { host: 127.0.0.1, port: 16379 }` under core"
        ) {
            redis = self.endpoint(redisNode, path: "\(path).redis")
        }
        var authority: String?
        if let value = fields["certificate_authority"]?.value {
            authority = self.nonEmptyString(value, path: "\(path).certificate_authority")
        }
        return CoreDeployment(endpoint: endpoint, postgres: postgres, redis: redis, certificateAuthority: authority)
    }

    private mutating func postgres(_ node: Node, path: String) -> PostgresDeployment {
        guard let mapping = self.mapping(node, path: path) else {
            self.replicaNames = nil
            return Self.placeholderCore.postgres
        }
        let fields = self.fields(of: mapping, path: path, allowed: Self.postgresKeys)
        var database = PostgresDeployment.defaultDatabase
        if let value = fields["database"]?.value, let text = self.nonEmptyString(value, path: "\(path).database") {
            database = text
        }
        var user = PostgresDeployment.defaultUser
        if let value = fields["user"]?.value, let text = self.nonEmptyString(value, path: "\(path).user") {
            // A plain role name: it goes into pg_hba.conf and the superuser's role SQL.
            let plain = text.range(of: "^[a-z_][a-z0-9_]{0,62}$", options: .regularExpression) != nil
            if !plain || ["postgres", "arena_replication", "public"].contains(text) || text.hasPrefix("pg_") {
                self.report(
                    at: value, path: "\(path).user", "invalid PostgreSQL role name \"\(text)\"",
                    hint: "use 1–63 lowercase letters, digits and '_' (not starting with a digit); not postgres, arena_replication, public or pg_*")
            } else {
                user = text
            }
        }
        var primary = Endpoint(host: "", port: 0)
        if let primaryNode = self.required(
            "primary", in: fields, of: node, path: path,
            hint: "add `primary: { host: 127.0.0.1, port: 15432 }` under core.postgres"
        ) {
            primary = self.endpoint(primaryNode, path: "\(path).primary")
        }

        var replicas: [ReplicaConfiguration] = []
        if let replicasNode = Self.present(fields["replicas"]?.value) {
            if let items = self.sequence(replicasNode, path: "\(path).replicas") {
                var firstLineOfName: [String: Int] = [:]
                for (index, item) in items.enumerated() {
                    if let replica = self.replica(item, path: "\(path).replicas[\(index)]", firstLineOfName: &firstLineOfName) {
                        replicas.append(replica)
                    } else {
                        self.replicaNames = nil
                    }
                }
            } else {
                self.replicaNames = nil
            }
        }
        if self.replicaNames != nil {
            self.replicaNames = replicas.map(\.name)
        }
        return PostgresDeployment(database: database, user: user, primary: primary, replicas: replicas)
    }

    /// nil when the replica has no usable name (the rest is still checked).
    private mutating func replica(_ node: Node, path: String, firstLineOfName: inout [String: Int]) -> ReplicaConfiguration? {
        guard let mapping = self.mapping(node, path: path) else { return nil }
        let fields = self.fields(of: mapping, path: path, allowed: Self.replicaKeys)
        var name: String?
        if let nameNode = self.required("name", in: fields, of: node, path: path, hint: "give the replica a name regions can refer to"),
            let text = self.nonEmptyString(nameNode, path: "\(path).name")
        {
            name = text
            if let first = firstLineOfName[text] {
                self.report(
                    at: nameNode, path: "\(path).name", "duplicate replica \"\(text)\" (first at line \(first))",
                    hint: "give every replica a unique name"
                )
            } else {
                firstLineOfName[text] = Self.line(of: nameNode)
            }
        }
        let endpoint = self.endpointFields(fields, of: node, path: path)
        return name.map { ReplicaConfiguration(name: $0, endpoint: endpoint) }
    }

    /// A `{ host, port }` mapping (postgres primary, redis).
    private mutating func endpoint(_ node: Node, path: String) -> Endpoint {
        guard let mapping = self.mapping(node, path: path) else { return Endpoint(host: "", port: 0) }
        let fields = self.fields(of: mapping, path: path, allowed: Self.endpointKeys)
        return self.endpointFields(fields, of: node, path: path)
    }

    /// The required `host` and `port` of a mapping whose keys were already checked; registers the listener.
    private mutating func endpointFields(_ fields: Fields, of node: Node, path: String) -> Endpoint {
        var host: String?
        if let hostNode = self.required("host", in: fields, of: node, path: path) {
            host = self.nonEmptyString(hostNode, path: "\(path).host")
        }
        var port: Int?
        if let portNode = self.required("port", in: fields, of: node, path: path) {
            port = self.port(portNode, path: "\(path).port")
            if let host, let port {
                self.listen(host: host, port: port, node: portNode, path: "\(path).port")
            }
        }
        return Endpoint(host: host ?? "", port: port ?? 0)
    }

    // MARK: - Regions

    private mutating func region(_ node: Node, path: String, firstLineOfName: inout [String: Int]) -> RegionConfiguration? {
        guard let mapping = self.mapping(node, path: path) else { return nil }
        let fields = self.fields(of: mapping, path: path, allowed: Self.regionKeys)

        var name = ""
        if let nameNode = self.required("name", in: fields, of: node, path: path, hint: "give the region a name such as `eu-west`"),
            let text = self.string(nameNode, path: "\(path).name")
        {
            name = text
            if !Self.isValidRegionName(text) {
                self.report(
                    at: nameNode, path: "\(path).name", "invalid region name \"\(text)\"",
                    hint: "use 2–32 characters: a lowercase letter, then lowercase letters, digits or '-' (e.g. `eu-west`)"
                )
            } else if let first = firstLineOfName[text] {
                self.report(
                    at: nameNode, path: "\(path).name", "duplicate region \"\(text)\" (first at line \(first))",
                    hint: "give every region a unique name"
                )
            } else {
                firstLineOfName[text] = Self.line(of: nameNode)
            }
        }

        var host: String?
        if let hostNode = self.required("host", in: fields, of: node, path: path, hint: "add the address the edge binds to, e.g. `host: 127.0.0.1`") {
            host = self.nonEmptyString(hostNode, path: "\(path).host")
        }

        let httpsNode = Self.present(fields["https_port"]?.value)
        let httpNode = Self.present(fields["http_port"]?.value)
        var httpsPort: Int?
        if let httpsNode {
            httpsPort = self.port(httpsNode, path: "\(path).https_port")
            if let host, let httpsPort {
                self.listen(host: host, port: httpsPort, node: httpsNode, path: "\(path).https_port")
            }
        }
        var httpPort: Int?
        if let httpNode {
            httpPort = self.port(httpNode, path: "\(path).http_port")
            if let host {
                if !Self.isLoopback(host) {
                    self.report(
                        at: httpNode, path: "\(path).http_port",
                        "plain HTTP is only allowed on a loopback host, but the region binds to \"\(host)\"",
                        hint: "remove http_port and serve https_port, or bind the region to 127.0.0.1, ::1 or localhost"
                    )
                }
                if let httpPort {
                    self.listen(host: host, port: httpPort, node: httpNode, path: "\(path).http_port")
                }
            }
        }
        if httpsNode == nil && httpNode == nil {
            self.report(
                at: node, path: path,
                "region \(name.isEmpty ? "" : "\"\(name)\" ")has neither https_port nor http_port",
                hint: "add `https_port:` (or `http_port:` when the region binds to a loopback host)"
            )
        }

        var readReplica: String?
        if let replicaNode = Self.present(fields["read_replica"]?.value),
            let text = self.string(replicaNode, path: "\(path).read_replica")
        {
            readReplica = text
            if let known = self.replicaNames, !known.contains(text) {
                let hint =
                    known.isEmpty
                    ? "no replicas are defined; add one under core.postgres.replicas or remove read_replica to read from the primary"
                    : "existing replicas: \(known.joined(separator: ", ")) (or remove read_replica to read from the primary)"
                self.report(
                    at: replicaNode, path: "\(path).read_replica",
                    "read_replica \"\(text)\" is not a replica in core.postgres.replicas", hint: hint
                )
            }
        }

        let judgePool = self.optionalInt(
            fields, "judge_pool", path: path, range: RegionConfiguration.judgePoolRange,
            default: RegionConfiguration.defaultJudgePool
        )
        let cacheEntries = self.optionalInt(
            fields, "cache_entries", path: path, range: RegionConfiguration.cacheEntriesRange,
            default: RegionConfiguration.defaultCacheEntries
        )
        let cacheTTLSeconds = self.optionalInt(
            fields, "cache_ttl_seconds", path: path, range: RegionConfiguration.cacheTTLSecondsRange,
            default: RegionConfiguration.defaultCacheTTLSeconds
        )

        return RegionConfiguration(
            name: name, host: host ?? "", httpsPort: httpsPort, httpPort: httpPort, readReplica: readReplica,
            judgePool: judgePool, cacheEntries: cacheEntries, cacheTTLSeconds: cacheTTLSeconds
        )
    }

    public static func isValidRegionName(_ name: String) -> Bool {
        let scalars = Array(name.unicodeScalars)
        guard (2...32).contains(scalars.count), let first = scalars.first, ("a"..."z").contains(first) else { return false }
        return scalars.dropFirst().allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }

    /// 127.0.0.0/8, ::1 or localhost.
    static func isLoopback(_ host: String) -> Bool {
        let host = Self.normalized(host)
        if host == "localhost" || host == "::1" || host == "0:0:0:0:0:0:0:1" { return true }
        let octets = host.split(separator: ".", omittingEmptySubsequences: false)
        guard octets.count == 4, octets.allSatisfy({ !$0.isEmpty && $0.count <= 3 && $0.allSatisfy(\.isASCII) }) else {
            return false
        }
        let values = octets.compactMap { UInt8($0) }
        return values.count == 4 && values[0] == 127
    }

    static func isWildcard(_ host: String) -> Bool {
        let host = Self.normalized(host)
        return host == "0.0.0.0" || host == "::" || host == "0:0:0:0:0:0:0:0"
    }

    private static func normalized(_ host: String) -> String {
        var host = host.lowercased()
        if host.hasPrefix("[") && host.hasSuffix("]") && host.count >= 2 {
            host = String(host.dropFirst().dropLast())
        }
        return host
    }

    // MARK: - Listeners

    private mutating func listen(host: String, port: Int, node: Node, path: String) {
        let clash = self.listeners.first { other in
            other.port == port
                && (Self.normalized(other.host) == Self.normalized(host) || Self.isWildcard(other.host) || Self.isWildcard(host))
        }
        if let clash {
            self.report(
                at: node, path: path, "port \(port) already used by \(clash.path) (line \(clash.line))",
                hint: "give every listener on the same host its own port"
            )
        }
        self.listeners.append(Listener(path: path, host: host, port: port, line: Self.line(of: node)))
    }

    // MARK: - Typed access

    /// Reports unknown and non-string keys; returns the pairs by key.
    private mutating func fields(of mapping: Node.Mapping, path: String, allowed: [String]) -> Fields {
        var fields: Fields = [:]
        for (key, value) in mapping {
            guard case .scalar(let scalar) = key else {
                self.report(at: key, path: path, "mapping keys must be plain names, found \(Self.kind(of: key))")
                continue
            }
            let name = scalar.string
            if name == "<<" {
                self.report(
                    at: key, path: Self.child(path, name), "YAML merge keys (`<<`) are not supported",
                    hint: "write the keys out in full"
                )
                continue
            }
            guard allowed.contains(name) else {
                let hint =
                    Self.suggestion(for: name, among: allowed).map { "did you mean `\($0)`?" }
                    ?? "allowed keys are \(allowed.map { "`\($0)`" }.joined(separator: ", "))"
                self.report(at: key, path: Self.child(path, name), "unknown key `\(name)`", hint: hint)
                continue
            }
            fields[name] = (key, value)
        }
        return fields
    }

    /// The value of a required key, or nil after reporting it missing (at `parent`) or null (at the value).
    private mutating func required(_ key: String, in fields: Fields, of parent: Node, path: String, hint: String? = nil) -> Node? {
        let keyPath = Self.child(path, key)
        guard let pair = fields[key] else {
            let place = path.isEmpty ? "the top level" : "`\(path)`"
            self.report(at: parent, path: keyPath, "missing required key `\(key)`", hint: hint ?? "add `\(key):` to \(place)")
            return nil
        }
        guard Self.present(pair.value) != nil else {
            self.report(at: pair.value, path: keyPath, "`\(key)` has no value", hint: hint ?? "give `\(key)` a value")
            return nil
        }
        return pair.value
    }

    private mutating func mapping(_ node: Node, path: String) -> Node.Mapping? {
        if case .mapping(let mapping) = node { return mapping }
        self.report(at: node, path: path, "expected a mapping, found \(Self.kind(of: node))", hint: "write `key: value` pairs indented under it")
        return nil
    }

    private mutating func sequence(_ node: Node, path: String) -> [Node]? {
        if case .sequence(let sequence) = node { return Array(sequence) }
        self.report(at: node, path: path, "expected a list, found \(Self.kind(of: node))", hint: "write one `- ` item per line, or `[]`")
        return nil
    }

    private mutating func string(_ node: Node, path: String) -> String? {
        if case .scalar(let scalar) = node, Self.tagName(of: node) != .null { return scalar.string }
        self.report(at: node, path: path, "expected a string, found \(Self.kind(of: node))")
        return nil
    }

    private mutating func nonEmptyString(_ node: Node, path: String) -> String? {
        guard let text = self.string(node, path: path) else { return nil }
        if text.trimmingCharacters(in: .whitespaces).isEmpty {
            self.report(at: node, path: path, "must not be empty")
            return nil
        }
        return text
    }

    private mutating func int(_ node: Node, path: String) -> Int? {
        if case .scalar = node, Self.tagName(of: node) == .int, let value = node.int { return value }
        var hint: String?
        if case .scalar(let scalar) = node, Int(scalar.string.trimmingCharacters(in: .whitespaces)) != nil {
            hint = "write the number without quotes"
        }
        self.report(at: node, path: path, "expected an integer, found \(Self.kind(of: node))", hint: hint)
        return nil
    }

    private mutating func port(_ node: Node, path: String) -> Int? {
        guard let value = self.int(node, path: path) else { return nil }
        guard Self.portRange.contains(value) else {
            self.report(
                at: node, path: path, "port \(value) is out of range \(Self.portRange.lowerBound)...\(Self.portRange.upperBound)",
                hint: "use a TCP port between 1 and 65535"
            )
            return nil
        }
        return value
    }

    private mutating func optionalInt(
        _ fields: Fields, _ key: String, path: String, range: ClosedRange<Int>, default defaultValue: Int
    ) -> Int {
        guard let node = Self.present(fields[key]?.value), let value = self.int(node, path: Self.child(path, key)) else {
            return defaultValue
        }
        guard range.contains(value) else {
            self.report(
                at: node, path: Self.child(path, key), "\(key) \(value) is out of range \(range.lowerBound)...\(range.upperBound)",
                hint: "use a value from \(range.lowerBound) to \(range.upperBound) (default \(defaultValue))"
            )
            return defaultValue
        }
        return value
    }

    /// nil for an absent key or an explicit null (`key:` / `key: ~`), which both mean "not set".
    private static func present(_ node: Node?) -> Node? {
        guard let node else { return nil }
        if case .scalar = node, Self.tagName(of: node) == .null { return nil }
        return node
    }

    // MARK: - Reporting

    private mutating func report(at node: Node, path: String, _ message: String, hint: String? = nil) {
        self.report(line: Self.line(of: node), column: node.mark?.column ?? 0, path: path, message, hint: hint)
    }

    private mutating func report(line: Int, column: Int, path: String, _ message: String, hint: String? = nil) {
        self.issues.append(RegionsIssue(file: self.fileName, line: line, column: column, path: path, message: message, hint: hint))
    }

    private static func line(of node: Node) -> Int { node.mark?.line ?? 0 }

    /// The resolved tag (`!!int`, `!!str`, `!!null` …) of a node.
    private static func tagName(of node: Node) -> Tag.Name { Tag.Name(rawValue: node.tag.rawValue) }

    private static func child(_ path: String, _ key: String) -> String { path.isEmpty ? key : "\(path).\(key)" }

    /// "a string \"abc\"", "a list", "null" … for "expected X, found Y".
    static func kind(of node: Node) -> String {
        switch node {
        case .mapping: return "a mapping"
        case .sequence: return "a list"
        case .alias: return "an alias"
        case .scalar(let scalar):
            switch Self.tagName(of: node) {
            case .null: return "null"
            case .bool: return "a boolean (\(scalar.string))"
            case .int: return "an integer (\(scalar.string))"
            case .float: return "a number (\(scalar.string))"
            default: return "a string \"\(scalar.string)\""
            }
        }
    }

    /// The closest allowed key within edit distance 2, if any.
    static func suggestion(for key: String, among allowed: [String]) -> String? {
        var best: (key: String, distance: Int)?
        for candidate in allowed {
            let distance = Self.editDistance(key.lowercased(), candidate)
            if distance <= 2 && distance < (best?.distance ?? Int.max) {
                best = (candidate, distance)
            }
        }
        return best?.key
    }

    /// Levenshtein distance over Unicode scalars.
    static func editDistance(_ lhs: String, _ rhs: String) -> Int {
        let a = Array(lhs.unicodeScalars)
        let b = Array(rhs.unicodeScalars)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }

    // MARK: - YAML syntax errors

    private func issue(forYAMLError error: any Error, yaml: String) -> RegionsIssue {
        let hint = "check the indentation (spaces, not tabs) and that every `key: value` has a space after the colon"
        guard let yamlError = error as? YamlError else {
            return RegionsIssue(file: self.fileName, line: 0, column: 0, path: "", message: "malformed YAML: \(error)", hint: hint)
        }
        switch yamlError {
        case .scanner(let context, let problem, let mark, _),
            .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            var message = "malformed YAML: \(problem)"
            if let context {
                message += " (\(context.text) at line \(context.mark.line), column \(context.mark.column))"
            }
            return RegionsIssue(file: self.fileName, line: mark.line, column: mark.column, path: "", message: message, hint: hint)
        case .duplicatedKeysInMapping(let duplicates, let context):
            let keys = duplicates.map { "`\($0)`" }.joined(separator: ", ")
            return RegionsIssue(
                file: self.fileName, line: context.mark.line, column: context.mark.column, path: "",
                message: "malformed YAML: duplicate key \(keys) in one mapping", hint: "keep only one of them"
            )
        case .reader(let problem, let offset, _, _):
            var line = 1
            var column = 1
            if let offset {
                for byte in yaml.utf8.prefix(offset) {
                    if byte == UInt8(ascii: "\n") {
                        line += 1
                        column = 1
                    } else if byte & 0xC0 != 0x80 {
                        column += 1
                    }
                }
            }
            return RegionsIssue(
                file: self.fileName, line: line, column: column, path: "", message: "unreadable YAML: \(problem)",
                hint: "remove control characters and save the file as UTF-8"
            )
        default:
            return RegionsIssue(file: self.fileName, line: 0, column: 0, path: "", message: "malformed YAML: \(yamlError)", hint: hint)
        }
    }
}
