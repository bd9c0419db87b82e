#!/usr/bin/env bash
# Server-side time of the Claims page's first page with 10,000 citations (embedded H2).
# Usage: bench/claims-benchmark.sh. The database stays in target/bench-claims for later runs.
set -euo pipefail
cd "$(dirname "$0")/.."
exec bench/run-benchmark.sh ClaimsBenchmark
