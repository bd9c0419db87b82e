#!/usr/bin/env bash
# Import throughput into embedded H2: Factline's import beside H2's CSVREAD and plain JDBC batch inserts,
# in one run on one generated long-format file. Usage: bench/import-benchmark.sh [rows] (default 5,000,000).
# Results go in docs/benchmarks.md.
set -euo pipefail
cd "$(dirname "$0")/.."
rows=${1:-5000000}
exec bench/run-benchmark.sh ImportBenchmark "$rows"
