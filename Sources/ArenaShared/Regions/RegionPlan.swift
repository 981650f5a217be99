import Foundation

/// What `arena regions plan` would do to bring the deployment (the core's registry, fed
/// by the edges' heartbeats) to `regions.yaml`: add, change, drain, remove, or leave be.
/// A pure function of the two, so the order and wording are tested without servers.
public struct RegionPlan: Sendable, Equatable {
    public enum Action: String, Sendable {
        case add, change, reactivate, drain, remove, keep
    }

    public struct Step: Sendable, Equatable {
        public var region: String
        public var action: Action
        public var detail: String
    }

    public var steps: [Step]

    /// Nothing to add, change, drain or remove.
    public var isEmpty: Bool { self.steps.allSatisfy { $0.action == .keep } }

    public init(desired: RegionsConfiguration, registered: [RegisteredRegion]) {
        var steps: [Step] = []
        let known = Dictionary(registered.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        for region in desired.regions {
            let wanted = RegionSettings(region)
            guard let current = known[region.name] else {
                steps.append(Step(region: region.name, action: .add, detail: "start its edge, wait until ready, then announce it"))
                continue
            }
            let live = current.liveEdges.count
            let changes = current.settings.differences(to: wanted)
            if current.state == .draining {
                let restart = changes.isEmpty ? "" : "; " + changes.joined(separator: ", ") + " (restart its edges one at a time)"
                steps.append(Step(region: region.name, action: .reactivate, detail: "back in regions.yaml: stop draining, make it active again" + restart))
            } else if !changes.isEmpty {
                steps.append(Step(region: region.name, action: .change, detail: changes.joined(separator: ", ") + " (restart its edges one at a time)"))
            } else {
                steps.append(Step(region: region.name, action: .keep, detail: live == 0 ? "registered, but no live edge" : "\(live) live edge(s), as in regions.yaml"))
            }
        }
        let wanted = Set(desired.regions.map(\.name))
        for region in registered.sorted(by: { $0.name < $1.name }) where !wanted.contains(region.name) {
            let (matches, writes) = region.outstanding
            if region.state == .active {
                steps.append(
                    Step(region: region.name, action: .drain, detail: "no new matches owned there; \(matches) live match(es) finish or move their lease"))
            } else if matches == 0 && writes == 0 {
                steps.append(Step(region: region.name, action: .remove, detail: "drained: stop its edges and forget it"))
            } else {
                steps.append(
                    Step(
                        region: region.name, action: .drain,
                        detail: "still draining: \(matches) live match(es), \(writes) write(s) not yet at the core, on \(region.liveEdges.count) live edge(s)"))
            }
        }
        self.steps = steps
    }

    /// The plan as a table, then a one-line summary.
    public var text: String {
        let rows = [["region", "action", "detail"]] + self.steps.map { [$0.region, $0.action.rawValue, $0.detail] }
        let widths = (0..<3).map { column in rows.map { $0[column].count }.max() ?? 0 }
        let lines = rows.map { row in
            row.enumerated().map { index, cell in index == 2 ? cell : cell.padding(toLength: widths[index], withPad: " ", startingAt: 0) }
                .joined(separator: "  ")
        }
        let counts = [Action.add, .change, .reactivate, .drain, .remove].compactMap { action -> String? in
            let count = self.steps.filter { $0.action == action }.count
            return count == 0 ? nil : "\(count) to \(action.rawValue)"
        }
        return (lines + ["", counts.isEmpty ? "no changes: the deployment matches regions.yaml" : "plan: " + counts.joined(separator: ", ")])
            .joined(separator: "\n")
    }
}
