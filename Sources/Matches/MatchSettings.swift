/// Match lengths and sizes. Plain values with production defaults; tests shorten them.
/// The core copies them into each match's first snapshot, so a match keeps its timings
/// across owner failovers and core configuration changes.
public struct MatchSettings: Codable, Sendable, Hashable {
    public var blitzSeconds: Int
    public var blitzProblems: Int
    public var golfSeconds: Int
    public var royalePlayers: Int
    public var royaleRoundSeconds: Int
    public var sabotagePlantSeconds: Int
    public var sabotageRepairSeconds: Int
    /// Sabotage budgets, in tokens (comments and spacing do not count): a plant changes at
    /// most this many of the working solution's, a repair at most that many of the plant's.
    public var sabotagePlantTokens: Int
    public var sabotageRepairTokens: Int

    public init(
        blitzSeconds: Int = 900, blitzProblems: Int = 3, golfSeconds: Int = 600, royalePlayers: Int = 4,
        royaleRoundSeconds: Int = 300, sabotagePlantSeconds: Int = 180, sabotageRepairSeconds: Int = 420,
        sabotagePlantTokens: Int = 12, sabotageRepairTokens: Int = 12
    ) {
        self.blitzSeconds = blitzSeconds
        self.blitzProblems = blitzProblems
        self.golfSeconds = golfSeconds
        self.royalePlayers = royalePlayers
        self.royaleRoundSeconds = royaleRoundSeconds
        self.sabotagePlantSeconds = sabotagePlantSeconds
        self.sabotageRepairSeconds = sabotageRepairSeconds
        self.sabotagePlantTokens = sabotagePlantTokens
        self.sabotageRepairTokens = sabotageRepairTokens
    }

    /// Snapshots written before the token budgets existed read with the defaults.
    public init(from decoder: any Decoder) throws {
        let values = try decoder.container(keyedBy: CodingKeys.self)
        let defaults = MatchSettings()
        self.blitzSeconds = try values.decode(Int.self, forKey: .blitzSeconds)
        self.blitzProblems = try values.decode(Int.self, forKey: .blitzProblems)
        self.golfSeconds = try values.decode(Int.self, forKey: .golfSeconds)
        self.royalePlayers = try values.decode(Int.self, forKey: .royalePlayers)
        self.royaleRoundSeconds = try values.decode(Int.self, forKey: .royaleRoundSeconds)
        self.sabotagePlantSeconds = try values.decode(Int.self, forKey: .sabotagePlantSeconds)
        self.sabotageRepairSeconds = try values.decode(Int.self, forKey: .sabotageRepairSeconds)
        self.sabotagePlantTokens = try values.decodeIfPresent(Int.self, forKey: .sabotagePlantTokens) ?? defaults.sabotagePlantTokens
        self.sabotageRepairTokens = try values.decodeIfPresent(Int.self, forKey: .sabotageRepairTokens) ?? defaults.sabotageRepairTokens
    }

    public func players(for mode: MatchMode) -> Int { mode == .royale ? max(2, self.royalePlayers) : 2 }

    /// Problems a match of `mode` needs: lockout board, one golf hole, one per royale round, one to sabotage.
    public func problems(for mode: MatchMode) -> Int {
        switch mode {
        case .blitz: max(1, self.blitzProblems)
        case .golf, .sabotage: 1
        case .royale: self.players(for: .royale) - 1
        }
    }
}
