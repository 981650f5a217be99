import ArenaShared
import ArgumentParser
import AsyncHTTPClient
import Foundation
import LocalDeployment
import NIOCore
import NIOHTTP1

struct Regions: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Work with regions.yaml, the operator's description of the deployment.",
        subcommands: [Validate.self, Plan.self, Apply.self, Render.self])

    struct Validate: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check a regions.yaml and report every problem with its line and a fix; print a summary when valid.")

        @Argument(help: "Path of the file.")
        var file: String = "regions.yaml"

        func run() async throws {
            do {
                let configuration = try RegionsConfiguration.load(path: self.file)
                print("\(self.file): valid\n")
                print(configuration.summary)
            } catch {
                printError(error.description)
                throw ExitCode(1)
            }
        }
    }

    /// The file, the core to ask and where the edge secret is: what plan and apply share.
    struct RegistryOptions: ParsableArguments {
        @Option(help: "The deployment description.")
        var config: String = "regions.yaml"

        @Option(help: "The core's base URL (default: core.host and core.port of the file).")
        var core: String?

        @Option(help: "The folder of the local `arena up` (its secrets and pid), when ARENA_EDGE_SECRET is not set.")
        var data: String = ".arena"

        /// The file (or a clear error and exit 1), the core's URL and the edge secret.
        func load() throws -> (desired: RegionsConfiguration, core: String, secret: String) {
            let desired = try loadDeployment(self.config)
            OperatorLink.configure(data: self.data)
            return (desired, self.core ?? OperatorLink.baseURL(desired.core.endpoint), try Plan.edgeSecret(data: self.data))
        }
    }

    struct Plan: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Compare regions.yaml with the regions registered in the core (edges register and heartbeat) and print what would be added, changed, drained or removed.")

        @OptionGroup var options: RegistryOptions

        @Flag(help: "Exit 2 when there is something to do (0 when the deployment matches the file).")
        var detailedExitCode = false

        func run() async throws {
            let (desired, core, secret) = try self.options.load()
            let registered = try await Self.registered(core: core, secret: secret)
            let plan = RegionPlan(desired: desired, registered: registered)
            print(plan.text)
            if self.detailedExitCode && !plan.isEmpty { throw ExitCode(2) }
        }

        static func edgeSecret(data: String) throws -> String {
            if let secret = ProcessInfo.processInfo.environment[NodeSecrets.edgeSecretVariable], !secret.isEmpty { return secret }
            if let secret = DataLayout.secretValues(in: data)?["ARENA_EDGE_SECRET"] { return secret }
            printError("set \(NodeSecrets.edgeSecretVariable) (the core's edge secret), or run from the folder whose \(data)/secrets.env `arena up` wrote")
            throw ExitCode(1)
        }

        /// `GET /internal/regions` from the core, with the shared secret.
        static func registered(core: String, secret: String) async throws -> [RegisteredRegion] {
            struct Listing: Decodable { var items: [RegisteredRegion] }
            var request = HTTPClientRequest(url: core + "/internal/regions")
            request.headers.add(name: ArenaHeader.edgeSecret, value: secret)
            do {
                let response = try await OperatorLink.client.execute(request, timeout: .seconds(10))
                let body = try await response.body.collect(upTo: 16 << 20)
                guard response.status == .ok else {
                    printError("the core at \(core) answered \(response.status.code): \(String(buffer: body).prefix(300))")
                    throw ExitCode(1)
                }
                return try ArenaJSON.decoder().decode(Listing.self, from: Data(body.readableBytesView)).items
            } catch let exit as ExitCode {
                throw exit
            } catch {
                printError("cannot read the region registry from the core at \(core): \(error) (is the core running?)")
                throw ExitCode(1)
            }
        }
    }

    struct Render: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write per-region deployment files: systemd units, an nginx front with sticky WebSocket routing, Kubernetes manifests, a Prometheus scrape config.")

        @Option(help: "The deployment description.")
        var config: String = "regions.yaml"

        @Option(help: "The folder to write (created; files in it are replaced).")
        var out: String

        @Option(help: "Alert and recording rules to copy next to the scrape config.")
        var rules: String = "infra/prometheus"

        @Option(help: "Where the arena binary is installed on the hosts.")
        var binary: String = DeploymentFiles.Layout().binary

        @Option(help: "TLS certificate the edges and nginx use, as installed on the hosts.")
        var tlsCertificate: String = DeploymentFiles.Layout().tlsCertificate

        @Option(help: "TLS private key, as installed on the hosts.")
        var tlsKey: String = DeploymentFiles.Layout().tlsKey

        @Option(help: "Where the node certificates written to OUT/tls are installed on the hosts.")
        var nodeTLSDirectory: String = DeploymentFiles.Layout().nodeTLSDirectory

        @Option(help: "The folder holding the deployment CA (DATA/tls/ca, created on first use; its key never leaves it).")
        var data: String = ".arena"

        func run() async throws {
            let deployment = try loadDeployment(self.config)
            var layout = DeploymentFiles.Layout()
            layout.binary = self.binary
            layout.tlsCertificate = self.tlsCertificate
            layout.tlsKey = self.tlsKey
            layout.nodeTLSDirectory = self.nodeTLSDirectory
            try await Self.issueNodeCertificates(deployment, data: self.data, out: "\(self.out)/tls")
            let text = (try? String(contentsOfFile: self.config, encoding: .utf8)) ?? ""
            let files = DeploymentFiles(deployment: deployment, regionsYAML: text, layout: layout).files
            for file in files {
                let path = "\(self.out)/\(file.path)"
                try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
                try file.contents.write(toFile: path, atomically: true, encoding: .utf8)
                print("wrote \(path)")
            }
            for rule in ["alerts.yml", "recording.yml"] {
                let source = "\(self.rules)/\(rule)"
                let target = "\(self.out)/prometheus/\(rule)"
                guard FileManager.default.fileExists(atPath: source) else {
                    printError("note: \(source) not found; copy the rules next to \(self.out)/prometheus/prometheus.yml before loading it")
                    continue
                }
                try? FileManager.default.removeItem(atPath: target)
                try FileManager.default.copyItem(atPath: source, toPath: target)
                print("copied \(source) → \(target)")
            }
            print("\(files.count) files for \(deployment.regions.count) region(s); check them with `nginx -t -c`, `promtool check config`")
        }

        /// The core's and each region's edge certificate from the deployment CA, copied with
        /// the CA certificate (not its key) to `out`, keys 0600: one identity per host to install.
        static func issueNodeCertificates(_ deployment: RegionsConfiguration, data: String, out: String) async throws {
            // Issued straight into OUT/tls (kept there for the next render): the hosts of this
            // file, apart from the identities of a local `arena up` in the same data folder.
            let ca = try await deploymentCA(for: deployment, data: data).issuing(into: out)
            var identities = [
                ("core", try await ca.identity("core", hosts: [deployment.core.endpoint.host, "localhost", NodeIdentity.core.dnsName]))
            ]
            for region in deployment.regions {
                identities.append(("edge-\(region.name)", try await ca.identity("edge-\(region.name)", hosts: [NodeIdentity.edge(region: region.name).dnsName])))
            }
            chmod(ca.certificatePath, 0o644)
            print("wrote \(out): ca.pem and \(identities.count) node certificate(s) from the deployment CA (\(deployment.core.certificateAuthority ?? "\(data)/tls/ca"))")
        }
    }

    struct Apply: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Carry out `arena regions plan` in a safe order: drain removed regions (no new matches owned there, live ones finish or move), start added and changed regions' edges and wait until they are ready before announcing them, then forget drained regions.",
            discussion: """
                On this machine (an `arena up` running from --data) the edges are started and stopped by that \
                `arena up`. Elsewhere, start or stop the edges with the files from `arena regions render`; \
                apply waits for them to register.
                """)

        @OptionGroup var options: RegistryOptions

        @Option(help: "Seconds to wait for a draining region's live matches to finish before stopping its edges (their leases then move).")
        var drainTimeout: Int = 600

        @Option(help: "Seconds to wait for a new region's edges to be live and ready.")
        var readyTimeout: Int = 180

        func run() async throws {
            let (desired, core, secret) = try self.options.load()
            let registry = RegistryClient(core: core, secret: secret)
            let plan = RegionPlan(desired: desired, registered: try await Plan.registered(core: core, secret: secret))
            print(plan.text)
            guard !plan.isEmpty else { return }
            print("")

            // 1. Drain first: from now on no new match is owned there.
            let leaving = plan.steps.filter { $0.action == .drain || $0.action == .remove }.map(\.region)
            for region in leaving {
                try await registry.setState(region, .draining)
                say("draining \(region): no new matches are owned there")
            }
            for region in plan.steps.filter({ $0.action == .reactivate }).map(\.region) {
                try await registry.setState(region, .active)
                say("\(region) is active again")
            }
            if !leaving.isEmpty { try await self.waitForDrain(leaving, core: core, secret: secret) }

            // 2. Edges: this machine's `arena up` follows the file; elsewhere the operator does.
            let layout = try DataLayout(root: self.options.data)
            if let pid = layout.runningPID() {
                kill(pid, SIGUSR1)
                say("asked the local deployment (pid \(pid)) to start, restart and stop edges as regions.yaml says")
            } else {
                say("no local deployment runs from \(self.options.data): start or stop the edges yourself (files: `arena regions render`)")
            }

            // 3. New and changed regions: announced only once an edge is live and ready.
            let waiting = plan.steps.filter { [.add, .change, .reactivate].contains($0.action) }
            let wanted = Dictionary(desired.regions.map { ($0.name, RegionSettings($0)) }, uniquingKeysWith: { first, _ in first })
            var failed: [String] = []
            for step in waiting {
                let deadline = ContinuousClock.now + .seconds(self.readyTimeout)
                var ready = false
                while ContinuousClock.now < deadline && !ready {
                    let region = try await Plan.registered(core: core, secret: secret).first { $0.name == step.region }
                    // Per edge: during a restart the old edge is ready with the old settings.
                    ready = region.map { region in wanted[step.region].map { region.hasReadyEdge(with: $0) } ?? false } ?? false
                    if !ready { try await Task.sleep(for: .seconds(1)) }
                }
                if ready {
                    say("\(step.region) is live and ready: announced (\(step.action == .add ? "added" : step.action == .change ? "changed" : "active again"))")
                } else {
                    failed.append(step.region)
                    printError("\(step.region): no ready edge with the new settings after \(self.readyTimeout) s; not announced")
                }
            }

            // 4. Forget drained regions once their edges have stopped.
            for region in leaving {
                let deadline = ContinuousClock.now + .seconds(60)
                var removed = false
                while ContinuousClock.now < deadline && !removed {
                    removed = try await registry.remove(region)
                    if !removed { try await Task.sleep(for: .seconds(1)) }
                }
                if removed {
                    say("\(region) removed")
                } else {
                    failed.append(region)
                    printError("\(region) still has live edges; stop them, then run apply again")
                }
            }
            if !failed.isEmpty { throw ExitCode(1) }
            say("applied: the deployment matches \(self.options.config)")
        }

        /// Waits until every edge that was live when draining began has reported, in a
        /// heartbeat sent after that, no owned match and no write the core has not got.
        /// Matches still live at the timeout move when the edges stop; writes would not, so
        /// then nothing is stopped. An edge that went silent with writes blocks too.
        func waitForDrain(_ regions: [String], core: String, secret: String) async throws {
            let start = try await Plan.registered(core: core, secret: secret).filter { regions.contains($0.name) }
            let baseline = Dictionary(start.flatMap(\.liveEdges).map { ($0.instance, $0.lastSeen) }, uniquingKeysWith: { first, _ in first })
            let deadline = ContinuousClock.now + .seconds(self.drainTimeout)
            var stranded = 0
            while true {
                let current = try await Plan.registered(core: core, secret: secret).filter { regions.contains($0.name) }
                let watched = current.flatMap(\.edges).filter { baseline[$0.instance] != nil }
                let stale = watched.filter { $0.lastSeen <= baseline[$0.instance]! }
                let owned = watched.map(\.matchesOwned).reduce(0, +)
                // Writes: what the watched edges last reported (a silent one included); a
                // region with no live edge at the start: what its newest edge reported
                // (older instances' outboxes were taken over by their successors).
                let unwatched = current.filter { region in !region.edges.contains { baseline[$0.instance] != nil } }
                    .compactMap { $0.edges.max { $0.lastSeen < $1.lastSeen }?.pendingWrites }
                stranded = watched.map(\.pendingWrites).reduce(0, +) + unwatched.reduce(0, +)
                if stale.isEmpty && owned == 0 && stranded == 0 { return }
                guard ContinuousClock.now < deadline else { break }
                say("  waiting for \(owned) live match(es), \(stranded) write(s) not yet at the core, \(stale.count) edge(s) to report …")
                try await Task.sleep(for: .seconds(2))
            }
            guard stranded == 0 else {
                printError("draining edges still hold \(stranded) write(s) the core has not got (is the core reachable from them?); nothing was stopped, run apply again")
                throw ExitCode(1)
            }
        }
    }

    /// The registry's write side, for `apply`.
    struct RegistryClient {
        let core: String
        let secret: String

        func setState(_ region: String, _ state: RegionState) async throws {
            var request = HTTPClientRequest(url: "\(self.core)/internal/regions/\(region)/state")
            request.method = .PUT
            request.headers.add(name: ArenaHeader.edgeSecret, value: self.secret)
            request.headers.add(name: "content-type", value: "application/json")
            request.body = .bytes(ByteBuffer(string: #"{"state":"\#(state.rawValue)"}"#))
            let response = try await OperatorLink.client.execute(request, timeout: .seconds(10))
            guard response.status == .ok else {
                printError("the core refused to mark \(region) \(state.rawValue): \(response.status.code)")
                throw ExitCode(1)
            }
        }

        /// True once the core forgot the region (or never knew it); false while it has live edges.
        func remove(_ region: String) async throws -> Bool {
            var request = HTTPClientRequest(url: "\(self.core)/internal/regions/\(region)")
            request.method = .DELETE
            request.headers.add(name: ArenaHeader.edgeSecret, value: self.secret)
            let response = try await OperatorLink.client.execute(request, timeout: .seconds(10))
            return response.status == .noContent || response.status == .notFound
        }
    }
}
