/// The names the deployment CA writes into node certificates (subjectAltName DNS entries).
/// The core reads them off an internal caller's client certificate, so a certificate says
/// *which* edge is calling: an edge of `regions.yaml`, or the operator's CLI on the core's host.
/// Operators with their own CA issue certificates with the same names (docs/operations.md).
public enum NodeIdentity: Sendable, Hashable {
    case core
    case edge(region: String)
    /// `arena problems import/sync`: may put problems, nothing else.
    case `operator`

    static let suffix = ".arena.internal"

    /// The DNS name in the certificate.
    public var dnsName: String {
        switch self {
        case .core: "core" + Self.suffix
        case .edge(let region): "\(region).edge" + Self.suffix
        case .operator: "operator" + Self.suffix
        }
    }

    /// The identity a certificate's DNS name stands for (nil: not one of ours).
    public init?(dnsName: String) {
        let name = dnsName.lowercased()
        guard name.hasSuffix(Self.suffix) else { return nil }
        let head = name.dropLast(Self.suffix.count)
        switch head {
        case "core": self = .core
        case "operator": self = .operator
        default:
            guard head.hasSuffix(".edge") else { return nil }
            let region = String(head.dropLast(".edge".count))
            guard !region.isEmpty, region.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }) else { return nil }
            self = .edge(region: region)
        }
    }
}
