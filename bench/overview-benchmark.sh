#!/usr/bin/env bash
# Server-side times of the overview with about 400,000 series (embedded H2).
# Usage: bench/overview-benchmark.sh. The database stays in target/bench-overview for later runs.
set -euo pipefail
cd "$(dirname "$0")/.."

mvn -B -q test-compile
mvn -B -q dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
java -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  org.factline.bench.OverviewBenchmark
