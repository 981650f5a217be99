import ArenaShared
import ArenaTestSupport
import AsyncHTTPClient
import EdgeNode
import Foundation
import LocalDeployment
import NIOHTTP1
import Testing

@testable import CoreNode

/// Edge ↔ core over mutual TLS (docs/operations.md, "Trust between nodes"): the core's
/// internal routes need a client certificate naming an edge of regions.yaml *and* the edge
/// secret; plain HTTP is refused off loopback.
@Suite("Mutual TLS between edges and the core", .timeLimit(.minutes(4)))
struct MutualTLSTests {
    static func startCore() async throws -> CoreTestEnvironment {
        let tls = try await TestMutualTLS.core()
        return try await CoreTestEnvironment.start { configuration in
            configuration.tls = tls
            configuration.edgeRegions = EdgeRegionList(["eu-west", "us-east"])
        }
    }

    static func heartbeat(region: String) throws -> Data {
        try ArenaJSON.encoder().encode(
            EdgeHeartbeat(
                region: region, instance: "test-\(region)", version: "test", ready: true,
                settings: RegionSettings(host: "127.0.0.1", httpsPort: 8443, httpPort: nil, judgePool: 1, cacheEntries: 10, cacheTTLSeconds: 60),
                startedAt: Date(), sockets: 0, matchesOwned: 0, pendingWrites: 0))
    }

    @Test("internal routes: no certificate, an unknown region's, another CA's, a region spoken for by another edge, an edge on the operator's routes or no secret are refused; an edge's and the operator's are let in where allowed")
    func internalRoutesNeedAnEdgeCertificate() async throws {
        let environment = try await Self.startCore()
        let secret = [(ArenaHeader.edgeSecret, TestCore.edgeSecret)]
        let (_, euWest) = try await TestMutualTLS.identity(.edge(region: "eu-west"))
        let (_, mars) = try await TestMutualTLS.identity(.edge(region: "mars"))
        let (_, operatorIdentity) = try await TestMutualTLS.identity(.operator)
        let foreignCA = try await DeploymentCA.open(in: try TemporaryDirectories.make(prefix: "arena-foreign-ca") + "/ca")
        let impostor = try await foreignCA.identity("edge-eu-west", hosts: [NodeIdentity.edge(region: "eu-west").dnsName])
        let anonymous = try await TestMutualTLS.client(presenting: nil)
        let edge = try await TestMutualTLS.client(presenting: euWest)
        let unknown = try await TestMutualTLS.client(presenting: mars)
        let operatorClient = try await TestMutualTLS.client(presenting: operatorIdentity)
        let foreign = try await TestMutualTLS.client(presenting: impostor)
        defer {
            Task {
                for client in [anonymous, edge, unknown, operatorClient, foreign] { try? await client.shutdown() }
                await environment.stop()
            }
        }
        let url = environment.core.url
        #expect(url.hasPrefix("https://"))

        // Public routes answer over HTTPS without a client certificate; plain HTTP gets no answer.
        #expect(try await TestHTTPClient(baseURL: url, http: anonymous).send(.GET, "/health").status == 200)
        await #expect(throws: (any Error).self) {
            try await TestHTTPClient(baseURL: url.replacingOccurrences(of: "https://", with: "http://")).send(.GET, "/internal/regions", headers: secret)
        }

