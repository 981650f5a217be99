import Foundation

/// The files an operator deploys a `regions.yaml` with, per region: systemd units, an
/// nginx front with sticky WebSocket routing, Kubernetes manifests and a Prometheus scrape
/// config. Pure text from the configuration (`arena regions render --out DIR` writes it),
/// so the same file always renders the same bytes.
public struct DeploymentFiles: Sendable {
    /// Where things live on a host (systemd and nginx) or in the cluster (Kubernetes).
    public struct Layout: Sendable {
        public var binary = "/usr/local/bin/arena"
        public var configDirectory = "/etc/codearena"
        public var dataDirectory = "/var/lib/codearena"
        public var tlsCertificate = "/etc/codearena/tls/edge.pem"
        public var tlsKey = "/etc/codearena/tls/edge-key.pem"
        /// The deployment CA's certificate (never its key) and the node identities it issued
        /// (`arena regions render` writes them to OUT/tls/; install each on its host only).
        public var nodeTLSDirectory = "/etc/codearena/node-tls"
        public var caCertificate: String { "\(self.nodeTLSDirectory)/ca.pem" }
        public var image = "codearena/arena:\(ArenaBuild.version)"
        public var namespace = "codearena"
        /// Edge replicas per region in Kubernetes (the PodDisruptionBudget keeps one up).
        public var edgeReplicas = 2
        /// The nginx in front of the edges: its `X-Forwarded-For` names the player (edges ignore
        /// that header from anyone else). Where nginx runs on another host, put its address here.
        public var trustedProxies = ["127.0.0.1", "::1"]
        public init() {}
    }

    public let deployment: RegionsConfiguration
    public let layout: Layout
    /// The deployment file's own text, shipped inside the ConfigMap.
    public let regionsYAML: String

    public init(deployment: RegionsConfiguration, regionsYAML: String, layout: Layout = Layout()) {
        self.deployment = deployment
        self.regionsYAML = regionsYAML
        self.layout = layout
    }

    /// Relative path → contents.
    public var files: [(path: String, contents: String)] {
        var files: [(String, String)] = [("systemd/arena-core.service", self.coreUnit)]
        for region in self.deployment.regions {
            files.append(("systemd/arena-edge-\(region.name).service", self.edgeUnit(region)))
        }
        files.append(("nginx/nginx.conf", self.nginx))
        files.append(("kubernetes/core.yaml", self.kubernetesCore))
        for region in self.deployment.regions {
            files.append(("kubernetes/edge-\(region.name).yaml", self.kubernetesEdge(region)))
        }
        files.append(("prometheus/prometheus.yml", self.prometheus))
        return files
    }

    // MARK: systemd

    var coreUnit: String {
        """
        # CodeArena core: API, matchmaker, region registry. Secrets come from credential files
        # (LoadCredential: read from $CREDENTIALS_DIRECTORY, so they are in no command line and
        # no environment dump), never from regions.yaml.
        [Unit]
        Description=CodeArena core
        After=network-online.target postgresql.service redis-server.service
        Wants=network-online.target

        [Service]
        # Mutual TLS: edges present certificates naming their region (docs/operations.md).
        ExecStart=\(self.layout.binary) core --config \(self.layout.configDirectory)/regions.yaml --log-format json --tls-certificate \(self.layout.nodeTLSDirectory)/core.pem --tls-key \(self.layout.nodeTLSDirectory)/core-key.pem --client-ca \(self.layout.caCertificate)
        LoadCredential=secrets.env:\(self.layout.configDirectory)/secrets.env
        # Only on the core's host: ARENA_TOKEN_SIGNING_KEY (edges get ARENA_TOKEN_PUBLIC_KEYS),
        # ARENA_REDIS_PASSWORD of the Redis user `core`, ARENA_POSTGRES_PASSWORD of the application
        # role and ARENA_POSTGRES_CA (the CA that signed PostgreSQL's certificate: verified TLS).
        LoadCredential=core-secrets.env:\(self.layout.configDirectory)/core-secrets.env
        WorkingDirectory=\(self.layout.dataDirectory)
        Restart=always
        RestartSec=2
        # SIGTERM drains: in-flight requests finish, the matchmaker lease is released.
        KillSignal=SIGTERM
        TimeoutStopSec=30
        LimitNOFILE=65536
        NoNewPrivileges=true
        ProtectSystem=full
        PrivateTmp=true

        [Install]
        WantedBy=multi-user.target

        """
    }

