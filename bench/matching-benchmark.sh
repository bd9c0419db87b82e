#!/usr/bin/env bash
# Articles of about 5,000 characters through the intake, each matched against the whole WDI catalog on arrival
# (embedded H2). Usage: bench/matching-benchmark.sh [ARTICLES] (default 1,000). Needs ../shared/data/wdi-catalog.
set -euo pipefail
cd "$(dirname "$0")/.."
exec bench/run-benchmark.sh MatchingBenchmark "$@"
