#!/usr/bin/env bash
# A WDI-shaped bulk file into embedded H2: plain JDBC batch vs Factline's import vs re-import, in one run.
# Usage: bench/wdi-import-benchmark.sh [indicators] (default 150).
set -euo pipefail
cd "$(dirname "$0")/.."

mvn -B -q test-compile
mvn -B -q dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
java -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  org.factline.bench.WdiImportBenchmark "${1:-150}"
