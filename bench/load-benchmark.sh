#!/usr/bin/env bash
# Load on the production jar over loopback: 200 concurrent connections for 60 s, with wrk (Debian's package),
# on the facts API and on a chart endpoint; then the server's resident memory. Builds target/factline.jar when it
# is missing, starts it on a fresh data directory on 127.0.0.1 and stops it by its pid afterwards.
# Each endpoint runs twice: plain GETs, then half of them conditional (If-None-Match with the ETag the server gave).
# Usage: bench/load-benchmark.sh [connections] [seconds]. Results go in docs/benchmarks.md.
set -euo pipefail
cd "$(dirname "$0")/.."
connections=${1:-200}
seconds=${2:-60}
port=18097
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install -y wrk" >&2; exit 2; }
[ -f target/factline.jar ] || mvn -B -q -Pproduction package -DskipTests
if curl -sf "http://127.0.0.1:$port/actuator/health" >/dev/null 2>&1; then
  echo "port $port is taken by another server: stop it first" >&2; exit 2
fi
data=$(mktemp -d)
java -Xmx1g -jar target/factline.jar --server.address=127.0.0.1 --server.port=$port --factline.data-dir="$data" \
  --logging.level.root=warn ${FACTLINE_SERVER_ARGS:-} > "$data/server.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true; wait $server 2>/dev/null || true; rm -rf "$data"' EXIT INT TERM
for i in $(seq 1 120); do
  kill -0 $server 2>/dev/null || { echo "the server did not start:" >&2; cat "$data/server.log" >&2; exit 1; }
  curl -sf "http://127.0.0.1:$port/actuator/health" >/dev/null && break
  sleep 1
done
echo "server pid $server, RSS after start: $(grep VmRSS /proc/$server/status | awk '{print $2" "$3}')"
for path in "/api/facts?geo=KGZ&indicator=NY.GDP.MKTP.KD.ZG&from=2000" "/api/charts/NY.GDP.MKTP.KD.ZG/KGZ.svg"; do
  url="http://127.0.0.1:$port$path"
  wrk -t2 -c"$connections" -d5s "$url" >/dev/null   # warm-up, not counted
  echo "== $path: $connections connections, ${seconds}s"
  wrk -t2 -c"$connections" -d"${seconds}s" --timeout 10s --latency "$url" \
    | grep -E "Requests/sec|Non-2xx|Socket errors|^ +(50|75|90|99)%|requests in"
  echo "server RSS: $(grep VmRSS /proc/$server/status | awk '{print $2" "$3}')"
  etag=$(curl -s -D - -o /dev/null "$url" | tr -d '\r' | awk -F': ' 'tolower($1) == "etag" {print $2}')
  echo "== $path: half the requests with If-None-Match: $etag"
  ETAG="$etag" wrk -t2 -c"$connections" -d"${seconds}s" --timeout 10s --latency -s bench/conditional.lua "$url" \
    | grep -E "Requests/sec|Non-2xx|Socket errors|^ +(50|75|90|99)%|requests in"
done
kill $server
wait $server 2>/dev/null || true
