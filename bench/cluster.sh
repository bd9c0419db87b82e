#!/usr/bin/env bash
# The fault benchmark of a small cluster, all on 127.0.0.1: a PostgreSQL primary (5432) and its streaming replica
# (5433, made by .ci/start-postgres with pg_basebackup), two Factline instances (18081, 18082) on one database, and
# HAProxy (Debian's package) in front on 18080: sticky sessions (a cookie) for the Vaadin pages, round-robin for the
# REST API, health checks on /actuator/health every 500 ms. Then bench/ClusterLoad.java runs readers and writers
# against HAProxy; during the run it kills instance "a" with SIGKILL and later stops the replica. Everything this
# script starts is stopped by its pid at the end, and the replica is started again; the logs are kept in
# target/cluster-logs/.
# Each client waits think-ms between its requests (a writer at least 1 s: a Basic sign-in costs a bcrypt check).
# Usage (as root): bench/cluster.sh [seconds] [clients] [kill-at] [stop-at] [think-ms]. Results go in docs/benchmarks.md.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
clients=${2:-200}
kill_at=${3:-20}
stop_at=${4:-40}
think_ms=${5:-1000}
writers=4
readers=$((clients - writers))
password=cluster-bench-admin-password
work=$(mktemp -d)
pids=()

command -v haproxy >/dev/null || apt-get install -y haproxy
command -v pg_ctlcluster >/dev/null || apt-get install -y postgresql
[ -f target/factline.jar ] || mvn -B -q -Pproduction package -DskipTests
version=$(ls /usr/lib/postgresql | sort -n | tail -1)

cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  pg_ctlcluster "$version" replica start 2>/dev/null || true
  mkdir -p target/cluster-logs && cp "$work"/*.log target/cluster-logs/ 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT INT TERM

for port in 18080 18081 18082 18079; do
  if (exec 3<>/dev/tcp/127.0.0.1/$port) 2>/dev/null; then echo "port $port is taken: stop what listens there" >&2; exit 2; fi
done

# The primary and the replica; a database of the benchmark's own, which the replica follows.
bash .ci/start-postgres >/dev/null
su postgres -c "psql -qc 'drop database if exists factline_cluster'"
su postgres -c "psql -qc 'create database factline_cluster owner factline'"

start_instance() { # name port
  mkdir -p "$work/$1"
  FACTLINE_DB_URL="jdbc:postgresql://127.0.0.1:5432/factline_cluster?reWriteBatchedInserts=true" \
  FACTLINE_DB_REPLICA_URL="jdbc:postgresql://127.0.0.1:5433/factline_cluster" \
  FACTLINE_DB_USER=factline FACTLINE_DB_PASSWORD=factline FACTLINE_ADMIN_PASSWORD=$password \
    java -Xmx512m -jar target/factline.jar --spring.profiles.active=postgres --server.address=127.0.0.1 \
      --server.port="$2" --factline.data-dir="$work/$1" --server.forward-headers-strategy=native \
      --logging.level.root=warn > "$work/$1.log" 2>&1 &
  pids+=($!)
  echo $! > "$work/$1.pid"
}
# Both at the same moment, on the empty database.
start_instance a 18081
start_instance b 18082
for port in 18081 18082; do
  for i in $(seq 1 180); do
    curl -sf "http://127.0.0.1:$port/actuator/health" >/dev/null && break
    [ "$i" = 180 ] && { echo "instance on $port did not start" >&2; cat "$work"/*.log >&2; exit 1; }
    sleep 1
  done
done

cat > "$work/haproxy.cfg" <<CFG
global
    maxconn 2000
defaults
    mode http
    timeout connect 1s
    timeout client 30s
    timeout server 30s
    # A health check waits up to 2 s: a busy instance is slow, not dead; a dead one refuses the connection at once.
    timeout check 2s
    option redispatch
    retries 2
    # A GET that found its instance dead, or its database connection dropped (503), is sent again, to the other
    # instance when there is one; a write is never sent twice.
    retry-on conn-failure empty-response response-timeout 503
    default-server inter 500ms fall 2 rise 3
frontend factline
    bind 127.0.0.1:18080
    use_backend api if { path_beg /api/ }
    default_backend pages
backend api
    balance roundrobin
    http-request disable-l7-retry unless METH_GET || METH_HEAD
    option httpchk GET /actuator/health
    http-check expect status 200
    http-response set-header X-Served-By %s
    server a 127.0.0.1:18081 check
    server b 127.0.0.1:18082 check
backend pages
    balance roundrobin
    cookie FACTLINE_SERVER insert indirect nocache
    option httpchk GET /actuator/health
    http-check expect status 200
    http-response set-header X-Served-By %s
    server a 127.0.0.1:18081 check cookie a
    server b 127.0.0.1:18082 check cookie b
listen stats
    bind 127.0.0.1:18079
    stats enable
    stats uri /stats
CFG
haproxy -c -q -f "$work/haproxy.cfg"
haproxy -db -f "$work/haproxy.cfg" > "$work/haproxy.log" 2>&1 &
pids+=($!)
for i in $(seq 1 30); do curl -sf http://127.0.0.1:18080/actuator/health >/dev/null && break; sleep 1; done
sleep 2 # both servers up in HAProxy's checks

# Stickiness of the pages and round-robin of the API, as HAProxy's X-Served-By header shows.
served() { tr -d '\r' | awk -F': ' 'tolower($1) == "x-served-by" {print $2}'; }
first=$(curl -s -c "$work/jar" -D - -o /dev/null http://127.0.0.1:18080/ | served)
again=$(for i in 1 2 3 4; do curl -s -b "$work/jar" -D - -o /dev/null http://127.0.0.1:18080/ | served; done | sort -u)
api=$(for i in 1 2 3 4; do curl -s -D - -o /dev/null http://127.0.0.1:18080/api/claims | served; done | sort -u | tr '\n' ' ')
echo "pages: first served by $first, then by $again (sticky); API served by: $api(round-robin)"

echo "== $clients clients ($readers readers, $writers writers, ${think_ms} ms between requests) for ${seconds}s; SIGKILL to a at ${kill_at}s, replica stop at ${stop_at}s"
java bench/ClusterLoad.java base=http://127.0.0.1:18080 stats="http://127.0.0.1:18079/stats;csv" \
  warmup=10 seconds="$seconds" readers="$readers" writers="$writers" think-ms="$think_ms" password=$password \
  kill-pid="$(cat "$work/a.pid")" kill-server=a kill-at="$kill_at" \
  stop-replica="pg_ctlcluster $version replica stop -m fast" stop-at="$stop_at"
echo "instance b errors in its log: $(grep -c ' ERROR ' "$work/b.log" || true)"
grep -m3 -E "replica (is unreachable|is back)" "$work/b.log" || true