    func edgeUnit(_ region: RegionConfiguration) -> String {
        let tls = region.httpsPort == nil ? "" : " --tls-certificate \(self.layout.tlsCertificate) --tls-key \(self.layout.tlsKey)"
        let proxies = self.layout.trustedProxies.map { " --trusted-proxy \($0)" }.joined()
        let identity = "\(self.layout.nodeTLSDirectory)/edge-\(region.name)"
        let coreLink = " --core-ca \(self.layout.caCertificate) --core-client-certificate \(identity).pem --core-client-key \(identity)-key.pem"
        return """
            # CodeArena edge for region \(region.name): HTTPS + WebSocket, problem cache, judge pool
            # (\(region.judgePool) workers), durable outbox. The judge's sandbox needs root for its
            # namespaces and cgroups, so the unit runs as root with no_new_privs for the players' code.
            [Unit]
            Description=CodeArena edge (\(region.name))
            After=network-online.target
            Wants=network-online.target

            [Service]
            ExecStart=\(self.layout.binary) edge --region \(region.name) --config \(self.layout.configDirectory)/regions.yaml --outbox \(self.layout.dataDirectory)/outbox/\(region.name) --log-format json\(tls)\(proxies)\(coreLink)
            # ARENA_EDGE_SECRET, ARENA_TOKEN_PUBLIC_KEYS, ARENA_REDIS_PASSWORD (user `edge`), ARENA_REDIS_CA.
            LoadCredential=secrets.env:\(self.layout.configDirectory)/secrets.env
            WorkingDirectory=\(self.layout.dataDirectory)
            Restart=always
            RestartSec=2
            # SIGTERM: stop accepting, finish judging, hand live matches over (leases expire).
            KillSignal=SIGTERM
            TimeoutStopSec=60
            LimitNOFILE=1048576
            Delegate=yes

            [Install]
            WantedBy=multi-user.target

            """
    }

    // MARK: nginx

    /// One server per region in front of its edges. WebSockets are routed by a hash of the
    /// client address, so a player's reconnect lands on the same edge instance (its
    /// sockets, queue status and spectating live there); the upgrade headers pass through
    /// and idle sockets live an hour.
    var nginx: String {
        var text = """
            # CodeArena edges behind nginx, one server per region (rendered from regions.yaml).
            worker_processes auto;
            pid /run/nginx-codearena.pid;
            events { worker_connections 16384; }

            http {
                map $http_upgrade $connection_upgrade { default upgrade; '' close; }
                access_log off;
                client_max_body_size 1m;

            """
        for region in self.deployment.regions {
            let upstream = "arena_\(region.name.replacingOccurrences(of: "-", with: "_"))"
            let target = region.httpsPort.map { "\(region.host):\($0)" } ?? "\(region.host):\(region.httpPort ?? 443)"
            let scheme = region.httpsPort == nil ? "http" : "https"
            text += """
                    upstream \(upstream) {
                        hash $remote_addr consistent;
                        server \(target) max_fails=3 fail_timeout=10s;
                        keepalive 64;
                    }
                    server {
                        listen 443 ssl http2;
                        server_name \(region.name).codearena.example;
                        ssl_certificate \(self.layout.tlsCertificate);
                        ssl_certificate_key \(self.layout.tlsKey);
                        add_header Strict-Transport-Security "max-age=31536000" always;
                        location /ws {
                            proxy_pass \(scheme)://\(upstream);
                            proxy_http_version 1.1;
                            proxy_set_header Upgrade $http_upgrade;
                            proxy_set_header Connection $connection_upgrade;
                            proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
                            proxy_set_header Forwarded "";
                            proxy_read_timeout 3600s;
                            proxy_send_timeout 3600s;
                        }
                        location / {
                            proxy_pass \(scheme)://\(upstream);
                            proxy_http_version 1.1;
                            proxy_set_header Connection "";
                            proxy_set_header Host $host;
                            proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
                            proxy_set_header Forwarded "";
                        }
                    }

                """
        }
        return text + "}\n"
    }

    // MARK: Kubernetes

