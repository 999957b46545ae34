#!/usr/bin/env bash
# The benchmark of issue 8, on the real PostgreSQL and MariaDB of this machine; rewrites docs/performance.md.
#   bench/run.sh                  N = 1000 10000 20000 on PostgreSQL, 10000 on MariaDB, and the parallelism run
#   BENCH_N="1000" BENCH_MARIADB_N=1000 BENCH_PARALLEL_N=500 bench/run.sh     a quick pass
# Needs: psql, mariadb client, /usr/bin/time; PostgreSQL at 127.0.0.1:5432 (postgres, trust), MariaDB at :3306 (root).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
N_LIST=${BENCH_N:-"1000 10000 20000"}
MARIADB_N=${BENCH_MARIADB_N:-10000}
PARALLEL_N=${BENCH_PARALLEL_N:-5000}
XMX=${BENCH_XMX:-512m}
PG="psql -X -q -h 127.0.0.1 -U postgres"
MY="mariadb -h 127.0.0.1 -u root"
work="$(mktemp -d /tmp/sb-bench.XXXXXX)"
results="$work/results.tsv"
: > "$results"

echo "building ..." >&2
./mvnw -q -B -ntp -DskipTests package
./mvnw -q -B -ntp -f bench/pom.xml package
# b runs as users run it: the ./schema-builder script (extracted jar, class data sharing archive, serial collector),
# with the same -Xmx as c and d. Its first start after a build makes the archive: done here, untimed.
SB="$root/schema-builder"
export SCHEMA_BUILDER_JAVA_OPTS="-Xmx$XMX"
"$SB" --version > /dev/null
BENCH_CP="$root/bench/target/schema-builder-bench-0.1.0-SNAPSHOT.jar:$root/bench/target/lib/*"
PG_CATALOG_SQL="$root/source-adapters/src/main/resources/io/schemabuilder/source/jdbc/postgres/columns.sql"
MY_CATALOG_SQL="$root/source-adapters/src/main/resources/io/schemabuilder/source/jdbc/mysql/columns.sql"

# seconds and peak RSS (MB) of a command: "<seconds> <rss_mb>"
measure() {
  local log="$work/time.$$.log"
  /usr/bin/time -v -o "$log" "$@" > "$work/last.out" 2>&1 || { cat "$work/last.out" >&2; return 1; }
  local wall rss
  wall=$(grep "Elapsed (wall clock)" "$log" | awk '{print $NF}' | awk -F: '{ if (NF==3) print $1*3600+$2*60+$3; else print $1*60+$2 }')
  rss=$(grep "Maximum resident set size" "$log" | awk '{printf "%.0f", $NF/1024}')
  echo "$wall $rss"
}

record() { printf '%s\n' "$*" | tr ' ' '\t' >> "$results"; }

# JVM start: the median of 5 `--version` runs
starts=()
for _ in 1 2 3 4 5; do starts+=("$(measure "$SB" --version | cut -d' ' -f1)"); done
jvm_start=$(printf '%s\n' "${starts[@]}" | sort -n | sed -n 3p)
record jvm - start "$jvm_start" -

config() { # name url dialect-type
  cat > "$work/$1.yml" <<YML
sources:
  - name: $1
    type: jdbc
    url: $2
YML
}

step_seconds() { # output dir -> the source step's duration from the job repository
  "$SB" history --json --limit 1 --output-dir "$1" | python3 -c \
    'import json,sys; r=json.load(sys.stdin)[0]; print(max(s["duration_seconds"] for s in r["sources"]))'
}

for n in $N_LIST; do
  db="sb_bench_$n"
  $PG -d postgres -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db"
  echo "postgres: generating $n tables ..." >&2
  $PG -d "$db" -v n="$n" -f bench/sql/postgres-generate.sql > /dev/null
  $PG -d "$db" -c "ANALYZE" > /dev/null
  read -r a _ < <(measure $PG -d "$db" -f "$PG_CATALOG_SQL" -o /dev/null)
  record postgres "$n" a_catalog_query "$a" -
  config pg "jdbc:postgresql://127.0.0.1:5432/$db?user=postgres"
  rm -rf "$work/out-$n"
  read -r b b_rss < <(measure "$SB" run --config "$work/pg.yml" --output-dir "$work/out-$n")
  record postgres "$n" b_schema_builder "$b" "$b_rss"
  record postgres "$n" b_step "$(step_seconds "$work/out-$n")" -
  read -r c c_rss < <(measure java -Xmx$XMX -cp "$BENCH_CP" io.schemabuilder.bench.PerTableInspection \
      "jdbc:postgresql://127.0.0.1:5432/$db" postgres "bench_s%")
  record postgres "$n" c_per_table "$c" "$c_rss"
  read -r d d_rss < <(measure java -Xmx$XMX -DSC_WITHOUT_DATABASE_PLUGIN=postgresql -cp "$BENCH_CP" io.schemabuilder.bench.SchemaCrawlerLoad \
      "jdbc:postgresql://127.0.0.1:5432/$db" postgres "bench_s.*")
  record postgres "$n" d_schemacrawler "$d" "$d_rss"
  $PG -d postgres -c "DROP DATABASE $db"
done

if [[ "$MARIADB_N" != 0 ]]; then
  db="sb_bench_my"
  $MY -e "DROP DATABASE IF EXISTS $db; CREATE DATABASE $db"
  echo "mariadb: generating $MARIADB_N tables ..." >&2
  $MY "$db" -e "SET @n = $MARIADB_N; SOURCE bench/sql/mariadb-generate.sql;"
  # the session setting the reader uses on MariaDB (hashed joins; see MysqlCatalog)
  read -r a _ < <(measure sh -c "(echo 'SET SESSION join_cache_level = 4;'; cat '$MY_CATALOG_SQL') | $MY $db > /dev/null")
  record mariadb "$MARIADB_N" a_catalog_query "$a" -
  config my "jdbc:mariadb://127.0.0.1:3306/$db?user=root"
  read -r b b_rss < <(measure "$SB" run --config "$work/my.yml" --output-dir "$work/out-my")
  record mariadb "$MARIADB_N" b_schema_builder "$b" "$b_rss"
  read -r c c_rss < <(measure java -Xmx$XMX -cp "$BENCH_CP" io.schemabuilder.bench.PerTableInspection \
      "jdbc:mariadb://127.0.0.1:3306/$db" root)
  record mariadb "$MARIADB_N" c_per_table "$c" "$c_rss"
  $MY -e "DROP DATABASE $db"
fi

if [[ "$PARALLEL_N" != 0 ]]; then
  printf 'sources:\n' > "$work/four.yml"
  for i in 1 2 3 4; do
    db="sb_bench_p$i"
    $PG -d postgres -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db"
    $PG -d "$db" -v n="$PARALLEL_N" -f bench/sql/postgres-generate.sql > /dev/null
    printf '  - name: p%s\n    type: jdbc\n    url: jdbc:postgresql://127.0.0.1:5432/%s?user=postgres\n' "$i" "$db" >> "$work/four.yml"
  done
  for p in 1 4; do
    rm -rf "$work/out-par$p"
    read -r t rss < <(measure "$SB" run --config "$work/four.yml" --output-dir "$work/out-par$p" --parallel $p)
    record parallel "4x$PARALLEL_N" "parallel_$p" "$t" "$rss"
  done
  for i in 1 2 3 4; do $PG -d postgres -c "DROP DATABASE sb_bench_p$i"; done
fi

python3 bench/report.py "$results" "$jvm_start" docs/performance.md
echo "wrote docs/performance.md (raw results: $results)" >&2
