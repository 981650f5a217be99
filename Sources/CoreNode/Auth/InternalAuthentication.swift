import ArenaHTTP
import ArenaShared
import Hummingbird

/// The edge secrets the core accepts on `/internal/*`: the current one, and during a
/// rotation the previous one too, so that edges can switch one by one without a window
/// in which their calls are refused (see infra/runbooks/rotate-secrets.md).
struct AcceptedEdgeSecrets: Sendable {
    let values: [String]

    init(current: String, previous: [String] = []) {
        self.values = [current] + previous.filter { !$0.isEmpty && $0 != current }
    }

    func accepts(_ presented: String) -> Bool {
        // Every value is compared (no early exit): timing does not tell which one matched.
        self.values.reduce(false) { matched, secret in InternalAuthentication.constantTimeEqual(presented, secret) || matched }
    }
}

enum InternalAuthentication {
    static func constantTimeEqual(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8), y = Array(b.utf8)
        guard x.count == y.count else { return false }
        var difference: UInt8 = 0
        for index in x.indices { difference |= x[index] ^ y[index] }
        return difference == 0
    }
}
