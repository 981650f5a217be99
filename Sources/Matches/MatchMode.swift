/// The four live game modes. Each has its own rating (`ratings.mode`) and queue.
public enum MatchMode: String, Codable, Sendable, CaseIterable {
    case blitz
    case golf
    case royale
    case sabotage

    /// Battle Royale is the only mode with more than two players.
    public var isHeadToHead: Bool { self != .royale }
}
