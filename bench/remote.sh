#!/usr/bin/env bash
# Issue 14's benchmark: 4 PostgreSQL sources x N tables each, read by a local `run` and by a manager (`run --broker`)
# with 2 workers on this machine (RabbitMQ 127.0.0.1:5672, a vhost of its own; the job repository in PostgreSQL).
#   bench/remote.sh                          N = 20000, 3 passes
#   BENCH_REMOTE_N=2000 bench/remote.sh      a quick pass
#   BENCH_REMOTE_PASSES=5                    more passes (the machine's noise is large: compare medians)
#   BENCH_REMOTE_KEEP_DBS=1                  keep the generated databases (sb_rbench_1..4) and reuse them next time
# Each pass: a local run, then 2 freshly started workers and a manager run (the workers' first run), then the same
# again on the now warm workers, then the workers are stopped. The workers are started before the timed runs and
# not timed (they are long-lived services); a run's time is its whole command, JVM start included. Beside the
# seconds: the CPU seconds of the command itself, of the workers during the run, and of PostgreSQL and RabbitMQ.
# Last: a takeover (one source, its worker killed -9 mid-read; needs PASSES >= 1 for the local files it compares to).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
N=${BENCH_REMOTE_N:-20000}
PASSES=${BENCH_REMOTE_PASSES:-3}
XMX=${BENCH_XMX:-512m}
PG="psql -X -q -h 127.0.0.1 -U postgres"
work="$(mktemp -d /tmp/sb-remote-bench.XXXXXX)"
vhost="sb_remote_bench_$$"
repo_schema="sb_remote_bench_repo_$$"
REPO="jdbc:postgresql://127.0.0.1:5432/test?user=postgres&currentSchema=$repo_schema"
BROKER="amqp://guest:guest@127.0.0.1:5672/$vhost"
workers=()

