#!/usr/bin/env bash
# Server-side time of the Claims page's first page with 10,000 citations (embedded H2).
# Usage: bench/claims-benchmark.sh. The database stays in target/bench-claims for later runs.
set -euo pipefail
cd "$(dirname "$0")/.."

mvn -B -q test-compile
mvn -B -q dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
java -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  org.factline.bench.ClaimsBenchmark
