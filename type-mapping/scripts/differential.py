"""Differential check of the Java type mapper against real sqlglot, beyond the golden vectors.

1. Generates type texts per dialect from the dialect's own type keywords: bare, lower case, with parameters and
   odd spacing, unsigned, with time zones, inside arrays, structs, maps and the dialect's own wrappers
   (ClickHouse Nullable/LowCardinality/Tuple, Trino row, DuckDB STRUCT(...)/UNION, PostgreSQL T[]), plus
   user-defined names.
2. Records sqlglot's verdict on each text in src/test/resources/differential/<dialect>.tsv, in the golden vectors'
   terms: member, sql, whether sql reads back equal, sql_default (DifferentialVectorsTest checks the Java mapper
   against these columns, as GoldenVectorsTest does against the golden files).
3. Runs the project's `types` command (TypesCommand, from type-mapping/target/classes) on the same texts and prints,
   per dialect, how often the member agrees and how often the schema string is what the README asks for, judged by
   sqlglot itself (equal to sqlglot's sql where that reads back, else read back by sqlglot as an equal type).

Usage, from the repository root, after ./mvnw -pl type-mapping compile:
    PYTHONPATH=/path/to/sqlglot/checkout python3 type-mapping/scripts/differential.py [dialect ...]
"""
import os
import subprocess
import sys

from sqlglot import exp
from sqlglot.dialects.dialect import Dialect

ROOT = os.path.join(os.path.dirname(__file__), "..")
DIALECTS = ["postgres", "mysql", "sqlite", "duckdb", "snowflake", "bigquery", "tsql", "oracle", "redshift",
            "clickhouse", "trino", "databricks"]

GENERIC = ["{w}", "{l}", "{w}(10)", "{w}(10, 2)", "{l}(10,2)", "{w}  ( 5 )", "{w}[]", "{w}[3]", "{w} UNSIGNED",
           "ARRAY<{w}>", "STRUCT<a {w}, b INT>", "MAP<VARCHAR, {w}>", "ARRAY<STRUCT<k {w}, v MAP<VARCHAR, {w}>>>"]
TIMES = ["{w} WITH TIME ZONE", "{w}(3) WITH TIME ZONE", "{l} without time zone", "{w} WITH LOCAL TIME ZONE"]
OWN = {
    "postgres": ["{l}[][]", "{l}(10)[]", "{w} ARRAY", "{w} ARRAY[4]"],
    "redshift": ["{l}(256)"],
    "mysql": ["{l}(10) unsigned", "{l} unsigned zerofill"],
    "oracle": ["{w}(100 CHAR)", "{w}(100 BYTE)", "{w}(*,0)", "{w}(*)"],
    "tsql": ["{l}(max)", "{w}(MAX)"],
    "duckdb": ["STRUCT(a {w}, b {w}[])", "MAP({w}, VARCHAR)", "UNION(a {w}, b INT)", "{w}[2][]"],
    "clickhouse": ["Nullable({w})", "Array(Nullable({w}))", "LowCardinality(Nullable({w}))", "Map(String, {w})",
                   "Tuple(a {w}, b String)", "Tuple({w}, String)", "Array(Array({w}))"],
    "trino": ["array({l})", "row(a {l}, b varchar)", "map(varchar, {l})", "{l}(6) with time zone"],
    "databricks": ["STRUCT<a:{w},b:STRING>", "MAP<STRING,ARRAY<{w}>>"],
    "bigquery": ["ARRAY<STRUCT<a {w}>>", "STRUCT<inner {w}>"],
    "snowflake": ["VECTOR({w}, 16)", "OBJECT(a {w})"],
}
EXTRA = ["", "  int  ", "my_enum", "public.my_domain", "\"Quoted Type\"", "INTERVAL YEAR TO MONTH",
         "interval day to second", "INTERVAL DAY(2) TO SECOND(6)", "Nullable(String)", "Array(Nullable(Int32))",
         "LowCardinality(Nullable(String))", "ENUM('a', 'b')", "Enum8('a' = 1, 'b' = -2)", "set('x','y')",
         "DateTime64(3, 'Europe/Amsterdam')", "AggregateFunction(quantiles(0.5, 0.9), UInt64)",
         "decimal(10,2) unsigned", "NUMBER(*,0)", "VARCHAR2(100 CHAR)", "nvarchar(max)", "integer[]", "text[][]",
         "ARRAY<STRING>", "Array(Nullable(Int32))", "INTEGER[3]", "timestamp(6) with time zone", "double precision",
         "character varying(255)", "bit varying(10)", "\"char\"", "STRUCT<`inner` INT>", "STRUCT<\"x y\" INT>"]


