#!/usr/bin/env bash
# Load on the production jar over loopback: 200 concurrent clients for 60 s on the facts API and on a chart
# endpoint. Builds target/factline.jar when it is missing, starts it on a fresh data directory on 127.0.0.1,
# stops it by its pid afterwards. Usage: bench/load-benchmark.sh [clients] [seconds]. Results: docs/benchmarks.md.
set -euo pipefail
cd "$(dirname "$0")/.."
clients=${1:-200}
seconds=${2:-60}
port=18097
[ -f target/factline.jar ] || mvn -B -q -Pproduction package -DskipTests
mvn -B -q test-compile
mvn -B -q dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
data=$(mktemp -d)
java -Xmx1g -jar target/factline.jar --server.address=127.0.0.1 --server.port=$port --factline.data-dir="$data" \
  --logging.level.root=warn > "$data/server.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null; rm -rf "$data"' EXIT
for i in $(seq 1 120); do
  curl -sf "http://127.0.0.1:$port/actuator/health" >/dev/null && break
  sleep 1
done
java -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" org.factline.bench.LoadBenchmark \
  $port $server "$clients" "$seconds" \
  "/api/facts?geo=KGZ&indicator=NY.GDP.MKTP.KD.ZG&from=2000" \
  "/api/charts/NY.GDP.MKTP.KD.ZG/KGZ.svg"
