"""Loads schema.json files into real sqlglot and checks the contract: sqlglot_schema loads into MappingSchema with
the file's dialect and normalize, each column's sqlglot_type is what sqlglot makes of its native type in that
dialect, and its sqlglot_schema string reads back as the same type.
Usage: PYTHONPATH=/path/to/sqlglot python3 scripts/check_schema_files.py FILE...
"""
import json
import sys

from sqlglot import exp
from sqlglot.dialects.dialect import Dialect
from sqlglot.schema import MappingSchema

from sqlglot_golden import table_of


def parse(text, dialect):
    d = Dialect.get_or_raise(dialect)
    try:
        return exp.DataType.from_str(text, dialect=dialect, udt=d.SUPPORTS_USER_DEFINED_TYPES)
    except Exception:
        return None


def member(dt):
    if not isinstance(dt, exp.DataType):
        return "UNKNOWN"
    if isinstance(dt.this, exp.DType):
        return dt.this.name
    return "INTERVAL" if isinstance(dt.this, exp.Interval) else "UNKNOWN"


def main(files):
    failures = 0
    for path in files:
        doc = json.load(open(path))
        dialect = doc["metadata"]["dialect"]
        MappingSchema(doc["sqlglot_schema"], dialect=dialect, normalize=doc["metadata"]["normalize"])
        checked = 0
        for key, table in doc["tables"].items():
            schema, name = table_of(key)
            for column, c in table["columns"].items():
                checked += 1
                native = parse(c["type"], dialect)
                expected = "DataType.Type." + member(native)
                written = doc["sqlglot_schema"][schema][name][column]
                back = parse(written, dialect)
                ok = c["sqlglot_type"] == expected and (back == native or (native is None and written == "UNKNOWN"))
                if not ok:
                    failures += 1
                    print(f"{path}: {key}.{column}: {c['type']!r} -> {c['sqlglot_type']} / {written!r}; sqlglot: {expected}")
        print(f"{path}: {checked} columns checked, MappingSchema({dialect}) loads")
    return failures


if __name__ == "__main__":
    sys.exit(1 if main(sys.argv[1:]) else 0)
