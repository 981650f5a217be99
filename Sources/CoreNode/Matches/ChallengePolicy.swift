/// The limits that keep challenges from being used to farm ratings or to spam players
/// (docs/social.md, "Challenges").
public struct ChallengePolicy: Sendable {
    /// How long invited players have to answer.
    public var acceptWindow: Duration = .seconds(120)
    /// Rated challenges started (or open) between the same two players in 24 hours.
    public var ratedPerPairPerDay = 3
    /// Challenges one player may create per `creationWindow`.
    public var creationLimit = 10
    public var creationWindow: Duration = .seconds(600)
    /// Open (unanswered) challenges a player may have sent at once.
    public var openPerPlayer = 3

    public init() {}
}
