/// Deals a match's problems: fresh to every seated player, near their level, distinct,
/// rising in difficulty where the mode climbs (Blitz's board, Battle Royale's rounds).
///
/// The rule, slot by slot (each slot has a target difficulty, see `targets`), taking the
/// first tier that has a problem not dealt yet:
/// 1. fresh — solved by none of the players and not dealt to any of them in a match in
///    the last `recentDays` days — within ±200 of the target (random among them);
/// 2. fresh within ±400 (random);
/// 3. fresh at any difficulty (the closest to the target);
/// 4. unsolved by all but met recently (the closest);
/// 5. anything (the fewest players who solved it, then the closest).
/// So a match is never refused while the pool has enough problems for the mode; it only
/// gets less fresh. The tier of each slot is reported for metrics and tests.
public enum ProblemDealer {
    public static let recentDays = 14

    public struct Candidate: Sendable, Hashable {
        public var slug: String
        public var difficulty: Int
        /// Seated players who have solved it (practice or match).
        public var solvedBy: Int
        /// Seated players who were dealt it in a match in the last `recentDays` days.
        public var recentlyMetBy: Int

        public init(slug: String, difficulty: Int, solvedBy: Int, recentlyMetBy: Int) {
            self.slug = slug
            self.difficulty = difficulty
            self.solvedBy = solvedBy
            self.recentlyMetBy = recentlyMetBy
        }

        var isFresh: Bool { self.solvedBy == 0 && self.recentlyMetBy == 0 }
    }

    public struct Dealt: Sendable, Hashable {
        public var candidate: Candidate
        /// 1 (fresh, in band) … 5 (the pool ran dry), as in the rule above.
        public var tier: Int
    }

    /// Target difficulties per slot. Blitz's board rises from 300 below the players'
    /// average rating to 300 above; Battle Royale's rounds climb from 200 below in steps
    /// of 150; one-problem modes aim at the average.
    public static func targets(mode: MatchMode, count: Int, averageRating: Int) -> [Int] {
        guard count > 1 else { return Array(repeating: Self.clamp(averageRating), count: max(0, count)) }
        switch mode {
        case .blitz:
            return (0..<count).map { Self.clamp(averageRating - 300 + 600 * $0 / (count - 1)) }
        case .royale:
            return (0..<count).map { Self.clamp(averageRating - 200 + 150 * $0) }
        case .golf, .sabotage:
            return Array(repeating: Self.clamp(averageRating), count: count)
        }
    }

    static func clamp(_ difficulty: Int) -> Int { min(3500, max(800, difficulty)) }

    /// nil when the pool has fewer problems than slots.
    public static func deal<R: RandomNumberGenerator>(_ candidates: [Candidate], targets: [Int], using random: inout R) -> [Dealt]? {
        guard Set(candidates.map(\.slug)).count >= targets.count else { return nil }
        var taken: Set<String> = []
        var dealt: [Dealt] = []
        for target in targets {
            let open = candidates.filter { !taken.contains($0.slug) }
            func distance(_ candidate: Candidate) -> Int { abs(candidate.difficulty - target) }
            var choice: Dealt?
            for (tier, band) in [(1, 200), (2, 400)] {
                let inBand = open.filter { $0.isFresh && distance($0) <= band }
                if let pick = inBand.randomElement(using: &random) {
                    choice = Dealt(candidate: pick, tier: tier)
                    break
                }
            }
            if choice == nil, let pick = Self.closest(open.filter(\.isFresh), to: target, using: &random) {
                choice = Dealt(candidate: pick, tier: 3)
            }
            if choice == nil, let pick = Self.closest(open.filter { $0.solvedBy == 0 }, to: target, using: &random) {
                choice = Dealt(candidate: pick, tier: 4)
            }
            if choice == nil {
                let fewest = open.map(\.solvedBy).min()
                if let pick = Self.closest(open.filter { $0.solvedBy == fewest }, to: target, using: &random) {
                    choice = Dealt(candidate: pick, tier: 5)
                }
            }
            guard let choice else { return nil }
            taken.insert(choice.candidate.slug)
            dealt.append(choice)
        }
        return dealt
    }

    /// The closest to `target`; ties broken at random (so equal problems rotate).
    static func closest<R: RandomNumberGenerator>(_ candidates: [Candidate], to target: Int, using random: inout R) -> Candidate? {
        guard let best = candidates.map({ abs($0.difficulty - target) }).min() else { return nil }
        return candidates.filter { abs($0.difficulty - target) == best }.randomElement(using: &random)
    }
}
