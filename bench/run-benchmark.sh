#!/usr/bin/env bash
# Compiles the tests and runs one benchmark class of src/test/java/org/factline/bench with its arguments, on the
# test class path. Usage: bench/run-benchmark.sh CLASS [ARGS...]; the other scripts here call it.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q test-compile
mvn -B -q dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
exec java -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" "org.factline.bench.$1" "${@:2}"
