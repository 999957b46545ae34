#!/usr/bin/env bash
# Progress reporting's cost (issue 18): `run` at N tables on PostgreSQL, this checkout against another (the code
# before), run alternately; CPU time (user+sys) as well as wall, since other work may share the machine.
#   bench/progress.sh /path/to/other/checkout        (both built: ./mvnw -q -DskipTests package in each)
#   BENCH_N=20000 BENCH_ROUNDS=6 bench/progress.sh ...
# Prints one line per run: variant, wall s, user s, sys s; then the medians.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
before="$(cd "$1" && pwd)"
n=${BENCH_N:-20000}
rounds=${BENCH_ROUNDS:-6}
db="sb_progress_bench_$n"
PG="psql -X -q -h 127.0.0.1 -U postgres"
work="$(mktemp -d /tmp/sb-progress.XXXXXX)"
export SCHEMA_BUILDER_JAVA_OPTS="-Xmx512m"

if ! $PG -d "$db" -c "SELECT 1" > /dev/null 2>&1; then
  $PG -d postgres -c "CREATE DATABASE $db"
  $PG -d "$db" -v n="$n" -f "$root/bench/sql/postgres-generate.sql" > /dev/null
  $PG -d "$db" -c "ANALYZE" > /dev/null
fi
cat > "$work/pg.yml" <<YML
sources:
  - name: pg
    type: jdbc
    url: jdbc:postgresql://127.0.0.1:5432/$db?user=postgres
YML
"$before/schema-builder" --version > /dev/null  # makes each checkout's class data sharing archive, untimed
"$root/schema-builder" --version > /dev/null

one() { # variant script args...
  local variant=$1 script=$2; shift 2
  rm -rf "$work/out"
  /usr/bin/time -f "%e %U %S" -o "$work/time" "$script" run --config "$work/pg.yml" --output-dir "$work/out" "$@" \
    > "$work/$variant.out" 2>&1
  echo "$variant $(cat "$work/time")"
}
{
  for _ in $(seq "$rounds"); do
    one before "$before/schema-builder"
    one plain "$root/schema-builder"
    one tty "$root/schema-builder" --progress tty
  done
} | tee "$work/runs"
python3 - "$work/runs" <<'PY'
import statistics, sys
runs = {}
for line in open(sys.argv[1]):
    v, wall, user, sys_ = line.split()
    runs.setdefault(v, []).append((float(wall), float(user) + float(sys_)))
for v, r in runs.items():
    print(f"{v}: median wall {statistics.median(w for w, _ in r):.2f} s, median cpu {statistics.median(c for _, c in r):.2f} s"
          f" (wall {min(w for w, _ in r):.2f}-{max(w for w, _ in r):.2f}, cpu {min(c for _, c in r):.2f}-{max(c for _, c in r):.2f})")
PY
