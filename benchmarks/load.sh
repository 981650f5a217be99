#!/usr/bin/env bash
# Loopback load test of a whole CodeArena deployment (core + two edges), bounded to a few
# minutes: starts its own deployment on private ports (core 8710, postgres 35432/35433,
# redis 36379, edges 9180/9543 and 9181/9544) in a temporary data folder, runs
#   a. anonymous problem reads through an edge (cached),
#   b. submissions from many users until the judge queue is full (429 judge_busy),
#   c. a sign-in brute force from one address on one account (429 rate_limited at the edge
#      per address, 429 account_throttled at the core per account),
#   d. 500 WebSockets on one edge (python3 standard library client),
# prints one table and stops the deployment. Exits non-zero if the deployment does not
# start, an edge stops answering /health or a process dies, a 429 lacks Retry-After, or
# the judge backlog does not drain.
#
# Needs wrk (apt-get install -y --no-install-recommends wrk) and python3; PostgreSQL and
# Redis as for `arena up` (infra/install.sh). No swift commands: it measures the binary
# at $ARENA_BIN, else .build/release/arena, else .build/debug/arena (say which in
# reports: a debug build is only good for relative figures).
# Tuning: LOAD_DURATION (s per wrk scenario, default 15), LOAD_READ_DURATION (10),
# LOAD_CONNECTIONS (4), LOAD_USERS (50), LOAD_WEBSOCKETS (500), LOAD_KEEP=1 keeps the data folder.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
LOAD_DIR=$ROOT/benchmarks/load
HELPERS=(python3 "$LOAD_DIR/helpers.py")
DURATION=${LOAD_DURATION:-15}
READ_DURATION=${LOAD_READ_DURATION:-10}
CONNECTIONS=${LOAD_CONNECTIONS:-4}
USERS=${LOAD_USERS:-50}
WEBSOCKETS=${LOAD_WEBSOCKETS:-500}
PASSWORD='load-test-password-1'
HOST=127.0.0.1
CORE_PORT=8710
EU_HTTP=9180
US_HTTP=9181
PORTS=(8710 35432 35433 36379 9180 9543 9181 9544)
EU=http://$HOST:$EU_HTTP
US=http://$HOST:$US_HTTP
STARTED_AT=$SECONDS

say() { printf '%s\n' "$*"; }
FAILURES=()
fail() {
    say "  FAIL: $*"
    FAILURES+=("$*")
}
die() {
    say "load.sh: $*" >&2
    exit 1
}

command -v wrk >/dev/null || die "wrk is missing: apt-get install -y --no-install-recommends wrk"
command -v python3 >/dev/null || die "python3 is missing"
command -v curl >/dev/null || die "curl is missing"

# --- the binary --------------------------------------------------------------------------
if [[ -n ${ARENA_BIN:-} ]]; then
    SOURCE_BIN=$ARENA_BIN
elif [[ -x .build/release/arena ]]; then
    SOURCE_BIN=.build/release/arena
else
    SOURCE_BIN=.build/debug/arena
