import ArenaShared
import Foundation
import Testing

/// A valid file with known line numbers; tests replace single lines so positions stay put.
private let base = """
    version: 1
    core:
      host: 127.0.0.1
      port: 8600
      postgres:
        primary: { host: 127.0.0.1, port: 15432 }
        replicas:
          - { name: replica-a, host: 127.0.0.1, port: 15433 }
      redis: { host: 127.0.0.1, port: 16379 }
    regions:
      - name: eu-west
        host: 127.0.0.1
        https_port: 8443
        http_port: 8080
        read_replica: replica-a
      - name: us-east
        host: 127.0.0.1
        https_port: 8444
    """

/// `base` with the given 1-based lines replaced.
private func variant(_ replacements: [Int: String]) -> String {
    var lines = base.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    for (number, text) in replacements { lines[number - 1] = text }
    return lines.joined(separator: "\n")
}

/// The issues `yaml` produces; records a test failure when it parses.
private func issues(_ yaml: String, sourceLocation: SourceLocation = #_sourceLocation) -> [RegionsIssue] {
    do {
        _ = try RegionsConfiguration.parse(yaml)
        Issue.record("expected validation to fail", sourceLocation: sourceLocation)
        return []
    } catch {
        return error.issues
    }
}

/// The single issue `yaml` produces.
private func singleIssue(_ yaml: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> RegionsIssue {
    let found = issues(yaml, sourceLocation: sourceLocation)
    #expect(found.count == 1, "\(found)", sourceLocation: sourceLocation)
    return try #require(found.first, sourceLocation: sourceLocation)
}

@Suite("regions.yaml")
struct RegionsConfigurationTests {
    // MARK: Valid files

    @Test("the example regions.yaml at the package root parses")
    func exampleFile() throws {
        let path = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("regions.yaml").path
        let configuration = try RegionsConfiguration.load(path: path)
        #expect(configuration.version == 1)
        #expect(configuration.core.endpoint == Endpoint(host: "127.0.0.1", port: 8600))
        #expect(configuration.core.postgres.primary == Endpoint(host: "127.0.0.1", port: 15432))
        #expect(configuration.core.postgres.replicas == [ReplicaConfiguration(name: "replica-a", endpoint: Endpoint(host: "127.0.0.1", port: 15433))])
        #expect(configuration.core.redis == Endpoint(host: "127.0.0.1", port: 16379))
        #expect(configuration.regions.map(\.name) == ["eu-west", "us-east"])

        let euWest = try #require(configuration.region(named: "eu-west"))
        #expect(euWest.httpsPort == 8443)
        #expect(euWest.httpPort == 8080)
        #expect(euWest.judgePool == 2)
        #expect(configuration.replica(for: euWest)?.endpoint.port == 15433)
        let usEast = try #require(configuration.region(named: "us-east"))
        #expect(usEast.httpsPort == 8444)
        #expect(usEast.httpPort == 8081)
        #expect(configuration.region(named: "ap-south") == nil)

        let summary = configuration.summary
        #expect(summary.contains("eu-west"))
        #expect(summary.contains("us-east"))
        #expect(summary.contains("127.0.0.1:8600"))
        #expect(summary.contains("replica-a"))
        #expect(summary.contains("127.0.0.1:16379"))
    }

    @Test("the PostgreSQL role is a plain name, not the superuser's or the replication role's", arguments: [
        "postgres", "arena_replication", "pg_monitor", "\"x$$y\"", "\"Arena\"", "\"a b\"", "1arena",
    ])
    func postgresRoleNames(_ name: String) throws {
        let issue = try singleIssue(variant([5: "  postgres:\n    user: \(name)"]))
        #expect(issue.path == "core.postgres.user" && issue.message.contains("role name"), "\(issue)")
    }

    @Test("core.certificate_authority names the operator's CA folder")
    func certificateAuthority() throws {
        let configuration = try RegionsConfiguration.parse(variant([4: "  port: 8600\n  certificate_authority: /etc/pki/codearena"]))
        #expect(configuration.core.certificateAuthority == "/etc/pki/codearena")
        #expect(try RegionsConfiguration.parse(base).core.certificateAuthority == nil)
    }

    @Test("defaults fill optional keys")
    func defaults() throws {
        let configuration = try RegionsConfiguration.parse(base)
        #expect(configuration.core.postgres.database == "arena")
        #expect(configuration.core.postgres.user == "arena")
        let usEast = try #require(configuration.region(named: "us-east"))
        #expect(usEast.httpPort == nil)
        #expect(usEast.readReplica == nil)
        #expect(configuration.replica(for: usEast) == nil)
        #expect(usEast.judgePool == 2)
        #expect(usEast.cacheEntries == 1000)
        #expect(usEast.cacheTTLSeconds == 30)
        #expect(configuration.summary.contains("primary"))
    }

    @Test("loopback hosts may serve plain HTTP", arguments: ["localhost", "::1", "127.0.0.1", "127.10.20.30", "\"[::1]\""])
    func loopbackHTTP(host: String) throws {
        let configuration = try RegionsConfiguration.parse(variant([12: "    host: \(host)"]))
        #expect(configuration.regions[0].httpPort == 8080)
    }

    @Test("equal ports on different specific hosts do not clash")
    func noClashOnDifferentHosts() throws {
        let configuration = try RegionsConfiguration.parse(variant([17: "    host: 127.0.0.2", 18: "    https_port: 8443"]))
        #expect(configuration.regions[1].httpsPort == 8443)
    }

    // MARK: Syntax and shape

    @Test("malformed YAML is one issue with a line")
    func malformedYAML() throws {
        let issue = try singleIssue(variant([4: "  port: [8600"]))
        #expect(issue.message.hasPrefix("malformed YAML:"))
        #expect(issue.line >= 4)
        #expect(issue.column > 0)
        #expect(issue.path == "")
    }

    @Test("a duplicated key is malformed YAML at that key")
    func duplicatedKey() throws {
        let issue = try singleIssue(variant([14: "    https_port: 8445"]))
        #expect(issue.message.contains("duplicate key `https_port`"))
        #expect(issue.line == 13 || issue.line == 14)
    }

    @Test("the top level must be a mapping")
    func topLevelNotMapping() throws {
        let issue = try singleIssue("- version: 1\n- core: {}\n")
        #expect(issue.message.contains("top level must be a mapping"))
        #expect(issue.message.contains("found a list"))
        #expect(issue.path == "")
        #expect(issue.line == 1)
    }

    @Test("an empty file is reported")
    func emptyFile() throws {
        let issue = try singleIssue("# nothing here\n")
        #expect(issue.message == "the file is empty")
        #expect(issue.line == 1)
    }

    // MARK: Keys

    @Test("an unknown key close to a known one gets a suggestion")
    func unknownKeySuggestion() throws {
        let issue = try singleIssue(variant([13: "    htps_port: 8443"]))
        #expect(issue.path == "regions[0].htps_port")
        #expect(issue.message == "unknown key `htps_port`")
        #expect(issue.hint == "did you mean `https_port`?")
        #expect(issue.line == 13)
        #expect(issue.column == 5)
    }

    @Test("an unknown key far from every known one lists the allowed keys")
    func unknownKeyAllowedList() throws {
        let issue = try singleIssue(variant([6: "    primary: { host: 127.0.0.1, port: 15432, flavour: vanilla }"]))
        #expect(issue.path == "core.postgres.primary.flavour")
        #expect(issue.message == "unknown key `flavour`")
        #expect(issue.hint == "allowed keys are `host`, `port`")
        #expect(issue.line == 6)
    }

    @Test("YAML merge keys are rejected, not silently ignored")
    func mergeKey() throws {
        let found = issues(variant([17: "    <<: { host: 127.0.0.1 }"]))
        #expect(found.map(\.path) == ["regions[1].host", "regions[1].<<"])  // the merged host does not count
        let issue = try #require(found.last)
        #expect(issue.message == "YAML merge keys (`<<`) are not supported")
        #expect(issue.line == 17)
    }

    @Test("a missing required key is reported at its parent mapping")
    func missingKey() throws {
        let issue = try singleIssue(variant([9: "  # no redis"]))
        #expect(issue.path == "core.redis")
        #expect(issue.message == "missing required key `redis`")
        #expect(issue.line == 3)
        #expect(issue.hint?.contains("redis:") == true)
    }

    @Test("a missing version is reported at the top-level mapping")
    func missingVersion() throws {
        let issue = try singleIssue(variant([1: "# no version"]))
        #expect(issue.path == "version")
        #expect(issue.message == "missing required key `version`")
        #expect(issue.line == 2)
    }

    @Test("a required key without a value is reported at the value")
    func nullRequiredValue() throws {
        let issue = try singleIssue(variant([12: "    host:"]))
        #expect(issue.path == "regions[0].host")
        #expect(issue.message == "`host` has no value")
        #expect(issue.line == 12)
    }

    // MARK: Types and values

    @Test("a string where an integer is expected")
    func stringForInteger() throws {
        let issue = try singleIssue(variant([4: "  port: eighty"]))
        #expect(issue.path == "core.port")
        #expect(issue.message == "expected an integer, found a string \"eighty\"")
        #expect(issue.line == 4)
        #expect(issue.column == 9)
    }

    @Test("a quoted number is a string, with a hint")
    func quotedInteger() throws {
        let issue = try singleIssue(variant([4: "  port: \"8600\""]))
        #expect(issue.path == "core.port")
        #expect(issue.message == "expected an integer, found a string \"8600\"")
        #expect(issue.hint == "write the number without quotes")
    }

    @Test("a scalar where a list is expected")
    func scalarForList() throws {
        let issue = try singleIssue(variant([7: "    replicas: replica-a", 8: "    # (not a list)"]))
        #expect(issue.path == "core.postgres.replicas")
        #expect(issue.message == "expected a list, found a string \"replica-a\"")
        #expect(issue.line == 7)
    }

    @Test("a scalar where a mapping is expected")
    func scalarForMapping() throws {
        let issue = try singleIssue(variant([9: "  redis: 127.0.0.1:16379"]))
        #expect(issue.path == "core.redis")
        #expect(issue.message.hasPrefix("expected a mapping, found a string"))
        #expect(issue.line == 9)
    }

    @Test("version must be 1")
    func unsupportedVersion() throws {
        let issue = try singleIssue(variant([1: "version: 2"]))
        #expect(issue.path == "version")
        #expect(issue.message == "unsupported version 2")
        #expect(issue.line == 1)
        #expect(issue.column == 10)
    }

    @Test("ports must be 1...65535", arguments: [0, 70000, -1])
    func portOutOfRange(port: Int) throws {
        let issue = try singleIssue(variant([18: "    https_port: \(port)"]))
        #expect(issue.path == "regions[1].https_port")
        #expect(issue.message == "port \(port) is out of range 1...65535")
        #expect(issue.line == 18)
    }

    @Test(
        "tuning values must be in range",
        arguments: [
            ("judge_pool", 0, "1...64"), ("judge_pool", 65, "1...64"),
            ("cache_entries", -1, "0...1000000"), ("cache_entries", 1_000_001, "0...1000000"),
            ("cache_ttl_seconds", 0, "1...86400"), ("cache_ttl_seconds", 86_401, "1...86400"),
        ]
    )
    func tuningOutOfRange(key: String, value: Int, range: String) throws {
        let issue = try singleIssue(variant([15: "    \(key): \(value)"]))
        #expect(issue.path == "regions[0].\(key)")
        #expect(issue.message == "\(key) \(value) is out of range \(range)")
        #expect(issue.line == 15)
    }

    // MARK: Cross-field rules

    @Test("a port clash is reported at the second listener")
    func portClash() throws {
        let issue = try singleIssue(variant([18: "    https_port: 8600"]))
        #expect(issue.path == "regions[1].https_port")
        #expect(issue.message == "port 8600 already used by core.port (line 4)")
        #expect(issue.line == 18)
    }

    @Test("a wildcard host clashes with any host on the same port")
    func wildcardPortClash() throws {
        let issue = try singleIssue(variant([17: "    host: 0.0.0.0", 18: "    https_port: 15433"]))
        #expect(issue.path == "regions[1].https_port")
        #expect(issue.message == "port 15433 already used by core.postgres.replicas[0].port (line 8)")
        #expect(issue.line == 18)
    }

    @Test("a region's https and http ports clash with each other")
    func httpsHTTPClash() throws {
        let issue = try singleIssue(variant([14: "    http_port: 8443"]))
        #expect(issue.path == "regions[0].http_port")
        #expect(issue.message == "port 8443 already used by regions[0].https_port (line 13)")
    }

    @Test("duplicate region names")
    func duplicateRegion() throws {
        let issue = try singleIssue(variant([16: "  - name: eu-west", 18: "    https_port: 8445"]))
        #expect(issue.path == "regions[1].name")
        #expect(issue.message == "duplicate region \"eu-west\" (first at line 11)")
        #expect(issue.line == 16)
        #expect(
            issue.description
                == "regions.yaml:16:11: regions[1].name: duplicate region \"eu-west\" (first at line 11) — hint: give every region a unique name"
        )
    }

    @Test("duplicate replica names")
    func duplicateReplica() throws {
        let issue = try singleIssue(
            variant([
                7: "    replicas: [{ name: replica-a, host: 127.0.0.1, port: 15433 }, { name: replica-a, host: 127.0.0.1, port: 15434 }]",
                8: "    # (flow list above)",
            ])
        )
        #expect(issue.path == "core.postgres.replicas[1].name")
        #expect(issue.message == "duplicate replica \"replica-a\" (first at line 7)")
        #expect(issue.line == 7)
    }

    @Test("invalid region names", arguments: ["EU_West", "e", "1st", "eu-west-with-a-name-longer-than-32", "\"\""])
    func invalidRegionName(name: String) throws {
        let issue = try singleIssue(variant([11: "  - name: \(name)"]))
        #expect(issue.path == "regions[0].name")
        #expect(issue.message.hasPrefix("invalid region name"))
        #expect(issue.line == 11)
    }

    @Test("read_replica must name an existing replica")
    func unknownReadReplica() throws {
        let issue = try singleIssue(variant([15: "    read_replica: replica-b"]))
        #expect(issue.path == "regions[0].read_replica")
        #expect(issue.message == "read_replica \"replica-b\" is not a replica in core.postgres.replicas")
        #expect(issue.hint?.contains("existing replicas: replica-a") == true)
        #expect(issue.line == 15)
    }

    @Test("read_replica without any replica")
    func readReplicaWithoutReplicas() throws {
        let issue = try singleIssue(variant([7: "    # no replicas", 8: "    # none"]))
        #expect(issue.path == "regions[0].read_replica")
        #expect(issue.hint?.contains("no replicas are defined") == true)
    }

    @Test("plain HTTP only on loopback", arguments: ["0.0.0.0", "10.0.0.5", "eu.example.com", "128.0.0.1"])
    func httpOnPublicHost(host: String) throws {
        let issue = try singleIssue(variant([12: "    host: \(host)"]))
        #expect(issue.path == "regions[0].http_port")
        #expect(issue.message == "plain HTTP is only allowed on a loopback host, but the region binds to \"\(host)\"")
        #expect(issue.line == 14)
    }

    @Test("a region needs at least one port")
    func regionWithoutPorts() throws {
        let issue = try singleIssue(variant([13: "    # no https", 14: "    # no http"]))
        #expect(issue.path == "regions[0]")
        #expect(issue.message == "region \"eu-west\" has neither https_port nor http_port")
        #expect(issue.line == 11)
    }

    @Test("an empty regions list")
    func emptyRegions() throws {
        let yaml = base.split(separator: "\n").prefix(9).joined(separator: "\n") + "\nregions: []\n"
        let issue = try singleIssue(yaml)
        #expect(issue.path == "regions")
        #expect(issue.message == "the regions list is empty")
        #expect(issue.line == 10)
    }

    // MARK: Reporting

    @Test("every error is reported, in file order")
    func severalErrors() throws {
        let found = issues(
            variant([
                1: "version: 3",
                4: "  port: x",
                13: "    htps_port: 8443",
                16: "  - name: eu-west",
                18: "    https_port: 99999",
            ])
        )
        #expect(found.map(\.path) == ["version", "core.port", "regions[0].htps_port", "regions[1].name", "regions[1].https_port"])
        #expect(found.map(\.line) == [1, 4, 13, 16, 18])
        let description = RegionsFileError(issues: found).description
        #expect(description.split(separator: "\n").count == 6)
        #expect(description.hasSuffix("5 errors"))
    }

    @Test("the file name labels every issue")
    func fileName() throws {
        do {
            _ = try RegionsConfiguration.parse(variant([1: "version: 2"]), fileName: "/etc/arena/regions.yaml")
            Issue.record("expected failure")
        } catch {
            #expect(error.issues.map(\.file) == ["/etc/arena/regions.yaml"])
            #expect(error.description.hasPrefix("/etc/arena/regions.yaml:1:10: version: unsupported version 2"))
            #expect(error.description.hasSuffix("1 error"))
        }
    }

    @Test("a file that cannot be read is one issue at line 0")
    func unreadableFile() throws {
        do {
            _ = try RegionsConfiguration.load(path: "/nonexistent/arena/regions.yaml")
            Issue.record("expected failure")
        } catch {
            #expect(error.issues.count == 1)
            let issue = try #require(error.issues.first)
            #expect(issue.line == 0)
            #expect(issue.file == "/nonexistent/arena/regions.yaml")
            #expect(issue.message == "cannot read the file: no such file")
            #expect(issue.description.hasPrefix("/nonexistent/arena/regions.yaml: cannot read the file"))
        }
    }
}