    var kubernetesCore: String {
        let config = self.regionsYAML.split(separator: "\n", omittingEmptySubsequences: false).map { "    " + $0 }.joined(separator: "\n")
        return """
            # CodeArena core. PostgreSQL (primary + streaming replicas) and Redis are run by
            # operators, not by these manifests: e.g. CloudNativePG (a Cluster with
            # instances: \(1 + self.deployment.core.postgres.replicas.count)) and a Redis StatefulSet or operator; point
            # regions.yaml's core.postgres and core.redis at their Services.
            apiVersion: v1
            kind: Namespace
            metadata:
              name: \(self.layout.namespace)
            ---
            apiVersion: v1
            kind: ConfigMap
            metadata:
              name: arena-regions
              namespace: \(self.layout.namespace)
            data:
              regions.yaml: |
            \(config)
            ---
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: arena-core
              namespace: \(self.layout.namespace)
              labels: { app: arena-core }
            spec:
              replicas: 2
              selector: { matchLabels: { app: arena-core } }
              template:
                metadata:
                  labels: { app: arena-core }
                  annotations: { prometheus.io/scrape: "true", prometheus.io/port: "\(self.deployment.core.endpoint.port)" }
                spec:
                  terminationGracePeriodSeconds: 30
                  containers:
                    - name: core
                      image: \(self.layout.image)
                      args: ["core", "--config", "/etc/codearena/regions.yaml", "--log-format", "json", "--tls-certificate", "/etc/codearena-tls/tls.crt", "--tls-key", "/etc/codearena-tls/tls.key", "--client-ca", "/etc/codearena-tls/ca.crt"]
                      # Secrets as files (not environment variables): arena-secrets and arena-core-secrets, each
                      # with a key ending in .env (kubectl create secret generic arena-core-secrets --from-file=core-secrets.env);
                      # arena-core-secrets holds ARENA_TOKEN_SIGNING_KEY and the core's passwords (edges never mount it).
                      env: [{ name: CREDENTIALS_DIRECTORY, value: /run/codearena-secrets }]
                      ports: [{ name: https, containerPort: \(self.deployment.core.endpoint.port) }]
                      readinessProbe: { httpGet: { path: /ready, port: https, scheme: HTTPS }, periodSeconds: 5 }
                      livenessProbe: { httpGet: { path: /health, port: https, scheme: HTTPS }, periodSeconds: 10 }
                      volumeMounts: [{ name: regions, mountPath: /etc/codearena }, { name: node-tls, mountPath: /etc/codearena-tls, readOnly: true }, { name: secrets, mountPath: /run/codearena-secrets, readOnly: true }]
                  volumes:
                    - { name: regions, configMap: { name: arena-regions } }
                    - { name: secrets, projected: { defaultMode: 0400, sources: [{ secret: { name: arena-secrets } }, { secret: { name: arena-core-secrets } }] } }
                    # kubectl create secret generic arena-core-tls --from-file=tls.crt=tls/core.pem --from-file=tls.key=tls/core-key.pem --from-file=ca.crt=tls/ca.pem
                    - { name: node-tls, secret: { secretName: arena-core-tls, defaultMode: 0400 } }
            ---
            apiVersion: v1
            kind: Service
            metadata:
              name: arena-core
              namespace: \(self.layout.namespace)
            spec:
              selector: { app: arena-core }
              ports: [{ name: https, port: \(self.deployment.core.endpoint.port), targetPort: https }]
            ---
            apiVersion: policy/v1
            kind: PodDisruptionBudget
            metadata:
              name: arena-core
              namespace: \(self.layout.namespace)
            spec:
              minAvailable: 1
              selector: { matchLabels: { app: arena-core } }

            """
    }

