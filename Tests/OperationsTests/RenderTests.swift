import ArenaShared
import ArenaTestSupport
import Foundation
import Testing

/// `arena regions render`: the files are accepted by the tools that will load them.
@Suite("Deployment files")
struct RenderTests {
    static var executable: String {
        URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("arena").path
    }

    @Test("a third region renders units, nginx, Kubernetes and Prometheus files that nginx -t, promtool and systemd-analyze accept")
    func renderAndValidate() async throws {
        for tool in ["/usr/sbin/nginx", "/usr/bin/promtool", "/usr/bin/openssl"] {
            try #require(FileManager.default.isExecutableFile(atPath: tool), "\(tool) is missing: run `bash infra/install.sh`")
        }
        let folder = try TemporaryDirectories.make(prefix: "arena-render")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        var yaml = try String(contentsOf: root.appendingPathComponent("regions.yaml"), encoding: .utf8)
        yaml += """

              - name: ap-south
                host: 127.0.0.1
                https_port: 8445
                http_port: 8082
                judge_pool: 3

            """
        try yaml.write(toFile: folder + "/regions.yaml", atomically: true, encoding: .utf8)
        let certificate = try await ChildProcess.run([
            "/usr/bin/openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=edge",
            "-keyout", folder + "/key.pem", "-out", folder + "/cert.pem",
        ])
        #expect(certificate.status == 0, "\(certificate.errors)")

        let out = folder + "/out"
        let render = try await ChildProcess.run(
            [
                Self.executable, "regions", "render", "--config", folder + "/regions.yaml", "--out", out, "--binary", Self.executable,
                "--tls-certificate", folder + "/cert.pem", "--tls-key", folder + "/key.pem",
                "--data", folder + "/data", "--node-tls-directory", folder + "/out/tls",
            ], directory: root)
        #expect(render.status == 0, "\(render.errors)")
        for path in [
            "systemd/arena-core.service", "systemd/arena-edge-ap-south.service", "nginx/nginx.conf", "kubernetes/core.yaml",
            "kubernetes/edge-ap-south.yaml", "prometheus/prometheus.yml", "prometheus/alerts.yml",
        ] {
            #expect(FileManager.default.fileExists(atPath: "\(out)/\(path)"), "\(path) was not rendered")
        }

        // Node identities for mutual TLS: the CA certificate but never its key, keys 0600,
        // and every unit and manifest pointing at them.
        for name in ["ca.pem", "core.pem", "core-key.pem", "edge-ap-south.pem", "edge-ap-south-key.pem"] {
            #expect(FileManager.default.fileExists(atPath: "\(out)/tls/\(name)"), "tls/\(name) was not written")
        }
        #expect(!FileManager.default.fileExists(atPath: "\(out)/tls/ca-key.pem"))
        let keyMode = try FileManager.default.attributesOfItem(atPath: "\(out)/tls/core-key.pem")[.posixPermissions] as? Int
        #expect(keyMode == 0o600)
        let coreUnit = try String(contentsOfFile: out + "/systemd/arena-core.service", encoding: .utf8)
        #expect(coreUnit.contains("--client-ca \(out)/tls/ca.pem") && coreUnit.contains("--tls-key \(out)/tls/core-key.pem"))
        let edgeUnit = try String(contentsOfFile: out + "/systemd/arena-edge-ap-south.service", encoding: .utf8)
        #expect(edgeUnit.contains("--core-client-certificate \(out)/tls/edge-ap-south.pem"))
        let verify = try await ChildProcess.run(["/usr/bin/openssl", "verify", "-CAfile", out + "/tls/ca.pem", out + "/tls/edge-ap-south.pem"])
        #expect(verify.status == 0, "\(verify.output)\(verify.errors)")

        let nginx = try await ChildProcess.run(["/usr/sbin/nginx", "-t", "-c", out + "/nginx/nginx.conf"])
        #expect(nginx.status == 0, "\(nginx.errors)")
        let nginxText = try String(contentsOfFile: out + "/nginx/nginx.conf", encoding: .utf8)
        #expect(nginxText.contains("upstream arena_ap_south") && nginxText.contains("hash $remote_addr consistent"))
        #expect(nginxText.contains("proxy_set_header Upgrade $http_upgrade"))

        let promtool = try await ChildProcess.run(["/usr/bin/promtool", "check", "config", out + "/prometheus/prometheus.yml"])
        #expect(promtool.status == 0, "\(promtool.output)\(promtool.errors)")
        let scrape = try String(contentsOfFile: out + "/prometheus/prometheus.yml", encoding: .utf8)
        #expect(scrape.contains(#"targets: ["127.0.0.1:8445"]"#) && scrape.contains("region: ap-south"))

        if FileManager.default.isExecutableFile(atPath: "/usr/bin/systemd-analyze") {
            let units = try await ChildProcess.run(
                ["/usr/bin/systemd-analyze", "verify", out + "/systemd/arena-core.service", out + "/systemd/arena-edge-ap-south.service"])
            #expect(units.output.isEmpty && units.errors.isEmpty, "\(units.output)\(units.errors)")
        }

        // Kubernetes: each region has its Deployment, Service (client-IP affinity) and PDB.
        let edge = try String(contentsOfFile: out + "/kubernetes/edge-ap-south.yaml", encoding: .utf8)
        for kind in ["kind: Deployment", "kind: Service", "kind: PodDisruptionBudget", "sessionAffinity: ClientIP", #""--region", "ap-south""#] {
            #expect(edge.contains(kind), "\(kind) missing from the ap-south manifests")
        }
        let core = try String(contentsOfFile: out + "/kubernetes/core.yaml", encoding: .utf8)
        #expect(core.contains("kind: ConfigMap") && core.contains("name: ap-south"))
        #expect(core.contains("secretName: arena-core-tls") && core.contains("scheme: HTTPS") && edge.contains("secretName: arena-edge-ap-south-core-link"))
        #expect(scrape.contains("job_name: arena-core\n    # The core speaks only TLS") || scrape.contains("scheme: https"))

        // A broken file renders nothing.
        try "version: 1\nregions: [".write(toFile: folder + "/broken.yaml", atomically: true, encoding: .utf8)
        let broken = try await ChildProcess.run([Self.executable, "regions", "render", "--config", folder + "/broken.yaml", "--out", folder + "/none"])
        #expect(broken.status == 1)
        #expect(!FileManager.default.fileExists(atPath: folder + "/none"))
    }

