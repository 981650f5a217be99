#!/usr/bin/env bash
# The test command: installs missing packages (PostgreSQL, Redis, …), then runs every
# test. Integration tests start their own PostgreSQL primary + replica and Redis on
# random loopback ports with temp data dirs, and stop them.
set -euo pipefail
cd "$(dirname "$0")/.."
bash infra/install.sh
swift build --build-tests
swift test --skip-build "$@"
