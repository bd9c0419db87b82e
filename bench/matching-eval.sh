#!/usr/bin/env bash
# The matcher on the labelled articles of src/test/resources/matching/eval (and on the extraction corpus), on an
# embedded H2 database holding the WDI catalog and ../shared/data/wdi-more. Usage: bench/matching-eval.sh [PART...]
# (every part, or only those named: blind45, corpus). Per-figure results go to target/matching-eval.tsv.
set -euo pipefail
cd "$(dirname "$0")/.."
exec bench/run-benchmark.sh MatchingEval "$@"