        let noCertificate = try await TestHTTPClient(baseURL: url, http: anonymous).send(.GET, "/internal/regions", headers: secret)
        #expect(noCertificate.status == 403 && noCertificate.text.contains("client certificate"), "\(noCertificate.text)")
        let noSecret = try await TestHTTPClient(baseURL: url, http: edge).send(.POST, "/internal/regions/heartbeat", body: Self.heartbeat(region: "eu-west"))
        #expect(noSecret.status == 403, "\(noSecret.text)")
        let unknownRegion = try await TestHTTPClient(baseURL: url, http: unknown).send(
            .POST, "/internal/regions/heartbeat", body: Self.heartbeat(region: "mars"), headers: secret)
        #expect(unknownRegion.status == 403 && unknownRegion.text.contains("mars.edge.arena.internal"), "\(unknownRegion.text)")
        // A certificate from another CA fails the handshake, names notwithstanding.
        await #expect(throws: (any Error).self) {
            try await TestHTTPClient(baseURL: url, http: foreign).send(.GET, "/internal/regions", headers: secret)
        }

        let edgeClient = TestHTTPClient(baseURL: url, http: edge)
        // Region steering is the operator's: an edge may not list, drain or remove regions.
        #expect(try await edgeClient.send(.GET, "/internal/regions", headers: secret + [(ArenaHeader.region, "eu-west")]).status == 403)
        let drain = try await edgeClient.send(.PUT, "/internal/regions/us-east/state", body: Data(#"{"state":"draining"}"#.utf8), headers: secret)
        #expect(drain.status == 403, "\(drain.text)")
        let beat = try await edgeClient.send(.POST, "/internal/regions/heartbeat", body: Self.heartbeat(region: "eu-west"), headers: secret)
        #expect(beat.status == 200, "\(beat.text)")
        // eu-west's certificate cannot register, or tag requests as, us-east.
        let spoofedBody = try await edgeClient.send(.POST, "/internal/regions/heartbeat", body: Self.heartbeat(region: "us-east"), headers: secret)
        #expect(spoofedBody.status == 403, "\(spoofedBody.text)")
        let spoofedHeader = try await edgeClient.send(
            .POST, "/internal/regions/heartbeat", body: Self.heartbeat(region: "eu-west"), headers: secret + [(ArenaHeader.region, "us-east")])
        #expect(spoofedHeader.status == 403, "\(spoofedHeader.text)")

        // The operator's certificate lists regions but is not an edge.
        let operatorCalls = TestHTTPClient(baseURL: url, http: operatorClient)
        let listing = try await operatorCalls.send(.GET, "/internal/regions", headers: secret)
        #expect(listing.status == 200 && listing.text.contains("eu-west") && !listing.text.contains("us-east"), "\(listing.text)")
        let operatorBeat = try await operatorCalls.send(.POST, "/internal/regions/heartbeat", body: Self.heartbeat(region: "eu-west"), headers: secret)
        #expect(operatorBeat.status == 403, "\(operatorBeat.text)")
    }

    @Test("an edge reaches a TLS core with its certificate: sign-up through the edge and its registration work")
    func edgeOverMutualTLS() async throws {
        let environment = try await Self.startCore()
        let link = try await TestMutualTLS.edgeLink(region: "eu-west")
        let edge = try await TestEdge.start(region: "eu-west", coreURL: environment.core.url, redis: environment.redis) { $0.coreTLS = link }
        let (_, operatorIdentity) = try await TestMutualTLS.identity(.operator)
        let operatorClient = try await TestMutualTLS.client(presenting: operatorIdentity)
        defer {
            Task {
                try? await operatorClient.shutdown()
                await edge.stop()
                await environment.stop()
            }
        }
        let signUp = try await edge.client.signUp(username: "tls_player", password: "correct horse battery")
        #expect(signUp.status == 201, "\(signUp.text)")
        var registered = false
        for _ in 0..<50 where !registered {
            let listing = try await TestHTTPClient(baseURL: environment.core.url, http: operatorClient)
                .send(.GET, "/internal/regions", headers: [(ArenaHeader.edgeSecret, TestCore.edgeSecret)])
            registered = listing.status == 200 && listing.text.contains("eu-west")
            if !registered { try await Task.sleep(for: .milliseconds(100)) }
        }
        #expect(registered)
    }

    @Test("plain HTTP off loopback is refused at start, for the core's listener and an edge's link to the core")
    func plainHTTPOffLoopbackIsRefused() throws {
        var core = CoreConfiguration(
            host: "0.0.0.0", postgres: PostgresDeployment(database: "x", user: "x", primary: Endpoint(host: "127.0.0.1", port: 1), replicas: []),
            redis: Endpoint(host: "127.0.0.1", port: 1), tokenSecret: "x", edgeSecret: "x")
        #expect(throws: CoreConfigurationError.self) { try core.validate() }
        core.host = "127.0.0.1"
        try core.validate()

        var edge = EdgeConfiguration(
            region: "eu-west", host: "127.0.0.1", httpPort: 0, coreURL: "http://10.1.2.3:8600", redis: Endpoint(host: "127.0.0.1", port: 1),
            tokenSecret: "x", edgeSecret: "x", outboxDirectory: "/tmp/none")
        #expect(throws: EdgeConfigurationError.self) { try edge.validate() }
        edge.coreURL = "https://10.1.2.3:8600"
        #expect(throws: EdgeConfigurationError.self) { try edge.validate() }
        edge.coreURL = "http://127.0.0.1:8600"
        try edge.validate()
    }
}

/// Which regions' certificates the core accepts as regions.yaml changes.
@Suite("Edge region list follows regions.yaml")
struct EdgeRegionListTests {
    static func write(_ regions: [String], to path: String) throws {
        var yaml = """
            version: 1
            core:
              host: 127.0.0.1
              port: 8600
              postgres:
                database: arena
                user: arena
                primary: { host: 127.0.0.1, port: 15432 }
              redis: { host: 127.0.0.1, port: 16379 }
            regions:

            """
        for (index, region) in regions.enumerated() {
            yaml += "  - { name: \(region), host: 127.0.0.1, http_port: \(18_080 + index) }\n"
        }
        try Data(yaml.utf8).write(to: URL(fileURLWithPath: path))
        // A later write must change the modification time the list compares.
        try FileManager.default.setAttributes([.modificationDate: Date().addingTimeInterval(Double(regions.count))], ofItemAtPath: path)
    }

    @Test("an added region is let in without a restart; a removed one only until the registry forgets it")
    func followsTheFile() async throws {
        let path = try TemporaryDirectories.make(prefix: "arena-regions") + "/regions.yaml"
        try Self.write(["eu-west", "us-east"], to: path)
        let list = try EdgeRegionList(file: path)
        #expect(list.contains("eu-west") && list.contains("us-east") && !list.contains("ap-south"))

        try Self.write(["eu-west", "ap-south"], to: path)
        try await Task.sleep(for: .milliseconds(1_100))
        #expect(list.contains("ap-south"))
        // us-east is draining: its edges still deliver what they acknowledged.
        #expect(list.contains("us-east") && list.regions == ["eu-west", "ap-south"])
        list.forget("us-east")
        #expect(!list.contains("us-east"))
        // A file that no longer parses keeps the last good list.
        try Data("regions: [".utf8).write(to: URL(fileURLWithPath: path))
        try await Task.sleep(for: .milliseconds(1_100))
        #expect(list.contains("ap-south") && list.contains("eu-west"))
    }
}
