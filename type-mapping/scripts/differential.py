"""Differential check of the Java type mapper against real sqlglot, beyond the golden vectors.

1. Generates type texts per dialect from the dialect's own keywords (bare, with parameters, as array, struct and map
   members, unsigned, with time zone, lower case, odd spacing) plus user-defined names.
2. Runs the project's `types` command (TypesCommand, from type-mapping/target/classes) on them.
3. Asks sqlglot, for each text, which member it gives, and whether the project's schema string parses back (in the
   dialect) to a type equal to sqlglot's parse of the text.
Writes src/test/resources/differential/<dialect>.tsv (native, sqlglot's member, project's schema string, verdict)
and prints agreement per dialect. Usage (from the repository root, after ./mvnw -pl type-mapping compile):
    PYTHONPATH=/path/to/sqlglot python3 type-mapping/scripts/differential.py
"""
import os
import subprocess
import sys

from sqlglot import exp
from sqlglot.dialects.dialect import Dialect
from sqlglot.errors import ParseError

ROOT = os.path.join(os.path.dirname(__file__), "..")
DIALECTS = ["postgres", "mysql", "sqlite", "duckdb", "snowflake", "bigquery", "tsql", "oracle", "redshift",
            "clickhouse", "trino", "databricks"]


def inputs(name):
    dialect = Dialect.get_or_raise(name)
    parser = dialect.parser_class
    words = sorted({k for k, v in dialect.tokenizer_class.KEYWORDS.items() if v in parser.TYPE_TOKENS})
    texts = []
    for w in words:
        texts += [w, w.lower(), f"{w}(10)", f"{w}(10, 2)", f"{w}(10,2)", f"{w}[]", f"{w}[3]", f"ARRAY<{w}>",
                  f"STRUCT<a {w}, b INT>", f"MAP<VARCHAR, {w}>", f"{w} UNSIGNED", f"{w}  ( 5 )"]
        if "TIME" in w:
            texts += [f"{w} WITH TIME ZONE", f"{w}(3) WITH TIME ZONE", f"{w} WITHOUT TIME ZONE"]
    texts += ["my_enum", "public.my_domain", "\"Quoted Type\"", "", "  int  ", "INTERVAL YEAR TO MONTH",
              "Nullable(String)", "Array(Nullable(Int32))", "LowCardinality(Nullable(String))"]
    seen, out = set(), []
    for t in texts:
        if t not in seen and "\t" not in t and "\n" not in t:
            seen.add(t)
            out.append(t)
    return out


def sqlglot_parse(text, dialect):
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
    rows = [line.split("\t") for line in result.stdout.split("\n") if line]
    return {r[0]: (r[1].replace("DataType.Type.", ""), r[2]) for r in rows}


def main():
    out_dir = os.path.join(ROOT, "src", "test", "resources", "differential")
    os.makedirs(out_dir, exist_ok=True)
    total_ok = total = 0
    for d in sys.argv[1:] or DIALECTS:
        texts = inputs(d)
        java = run_java(d, texts)
        lines, ok_member, ok_schema = [], 0, 0
        for t in texts:
            expected = sqlglot_parse(t, d)
            exp_member = member(expected)
            got_member, schema = java.get(t, ("MISSING", ""))
            if expected is None or not isinstance(expected, exp.DataType):
                schema_ok = schema == "UNKNOWN" if expected is None else True
            else:
                schema_ok = sqlglot_parse(schema, d) == expected
            ok_member += got_member == exp_member
            ok_schema += schema_ok
            lines.append(f"{t}\t{exp_member}\t{schema}\t{'ok' if schema_ok else 'schema-differs'}")
        with open(os.path.join(out_dir, d + ".tsv"), "w", encoding="utf-8") as f:
            f.write("# native\tsqlglot member\tproject schema string\tsqlglot's verdict on it\n")
            f.write("\n".join(lines) + "\n")
        total += len(texts)
        total_ok += sum(1 for t in texts if java.get(t, ("",))[0] == member(sqlglot_parse(t, d)))
        print(f"{d:11s} {len(texts):5d} inputs  member agrees {ok_member:5d} ({100.0 * ok_member / len(texts):.1f}%)"
              f"  schema string reads back equal {ok_schema:5d} ({100.0 * ok_schema / len(texts):.1f}%)")
    print(f"all         {total:5d} inputs  member agrees {total_ok} ({100.0 * total_ok / total:.1f}%)")


if __name__ == "__main__":
    main()
