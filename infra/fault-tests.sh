#!/usr/bin/env bash
# The fault suite, one command: real PostgreSQL/Redis/core/edge processes broken on
# purpose. Part of `bash infra/test.sh` too; this runs only these.
#   - the core killed with SIGKILL during a stream of submissions; the primary dies and the
#     replica is promoted (OperationsTests/FaultTests)
#   - Redis restarted mid-match; the owner edge dies with live sockets and players resume
#     on another edge (EdgeNodeTests/LiveMatchTests)
#   - the replica stopped: reads fall back to the primary, /ready says so
#     (CoreNodeTests/ReadYourWritesTests)
#   - the core stopped while edges accept submissions; an edge restarted with unjudged
#     work (EdgeNodeTests/OutboxDeliveryTests)
set -euo pipefail
cd "$(dirname "$0")/.."
bash infra/install.sh
swift build --build-tests
timeout 1200 swift test --skip-build --filter 'FaultTests|LiveMatchTests|ReadYourWritesTests|OutboxDeliveryTests|RegionRolloutTests'
