#!/usr/bin/env bash
# Runs the whole test suite: install, build (release), then every test,
# including the slow end-to-end ones. Pass --quick to skip those.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
scripts/build.sh release
if [[ ${1:-} == --quick ]]; then
  ctest --preset release -LE slow -j "$(nproc)"
else
  ctest --preset release -j "$(nproc)"
fi
