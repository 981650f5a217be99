/// Lua scripts run with `EVAL`, so each check-and-change on shared match state is one
/// atomic step in Redis, whichever node runs it.
public enum MatchScripts {
    /// Takes or renews a lease. KEYS: lease; ARGV: holder, milliseconds. 1 if held by ARGV[1] now.
    public static let acquireLease = """
        local holder = redis.call('GET', KEYS[1])
        if holder == ARGV[1] then redis.call('PEXPIRE', KEYS[1], ARGV[2]) return 1 end
        if not holder then redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2]) return 1 end
        return 0
        """

    /// Gives a lease up if still held. KEYS: lease; ARGV: holder.
    public static let releaseLease = """
        if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
        return 0
        """

    /// The owner's commit of one engine step, fenced by the lease: replaces the snapshot
    /// and drops the inbox commands it applied, only while ARGV[1] holds the lease.
    /// KEYS: lease, snapshot, inbox; ARGV: holder, state JSON, applied count, snapshot TTL seconds.
    public static let commitStep = """
        if redis.call('GET', KEYS[1]) ~= ARGV[1] then return 0 end
        redis.call('HSET', KEYS[2], 'state', ARGV[2])
        redis.call('EXPIRE', KEYS[2], ARGV[4])
        local applied = tonumber(ARGV[3])
        if applied > 0 then redis.call('LTRIM', KEYS[3], applied, -1) end
        return 1
        """

    /// Queue join. KEYS: player's match key, members, by-rating, by-time; ARGV: user, "mode region", rating, now.
    public static let joinQueue = """
        if redis.call('EXISTS', KEYS[1]) == 1 then return 'in_match' end
        if redis.call('HEXISTS', KEYS[2], ARGV[1]) == 1 then return 'already_queued' end
        redis.call('HSET', KEYS[2], ARGV[1], ARGV[2])
        redis.call('ZADD', KEYS[3], ARGV[3], ARGV[1])
        redis.call('ZADD', KEYS[4], ARGV[4], ARGV[1])
        return 'ok'
        """

    /// Queue leave from whichever queue. KEYS: members, then every mode's two sorted sets; ARGV: user.
    public static let leaveQueue = """
        if redis.call('HDEL', KEYS[1], ARGV[1]) == 0 then return 0 end
        for k = 2, #KEYS do redis.call('ZREM', KEYS[k], ARGV[1]) end
        return 1
        """

    /// Seats players in a new match: none may be in a live match (and, for the matchmaker,
    /// each must still be queued for the mode); seated players leave every queue.
    /// KEYS: members, every mode's two sorted sets (8), then each player's match key;
    /// ARGV: match id, TTL ms, "1" if they must be queued, mode, then user ids.
    public static let seatPlayers = """
        local players = #ARGV - 4
        local first = #KEYS - players
        for i = 1, players do
          local user = ARGV[4 + i]
          if redis.call('EXISTS', KEYS[first + i]) == 1 then return 'in_match:' .. user end
          if ARGV[3] == '1' then
            local entry = redis.call('HGET', KEYS[1], user)
            if (not entry) or string.sub(entry, 1, #ARGV[4] + 1) ~= (ARGV[4] .. ' ') then return 'not_queued:' .. user end
          end
        end
        for i = 1, players do
          local user = ARGV[4 + i]
          redis.call('HDEL', KEYS[1], user)
          for k = 2, first do redis.call('ZREM', KEYS[k], user) end
          redis.call('SET', KEYS[first + i], ARGV[1], 'PX', ARGV[2])
        end
        return 'ok'
        """

    /// Every mode's two queue sets, in the order the scripts above expect.
    public static var allQueueKeys: [String] {
        MatchMode.allCases.flatMap { [MatchKeys.queueByRating($0), MatchKeys.queueByTime($0)] }
    }
}
