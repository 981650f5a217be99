/// What a sign-up costs a client, and how many accounts one address may create: the
/// defences against bot sign-ups (docs/fair-play.md, "Bots").
public struct SignUpPolicy: Sendable {
    /// Leading zero bits the proof of work needs: about 2^bits hashes for the client
    /// (16: under a second in a browser), one for the core.
    public var proofDifficulty = 16
    /// How long a challenge may be answered; each is good for one sign-up.
    public var challengeLifetime: Duration = .seconds(300)
    /// Accounts one address (an IPv6 /64) may create per `addressWindow`, across all edges.
    public var accountsPerAddress = 10
    public var addressWindow: Duration = .seconds(3600)

    public init() {}
}
