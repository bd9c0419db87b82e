#!/usr/bin/env bash
# Server-side read times on a large embedded H2 database: a Facts grid page, an indicator page with a
# 10,000-point series (data and chart), and the overview. Usage: bench/facts-benchmark.sh [rows]
# (default 10,000,000). The generated database stays in target/bench-facts for later runs.
set -euo pipefail
cd "$(dirname "$0")/.."
rows=${1:-10000000}
exec bench/run-benchmark.sh FactsBenchmark "$rows"
