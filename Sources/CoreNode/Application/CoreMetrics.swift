import ArenaHTTP
import Matches
import Prometheus
import Synchronization

/// The core's own metric families, registered once per node.
final class CoreMetrics: Sendable {
    let node: NodeMetrics
    let submissionsStored: Counter
    let submissionsDuplicate: Counter
    let signIns: Counter
    let signInFailures: Counter
    let signInsThrottled: Counter
    private let signUpRefusals: [String: Counter]
    let matchmakingTickSeconds: Gauge
    let matchResultsCommitted: Counter
    let matchResultsDuplicate: Counter
    let challengesCreated: Counter
    let challengesStarted: Counter
    let challengesRefused: Counter
    let submissionsFingerprinted: Counter
    let plagiarismCasesOpened: Counter
    private let matchesCreated: [MatchMode: Counter]
    private let matchesCompleted: [MatchMode: Counter]
    /// Open matches aborted because their Redis snapshot was gone (`LostMatchReaper`).
    let lostMatches: Counter
    /// Mail handed to the MTA, and mail given up (refused, or out of attempts).
    let mailSent: Counter
    let mailFailed: Counter
    private let ratingDrift: [MatchMode: MirroredGauge]
    let matchmakingLastTick: Gauge
    private let queueGauges: [MatchMode: MirroredGauge]
    private let completionRates: [MatchMode: Gauge]
    let readsServed: Mutex<[String: Counter]> = Mutex([:])
    private let lagGauges: Mutex<[String: Gauge]> = Mutex([:])
    private let rotationGauges: Mutex<[String: Gauge]> = Mutex([:])

    init(node: NodeMetrics) {
        self.node = node
        let registry = node.registry
        self.submissionsStored = registry.makeCounter(descriptor: .arena("arena_submissions_stored_total", help: "Submission records stored by the core (first delivery)"))
        self.submissionsDuplicate = registry.makeCounter(descriptor: .arena("arena_submissions_duplicate_total", help: "Forwarded submission records already stored (replays), not applied again"))
        self.signIns = registry.makeCounter(descriptor: .arena("arena_auth_sign_ins_total", help: "Successful sign-ins"))
        self.signInFailures = registry.makeCounter(descriptor: .arena("arena_auth_sign_in_failures_total", help: "Failed sign-ins"))
        self.signUpRefusals = Dictionary(
            uniqueKeysWithValues: SignUpGate.Refusal.metricReasons.map { reason in
                (reason, registry.makeCounter(
                    descriptor: .arena("arena_auth_sign_ups_refused_total", help: "Sign-ups refused by the bot defences (proof of work, per-address limit)"),
                    labels: [("reason", reason)]))
            })
        self.signInsThrottled = registry.makeCounter(
            descriptor: .arena("arena_auth_sign_ins_throttled_total", help: "Sign-ins refused because the account had too many failures"))
        self.matchmakingTickSeconds = registry.makeGauge(descriptor: .arena("arena_matchmaking_tick_seconds", help: "Duration of the last matchmaking tick (leader only)"))
        self.matchResultsCommitted = registry.makeCounter(descriptor: .arena("arena_match_results_committed_total", help: "Match results committed with their rating changes"))
        self.matchResultsDuplicate = registry.makeCounter(descriptor: .arena("arena_match_results_duplicate_total", help: "Match results received again after they were committed (not applied twice)"))
        self.challengesCreated = registry.makeCounter(descriptor: .arena("arena_challenges_created_total", help: "Challenges sent (invitations)"))
        self.challengesStarted = registry.makeCounter(
            descriptor: .arena("arena_challenges_started_total", help: "Challenges every invited player accepted, seated as a match"))
        self.challengesRefused = registry.makeCounter(
            descriptor: .arena("arena_challenges_rate_limited_total", help: "Challenges refused because their sender made too many recently"))
        self.submissionsFingerprinted = registry.makeCounter(
            descriptor: .arena("arena_submissions_fingerprinted_total", help: "Accepted submissions fingerprinted for plagiarism checks"))
        self.plagiarismCasesOpened = registry.makeCounter(
            descriptor: .arena("arena_plagiarism_cases_opened_total", help: "Pairs of submissions flagged as suspiciously alike, waiting for review"))
        self.mailSent = registry.makeCounter(descriptor: .arena("arena_mail_sent_total", help: "Messages handed to the mail server (MTA)"))
        self.mailFailed = registry.makeCounter(
            descriptor: .arena("arena_mail_failed_total", help: "Messages given up: refused by the mail server or out of attempts"))
        self.matchmakingLastTick = registry.makeGauge(
            descriptor: .arena("arena_matchmaking_last_tick_timestamp_seconds", help: "When the matchmaking leader last finished a tick (Unix time)"))
        var created: [MatchMode: Counter] = [:]
        var completed: [MatchMode: Counter] = [:]
        var drift: [MatchMode: MirroredGauge] = [:]
        var queues: [MatchMode: MirroredGauge] = [:]
        var completion: [MatchMode: Gauge] = [:]
        for mode in MatchMode.allCases {
            completed[mode] = registry.makeCounter(
                descriptor: .arena("arena_matches_completed_total", help: "Matches whose result and ratings were committed"), labels: [("mode", mode.rawValue)])
            // Elo here is zero-sum, so the mean stays at the start rating; a drift means
            // points are being created or lost.
            let labels = [("mode", mode.rawValue)]
            drift[mode] = MirroredGauge(
                registry.makeGauge(descriptor: .arena("arena_rating_drift", help: "Mean rating of rated players minus the start rating (1500)"), labels: labels),
                registry.makeGauge(descriptor: .arena("elo_calculation_drift", help: "Mean rating minus 1500, from the database (seed name)"), labels: labels))
            created[mode] = registry.makeCounter(descriptor: .arena("arena_matches_created_total", help: "Matches created"), labels: labels)
            queues[mode] = MirroredGauge(
                registry.makeGauge(descriptor: .arena("arena_matchmaking_queue_players", help: "Players waiting in a mode's queue (leader's last tick)"), labels: labels),
                registry.makeGauge(descriptor: .arena("match_queue_depth", help: "Players waiting in a mode's queue (seed name)"), labels: labels))
            completion[mode] = registry.makeGauge(
                descriptor: .arena("match_completion_rate", help: "Share of the last hour's ended matches that finished with a result rather than aborted (seed name)"),
                labels: labels)
        }
        self.matchesCreated = created
        self.matchesCompleted = completed
        self.lostMatches = registry.makeCounter(
            descriptor: .arena("arena_matches_lost_total", help: "Open matches aborted because their live state was gone from Redis"))
        self.ratingDrift = drift
        self.queueGauges = queues
        self.completionRates = completion
    }