fi
for _ in $(seq 60); do [[ -x $SOURCE_BIN ]] && break; sleep 1; done # a rebuild may be replacing it
[[ -x $SOURCE_BIN ]] || die "no arena binary at $SOURCE_BIN (build it, or set ARENA_BIN)"
case $SOURCE_BIN in
*/release/*) BUILD_KIND="release" ;;
*/debug/*) BUILD_KIND="DEBUG (relative figures only)" ;;
*) BUILD_KIND="unknown (ARENA_BIN)" ;;
esac

# --- private ports, work folder, cleanup --------------------------------------------------
for port in "${PORTS[@]}"; do
    if (exec 3<>"/dev/tcp/$HOST/$port") 2>/dev/null; then
        die "port $port is in use (another load.sh run?); this test needs ${PORTS[*]} free"
    fi
done

WORK=$(mktemp -d "${TMPDIR:-/tmp}/arena-load.XXXXXX")
chmod 755 "$WORK" # PostgreSQL runs as the 'postgres' account and must traverse it
DATA=$WORK/data
RESULTS=$WORK/results
mkdir -p "$RESULTS"
: >"$RESULTS/index.tsv"
BIN=$WORK/arena
DEPLOYMENT_STARTED=0

cleanup() {
    local status=$?
    set +e
    trap - EXIT INT TERM
    jobs -p | xargs -r kill 2>/dev/null
    if [[ $DEPLOYMENT_STARTED == 1 ]]; then
        say ""
        say "Stopping the deployment …"
        if ! timeout 120 "$BIN" down --data "$DATA" >"$WORK/down.log" 2>&1; then
            cat "$WORK/down.log"
            status=1
        fi
    fi
    if [[ ${LOAD_KEEP:-0} == 1 || ($status != 0 && $status != 130) ]]; then
        say "Kept the work folder (data, logs, results): $WORK"
    else
        rm -rf "$WORK"
    fi
    exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# A copy, so a rebuild during the run cannot swap the binary under `arena down`.
cp "$SOURCE_BIN" "$BIN"
timeout 30 "$BIN" --help >/dev/null || die "$SOURCE_BIN does not run (being rebuilt?)"
if [[ -z ${ARENA_WEB_ROOT:-} && -f $ROOT/Sources/EdgeNode/Web/Assets/index.html ]]; then
    export ARENA_WEB_ROOT=$ROOT/Sources/EdgeNode/Web/Assets # the copy has no resource bundle beside it
fi

say "CodeArena load test — binary $SOURCE_BIN ($BUILD_KIND, built $(date -r "$SOURCE_BIN" '+%Y-%m-%d %H:%M:%S'))"
say "  $(nproc) CPUs; wrk ${CONNECTIONS} connections; $READ_DURATION s reads, $DURATION s submissions and brute force; work folder $WORK"

cat >"$WORK/regions.yaml" <<EOF
# Written by benchmarks/load.sh: private ports, nothing shared with a dev deployment.
version: 1
core:
  host: $HOST
  port: $CORE_PORT
  postgres:
    database: arena
    user: arena
    primary: { host: $HOST, port: 35432 }
    replicas:
      - { name: replica-a, host: $HOST, port: 35433 }
  redis: { host: $HOST, port: 36379 }
regions:
  - name: eu-west
    host: $HOST
    https_port: 9543
    http_port: $EU_HTTP
    read_replica: replica-a
    judge_pool: 2
  - name: us-east
    host: $HOST
    https_port: 9544
    http_port: $US_HTTP
    read_replica: replica-a
    judge_pool: 2
EOF

# --- helpers -----------------------------------------------------------------------------
http_status() { curl -s -o /dev/null -m 5 --cacert "$DATA/tls/ca/ca.pem" -w '%{http_code}' "$1" || true; }
metric() { "${HELPERS[@]}" metric "$@"; }

# Runs one wrk scenario; the Lua scripts write $RESULTS/<name>.json.
run_wrk() {
    local name=$1 url=$2 script=$3 seconds=$4 notes=$5
    shift 5
    say "  wrk $name: $seconds s, $CONNECTIONS connections …"
    env "$@" LOAD_LUA_DIR="$LOAD_DIR" LOAD_RESULT="$RESULTS/$name.json" \
        timeout $((seconds + 30)) wrk -t 2 -c "$CONNECTIONS" -d "${seconds}s" --timeout 10s -s "$LOAD_DIR/$script" "$url" \
        >"$RESULTS/$name.wrk.txt" 2>&1 || { cat "$RESULTS/$name.wrk.txt"; fail "wrk $name failed"; }
    printf '%s\twrk\t%s\t%s\n' "$name" "$RESULTS/$name.json" "$notes" >>"$RESULTS/index.tsv"
}

# Status counts from a result: "<status> <count>" lines.
statuses_of() {
    python3 -c 'import json,sys; r=json.load(open(sys.argv[1])); [print(k.replace(" ","_"), v) for k,v in r["statuses"].items()]' "$1" 2>/dev/null || true
}
count_of() { statuses_of "$1" | awk -v k="$2" '$1==k {print $2; found=1} END {if (!found) print 0}'; }
json_field() { python3 -c 'import json,sys; print(json.load(open(sys.argv[1])).get(sys.argv[2], ""))' "$1" "$2" 2>/dev/null || true; }

check_retry_after() {
    local name=$1 missing
    missing=$(json_field "$RESULTS/$name.json" missing_retry_after)
    if [[ -n $missing && $missing != 0 ]]; then fail "$name: $missing responses with status 429 had no Retry-After"; fi
}
check_no_5xx() {
    local name=$1 bad
    bad=$(statuses_of "$RESULTS/$name.json" | awk '$1 ~ /^5/ {n += $2} END {print n + 0}')
    if [[ $bad != 0 ]]; then fail "$name: $bad responses with status 5xx"; fi
}

check_alive() {
    local when=$1 ok=1 pid
    for url in "$EU" "$US" "https://$HOST:$CORE_PORT"; do
        [[ $(http_status "$url/health") == 200 ]] || { fail "$when: $url/health did not answer 200"; ok=0; }
    done
    for url in "$EU" "$US"; do
        [[ $(http_status "$url/ready") == 200 ]] || { fail "$when: $url/ready did not answer 200"; ok=0; }
    done
    while read -r pid; do
        [[ -z $pid ]] && continue
        kill -0 "$pid" 2>/dev/null || { fail "$when: deployment process $pid is gone"; ok=0; }
    done < <(tr -s ' ' '\n' <"$DATA/children.pids" 2>/dev/null; echo)
    [[ $ok == 1 ]] && say "  $when: core and both edges answer /health and /ready; all deployment processes alive"
    return 0
}

# --- start ---------------------------------------------------------------------------------
say ""
say "Starting the deployment (private ports ${PORTS[*]}) …"
start_clock=$SECONDS
DEPLOYMENT_STARTED=1 # `arena down` is harmless when nothing runs
if ! ARENA_ADMIN_USERS=load-admin timeout 300 "$BIN" up --detach --no-install --config "$WORK/regions.yaml" --data "$DATA" \
    >"$WORK/up.out" 2>&1; then
    cat "$WORK/up.out"
    die "the deployment did not start (is PostgreSQL/Redis installed? bash infra/install.sh)"
fi
say "  ready in $((SECONDS - start_clock)) s"
check_alive "after start"
[[ ${#FAILURES[@]} == 0 ]] || die "the deployment is not healthy after start"

# --- a. reads ----------------------------------------------------------------------------
say ""
say "a. Problem reads through eu-west (anonymous, plain HTTP)"
curl -s -o /dev/null -m 10 "$EU/api/problems/a-plus-b"
curl -s -o /dev/null -m 10 "$EU/api/problems" # warm the cache
for read in "problem:/api/problems/a-plus-b" "list:/api/problems"; do
    name="a-read-${read%%:*}"
    path=${read#*:}
    hits=$(metric "$EU/metrics" arena_edge_cache_hits_total)
    misses=$(metric "$EU/metrics" arena_edge_cache_misses_total)
    run_wrk "$name" "$EU" get.lua "$READ_DURATION" "GET $path" LOAD_PATH="$path"
    hits=$(($(metric "$EU/metrics" arena_edge_cache_hits_total) - ${hits:-0}))
    misses=$(($(metric "$EU/metrics" arena_edge_cache_misses_total) - ${misses:-0}))
    sed -i "\$s|\$|; cache hits $hits, misses $misses|" "$RESULTS/index.tsv"
    check_no_5xx "$name"
done

# --- b. submissions ----------------------------------------------------------------------
say ""
say "b. Submissions with the judge pool saturated (eu-west, $USERS users)"
"${HELPERS[@]}" signup --port "$EU_HTTP" --prefix loaduser --count "$USERS" --password "$PASSWORD" \
    --source-net 2 --per-source 10 --out "$WORK/tokens.txt" || die "sign-up of the load users failed"
judged_before=$(metric "$EU/metrics" arena_judge_verdicts_total --sum)
# Samples the backlog while wrk runs (stopped right after it).
(
    peak=0
    while :; do
        value=$(metric "$EU/metrics" arena_judge_backlog 2>/dev/null || true)
        [[ $value =~ ^[0-9]+$ ]] && ((value > peak)) && { peak=$value; echo "$peak" >"$WORK/backlog-peak"; }
        sleep 0.5
    done
) &
sampler=$!
run_wrk b-submit "$EU" submit.lua "$DURATION" "placeholder" LOAD_TOKENS="$WORK/tokens.txt"
kill "$sampler" 2>/dev/null || true
wait "$sampler" 2>/dev/null || true
peak=$(cat "$WORK/backlog-peak" 2>/dev/null || echo "?")
backlog=$(metric "$EU/metrics" arena_judge_backlog)
say "  judge backlog: peak $peak during the run, $backlog right after it"
check_retry_after b-submit
check_no_5xx b-submit
check_alive "after submissions"
drain_start=$SECONDS
drained=""
while ((SECONDS - drain_start < 120)); do
    backlog=$(metric "$EU/metrics" arena_judge_backlog)
    if [[ $backlog == 0 ]]; then
        drained=$((SECONDS - drain_start))
        break
    fi
    sleep 0.5
done
accepted=$(count_of "$RESULTS/b-submit.json" 202)
if [[ -z $drained ]]; then
    fail "judge backlog did not drain within 120 s (still ${backlog:-?})"
    drain_note="backlog NOT drained in 120 s"
else
    # The outbox carries the judged records to the core; give it a moment too.
    outbox=""
    for _ in $(seq 60); do
        outbox=$(metric "$EU/metrics" arena_outbox_depth)
        [[ $outbox == 0 ]] && break
        sleep 0.5
    done
    judged=$(($(metric "$EU/metrics" arena_judge_verdicts_total --sum) - ${judged_before:-0}))
    dead=$(metric "$EU/metrics" arena_outbox_dead_letters)
    drain_note="backlog drained in ${drained} s; $judged verdicts for $accepted accepted; outbox ${outbox:-?}, dead letters ${dead:-?}"
    say "  $drain_note"
    [[ $judged == "$accepted" ]] || fail "b-submit: $accepted submissions accepted but $judged judged"
    [[ $outbox == 0 ]] || fail "b-submit: the outbox still holds $outbox records for the core"
fi
busy=$(count_of "$RESULTS/b-submit.json" 429_judge_busy)
[[ $busy != 0 ]] || fail "b-submit: the judge queue never filled (no 429 judge_busy): raise LOAD_USERS or LOAD_CONNECTIONS"
sed -i "\$s|placeholder|$USERS users rotated; backlog peak $peak; $drain_note|" "$RESULTS/index.tsv"

# --- c. brute force ----------------------------------------------------------------------
say ""
say "c. Sign-in brute force from $HOST (eu-west)"
# loadvictim0 is attacked; loadvictim1 shows when the flooding address may sign in again.
"${HELPERS[@]}" signup --port "$EU_HTTP" --prefix loadvictim --count 2 --password "$PASSWORD" \
    --source-net 3 --out "$WORK/victim.txt" >/dev/null || die "sign-up of the brute-force target failed"
flood_start=$SECONDS
run_wrk c-bruteforce "$EU" signin.lua "$DURATION" "placeholder" LOAD_USER=loadvictim0
check_retry_after c-bruteforce
check_no_5xx c-bruteforce
after=$("${HELPERS[@]}" signin --port "$EU_HTTP" --user loadvictim0 --password "$PASSWORD" --source "$HOST")
other=$("${HELPERS[@]}" signin --port "$EU_HTTP" --user loadvictim0 --password "$PASSWORD" --source 127.0.0.9)
say "  correct password right after the flood, from $HOST: $after; from 127.0.0.9: $other"
after_status=$(python3 -c 'import json,sys; print(json.loads(sys.argv[1])["status"])' "$after")
after_retry=$(python3 -c 'import json,sys; print(json.loads(sys.argv[1])["retry_after"] or "")' "$after")
other_status=$(python3 -c 'import json,sys; print(json.loads(sys.argv[1])["status"])' "$other")
other_code=$(python3 -c 'import json,sys; print(json.loads(sys.argv[1])["code"] or "")' "$other")
other_retry=$(python3 -c 'import json,sys; print(json.loads(sys.argv[1])["retry_after"] or "")' "$other")
if [[ $after_status == 429 && -z $after_retry ]]; then fail "c-bruteforce: the 429 after the flood had no Retry-After"; fi
# The account used its failures: another address is refused too, until the account's window ends.
if [[ $other_status != 429 || $other_code != account_throttled || -z $other_retry ]]; then
    fail "c-bruteforce: from another address the attacked account answered $other_status $other_code (expected 429 account_throttled with Retry-After)"
fi

# --- d. WebSockets (runs while the sign-in window passes) ----------------------------------
say ""
say "d. $WEBSOCKETS WebSockets on us-east"
if timeout 120 "${HELPERS[@]}" ws --port "$US_HTTP" --tokens "$WORK/tokens.txt" --count "$WEBSOCKETS" \
    --metrics "$US/metrics" --out "$RESULTS/d-websockets.json"; then
    ws_note=$(python3 -c '
import json, sys
r = json.load(open(sys.argv[1]))
gauge = r["open_gauge"]
print("connect+hello latency; edge gauge %s open; pong p50 %.1f ms p99 %.1f ms (all pinged at once)"
      % ("?" if gauge is None else "%d" % gauge, r["pong_p50_ms"], r["pong_p99_ms"]))
' "$RESULTS/d-websockets.json")
    connected=$(json_field "$RESULTS/d-websockets.json" connected)
    pongs=$(json_field "$RESULTS/d-websockets.json" pongs)
    [[ $connected == "$WEBSOCKETS" && $pongs == "$WEBSOCKETS" ]] || fail "d-websockets: $connected of $WEBSOCKETS connected, $pongs pongs"
else
    fail "d-websockets: the WebSocket client failed or timed out"
    ws_note="client failed"
fi
printf '%s\tws\t%s\t%s\n' d-websockets "$RESULTS/d-websockets.json" "$ws_note" >>"$RESULTS/index.tsv"
# The sockets are closed; the gauge should fall back.
for _ in $(seq 20); do
    [[ $(metric "$US/metrics" arena_ws_connections_active) == 0 ]] && break
    sleep 0.5
done
left=$(metric "$US/metrics" arena_ws_connections_active)
[[ $left == 0 ]] || fail "d-websockets: arena_ws_connections_active is still $left after closing"

# --- c. (continued) when does the right password work again from the flooding address? ------
unlock=""
if [[ $after_status == 429 ]]; then
    say ""
    say "c. (continued) waiting for the sign-in window to pass for $HOST (signing in to loadvictim1) …"
    while ((SECONDS - flood_start < 80)); do
        status=$("${HELPERS[@]}" signin --port "$EU_HTTP" --user loadvictim1 --password "$PASSWORD" --source "$HOST" |
            python3 -c 'import json,sys; print(json.load(sys.stdin)["status"])')
        if [[ $status == 200 ]]; then
            unlock=$((SECONDS - flood_start))
            break
        fi
        sleep 2
    done
    if [[ -n $unlock ]]; then
        say "  correct sign-in from $HOST succeeded ${unlock} s after the flood began"
        c_note="right password after flood: 429 (Retry-After ${after_retry}s); this address signs in to another account ${unlock} s after flood start; the attacked account from another address: ${other_status} ${other_code} (Retry-After ${other_retry}s)"
    else
        fail "c-bruteforce: the right password was still refused 80 s after the flood began"
        c_note="right password still refused after 80 s"
    fi
else
    c_note="right password right after the flood answered ${after_status} (expected 429); from another address: ${other_status}"
    say "  NOTE: $c_note"
fi
unauthorized=$(count_of "$RESULTS/c-bruteforce.json" 401)
sed -i "/^c-bruteforce\t/s|placeholder|$unauthorized wrong passwords reached the core; $c_note|" "$RESULTS/index.tsv"

# --- after everything ------------------------------------------------------------------------
say ""
check_alive "at the end"
errors=$(cat "$DATA/logs/edge-"*.log "$DATA/logs/core.log" 2>/dev/null | grep -cE '^\S+ (error|critical) ' || true)
say "  error/critical lines in the core and edge logs: $errors"
if [[ $errors != 0 ]]; then
    grep -hE '^\S+ (error|critical) ' "$DATA/logs/edge-"*.log "$DATA/logs/core.log" | cut -c1-240 | sort | uniq -c | sort -rn | head -5
fi

say ""
say "Results ($BUILD_KIND build, $SOURCE_BIN; wrk $CONNECTIONS connections, 2 threads):"
"${HELPERS[@]}" table "$RESULTS/index.tsv"
say ""
say "Total time: $((SECONDS - STARTED_AT)) s"
if [[ ${#FAILURES[@]} != 0 ]]; then
    say "FAILED checks:"
    printf '  - %s\n' "${FAILURES[@]}"
    exit 1
fi
say "All checks passed (no 5xx, every 429 had Retry-After, edges healthy, judge backlog drained)."
