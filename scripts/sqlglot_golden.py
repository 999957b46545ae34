"""Real sqlglot's answers for schema.json files, kept as golden data so that CI (which has no sqlglot) can hold the
Java side to them (batch-core: SqlglotResolvesEveryTableTest and MappingSchemaNormalizeTest).

Usage: PYTHONPATH=/path/to/sqlglot python3 scripts/sqlglot_golden.py batch-core/src/test/resources/sqlglot

For each <engine>.schema.json in the folder (written by the Java test with -Dgolden.update=true from the real
engines), loads it as the README says:

    MappingSchema(s["sqlglot_schema"], dialect=s["metadata"]["dialect"], normalize=s["metadata"]["normalize"])

and for every key of `tables` asks qualify and annotate_types about `SELECT * FROM "schema"."table"` (both parts
quoted as the catalog names them, in the file's dialect); also with the opposite normalize, and for tables whose
names need no quotes, unquoted. Writes <engine>.sqlglot.json: the answers, a summary, and the SHA-256 of the schema
file they were computed from.

Also writes dialects.sqlglot.json: for each of the 12 dialects schema-builder writes, a small catalog named as that
engine's catalog stores names (a table created unquoted, folded or not as the engine folds; quoted odd names; names
that differ only in case where the engine allows them), and which normalize value(s) resolve all of its tables.

Exits 1 when some table of a schema file does not resolve to its own columns and types.
"""
import hashlib
import json
import os
import re
import subprocess
import sys

import sqlglot
from sqlglot import exp, parse_one
from sqlglot.optimizer.annotate_types import annotate_types
from sqlglot.optimizer.qualify import qualify
from sqlglot.schema import MappingSchema

PLAIN = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


def table_of(key):
    """A `tables` key of schema.json as (schema, table): parts split at dots outside double quotes, quotes undone."""
    parts, part, i, quoted = [], "", 0, False
    while i < len(key):
        c = key[i]
        if c == '"' and quoted and key[i + 1:i + 2] == '"':
            part, i = part + '"', i + 2
            continue
        if c == '"':
            quoted = not quoted
        elif c == "." and not quoted:
            parts.append(part)
            part = ""
        else:
            part += c
        i += 1
    parts.append(part)
    if len(parts) != 2:
        raise ValueError(f"not a schema.table key: {key}")
    return tuple(parts)


def select_star(schema, table, dialect, quoted=True):
    """SELECT * FROM schema.table as a user writes it in the dialect: parts quoted, or plain."""
    source = exp.Table(this=exp.to_identifier(table, quoted=quoted), db=exp.to_identifier(schema, quoted=quoted))
    return exp.select("*").from_(source).sql(dialect=dialect)


def answer(sql, mapping, dialect):
    """[(column, DataType), ...] of the query's output, as qualify and annotate_types give them; or an error's text."""
    try:
        expression = qualify(parse_one(sql, read=dialect), schema=mapping, dialect=dialect)
        expression = annotate_types(expression, schema=mapping, dialect=dialect)
        return [(s.alias_or_name, s.type) for s in expression.selects]
    except Exception as e:  # an unresolved table, a parse error: the golden file says which
        return f"error: {type(e).__name__}: {str(e).splitlines()[0] if str(e) else ''}"


def is_own(got, columns, dialect, normalize):
    """Whether the answer is exactly the table's columns, in order (names as the dialect compares them under
    normalize), each with the type MappingSchema makes of its sqlglot_schema string."""
    if isinstance(got, str) or len(got) != len(columns):
        return False
    udt = sqlglot.Dialect.get_or_raise(dialect).SUPPORTS_USER_DEFINED_TYPES
    for (name, type_), (column, text) in zip(got, columns.items()):
        if name != folded(column, dialect, normalize):
            return False
        if type_ != exp.DataType.build(text, dialect=dialect, udt=udt):
            return False
    return True


def folded(name, dialect, normalize):
    """A name as sqlglot compares it in the dialect when MappingSchema normalizes (else as written)."""
    if not normalize:
        return name
    identifier = exp.to_identifier(name, quoted=True)
    return sqlglot.Dialect.get_or_raise(dialect).normalize_identifier(identifier).name


def shown(got, dialect):
    """An answer as the golden file shows it: [[column, type as the dialect writes it], ...] or the error."""
    return got if isinstance(got, str) else [[name, type_.sql(dialect=dialect)] for name, type_ in got]