stop_workers() {
  for pid in "${workers[@]}"; do kill -9 "$pid" 2>/dev/null || true; done
  for pid in "${workers[@]}"; do wait "$pid" 2>/dev/null || true; done
  workers=()
}
cleanup() {
  stop_workers
  if [[ "${BENCH_REMOTE_KEEP_DBS:-}" != 1 ]]; then
    for i in 1 2 3 4; do $PG -d postgres -c "DROP DATABASE IF EXISTS sb_rbench_$i" > /dev/null 2>&1 || true; done
  fi
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

# CPU time in 1/100 s: of the processes given (and their children), and of PostgreSQL's and RabbitMQ's processes
# (the postmaster's reaped backends included).
ticks() { local total=0 pid; for pid in "$@"; do [[ -r /proc/$pid/stat ]] && total=$((total + $(awk '{print $14+$15+$16+$17}' /proc/$pid/stat))); done; echo "$total"; }
worker_ticks() { local pids=() pid; for pid in "${workers[@]}"; do pids+=("$pid" $(pgrep -P "$pid" || true)); done; ticks "${pids[@]}"; }
service_ticks() { ticks $(pgrep -u postgres || true) $(pgrep -u rabbitmq || true); }

# Prints "<seconds> <peak RSS MB> <own CPU s> <workers' CPU s> <PostgreSQL + RabbitMQ CPU s>" of a command.
measure() {
  local log="$work/time.log" w0 s0 w1 s1
  w0=$(worker_ticks); s0=$(service_ticks)
  /usr/bin/time -v -o "$log" "$@" > "$work/last.out" 2>&1 || { cat "$work/last.out" >&2; return 1; }
  w1=$(worker_ticks); s1=$(service_ticks)
  local wall rss cpu
  wall=$(grep "Elapsed (wall clock)" "$log" | awk '{print $NF}' | awk -F: '{ if (NF==3) print $1*3600+$2*60+$3; else print $1*60+$2 }')
  rss=$(grep "Maximum resident set size" "$log" | awk '{printf "%.0f", $NF/1024}')
  cpu=$(awk -F': ' '/User time|System time/ {s += $2} END {printf "%.1f", s}' "$log")
  echo "$wall $rss $cpu $(echo "scale=1; ($w1 - $w0) / 100" | bc) $(echo "scale=1; ($s1 - $s0) / 100" | bc)"
}

databases_exist() {
  for i in 1 2 3 4; do
    [[ "$($PG -d postgres -Atc "SELECT count(*) FROM pg_database WHERE datname = 'sb_rbench_$i'")" == 1 ]] || return 1
    [[ "$($PG -d "sb_rbench_$i" -Atc "SELECT count(*) FROM pg_tables WHERE schemaname LIKE 'bench_s%'")" == "$N" ]] || return 1
  done
}
if [[ "${BENCH_REMOTE_KEEP_DBS:-}" == 1 ]] && databases_exist; then
  echo "reusing 4 x $N tables (sb_rbench_1..4) ..." >&2
else
  echo "generating 4 x $N tables ..." >&2
  for i in 1 2 3 4; do
    $PG -d postgres -c "DROP DATABASE IF EXISTS sb_rbench_$i" > /dev/null
    $PG -d postgres -c "CREATE DATABASE sb_rbench_$i" > /dev/null
    $PG -d "sb_rbench_$i" -v n="$N" -f bench/sql/postgres-generate.sql > /dev/null
    $PG -d "sb_rbench_$i" -c "ANALYZE" > /dev/null
  done
fi
echo "sources:" > "$work/four.yml"
for i in 1 2 3 4; do
  printf '  - name: p%s\n    type: postgresql\n    host: 127.0.0.1\n    database: sb_rbench_%s\n    username: postgres\n' \
    "$i" "$i" >> "$work/four.yml"
done
rabbitmqctl -q add_vhost "$vhost"
rabbitmqctl -q set_permissions -p "$vhost" guest ".*" ".*" ".*"

start_workers() {
  for w in 1 2; do
    rm -rf "$work/w$w"; mkdir -p "$work/w$w"
    (cd "$work/w$w" && exec "$SB" worker --config "$work/four.yml" --output-dir "$work/w$w/out" --broker "$BROKER" \
       --repository-url "$REPO" --name "w$w" --parallel 2 > "$work/w$w/log" 2>&1) &
    workers+=($!)
  done
  for w in 1 2; do
    until grep -q serving "$work/w$w/log"; do sleep 0.2; done
  done
}
same_files() { # the remote run's schema files are the local run's, but generated_at
  for s in p1 p2 p3 p4; do
    cmp -s <(sed 's/"generated_at": "[^"]*"//' "$work/local/schemas/$s/schema.json") \
        <(sed 's/"generated_at": "[^"]*"//' "$work/$1/schemas/$s/schema.json") || echo "DIFFERENT: $s in $1" >&2
  done
}

printf 'pass\twhat\tseconds\trss_mb\tcpu_s_command\tcpu_s_workers\tcpu_s_postgres_rabbitmq\n'
for pass in $(seq 1 "$PASSES"); do
  rm -rf "$work/local" "$work/remote" "$work/remote-warm"
  read -r t rss cpu wcpu scpu < <(measure "$SB" run --config "$work/four.yml" --output-dir "$work/local" --repository-url "$REPO")
  printf '%s\tlocal run\t%s\t%s\t%s\t%s\t%s\n' "$pass" "$t" "$rss" "$cpu" "$wcpu" "$scpu"
  start_workers
  read -r t rss cpu wcpu scpu < <(measure "$SB" run --config "$work/four.yml" --output-dir "$work/remote" --broker "$BROKER" \
    --repository-url "$REPO")
  printf '%s\tmanager + 2 fresh workers\t%s\t%s\t%s\t%s\t%s\n' "$pass" "$t" "$rss" "$cpu" "$wcpu" "$scpu"
  same_files remote
  read -r t rss cpu wcpu scpu < <(measure "$SB" run --config "$work/four.yml" --output-dir "$work/remote-warm" \
    --broker "$BROKER" --repository-url "$REPO")
  printf '%s\tmanager + the same 2 workers, warm\t%s\t%s\t%s\t%s\t%s\n' "$pass" "$t" "$rss" "$cpu" "$wcpu" "$scpu"
  same_files remote-warm
  stop_workers
done

# Takeover: one source (p1) on 2 idle workers; the one that takes it is killed -9 mid-read (2 s in at 20,000 tables),
# and the other resumes it. Takeover time: from the kill to the survivor's "Executing step" (its log's timestamp).
start_workers
"$SB" run --config "$work/four.yml" --sources p1 --output-dir "$work/takeover" --broker "$BROKER" \
  --repository-url "$REPO" > "$work/takeover.log" 2>&1 &
run=$!
until grep -q "on worker w" "$work/takeover.log"; do sleep 0.05; done
first=$(grep -o "on worker w[12]" "$work/takeover.log" | head -1 | tail -c 2)
survivor=$((3 - first))
sleep "$(echo "scale=2; 2 * $N / 20000" | bc)" # mid-read: 2 s at 20,000 tables
kill -9 "${workers[$((first - 1))]}"
killed=$(date +%s.%N)
wait "$run" || { cat "$work/takeover.log" >&2; exit 1; }
end=$(date +%s.%N)
resumed_at=$(grep -h "Executing step: \[worker:p1\]" "$work/w$survivor/out/.schema-builder/logs/"*.log | head -1 | cut -c1-23 || true)
if [[ -z "$resumed_at" ]]; then
  echo "takeover not measured: p1 was read completely before the kill (N=$N is too small)" >&2
  exit 1
fi
resumed=$(date -d "${resumed_at}Z" +%s.%N)
printf -- '-\tone source, its worker killed -9 mid-read: from the kill to the other worker resuming it\t%s\t-\t-\t-\t-\n' \
  "$(echo "scale=2; ($resumed - $killed) / 1" | bc)"
printf -- '-\t  the run, from the kill to its end\t%s\t-\t-\t-\t-\n' "$(echo "scale=2; ($end - $killed) / 1" | bc)"
cmp -s <(sed 's/"generated_at": "[^"]*"//' "$work/local/schemas/p1/schema.json") \
    <(sed 's/"generated_at": "[^"]*"//' "$work/takeover/schemas/p1/schema.json") || echo "DIFFERENT: p1 after the takeover" >&2