def inputs(name):
    dialect = Dialect.get_or_raise(name)
    parser = dialect.parser_class
    words = sorted({k for k, v in dialect.tokenizer_class.KEYWORDS.items() if v in parser.TYPE_TOKENS})
    texts = []
    for w in words:
        templates = GENERIC + OWN.get(name, []) + (TIMES if "TIME" in w else [])
        texts += [t.format(w=w, l=w.lower()) for t in templates]
    texts += EXTRA
    seen, out = set(), []
    for t in texts:
        if t not in seen and "\t" not in t and "\n" not in t:
            seen.add(t)
            out.append(t)
    return out


def from_str(text, dialect):
    """sqlglot's parse as MappingSchema does it; None when sqlglot fails."""
    d = Dialect.get_or_raise(dialect)
    try:
        return exp.DataType.from_str(text, dialect=dialect, udt=d.SUPPORTS_USER_DEFINED_TYPES)
    except Exception:
        return None


def member(dt):
    if dt is None or not isinstance(dt, exp.DataType):
        return "UNKNOWN"
    if isinstance(dt.this, exp.DType):
        return dt.this.name
    if isinstance(dt.this, exp.Interval):
        return "INTERVAL"
    return "UNKNOWN"


def verdict(text, dialect):
    """(member, sql, status, sql_default) with status rt / not-rt / error / class, as the golden vectors have them."""
    dt = from_str(text, dialect)
    if dt is None:
        return "UNKNOWN", "UNKNOWN", "error", ""
    sql = dt.sql(dialect=dialect)
    if not isinstance(dt, exp.DataType):
        return "UNKNOWN", sql, "class", dt.sql()
    status = "rt" if from_str(sql, dialect) == dt else "not-rt"
    return member(dt), sql, status, dt.sql()


def run_java(dialect, texts):
    classes = os.path.join(ROOT, "target", "classes")
    code = ("import io.schemabuilder.types.TypesCommand;"
            "public class R { public static void main(String[] a) { System.exit(TypesCommand.run(a[0], "
            "new java.io.InputStreamReader(System.in, java.nio.charset.StandardCharsets.UTF_8), System.out, System.err)); } }")
    tmp = os.path.join(ROOT, "target", "differential")
    os.makedirs(tmp, exist_ok=True)
    with open(os.path.join(tmp, "R.java"), "w") as f:
        f.write(code)
    subprocess.run(["javac", "-cp", classes, "-d", tmp, os.path.join(tmp, "R.java")], check=True)
    result = subprocess.run(["java", "-cp", classes + os.pathsep + tmp, "R", dialect], input="\n".join(texts) + "\n",
                            capture_output=True, text=True, check=True)
    rows = [line.split("\t") for line in result.stdout.split("\n")[:len(texts)]]
    return {r[0]: (r[1].replace("DataType.Type.", ""), r[2]) for r in rows}


def schema_ok(text, schema, dialect, expected):
    m, sql, status, _ = expected
    if status == "error":
        return schema == "UNKNOWN"
    if status in ("rt", "class"):
        return schema == sql
    return from_str(schema, dialect) == from_str(text, dialect)


def main():
    out_dir = os.path.join(ROOT, "src", "test", "resources", "differential")
    os.makedirs(out_dir, exist_ok=True)
    totals = [0, 0, 0]
    print(f"{'dialect':11s} {'inputs':>6s} {'member agrees':>20s} {'schema string right':>22s}")
    for d in sys.argv[1:] or DIALECTS:
        texts = inputs(d)
        truth = {t: verdict(t, d) for t in texts}
        with open(os.path.join(out_dir, d + ".tsv"), "w", encoding="utf-8") as f:
            f.write("# generated by type-mapping/scripts/differential.py from sqlglot 30.17.0 (37362f4fc1d6)\n")
            f.write("# native\tsqlglot member\tsqlglot sql\tstatus (rt: sql reads back equal; not-rt; error; class)"
                    "\tsql_default\n")
            for t in texts:
                f.write("\t".join([t, *truth[t]]) + "\n")
        java = run_java(d, texts)
        bad = []
        ok_member = ok_schema = 0
        for t in texts:
            got_member, schema = java[t]
            ok_member += got_member == truth[t][0]
            good = schema_ok(t, schema, d, truth[t])
            ok_schema += good
            if got_member != truth[t][0] or not good:
                bad.append(f"    {t!r}: sqlglot {truth[t][0]} {truth[t][1]!r} ({truth[t][2]}); project {got_member} {schema!r}")
        n = len(texts)
        totals = [totals[0] + n, totals[1] + ok_member, totals[2] + ok_schema]
        print(f"{d:11s} {n:6d} {ok_member:8d} ({100.0 * ok_member / n:6.2f}%) {ok_schema:10d} ({100.0 * ok_schema / n:6.2f}%)")
        if os.environ.get("VERBOSE"):
            print("\n".join(bad))
    n, m, s = totals
    print(f"{'all':11s} {n:6d} {m:8d} ({100.0 * m / n:6.2f}%) {s:10d} ({100.0 * s / n:6.2f}%)")


if __name__ == "__main__":
    main()