    /// Replica lag in bytes of WAL behind the primary (labelled by replica name: a
    /// small, operator-defined set).
    func replicaLagBytes(_ replica: String) -> Gauge {
        self.lagGauges.withLock { gauges in
            if let gauge = gauges[replica] { return gauge }
            let gauge = self.node.registry.makeGauge(descriptor: .arena("arena_replica_lag_bytes", help: "WAL bytes the replica has not replayed yet"), labels: [("replica", replica)])
            gauges[replica] = gauge
            return gauge
        }
    }

    func replicaInRotation(_ replica: String) -> Gauge {
        self.rotationGauges.withLock { gauges in
            if let gauge = gauges[replica] { return gauge }
            let gauge = self.node.registry.makeGauge(descriptor: .arena("arena_replica_in_rotation", help: "1 when the replica serves reads"), labels: [("replica", replica)])
            gauges[replica] = gauge
            return gauge
        }
    }

    func matchCreated(_ mode: MatchMode) { self.matchesCreated[mode]?.increment() }
    func matchCompleted(_ mode: MatchMode) { self.matchesCompleted[mode]?.increment() }
    func ratingDrift(_ mode: MatchMode) -> MirroredGauge { self.ratingDrift[mode]! }
    func queuePlayers(_ mode: MatchMode) -> MirroredGauge { self.queueGauges[mode]! }
    func completionRate(_ mode: MatchMode) -> Gauge { self.completionRates[mode]! }

    func signUpRefused(_ reason: String) {
        self.signUpRefusals[reason]?.increment()
    }

    func readServed(by database: String) {
        let counter = self.readsServed.withLock { counters in
            if let counter = counters[database] { return counter }
            let counter = self.node.registry.makeCounter(descriptor: .arena("arena_db_reads_total", help: "Reads by the database that served them"), labels: [("database", database)])
            counters[database] = counter
            return counter
        }
        counter.increment()
    }
}
