#!/usr/bin/env bash
# The run command: installs what is missing first (the judge's sandbox needs libseccomp's
# headers to build, and the toolchains to judge), then brings the whole deployment up.
# Arguments go to `arena up` (e.g. --detach).
set -euo pipefail
cd "$(dirname "$0")/.."
bash infra/install.sh
exec swift run arena up "$@"
