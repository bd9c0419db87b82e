#!/usr/bin/env bash
# The WDI-shaped bulk file into PostgreSQL: plain COPY into an unindexed table vs Factline's import vs re-import, in
# one run. Needs the server .ci/start-postgres sets up. Usage: bench/wdi-pg-import-benchmark.sh [indicators]
# (default 150). Results go in docs/benchmarks.md.
set -euo pipefail
cd "$(dirname "$0")/.."
exec bench/run-benchmark.sh WdiPgImportBenchmark "${1:-150}"