    func kubernetesEdge(_ region: RegionConfiguration) -> String {
        let port = region.httpsPort ?? region.httpPort ?? 443
        let name = "arena-edge-\(region.name)"
        let tls = region.httpsPort == nil ? "" : #", "--tls-certificate", "/etc/codearena/tls/tls.crt", "--tls-key", "/etc/codearena/tls/tls.key""#
        let tlsMount = region.httpsPort == nil ? "" : ", { name: tls, mountPath: /etc/codearena/tls }"
        let tlsVolume = region.httpsPort == nil ? "" : "\n        - { name: tls, secret: { secretName: arena-edge-tls } }"
        return """
            # CodeArena edge for region \(region.name): pin it to that region's nodes. The judge's
            # sandbox needs privileges for its namespaces and cgroups.
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: \(name)
              namespace: \(self.layout.namespace)
              labels: { app: arena-edge, region: \(region.name) }
            spec:
              replicas: \(self.layout.edgeReplicas)
              selector: { matchLabels: { app: arena-edge, region: \(region.name) } }
              template:
                metadata:
                  labels: { app: arena-edge, region: \(region.name) }
                  annotations: { prometheus.io/scrape: "true", prometheus.io/port: "\(port)" }
                spec:
                  nodeSelector: { topology.kubernetes.io/region: \(region.name) }
                  terminationGracePeriodSeconds: 60
                  containers:
                    - name: edge
                      image: \(self.layout.image)
                      args: ["edge", "--region", "\(region.name)", "--config", "/etc/codearena/regions.yaml", "--outbox", "/var/lib/codearena/outbox", "--log-format", "json"\(tls), "--core-ca", "/etc/codearena-core-link/ca.crt", "--core-client-certificate", "/etc/codearena-core-link/tls.crt", "--core-client-key", "/etc/codearena-core-link/tls.key"]
                      env: [{ name: CREDENTIALS_DIRECTORY, value: /run/codearena-secrets }]
                      securityContext: { privileged: true }
                      resources: { requests: { cpu: "\(region.judgePool)", memory: "\(region.judgePool * 512)Mi" } }
                      ports: [{ name: web, containerPort: \(port) }]
                      readinessProbe: { httpGet: { path: /ready, port: web, scheme: \(region.httpsPort == nil ? "HTTP" : "HTTPS") }, periodSeconds: 5 }
                      livenessProbe: { httpGet: { path: /health, port: web, scheme: \(region.httpsPort == nil ? "HTTP" : "HTTPS") }, periodSeconds: 10 }
                      volumeMounts: [{ name: regions, mountPath: /etc/codearena }, { name: outbox, mountPath: /var/lib/codearena }, { name: core-link, mountPath: /etc/codearena-core-link, readOnly: true }, { name: secrets, mountPath: /run/codearena-secrets, readOnly: true }\(tlsMount)]
                  volumes:
                    - { name: regions, configMap: { name: arena-regions } }
                    - { name: outbox, emptyDir: {} }
                    - { name: secrets, secret: { secretName: arena-secrets, defaultMode: 0400 } }
                    # This region's identity toward the core: kubectl create secret generic \(name)-core-link
                    #   --from-file=tls.crt=tls/edge-\(region.name).pem --from-file=tls.key=tls/edge-\(region.name)-key.pem --from-file=ca.crt=tls/ca.pem
                    - { name: core-link, secret: { secretName: \(name)-core-link, defaultMode: 0400 } }\(tlsVolume)
            ---
            apiVersion: v1
            kind: Service
            metadata:
              name: \(name)
              namespace: \(self.layout.namespace)
            spec:
              selector: { app: arena-edge, region: \(region.name) }
              # Sticky by client address: a player's reconnect reaches the same edge instance.
              sessionAffinity: ClientIP
              sessionAffinityConfig: { clientIP: { timeoutSeconds: 3600 } }
              ports: [{ name: web, port: \(port), targetPort: web }]
            ---
            apiVersion: policy/v1
            kind: PodDisruptionBudget
            metadata:
              name: \(name)
              namespace: \(self.layout.namespace)
            spec:
              minAvailable: 1
              selector: { matchLabels: { app: arena-edge, region: \(region.name) } }

            """
    }

    // MARK: Prometheus

    var prometheus: String {
        var text = """
            # Scrape config for this deployment (rendered from regions.yaml); the rules are the
            # ones in infra/prometheus, copied next to this file.
            global:
              scrape_interval: 15s
              evaluation_interval: 15s
            rule_files:
              - recording.yml
              - alerts.yml
            scrape_configs:
              - job_name: arena-core
                # The core speaks only TLS (mutual TLS for edges; /metrics needs no client certificate).
                scheme: https
                tls_config:
                  ca_file: \(self.layout.caCertificate)
                static_configs:
                  - targets: ["\(self.deployment.core.endpoint)"]

            """
        // One `arena-edge` job (the alert rules select on it); the scheme differs per
        // region, so each region is its own job only when it needs HTTPS.
        for (scheme, regions) in [("http", self.deployment.regions.filter { $0.httpsPort == nil }), ("https", self.deployment.regions.filter { $0.httpsPort != nil })]
        where !regions.isEmpty {
            text += """
                  - job_name: arena-edge\(scheme == "https" ? "-tls" : "")
                    scheme: \(scheme)

                """
            if scheme == "https" {
                text += """
                        tls_config:
                          ca_file: \(self.layout.tlsCertificate)
                        relabel_configs:
                          - target_label: job
                            replacement: arena-edge

                    """
            }
            text += "    static_configs:\n"
            for region in regions {
                text += """
                          - targets: ["\(region.host):\(region.httpsPort ?? region.httpPort ?? 443)"]
                            labels: { region: \(region.name) }

                    """
            }
        }
        return text
    }
}