def same_or(value, reference):
    return "same" if value == reference else value


def schema_file_answers(path):
    text = open(path, encoding="utf-8").read()
    doc = json.loads(text)
    dialect = doc["metadata"]["dialect"]
    normalize = doc["metadata"]["normalize"]
    opposite = f"with_normalize_{str(not normalize).lower()}"
    mappings = {n: MappingSchema(doc["sqlglot_schema"], dialect=dialect, normalize=n) for n in (True, False)}
    tables, wrong = {}, []
    counts = {"tables": 0, "resolve_to_their_columns": 0, f"resolve_{opposite}": 0, "unquoted_checked": 0,
              "unquoted_resolve": 0}
    for key in doc["tables"]:
        schema, table = table_of(key)
        columns = doc["sqlglot_schema"][schema][table]
        sql = select_star(schema, table, dialect)
        got = answer(sql, mappings[normalize], dialect)
        other = answer(sql, mappings[not normalize], dialect)
        own = is_own(got, columns, dialect, normalize)
        entry = {"sql": sql, "resolves": own, "columns": shown(got, dialect),
                 opposite: same_or(shown(other, dialect), shown(got, dialect))}
        counts["tables"] += 1
        counts["resolve_to_their_columns"] += own
        counts[f"resolve_{opposite}"] += is_own(other, columns, dialect, not normalize)
        if not own:
            wrong.append(key)
        if PLAIN.match(schema) and PLAIN.match(table):
            plain = select_star(schema, table, dialect, quoted=False)
            unquoted = answer(plain, mappings[normalize], dialect)
            entry["unquoted_sql"] = plain
            entry["unquoted"] = same_or(shown(unquoted, dialect), shown(got, dialect))
            counts["unquoted_checked"] += 1
            counts["unquoted_resolve"] += is_own(unquoted, columns, dialect, normalize)
        tables[key] = entry
    return {
        "schema_sha256": hashlib.sha256(text.encode("utf-8")).hexdigest(),
        "sqlglot": sqlglot_version(),
        "dialect": dialect,
        "normalize": normalize,
        "summary": counts,
        "tables": tables,
    }, wrong


# How each engine's catalog stores names, for dialects without an engine here (and the others, to compare):
# "fold": how an unquoted name is stored (None: as written); "quoted_kept": whether a quoted name keeps its case;
# "case_pair": whether tables "MixedCase" and "mixedcase" can both exist; "dots": whether a table name may hold a
# dot (BigQuery's may not); "columns_kept": Databricks keeps a column's case but not a table's; "caseless_columns":
# whether a column may be written in another case (ClickHouse compares with case; MySQL compares columns without
# case, but sqlglot's mysql dialect compares every name with case, so no normalize value makes `orderid` find
# OrderId there: left out, and said in the README).
ENGINES = {
    "postgres": {"fold": str.lower, "quoted_kept": True, "case_pair": True},
    "redshift": {"fold": str.lower, "quoted_kept": False, "case_pair": False},
    "trino": {"fold": str.lower, "quoted_kept": False, "case_pair": False},
    "databricks": {"fold": str.lower, "quoted_kept": False, "case_pair": False, "columns_kept": True},
    "oracle": {"fold": str.upper, "quoted_kept": True, "case_pair": True},
    "snowflake": {"fold": str.upper, "quoted_kept": True, "case_pair": True},
    "mysql": {"fold": None, "quoted_kept": True, "case_pair": True, "caseless_columns": False},
    "clickhouse": {"fold": None, "quoted_kept": True, "case_pair": True, "caseless_columns": False},
    "bigquery": {"fold": None, "quoted_kept": True, "case_pair": True, "dots": False},
    "tsql": {"fold": None, "quoted_kept": True, "case_pair": False},
    "duckdb": {"fold": None, "quoted_kept": True, "case_pair": False},
    "sqlite": {"fold": None, "quoted_kept": True, "case_pair": False},
}


