#!/usr/bin/env bash
# Benchmarks of the foundation against real PostgreSQL, Redis, a core and an edge on
# loopback; prints a table. Release build. ARENA_BENCH_REQUESTS / _CONCURRENCY tune it.
set -euo pipefail
cd "$(dirname "$0")/.."
bash infra/install.sh
swift build -c release --product arena-bench
"$(swift build -c release --show-bin-path)/arena-bench"
