#!/usr/bin/env bash
# Issue 14's benchmark: 4 PostgreSQL sources x N tables each, read by a local `run` and by a manager (`run --broker`)
# with 2 workers on this machine (RabbitMQ 127.0.0.1:5672, a vhost of its own; the job repository in PostgreSQL).
#   bench/remote.sh                       N = 20000
#   BENCH_REMOTE_N=2000 bench/remote.sh   a quick pass
# Prints a TSV: what, seconds, peak RSS MB. The workers are started before the remote runs and not timed (they are
# long-lived services); the manager's time is the whole `run --broker` command, JVM start included.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
N=${BENCH_REMOTE_N:-20000}
XMX=${BENCH_XMX:-512m}
PG="psql -X -q -h 127.0.0.1 -U postgres"
work="$(mktemp -d /tmp/sb-remote-bench.XXXXXX)"
vhost="sb_remote_bench_$$"
repo_schema="sb_remote_bench_repo_$$"
REPO="jdbc:postgresql://127.0.0.1:5432/test?user=postgres&currentSchema=$repo_schema"
BROKER="amqp://guest:guest@127.0.0.1:5672/$vhost"
workers=()

cleanup() {
  for pid in "${workers[@]}"; do kill -9 "$pid" 2>/dev/null || true; done
  for i in 1 2 3 4; do $PG -d postgres -c "DROP DATABASE IF EXISTS sb_rbench_$i" > /dev/null 2>&1 || true; done
  $PG -d test -c "DROP SCHEMA IF EXISTS $repo_schema CASCADE" > /dev/null 2>&1 || true
  rabbitmqctl -q delete_vhost "$vhost" > /dev/null 2>&1 || true
}
trap cleanup EXIT

if [[ "${BENCH_NO_BUILD:-}" != 1 ]]; then
  echo "building ..." >&2
  ./mvnw -q -B -ntp -DskipTests package
fi
SB="$root/schema-builder"
export SCHEMA_BUILDER_JAVA_OPTS="-Xmx$XMX"
"$SB" --version > /dev/null

measure() { # "<seconds> <rss_mb>" of a command
  local log="$work/time.log"
  /usr/bin/time -v -o "$log" "$@" > "$work/last.out" 2>&1 || { cat "$work/last.out" >&2; return 1; }
  local wall rss
  wall=$(grep "Elapsed (wall clock)" "$log" | awk '{print $NF}' | awk -F: '{ if (NF==3) print $1*3600+$2*60+$3; else print $1*60+$2 }')
  rss=$(grep "Maximum resident set size" "$log" | awk '{printf "%.0f", $NF/1024}')
  echo "$wall $rss"
}

echo "generating 4 x $N tables ..." >&2
echo "sources:" > "$work/four.yml"
for i in 1 2 3 4; do
  $PG -d postgres -c "DROP DATABASE IF EXISTS sb_rbench_$i" > /dev/null
  $PG -d postgres -c "CREATE DATABASE sb_rbench_$i" > /dev/null
  $PG -d "sb_rbench_$i" -v n="$N" -f bench/sql/postgres-generate.sql > /dev/null
  $PG -d "sb_rbench_$i" -c "ANALYZE" > /dev/null
  printf '  - name: p%s\n    type: postgresql\n    host: 127.0.0.1\n    database: sb_rbench_%s\n    username: postgres\n' \
    "$i" "$i" >> "$work/four.yml"
done
rabbitmqctl -q add_vhost "$vhost"
rabbitmqctl -q set_permissions -p "$vhost" guest ".*" ".*" ".*"

printf 'what\tseconds\trss_mb\n'
read -r t rss < <(measure "$SB" run --config "$work/four.yml" --output-dir "$work/local-h2")
printf 'local run (H2 repository)\t%s\t%s\n' "$t" "$rss"
read -r t rss < <(measure "$SB" run --config "$work/four.yml" --output-dir "$work/local-pg" --repository-url "$REPO")
printf 'local run (PostgreSQL repository)\t%s\t%s\n' "$t" "$rss"
local_pg=$t

for w in 1 2; do
  mkdir -p "$work/w$w"
  (cd "$work/w$w" && exec "$SB" worker --config "$work/four.yml" --output-dir "$work/w$w/out" --broker "$BROKER" \
     --repository-url "$REPO" --name "w$w" --parallel 2 > "$work/w$w/log" 2>&1) &
  workers+=($!)
done
for w in 1 2; do
  until grep -q serving "$work/w$w/log"; do sleep 0.2; done
done
read -r t rss < <(measure "$SB" run --config "$work/four.yml" --output-dir "$work/remote" --broker "$BROKER" \
  --repository-url "$REPO")
printf 'manager + 2 workers\t%s\t%s\n' "$t" "$rss"
printf 'overhead (remote / local, PostgreSQL repository)\t%s\t-\n' "$(echo "scale=2; $t / $local_pg" | bc)"
for s in p1 p2 p3 p4; do
  cmp <(sed 's/"generated_at": "[^"]*"//' "$work/local-pg/schemas/$s/schema.json") \
      <(sed 's/"generated_at": "[^"]*"//' "$work/remote/schemas/$s/schema.json") || echo "DIFFERENT: $s" >&2
done

read -r t rss < <(measure "$SB" run --config "$work/four.yml" --output-dir "$work/remote" --broker "$BROKER" \
  --repository-url "$REPO")
printf 'manager + 2 workers, again (warm workers, files unchanged)\t%s\t%s\n' "$t" "$rss"

# Takeover: worker 1 killed -9 as soon as a source starts on it; the run goes on with worker 2.
start=$(date +%s.%N)
"$SB" run --config "$work/four.yml" --output-dir "$work/remote2" --broker "$BROKER" --repository-url "$REPO" \
  --full > "$work/remote2.log" 2>&1 &
run=$!
until grep -q "on worker w1" "$work/remote2.log"; do sleep 0.1; done
kill -9 "${workers[0]}"
killed=$(date +%s.%N)
wait "$run" || { cat "$work/remote2.log" >&2; exit 1; }
end=$(date +%s.%N)
printf 'manager + 2 workers, worker 1 killed -9 when its first source started\t%s\t-\n' "$(echo "scale=2; $end - $start" | bc)"
printf '  of which after the kill\t%s\t-\n' "$(echo "scale=2; $end - $killed" | bc)"
