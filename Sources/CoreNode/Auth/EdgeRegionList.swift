import ArenaShared
import Foundation
import Synchronization

/// The regions whose edge certificates open the core's internal routes: those of
/// `regions.yaml`, read again when the file changes (checked at most once a second) so
/// `arena regions apply` can add a region without restarting the core. A region taken out
/// of the file stays allowed while it drains (its edges still deliver their outboxes and
/// match results: nothing acknowledged is lost) until `arena regions apply` removes it from
/// the registry (`forget`); from then on its certificate opens nothing.
/// A file that no longer parses keeps the last good list (and the operator sees the error
/// from `arena regions apply`, which validates first).
public final class EdgeRegionList: Sendable {
    private struct State {
        var regions: Set<String>
        /// Named by an earlier version of the file and not yet removed from the registry.
        var draining: Set<String> = []
        /// The file's bytes when last read (compared, not its timestamp: a Kubernetes
        /// ConfigMap changes by swapping symlinks, which leaves the file's own times alone).
        var contents: Data?
        var checked: ContinuousClock.Instant
    }

    private let path: String?
    private let state: Mutex<State>

    /// A fixed list (tests, or a core started without a file).
    public init(_ regions: Set<String>) {
        self.path = nil
        self.state = Mutex(State(regions: regions, contents: nil, checked: .now))
    }

    /// The regions of the file at `path`, as it changes.
    public init(file path: String) throws {
        let deployment = try RegionsConfiguration.load(path: path)
        self.path = path
        self.state = Mutex(
            State(regions: Set(deployment.regions.map(\.name)), contents: FileManager.default.contents(atPath: path), checked: .now))
    }

    public var regions: Set<String> {
        guard let path = self.path else { return self.state.withLock { $0.regions } }
        let due = self.state.withLock { state -> Data?? in
            guard ContinuousClock.now - state.checked >= .seconds(1) else { return .none }
            state.checked = .now
            return .some(state.contents)
        }
        if case .some(let known) = due, let contents = FileManager.default.contents(atPath: path), contents != known {
            let deployment = try? RegionsConfiguration.parse(String(decoding: contents, as: UTF8.self), fileName: path)
            self.state.withLock {
                $0.contents = contents
                guard let deployment else { return }
                let regions = Set(deployment.regions.map(\.name))
                $0.draining = $0.draining.union($0.regions).subtracting(regions)
                $0.regions = regions
            }
        }
        return self.state.withLock { $0.regions }
    }

    public func contains(_ region: String) -> Bool {
        self.regions.contains(region) || self.state.withLock { $0.draining.contains(region) }
    }

    /// The region left the registry (its edges stopped): its certificates open nothing now.
    public func forget(_ region: String) {
        self.state.withLock { _ = $0.draining.remove(region) }
    }
}
