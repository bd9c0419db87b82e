#!/usr/bin/env bash
# The WDI-shaped bulk file into PostgreSQL: plain COPY into an unindexed table vs Factline's import vs re-import, in
# one run. Needs the server .ci/start-postgres sets up. Usage: bench/wdi-pg-import-benchmark.sh [indicators]
# [re-imports] (default 150 and 1; with more re-imports, their median is reported). Results go in docs/benchmarks.md.
set -euo pipefail
cd "$(dirname "$0")/.."
exec bench/run-benchmark.sh WdiPgImportBenchmark "${1:-150}" "${2:-1}"
