import ArenaShared
import AsyncHTTPClient
import CoreNode
import EdgeNode
import Foundation
import LocalDeployment
import NIOSSL

/// Certificates from the test process's deployment CA for a core over mutual TLS, named as
/// `arena up` names them (`NodeIdentity`), and HTTP clients that present them.
public enum TestMutualTLS {
    /// The core's listener: its certificate for 127.0.0.1, client certificates from the test CA.
    public static func core() async throws -> CoreConfiguration.TLS {
        let (ca, identity) = try await TestCertificates.shared.identity("core", hosts: ["127.0.0.1", "localhost", NodeIdentity.core.dnsName])
        return CoreConfiguration.TLS(certificatePath: identity.certificatePath, privateKeyPath: identity.keyPath, clientCAPath: ca.certificatePath)
    }

    /// A certificate naming `identity` (an edge, the operator), as the test CA issues it.
    public static func identity(_ identity: NodeIdentity) async throws -> (caPath: String, identity: DeploymentCA.Identity) {
        let name = identity.dnsName.replacingOccurrences(of: ".", with: "-")
        let (ca, issued) = try await TestCertificates.shared.identity(name, hosts: [identity.dnsName])
        return (ca.certificatePath, issued)
    }

    /// An edge's side of the link to a TLS core.
    public static func edgeLink(region: String) async throws -> CoreLinkTLS {
        let (ca, identity) = try await self.identity(.edge(region: region))
        return CoreLinkTLS(caCertificatePath: ca, certificatePath: identity.certificatePath, privateKeyPath: identity.keyPath)
    }

    /// A client that trusts the test CA and presents `identity` (none: no client certificate).
    /// The caller shuts it down.
    public static func client(presenting identity: DeploymentCA.Identity?) async throws -> HTTPClient {
        let (ca, _) = try await TestCertificates.shared.redis()
        var tls = TLSConfiguration.makeClientConfiguration()
        tls.trustRoots = .file(ca.certificatePath)
        if let identity {
            tls.certificateChain = try NIOSSLCertificate.fromPEMFile(identity.certificatePath).map { .certificate($0) }
            tls.privateKey = .privateKey(try NIOSSLPrivateKey(file: identity.keyPath, format: .pem))
        }
        var configuration = HTTPClient.Configuration()
        configuration.tlsConfiguration = tls
        return HTTPClient(eventLoopGroupProvider: .singleton, configuration: configuration)
    }
}
