#!/usr/bin/env bash
# A WDI-shaped bulk file into embedded H2: plain JDBC batch vs Factline's import vs re-import, in one run.
# Usage: bench/wdi-import-benchmark.sh [indicators] [re-imports]
# (default 150 and 1; with more re-imports, their median is reported).
set -euo pipefail
cd "$(dirname "$0")/.."
exec bench/run-benchmark.sh WdiImportBenchmark "${1:-150}" "${2:-1}"