def engine_catalog(engine):
    """{schema: {table: {column: type}}} as the engine's catalog holds it after CREATE TABLE Sales.Orders (OrderId
    INT, Amount DECIMAL(10, 2)) and tables created with quoted names; and the checks a user's queries make of it:
    (check, sql, table, the columns the answer must be)."""
    fold = engine["fold"] or (lambda name: name)
    keep = (lambda name: name) if engine["quoted_kept"] else str.lower
    columns_fold = (lambda name: name) if engine.get("columns_kept") else fold
    schema, orders, order_id = fold("Sales"), fold("Orders"), columns_fold("OrderId")
    tables = {
        orders: {order_id: "INT", columns_fold("Amount"): "DECIMAL(10, 2)"},
        keep("MixedCase"): {keep("Id"): "INT", keep("Name With Space"): "TEXT"},
        'has "quote"': {"x": "INT"},
        "with space": {"x": "INT"},
        "日本": {keep("X"): "INT"},
    }
    if engine.get("dots", True):
        tables["odd.name"] = {"a b": "INT", "ünï": "TEXT"}
    if engine["case_pair"]:
        tables["mixedcase"] = {"x": "BIGINT"}
    checks = [("quoted", None, table, tables[table]) for table in tables]
    checks.append(("unquoted_as_created", "SELECT * FROM Sales.Orders", orders, tables[orders]))
    if engine.get("caseless_columns", True):
        checks.append(("column_in_lower_case", "SELECT orderid FROM Sales.Orders", orders,
                       {order_id: tables[orders][order_id]}))
    return {schema: tables}, schema, checks


def dialect_answers():
    """Per dialect and check, the normalize values under which every query of the check gets its table's columns."""
    result = {}
    for dialect, engine in ENGINES.items():
        catalog, schema, checks = engine_catalog(engine)
        mappings = {n: MappingSchema(catalog, dialect=dialect, normalize=n) for n in (True, False)}
        right = {}
        for check, sql, table, columns in checks:
            sql = sql or select_star(schema, table, dialect)
            values = [n for n in (True, False) if is_own(answer(sql, mappings[n], dialect), columns, dialect, n)]
            right[check] = [v for v in right.get(check, [True, False]) if v in values]
        result[dialect] = {"catalog": catalog, "normalize_values_that_resolve": right}
    return {"sqlglot": sqlglot_version(), "dialects": result}


def sqlglot_version():
    """The sqlglot the answers come from. An installed release knows its version; a source checkout (PYTHONPATH) does
    not, and its CHANGELOG's first heading names the last release written up, not the code (the v30.17.0 tag's says
    30.16.0; main 63 commits later says 30.17.0, yet answers otherwise than the v30.17.0 release: it folds only ASCII
    letters in duckdb and sqlite). `git describe` names the commit (v30.17.0-63-g37362f4fc)."""
    version = getattr(sqlglot, "__version__", None)
    if version:
        return version
    root = os.path.dirname(os.path.dirname(sqlglot.__file__))
    try:
        described = subprocess.run(["git", "-C", root, "describe", "--tags"], capture_output=True, text=True,
                                   timeout=10)
        if described.returncode == 0 and described.stdout.strip():
            return described.stdout.strip()
    except OSError:
        pass
    return "unknown (a source checkout without git: name the commit by hand)"


def write(path, doc):
    """One table (or dialect) per line: small diffs when an answer changes."""
    lines = []
    for key, value in doc.items():
        if isinstance(value, dict) and key in ("tables", "dialects"):
            inner = [f"    {json.dumps(k, ensure_ascii=False)}: {json.dumps(v, ensure_ascii=False)}" for k, v in value.items()]
            lines.append(f'  {json.dumps(key)}: {{\n' + ",\n".join(inner) + "\n  }")
        else:
            lines.append(f"  {json.dumps(key)}: {json.dumps(value, ensure_ascii=False)}")
    with open(path, "w", encoding="utf-8") as out:
        out.write("{\n" + ",\n".join(lines) + "\n}\n")


def main(folder):
    failures = 0
    for name in sorted(os.listdir(folder)):
        if not name.endswith(".schema.json"):
            continue
        doc, wrong = schema_file_answers(os.path.join(folder, name))
        write(os.path.join(folder, name.replace(".schema.json", ".sqlglot.json")), doc)
        print(f"{name}: {doc['dialect']}, normalize={doc['normalize']}: {doc['summary']}")
        for key in wrong:
            print(f"  {key}: {doc['tables'][key]}")
        failures += len(wrong)
    dialects = dialect_answers()
    write(os.path.join(folder, "dialects.sqlglot.json"), dialects)
    for dialect, answer_ in dialects["dialects"].items():
        print(f"{dialect}: {answer_['normalize_values_that_resolve']}")
    return failures


if __name__ == "__main__":
    sys.exit(1 if main(sys.argv[1]) else 0)
