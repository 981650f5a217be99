/// How far apart in rating two queued players may be: ±150, widened by 50 for every
/// full 10 s a player has waited beyond 30 s, up to ±1000. A pair is acceptable when
/// it fits the window of the longer-waiting player, so a long wait is what widens a match.
public enum MatchmakingWindow {
    public static let initial = 150
    public static let step = 50
    public static let widenAfterSeconds = 30.0
    public static let stepSeconds = 10.0
    public static let maximum = 1000

    public static func window(waitedSeconds: Double) -> Int {
        guard waitedSeconds > widenAfterSeconds else { return initial }
        let steps = Int((waitedSeconds - widenAfterSeconds) / stepSeconds)
        return min(maximum, initial + steps * step)
    }
}
