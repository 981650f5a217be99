import ArenaHTTP
import ArenaShared
import Hummingbird
import NIOCore
import NIOSSL

/// Who may call the core's internal routes. On a TLS core (every deployment `arena up` or
/// `arena regions render` makes) two factors are needed: a client certificate from the
/// deployment CA naming an edge of `regions.yaml` (or the operator's CLI, where a route
/// allows it) *and* the edge secret. A stolen secret without a certificate, or a certificate
/// of a region the deployment no longer has, is refused. An edge's certificate also pins the
/// region it may speak for: a request tagged with another region is refused.
/// A plain-HTTP core (loopback only: `CoreConfiguration.validate`) checks the secret alone.
struct InternalCallerGate: Sendable {
    let secrets: AcceptedEdgeSecrets
    /// Regions whose edges may call; nil when the core has no TLS listener.
    let edgeRegions: EdgeRegionList?

    /// Who a route is for: the edges (forwarded writes, heartbeats, judge data) or the
    /// operator's CLI (problem imports, region steering): neither may call the other's routes.
    enum Caller: Sendable { case edge, `operator` }

    /// Throws 403 unless the caller is `from` (an edge of regions.yaml, or the operator CLI).
    @discardableResult
    func require(_ request: Request, context: CoreRequestContext, from caller: Caller = .edge) async throws -> NodeIdentity? {
        guard let presented = request.headers[ArenaHeader.edgeSecretField], self.secrets.accepts(presented) else {
            throw APIError.forbidden("internal endpoint: only edges with the deployment's shared secret may call it")
        }
        guard let edgeRegions = self.edgeRegions else { return nil }
        let identities = await Self.certificateIdentities(of: context.channel)
        if identities.isEmpty {
            throw APIError.forbidden("internal endpoint: present a client certificate from the deployment CA (mutual TLS)")
        }
        for identity in identities {
            switch identity {
            case .edge(let region) where caller == .edge && edgeRegions.contains(region):
                if let claimed = request.headers[ArenaHeader.regionField], claimed != region {
                    throw APIError.forbidden("internal endpoint: the certificate of edge \(region) cannot speak for region \(claimed)")
                }
                return identity
            case .operator where caller == .operator:
                return identity
            default:
                continue
            }
        }
        let names = identities.map(\.dnsName).joined(separator: ", ")
        let wanted = caller == .edge ? "an edge of regions.yaml" : "the operator (operator.arena.internal)"
        throw APIError.forbidden("internal endpoint for \(wanted): the client certificate names \(names)")
    }

    /// An edge's certificate speaks for its own region only (a body naming another is refused).
    static func requireSameRegion(_ caller: NodeIdentity?, _ region: String) throws {
        if case .edge(let own) = caller, own != region {
            throw APIError.forbidden("internal endpoint: the certificate of edge \(own) cannot speak for region \(region)")
        }
    }

    /// Whether the caller is an edge (used to believe the client address it vouches for).
    func isEdge(_ request: Request, context: CoreRequestContext) async -> Bool {
        do {
            try await self.require(request, context: context)
            return true
        } catch {
            return false
        }
    }

    /// Our names in the verified peer certificate's subjectAltName (none without one).
    static func certificateIdentities(of channel: any Channel) async -> [NodeIdentity] {
        guard let certificate = try? await channel.nioSSL_peerCertificate().get() else { return [] }
        return certificate._subjectAlternativeNames().compactMap { name in
            guard name.nameType == .dnsName else { return nil }
            return NodeIdentity(dnsName: String(decoding: name.contents, as: UTF8.self))
        }
    }
}