    @Test("with core.certificate_authority the node certificates come from the operator's CA, whose key stays in its folder")
    func operatorsOwnCA() async throws {
        let folder = try TemporaryDirectories.make(prefix: "arena-render-ca")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let authority = folder + "/our-pki"
        try FileManager.default.createDirectory(atPath: authority, withIntermediateDirectories: true)
        let made = try await ChildProcess.run([
            "/usr/bin/openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes", "-days", "30",
            "-subj", "/CN=Our PKI", "-addext", "basicConstraints=critical,CA:TRUE", "-addext", "keyUsage=critical,keyCertSign",
            "-keyout", authority + "/ca-key.pem", "-out", authority + "/ca.pem",
        ])
        #expect(made.status == 0, "\(made.errors)")
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        var yaml = try String(contentsOf: root.appendingPathComponent("regions.yaml"), encoding: .utf8)
        yaml = yaml.replacingOccurrences(of: "\ncore:\n", with: "\ncore:\n  certificate_authority: \(authority)\n")
        try yaml.write(toFile: folder + "/regions.yaml", atomically: true, encoding: .utf8)
        let out = folder + "/out"
        let render = try await ChildProcess.run([
            Self.executable, "regions", "render", "--config", folder + "/regions.yaml", "--out", out, "--data", folder + "/data",
            "--rules", folder + "/no-rules",
        ])
        #expect(render.status == 0, "\(render.output)\(render.errors)")
        let verify = try await ChildProcess.run(["/usr/bin/openssl", "verify", "-CAfile", authority + "/ca.pem", out + "/tls/edge-eu-west.pem", out + "/tls/core.pem"])
        #expect(verify.status == 0, "\(verify.output)\(verify.errors)")
        #expect(try String(contentsOfFile: out + "/tls/ca.pem", encoding: .utf8) == String(contentsOfFile: authority + "/ca.pem", encoding: .utf8))
        #expect(!FileManager.default.fileExists(atPath: folder + "/data/tls/ca/ca-key.pem") && !FileManager.default.fileExists(atPath: out + "/tls/ca-key.pem"))

        // A folder without the CA's key is a clear error.
        try FileManager.default.removeItem(atPath: authority + "/ca-key.pem")
        let missing = try await ChildProcess.run([
            Self.executable, "regions", "render", "--config", folder + "/regions.yaml", "--out", folder + "/out2", "--data", folder + "/data2",
        ])
        #expect(missing.status != 0 && (missing.output + missing.errors).contains("ca-key.pem"), "\(missing.output)\(missing.errors)")
    }
}
