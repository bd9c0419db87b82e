#!/usr/bin/env bash
# Server-side times of the overview with about 400,000 series (embedded H2).
# Usage: bench/overview-benchmark.sh. The database stays in target/bench-overview for later runs.
set -euo pipefail
cd "$(dirname "$0")/.."
exec bench/run-benchmark.sh OverviewBenchmark
