#!/usr/bin/env bash
# The streaming benchmark of issue 6 (CSV and Excel sources): generates the files (never committed), infers them,
# each run in its own JVM under a heap limit, and writes the figures into docs/performance.md between the
# "file sources" markers (the rest of the file is left as it is).
#   bench/files.sh                               1 GB CSV, 1,000,000-row x 20-column .xlsx
#   BENCH_CSV_MB=64 BENCH_XLSX_ROWS=50000 bench/files.sh      a quick pass
# Needs: /usr/bin/time; about 1.2 GB free in BENCH_DIR (default: a temp folder, removed at the end).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
CSV_MB=${BENCH_CSV_MB:-1024}
XLSX_ROWS=${BENCH_XLSX_ROWS:-1000000}
work="${BENCH_DIR:-$(mktemp -d /tmp/sb-files-bench.XXXXXX)}"
mkdir -p "$work"
[ -n "${BENCH_DIR:-}" ] || trap 'rm -rf "$work"' EXIT

echo "building ..." >&2
./mvnw -q -B -ntp -pl source-adapters -am test-compile dependency:build-classpath \
  -Dmdep.outputFile="$work/classpath.txt" -Dmdep.includeScope=test >&2
CP="$root/source-adapters/target/test-classes:$root/source-adapters/target/classes:$(cat "$work/classpath.txt")"
MAIN=io.schemabuilder.source.files.FileSourcesBenchmark

# one result line of the benchmark main, with the process's peak RSS (MB) appended
run() {
  local heap=$1; shift
  local line
  line=$(/usr/bin/time -v -o "$work/time.log" java "-Xmx$heap" -cp "$CP" "$MAIN" "$@" 2>/dev/null | grep -E '^(csv|xlsx)')
  echo "$line	rssMB=$(awk '/Maximum resident set size/ {printf "%.0f", $NF/1024}' "$work/time.log")"
}

field() { tr '\t' '\n' <<< "$1" | awk -v key="$2" 'index($0, key "=") == 1 { print substr($0, length(key) + 2) }'; }

[ -f "$work/big.csv" ] || { echo "generating a $CSV_MB MB CSV ..." >&2; java -Xmx1g -cp "$CP" "$MAIN" generate-csv "$work/big.csv" "$CSV_MB"; }
[ -f "$work/big.xls" ] || { echo "generating a 65,536 x 20 .xls ..." >&2; java -Xmx4g -cp "$CP" "$MAIN" generate-xls "$work/big.xls"; }
[ -f "$work/big.xlsx" ] || { echo "generating a $XLSX_ROWS x 20 .xlsx ..." >&2; java -Xmx6g -cp "$CP" "$MAIN" generate-xlsx "$work/big.xlsx" "$XLSX_ROWS"; }

rows=""
types=""
for spec in "csv 256m big.csv" "csv 64m big.csv" "xlsx 512m big.xlsx" "xlsx 128m big.xlsx" "xlsx 64m big.xls"; do
  set -- $spec
  echo "inferring $3 with -Xmx$2 ..." >&2
  line=$(run "$2" "$1" "$work/$3")
  echo "$line" >&2
  [ "$1" != csv ] || [ -n "$types" ] || types=$(field "$line" types)
  rows+="| $3 | $(field "$line" bytes | awk '{printf "%.1f MB", $1/1e6}') | $2 | $(field "$line" seconds) s | $(field "$line" MB/s) MB/s | $(field "$line" peakHeapMB) MB | $(field "$line" rssMB) MB |"$'\n'
done

section=$(cat <<EOF
<!-- file sources: written by bench/files.sh -->
## File sources (issue 6)

\`bench/files.sh\` generates a ${CSV_MB} MB CSV (8 columns: id, text, decimal, boolean, date, timestamp, quoted text
with commas and doubled quotes, a number column with gaps) and a ${XLSX_ROWS}-row x 20-column .xlsx (numbers, 4
columns of distinct shared strings, decimals, dates and timestamps, booleans) and a 65,536-row .xls of the same
columns, then infers each with
\`sample_rows: all\` in a JVM of its own under the heap limit shown. Peak heap is the JVM's heap pools' peak use;
RSS is the process's. Machine: $(nproc) cores, $(java -version 2>&1 | head -1), load average $(cut -d' ' -f1-3 /proc/loadavg) when run
($(date -u +%Y-%m-%d)).

| file | size | -Xmx | time | throughput | peak heap | RSS |
|---|---|---|---|---|---|---|
${rows}
Inferred CSV types: \`${types}\` (\`?\` nullable).

The CSV figure includes hashing the file for the cached refresh (docs/cached-refresh.md): a file parsed to its end
is hashed on the way, not read twice. Memory does not grow with the file: the parser holds one row and one value of
at most 1,000,000 characters, inference a few bytes a column. The .xlsx is read with SAX; its shared strings are
scanned twice (which are empty; the header's names), never loaded, so distinct texts cost one bit each. The .xls
is read with HSSF's event API (records one at a time; its shared strings are in memory, the cells are not).
<!-- end of file sources -->
EOF
)

doc=docs/performance.md
[ -f "$doc" ] || printf '# Performance\n\n' > "$doc"
SECTION="$section" python3 - "$doc" <<'PY'
import os, re, sys
path = sys.argv[1]
text = open(path, encoding="utf-8").read()
section = os.environ["SECTION"]
pattern = re.compile(r"<!-- file sources: written by bench/files.sh -->.*?<!-- end of file sources -->", re.S)
text = pattern.sub(lambda m: section, text) if pattern.search(text) else text.rstrip("\n") + "\n\n" + section + "\n"
open(path, "w", encoding="utf-8").write(text)
PY
echo "wrote the file-sources section of $doc" >&2
