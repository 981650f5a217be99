import Matches
import Replication

/// Reads one mode's queue as the matchmaker sees it: both sorted sets in one pipelined
/// round trip, joined by user (public for the benchmark, which times exactly this read).
public enum MatchQueueReader {
    public static func read(_ mode: MatchMode, from redis: RedisClient) async throws -> [MatchmakingPlanner.Entry] {
        let replies = try await redis.pipeline([
            ["ZRANGE", MatchKeys.queueByRating(mode), "0", "-1", "WITHSCORES"],
            ["ZRANGE", MatchKeys.queueByTime(mode), "0", "-1", "WITHSCORES"],
        ])
        let joined = Dictionary(self.pairs(replies[1]), uniquingKeysWith: { first, _ in first })
        return self.pairs(replies[0]).compactMap { user, rating in
            joined[user].map { MatchmakingPlanner.Entry(userID: user, rating: Int(rating), joinedAt: $0) }
        }
    }

    /// `[member, score, member, score, …]` → (user id, score).
    static func pairs(_ value: RESPValue) -> [(Int64, Double)] {
        let items = value.elements ?? []
        return stride(from: 0, to: items.count - 1, by: 2).compactMap { index in
            guard let user = items[index].string.flatMap({ Int64($0) }), let score = items[index + 1].string.flatMap({ Double($0) }) else { return nil }
            return (user, score)
        }
    }
}
