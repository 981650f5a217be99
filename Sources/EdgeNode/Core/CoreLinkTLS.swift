import NIOSSL

/// A client's side of mutual TLS to the core: the deployment CA that must have signed the
/// core's certificate (full verification, host name included), and the client's own
/// certificate, which names who calls (`NodeIdentity`: an edge's region, or the operator).
public struct CoreLinkTLS: Sendable, Hashable {
    public var caCertificatePath: String
    public var certificatePath: String
    public var privateKeyPath: String

    public init(caCertificatePath: String, certificatePath: String, privateKeyPath: String) {
        self.caCertificatePath = caCertificatePath
        self.certificatePath = certificatePath
        self.privateKeyPath = privateKeyPath
    }

    /// Verifies the server against the CA (host name included) and presents the certificate.
    public func clientConfiguration() throws -> TLSConfiguration {
        var configuration = TLSConfiguration.makeClientConfiguration()
        configuration.trustRoots = .file(self.caCertificatePath)
        configuration.certificateVerification = .fullVerification
        configuration.certificateChain = try NIOSSLCertificate.fromPEMFile(self.certificatePath).map { .certificate($0) }
        configuration.privateKey = .privateKey(try NIOSSLPrivateKey(file: self.privateKeyPath, format: .pem))
        configuration.minimumTLSVersion = .tlsv12
        return configuration
    }
}
