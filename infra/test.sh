#!/usr/bin/env bash
# The test command: installs missing packages (PostgreSQL, Redis, …), then runs every
# test. Integration tests start their own PostgreSQL primary + replica and Redis on
# random loopback ports with temp data dirs, and stop them.
set -euo pipefail
cd "$(dirname "$0")/.."
bash infra/install.sh
swift build --build-tests
# Bounded: a hung test must fail the run, not stall CI.
timeout --signal=INT 1800 swift test --skip-build "$@"
