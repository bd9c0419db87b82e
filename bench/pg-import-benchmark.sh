#!/usr/bin/env bash
# Import throughput into PostgreSQL: Factline's import (COPY into a staging table, then merge) beside plain COPY of
# the same file, in one run. Needs the server .ci/start-postgres sets up. Usage: bench/pg-import-benchmark.sh [rows]
# (default 1,000,000). Results go in docs/benchmarks.md.
set -euo pipefail
cd "$(dirname "$0")/.."
rows=${1:-1000000}
exec bench/run-benchmark.sh PgImportBenchmark "$rows"
