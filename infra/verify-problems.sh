#!/usr/bin/env bash
# Proves the problem library's tests strong: builds every package's generated data
# (infra/build-problems.py also checks every test with its input validator), then runs
# `arena problems verify` on each package — every submission in every submissions/
# folder must get its folder's verdict. Two packages at a time, one judge worker each
# (2 cores); judging is timed by CPU, so the pair does not disturb each other's verdicts.
# Prints one line per package and a summary; exits 1 if any package fails.
# Usage: infra/verify-problems.sh [problems/<slug> …]   (default: the whole library)
set -euo pipefail
cd "$(dirname "$0")/.."
arena=${ARENA:-.build/debug/arena}
jobs=${VERIFY_JOBS:-2}
logs=.build/verify-problems
rm -rf "$logs" && mkdir -p "$logs"
if [ "$#" -gt 0 ]; then packages=("$@"); else packages=(problems/*/); fi
started=$(date +%s)
python3 infra/build-problems.py "${packages[@]}"
verify_one() {
    local package=${1%/} slug start status
    slug=$(basename "$package")
    start=$(date +%s%N)
    status=ok
    "$arena" problems verify "$package" --workers 1 >"$logs/$slug.log" 2>&1 || status=FAILED
    local tenths=$(( ($(date +%s%N) - start) / 100000000 ))
    printf '%-36s %-7s %4d.%d s\n' "$slug" "$status" $((tenths / 10)) $((tenths % 10))
    [ "$status" = ok ]
}
export -f verify_one
export arena logs
failed=0
printf '%s\n' "${packages[@]}" | xargs -P "$jobs" -I{} bash -c 'verify_one "$@"' _ {} || failed=1
echo "verified ${#packages[@]} package(s) in $(( $(date +%s) - started )) s"
if [ "$failed" -ne 0 ]; then
    for log in "$logs"/*.log; do
        if ! grep -q "submissions agree" "$log"; then echo "--- $(basename "$log" .log)"; tail -25 "$log"; fi
    done
    echo "some packages failed verification (logs in $logs)"
    exit 1
fi
