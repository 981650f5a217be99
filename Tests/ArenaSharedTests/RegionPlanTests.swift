import ArenaShared
import Foundation
import Testing

/// `arena regions plan` as a function of regions.yaml and the registry.
@Suite("Region plan")
struct RegionPlanTests {
    static func yaml(_ regions: String) throws -> RegionsConfiguration {
        try RegionsConfiguration.parse(
            """
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
            \(regions)
            """, fileName: "test.yaml")
    }

    static func registered(
        _ name: String, state: RegionState = .active, judgePool: Int = 2, port: Int, live: Bool = true, matches: Int = 0
    ) -> RegisteredRegion {
        RegisteredRegion(
            name: name, state: state,
            settings: RegionSettings(host: "127.0.0.1", httpsPort: nil, httpPort: port, judgePool: judgePool, cacheEntries: 1000, cacheTTLSeconds: 30),
            registeredAt: Date(),
            edges: [.init(instance: "\(name)-1", version: "0.6.0", ready: true, startedAt: Date(), lastSeen: Date(), live: live, sockets: 3, matchesOwned: matches)])
    }

    @Test("a new region is added, an unchanged one kept, a changed one restarted, a missing one drained, a drained one removed")
    func everyAction() throws {
        let desired = try Self.yaml(
            """
              - { name: eu-west, host: 127.0.0.1, http_port: 8080 }
              - { name: us-east, host: 127.0.0.1, http_port: 8081, judge_pool: 4 }
              - { name: ap-south, host: 127.0.0.1, http_port: 8082 }
            """)
        let plan = RegionPlan(
            desired: desired,
            registered: [
                Self.registered("eu-west", port: 8080), Self.registered("us-east", port: 8081),
                Self.registered("sa-east", port: 8083, matches: 2), Self.registered("af-south", state: .draining, port: 8084, matches: 0),
            ])
        #expect(plan.steps.map(\.region) == ["eu-west", "us-east", "ap-south", "af-south", "sa-east"])
        #expect(plan.steps.map(\.action) == [.keep, .change, .add, .remove, .drain])
        #expect(plan.steps[1].detail.hasPrefix("judge_pool: 2 → 4"))
        #expect(plan.steps[4].detail.contains("2 live match(es)"))
        #expect(!plan.isEmpty)
        #expect(plan.text.hasSuffix("plan: 1 to add, 1 to change, 1 to drain, 1 to remove"))
    }

    @Test("the same regions with the same settings: nothing to do; a draining region still owning matches stays draining")
    func nothingToDo() throws {
        let desired = try Self.yaml("  - { name: eu-west, host: 127.0.0.1, http_port: 8080 }")
        let same = RegionPlan(desired: desired, registered: [Self.registered("eu-west", port: 8080)])
        #expect(same.isEmpty)
        #expect(same.text.hasSuffix("no changes: the deployment matches regions.yaml"))
        let busy = RegionPlan(
            desired: desired, registered: [Self.registered("eu-west", port: 8080), Self.registered("us-east", state: .draining, port: 8081, matches: 1)])
        #expect(busy.steps.last?.action == .drain)
        #expect(busy.steps.last?.detail.contains("still draining") == true)
        // A draining region back in the file becomes active again.
        let back = RegionPlan(desired: desired, registered: [Self.registered("eu-west", state: .draining, port: 8080)])
        #expect(back.steps.map(\.action) == [.reactivate])
        // A drained region whose edge still holds writes for the core is not removed yet.
        var holding = Self.registered("us-east", state: .draining, port: 8081)
        holding.edges[0].pendingWrites = 3
        let notYet = RegionPlan(desired: desired, registered: [Self.registered("eu-west", port: 8080), holding])
        #expect(notYet.steps.last?.action == .drain)
        #expect(notYet.steps.last?.detail.contains("3 write(s) not yet at the core") == true)
    }
}
