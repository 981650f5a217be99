import ArenaShared
import AsyncHTTPClient
import Foundation
import EdgeNode
import Synchronization

/// How the operator's commands (`arena problems import/sync`, `arena regions plan/apply`,
/// `arena up`'s library sync) reach the core's internal routes: over mutual TLS with the
/// operator certificate `arena up` issued into DATA/tls/ca (it may put problems and steer
/// regions, nothing else), or over plain HTTP to a loopback core started without TLS.
enum OperatorLink {
    private static let configured = Mutex<(client: HTTPClient, tls: Bool)?>(nil)

    /// Reads the data folder's CA and operator certificate once; later calls reuse the client.
    static func configure(data: String) {
        configured.withLock { current in
            guard current == nil else { return }
            let directory = "\(data)/tls/ca"
            let ca = "\(directory)/ca.pem", certificate = "\(directory)/operator.pem", key = "\(directory)/operator-key.pem"
            guard FileManager.default.fileExists(atPath: certificate), FileManager.default.fileExists(atPath: key),
                let tls = try? CoreLinkTLS(caCertificatePath: ca, certificatePath: certificate, privateKeyPath: key).clientConfiguration()
            else { return }
            var configuration = HTTPClient.Configuration()
            configuration.tlsConfiguration = tls
            current = (HTTPClient(eventLoopGroupProvider: .singleton, configuration: configuration), true)
        }
    }

    /// The client for calls to the core (kept for the life of the process).
    static var client: HTTPClient { configured.withLock { $0?.client } ?? HTTPClient.shared }

    /// `https://` when the operator has a certificate, else `http://` (loopback cores only).
    static func baseURL(_ core: Endpoint) -> String {
        let tls = configured.withLock { $0?.tls ?? false }
        return "\(tls ? "https" : "http")://\(core.host):\(core.port)"
    }
}
