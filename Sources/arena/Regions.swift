import ArenaShared
import ArgumentParser
import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1

struct Regions: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Work with regions.yaml, the operator's description of the deployment.",
        subcommands: [Validate.self, Plan.self, Render.self])

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

    struct Plan: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Compare regions.yaml with the regions registered in the core (edges register and heartbeat) and print what would be added, changed, drained or removed.")

        @Option(help: "The deployment description.")
        var config: String = "regions.yaml"

        @Option(help: "The core's base URL (default: core.host and core.port of the file).")
        var core: String?

        @Option(help: "Where `arena up` keeps its secrets, when ARENA_EDGE_SECRET is not set.")
        var data: String = ".arena"

        @Flag(help: "Exit 2 when there is something to do (0 when the deployment matches the file).")
        var detailedExitCode = false

        func run() async throws {
            let desired: RegionsConfiguration
            do {
                desired = try RegionsConfiguration.load(path: self.config)
            } catch {
                printError(error.description)
                throw ExitCode(1)
            }
            let registered = try await Self.registered(
                core: self.core ?? "http://\(desired.core.endpoint)", secret: try Self.edgeSecret(data: self.data))
            let plan = RegionPlan(desired: desired, registered: registered)
            print(plan.text)
            if self.detailedExitCode && !plan.isEmpty { throw ExitCode(2) }
        }

        static func edgeSecret(data: String) throws -> String {
            if let secret = ProcessInfo.processInfo.environment[NodeSecrets.edgeSecretVariable], !secret.isEmpty { return secret }
            if let secrets = DataLayout.existingSecrets(in: data) { return secrets.edgeSecret }
            printError("set \(NodeSecrets.edgeSecretVariable) (the core's edge secret), or run from the folder whose \(data)/secrets.env `arena up` wrote")
            throw ExitCode(1)
        }

        /// `GET /internal/regions` from the core, with the shared secret.
        static func registered(core: String, secret: String) async throws -> [RegisteredRegion] {
            struct Listing: Decodable { var items: [RegisteredRegion] }
            var request = HTTPClientRequest(url: core + "/internal/regions")
            request.headers.add(name: ArenaHeader.edgeSecret, value: secret)
            do {
                let response = try await HTTPClient.shared.execute(request, timeout: .seconds(10))
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

        func run() async throws {
            let deployment: RegionsConfiguration
            do {
                deployment = try RegionsConfiguration.load(path: self.config)
            } catch {
                printError(error.description)
                throw ExitCode(1)
            }
            var layout = DeploymentFiles.Layout()
            layout.binary = self.binary
            layout.tlsCertificate = self.tlsCertificate
            layout.tlsKey = self.tlsKey
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
    }
}
