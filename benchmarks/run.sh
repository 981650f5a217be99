#!/usr/bin/env bash
# Benchmarks against real PostgreSQL, Redis, a core and an edge on loopback, and of the
# judge (sandbox overhead next to bubblewrap, pool throughput, end-to-end submissions) and of
# live matches (matchmaking, rating commits, WebSocket memory, spectator fan-out);
# of the player's side (web app files served by an edge, `arena submit` to verdict);
# prints a table. Release build. `run.sh judge`, `run.sh matches`, `run.sh web`, `run.sh plagiarism` or `run.sh foundation` runs one part.
# ARENA_BENCH_REQUESTS / _CONCURRENCY / _SANDBOX_RUNS tune it.
set -euo pipefail
cd "$(dirname "$0")/.."
bash infra/install.sh
swift build -c release --product arena-bench
"$(swift build -c release --show-bin-path)/arena-bench" "$@"
