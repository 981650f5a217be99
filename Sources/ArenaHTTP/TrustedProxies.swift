import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// Which peers may tell us the client's address (`X-Forwarded-For`, `Forwarded`): the
/// reverse proxies in front of a node (the rendered nginx). Anyone else's header is
/// ignored, so a client cannot pick its own address to dodge per-address limits, and a
/// proxy's clients do not all share the proxy's one budget.
public struct TrustedProxies: Sendable, Hashable {
    /// Networks as bytes (4 or 16) and a prefix length.
    private var networks: [(bytes: [UInt8], prefix: Int)]

    public static func == (lhs: TrustedProxies, rhs: TrustedProxies) -> Bool {
        lhs.networks.elementsEqual(rhs.networks) { $0.bytes == $1.bytes && $0.prefix == $1.prefix }
    }

    public func hash(into hasher: inout Hasher) {
        for network in self.networks {
            hasher.combine(network.bytes)
            hasher.combine(network.prefix)
        }
    }

    public static let none = TrustedProxies(networks: [])

    private init(networks: [(bytes: [UInt8], prefix: Int)]) {
        self.networks = networks
    }

    public struct InvalidEntry: Error, CustomStringConvertible {
        public var entry: String
        public var description: String { "'\(self.entry)' is not an IP address or network (e.g. 10.0.0.5, 10.0.0.0/8, fd00::/8)" }
    }

    /// Addresses or CIDR networks, e.g. `["127.0.0.1", "10.0.0.0/8", "fd00::/8"]`.
    public init(_ entries: [String]) throws(InvalidEntry) {
        var networks: [(bytes: [UInt8], prefix: Int)] = []
        for entry in entries {
            let parts = entry.split(separator: "/", maxSplits: 1).map(String.init)
            guard let bytes = Self.bytes(parts[0]) else { throw InvalidEntry(entry: entry) }
            var prefix = bytes.count * 8
            if parts.count == 2 {
                guard let length = Int(parts[1]), (0...(bytes.count * 8)).contains(length) else { throw InvalidEntry(entry: entry) }
                prefix = length
            }
            networks.append((bytes, prefix))
        }
        self.networks = networks
    }

    public var isEmpty: Bool { self.networks.isEmpty }

    public func contains(_ address: String) -> Bool {
        guard let bytes = Self.bytes(address) else { return false }
        return self.networks.contains { network in
            guard network.bytes.count == bytes.count else { return false }
            var bits = network.prefix, index = 0
            while bits > 0 {
                let mask: UInt8 = bits >= 8 ? 0xff : ~(0xff >> UInt8(bits))
                if (network.bytes[index] & mask) != (bytes[index] & mask) { return false }
                bits -= 8
                index += 1
            }
            return true
        }
    }

    /// The client's address: the peer itself unless it is a trusted proxy; then the nearest
    /// address in the forwarding chain that is not a trusted proxy (walking from the right,
    /// as each proxy appends the address it saw). `X-Forwarded-For` (what the rendered nginx
    /// appends to) is preferred; `Forwarded` is read only when a proxy sends it alone — a
    /// player's own `Forwarded` header passed through next to nginx's X-Forwarded-For is
    /// ignored (and the rendered nginx drops it). A malformed chain falls back to the peer.
    public func clientAddress(peer: String?, forwarded: String?, forwardedFor: String?) -> String? {
        guard let peer, self.contains(peer) else { return peer }
        let chain: [String]
        if let forwardedFor, !forwardedFor.isEmpty {
            chain = forwardedFor.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        } else if let forwarded, !forwarded.isEmpty {
            chain = Self.forwardedFor(forwarded)
        } else {
            return peer
        }
        guard !chain.isEmpty, chain.allSatisfy({ Self.bytes($0) != nil }) else { return peer }
        return chain.last { !self.contains($0) } ?? chain.first
    }

    /// The `for=` addresses of a `Forwarded` header (RFC 7239), ports and brackets removed.
    static func forwardedFor(_ header: String) -> [String] {
        var addresses: [String] = []
        for element in header.split(separator: ",") {
            for pair in element.split(separator: ";") {
                let parts = pair.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
                guard parts.count == 2, parts[0].lowercased() == "for" else { continue }
                var value = parts[1].trimmingCharacters(in: CharacterSet(charactersIn: "\""))
                if value.hasPrefix("[") {
                    value = String(value.dropFirst().prefix { $0 != "]" })
                } else if value.filter({ $0 == ":" }).count == 1 {
                    value = String(value.prefix { $0 != ":" })
                }
                addresses.append(value)
            }
        }
        return addresses
    }

    static func bytes(_ address: String) -> [UInt8]? {
        var v4 = in_addr()
        if inet_pton(AF_INET, address, &v4) == 1 { return withUnsafeBytes(of: &v4) { Array($0) } }
        var v6 = in6_addr()
        if inet_pton(AF_INET6, address, &v6) == 1 {
            let bytes = withUnsafeBytes(of: &v6) { Array($0) }
            // An IPv4-mapped IPv6 address is the IPv4 address.
            if bytes[0..<12] == [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff][...] { return Array(bytes[12..<16]) }
            return bytes
        }
        return nil
    }
}
