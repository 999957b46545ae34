"""Differential fuzz of the Java type mapper against real sqlglot (issue 19).

Generates, per dialect, COUNT distinct type texts (seeded: the same seed gives the same texts) the way catalogs
report them, from the dialect's own grammar (its type keywords, its nested-type syntax) and from the golden vectors'
catalog texts, with the mutations catalogs and hand-written configs produce at the edges: negative, zero, huge and
`*` parameters, MAX, size specifiers (100 CHAR), whitespace and comments inside the parentheses, mixed case,
doubled spaces, trailing CHARACTER SET / COLLATE / NOT NULL clauses, nested types with odd field names. A small
share (--wide) is texts no catalog reports (empty or unbalanced brackets, stray words).

Each text goes through sqlglot (exp.DataType.from_str as MappingSchema calls it) and through the Java mapper
(scripts/MapTypes.java over type-mapping/target/classes). Agreement per dialect:
  member  - the Java member equals sqlglot's (UNKNOWN where sqlglot fails or finds no DataType member);
  schema  - the Java schema string follows the golden vectors' README: UNKNOWN where sqlglot fails; sqlglot's own
            `sql` where that reads back equal; else a string sqlglot reads back as a type equal to the native one.

--record adds every disagreeing text (and keeps those already there) to src/test/resources/fuzz-cases.tsv with
sqlglot's verdict, so CI (FuzzCasesTest) checks them without sqlglot; known disagreements keep their reason.

Usage, from the repository root, after ./mvnw -o -q -pl type-mapping compile:
    PYTHONPATH=/path/to/sqlglot python3 type-mapping/scripts/fuzz.py [--seed 19] [--count 100000] [--record]
        [--show N] [dialect ...]
"""
import argparse
import json
import logging
import multiprocessing
import os
import random
import subprocess
import sys
import time

from sqlglot import exp
from sqlglot.dialects.dialect import Dialect

# sqlglot's parse and member as the golden vectors were made (one definition for both scripts)
from differential import from_str, member

logging.getLogger("sqlglot").setLevel(logging.CRITICAL)
HERE = os.path.dirname(os.path.abspath(__file__))
MODULE = os.path.dirname(HERE)
ROOT = os.path.dirname(MODULE)
CASES = os.path.join(MODULE, "src", "test", "resources", "fuzz-cases.tsv")
GOLDEN = os.path.join(MODULE, "src", "test", "resources", "sqlglot-types")
DIALECTS = ["postgres", "mysql", "sqlite", "duckdb", "snowflake", "bigquery", "tsql", "oracle", "redshift",
            "clickhouse", "trino", "databricks"]

# Parameter values at the edges, most of them ordinary.
SIZES = ["1", "2", "3", "6", "9", "10", "11", "16", "20", "32", "36", "50", "64", "100", "128", "255", "256", "1000",
         "4000", "8000", "65535", "0", "00", "010", "2147483647", "2147483648", "4294967295", "9223372036854775807",
         "99999999999999999999", "1e3", "5.5"]
SCALES = ["0", "2", "4", "6", "10", "30", "38", "-2", "-5", "-84", "127", "0"]
SPECIFIERS = ["CHAR", "BYTE", "char", "Byte"]
ZONES = ["'UTC'", "'Europe/Amsterdam'", "'Asia/Tokyo'", "'America/New_York'"]
COMMENTS = ["/* c */", "/*c*/", "/**/", "/* 10 */", "/* a, b */"]
TAILS = ["CHARACTER SET utf8mb4", "CHARACTER SET latin1", "CHARSET utf8", "COLLATE utf8mb4_bin",
         "COLLATE \"C\"", "COLLATE \"en_US\"", "COLLATE Latin1_General_CI_AS", "COLLATE UTF8_LCASE",
         "COLLATE 'und:ci'", "CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci", "NOT NULL", "NULL",
         "DEFAULT 0", "ZEROFILL", "UNSIGNED ZEROFILL", "BINARY", "ENCODE ZSTD"]
FIELD_NAMES = ["a", "b", "id", "name", "value", "x1", "userId", "CamelCase", "UPPER", "date", "select", "order",
               "from", "list", "key", "type", "_hidden", "nested_col", "from_date", "1st", "a b", "a\"b", "Ünï"]
ENUM_VALUES = ["a", "b", "red", "green", "small", "large", "x y", "it''s", "", "A", "1", "é", "a,b", "(x)"]
UDT_NAMES = ["mood", "my_type", "public.email_domain", "citext", "\"MixedCase\"", "schema1.\"T\"", "geo.point_t",
             "ltree", "hstore", "tsvector", "\"select\"", "dbo.Phone"]

# Token types by the parameters catalogs give them.
STRINGS = {"CHAR", "VARCHAR", "NCHAR", "NVARCHAR", "BPCHAR", "BINARY", "VARBINARY", "BIT", "FIXEDSTRING", "TEXT",
           "NAME", "BLOB", "TINYTEXT", "MEDIUMTEXT", "LONGTEXT"}
DECIMALS = {"DECIMAL", "BIGDECIMAL", "DECFLOAT", "DECIMAL32", "DECIMAL64", "DECIMAL128", "DECIMAL256", "UDECIMAL",
            "MONEY", "SMALLMONEY", "BIGNUM"}
FLOATS = {"FLOAT", "DOUBLE", "UDOUBLE"}
INTS = {"TINYINT", "SMALLINT", "MEDIUMINT", "INT", "BIGINT", "INT128", "INT256", "UTINYINT", "USMALLINT",
        "UMEDIUMINT", "UINT", "UBIGINT", "UINT128", "UINT256", "SERIAL", "SMALLSERIAL", "BIGSERIAL", "YEAR",
        "BOOLEAN"}
TEMPORALS = {"TIME", "TIMETZ", "TIMESTAMP", "TIMESTAMPTZ", "TIMESTAMPLTZ", "TIMESTAMPNTZ", "DATETIME", "DATETIME2",
             "DATETIME64", "SMALLDATETIME", "TIMESTAMP_S", "TIMESTAMP_MS", "TIMESTAMP_NS", "TIME_NS"}
PLAIN_NESTED = {"ARRAY", "LIST", "NULLABLE", "LOWCARDINALITY", "RANGE"}
INTERVAL_UNITS = ["YEAR", "MONTH", "DAY", "HOUR", "MINUTE", "SECOND", "year", "day"]
INTERVAL_SPANS = ["YEAR TO MONTH", "DAY TO SECOND", "DAY TO HOUR", "HOUR TO MINUTE", "MINUTE TO SECOND",
                  "DAY(3) TO SECOND(2)", "YEAR(2) TO MONTH", "day to second(6)"]


def sqlglot_dialect(name):
    return Dialect.get_or_raise(name)


class Generator:
    """Type texts for one dialect, as lists of tokens joined by a randomly chosen spacing."""

    def __init__(self, name, rng, wide):
        self.name = name
        self.rng = rng
        self.wide = wide
        self.wide_comments = False
        d = sqlglot_dialect(name)
        parser = d.parser_class
        self.udt = d.SUPPORTS_USER_DEFINED_TYPES
        self.by_token = {}
        for word, token in sorted(d.tokenizer_class.KEYWORDS.items()):
            if token in parser.TYPE_TOKENS and token.name not in ("PSEUDO_TYPE",):
                self.by_token.setdefault(token.name, []).append(word)
        self.tokens = sorted(self.by_token)
        self.scalar_tokens = [t for t in self.tokens if t not in parser.NESTED_TYPE_TOKENS
                              and t not in parser.STRUCT_TYPE_TOKENS
                              and t not in ("UNKNOWN", "USERDEFINED", "AGGREGATEFUNCTION", "SIMPLEAGGREGATEFUNCTION",
                                            "OBJECT_IDENTIFIER", "VECTOR", "INTERVAL")]
        self.timestamps = {t.name for t in parser.TIMESTAMPS}
        self.enums = {t.name for t in parser.ENUM_TYPE_TOKENS}
        self.quote = (d.IDENTIFIER_START, d.IDENTIFIER_END)
        self.quote_escape = "''" if "'" in d.tokenizer_class.STRING_ESCAPES else "\\'"
        with open(os.path.join(GOLDEN, name + ".json"), encoding="utf-8") as f:
            self.catalog = [r["native"] for r in json.load(f)]

    # ---- building blocks: a text is a list of (kind, text); kinds: w word, q quoted/string, n number, p punct

    def word(self, token):
        return ("w", self.rng.choice(self.by_token[token]))

    def size(self):
        r = self.rng.random()
        if r < 0.75:
            return [("n", self.rng.choice(SIZES[:21]))]
        if r < 0.85:
            return [("n", self.rng.choice(SIZES[21:]))]
        if r < 0.93:
            return [("w", self.rng.choice(["MAX", "max", "Max"]))]
        return [("n", self.rng.choice(SIZES[:12])), ("w", self.rng.choice(SPECIFIERS))]

    def scale(self):
        value = self.rng.choice(SCALES)
        return [("p", "-"), ("n", value[1:])] if value.startswith("-") else [("n", value)]

    def params(self, token):
        rng = self.rng
        if token in STRINGS:
            return [self.size()] if rng.random() < 0.7 else []
        if token in DECIMALS:
            r = rng.random()
            if r < 0.2:
                return []
            precision = [("p", "*")] if rng.random() < 0.1 else [("n", rng.choice(SIZES[:20]))]
            return [precision] if r < 0.4 else [precision, self.scale()]
        if token in FLOATS:
            r = rng.random()
            return [] if r < 0.5 else [[("n", rng.choice(SIZES[:12]))]] if r < 0.85 else \
                [[("n", rng.choice(SIZES[:12]))], self.scale()]
        if token in INTS:
            return [[("n", rng.choice(["1", "3", "4", "10", "11", "20", "0", "255"]))]] if rng.random() < 0.25 else []
        if token in TEMPORALS:
            r = rng.random()
            if r < 0.45:
                return []
            precision = [("n", rng.choice(["0", "3", "6", "7", "9", "12", "-1"]))]
            if token in ("DATETIME64", "DATETIME") and r > 0.85:
                zone = [("q", rng.choice(ZONES))]
                return [zone] if token == "DATETIME" else [precision, zone]
            return [precision]
        if rng.random() < 0.05:
            return [[("n", rng.choice(SIZES[:12]))]]
        return []

    def scalar(self):
        rng = self.rng
        token = rng.choice(self.scalar_tokens)
        if token in self.enums and token != "DYNAMIC":
            return self.enum(token)
        out = [self.word(token)]
        params = self.params(token)
        if params:
            out += self.bracketed(params, kind="P")
        if token in self.timestamps and rng.random() < 0.4:
            out += [("w", w) for w in rng.choice(["WITH TIME ZONE", "WITHOUT TIME ZONE", "WITH LOCAL TIME ZONE",
                                                   "with time zone", "without time zone"]).split()]
        if token in INTS | FLOATS | DECIMALS and rng.random() < 0.15:
            out.append(("w", rng.choice(["UNSIGNED", "unsigned", "SIGNED"])))
        return out

    def enum(self, token):
        rng = self.rng
        values = []
        for i in range(rng.randint(1, 4)):
            # A quote inside a value is escaped as the dialect escapes it ('' or \'), as its catalog writes it.
            value = ("q", "'" + rng.choice(ENUM_VALUES).replace("''", self.quote_escape) + "'")
            if self.name == "clickhouse" or rng.random() < 0.1:
                values.append([value, ("p", "="), *self.scale()])
            else:
                values.append([value])
        return [self.word(token)] + self.bracketed(values)

    def interval(self, depth=0):
        rng = self.rng
        r = rng.random()
        spans = INTERVAL_SPANS if depth == 0 else [s for s in INTERVAL_SPANS if "(" not in s]
        words = ["INTERVAL"] if r < 0.3 else ["INTERVAL", rng.choice(INTERVAL_UNITS)] if r < 0.5 else \
            ["INTERVAL"] + rng.choice(spans).split()
        out = []
        for w in words:
            if "(" in w:
                base, n = w[:-1].split("(")
                out += [("w", base), ("p", "("), ("n", n), ("p", ")")]
            else:
                out.append(("w", w))
        return out

    def bracketed(self, items, open_="(", close=")", kind="p"):
        """Items in brackets; kind P marks a type's parameter list, where comments may go."""
        out = [(kind, open_)]
        for i, item in enumerate(items):
            if i:
                out.append((kind, ","))
            out += item
        return out + [(kind, close)]

    def field_name(self):
        rng = self.rng
        name = rng.choice(FIELD_NAMES)
        plain = name.replace("_", "").isalnum() and not name[0].isdigit() and name.isascii()
        if not plain or rng.random() < 0.15:
            q0, q1 = self.quote
            return ("q", q0 + name.replace(q1, q1 + q1) + q1)
        return ("w", name)

    def udt_name(self):
        parts = []
        for piece in self.rng.choice(UDT_NAMES).split("."):
            parts += [("p", ".")] if parts else []
            parts.append(("q", piece) if piece.startswith('"') else ("w", piece))
        return parts

    def type(self, depth=0):
        """One type in the dialect's own syntax, nested up to depth 2."""
        rng = self.rng
        r = rng.random()
        if depth < 2 and r < 0.22:
            return self.nested(depth)
        if r < 0.25:
            return self.interval(depth) if "INTERVAL" in self.by_token else self.scalar()
        if self.udt and r < 0.28 and depth == 0:
            return self.udt_name()
        return self.scalar()

    def nested(self, depth):
        rng = self.rng
        n = self.name
        inner = lambda: self.type(depth + 1)
        fields = lambda sep: [[self.field_name(), *sep, *inner()] for _ in range(rng.randint(1, 3))]
        pick = rng.random()
        if n in ("postgres", "redshift"):
            t = inner()
            if pick < 0.6:
                return t + [("p", "["), ("p", "]")] * rng.randint(1, 2)
            if pick < 0.8:
                return t + [("p", "["), ("n", rng.choice(["3", "0", "10"])), ("p", "]")]
            return self.scalar() + [("w", "ARRAY")] + ([("p", "["), ("n", "4"), ("p", "]")] if pick > 0.9 else [])
        if n == "duckdb":
            if pick < 0.35:
                return inner() + [("p", "["), *([("n", "3")] if pick < 0.1 else []), ("p", "]")]
            if pick < 0.6:
                return [("w", "STRUCT")] + self.bracketed(fields([]))
            if pick < 0.75:
                return [("w", "MAP")] + self.bracketed([self.scalar(), inner()])
            if pick < 0.85:
                return [("w", "UNION")] + self.bracketed(fields([]))
            return [("w", "LIST")] + self.bracketed([inner()]) if pick < 0.9 else inner() + [("w", "LIST")] \
                if "LIST" in self.by_token else inner()
        if n == "clickhouse":
            wrappers = ["Array", "Nullable", "LowCardinality"]
            if pick < 0.45:
                return [("w", rng.choice(wrappers))] + self.bracketed([inner()])
            if pick < 0.6:
                return [("w", "Map")] + self.bracketed([self.scalar(), inner()])
            if pick < 0.8:
                named = rng.random() < 0.5
                items = fields([]) if named else [inner() for _ in range(rng.randint(1, 3))]
                return [("w", "Tuple")] + self.bracketed(items)
            if pick < 0.9:
                return [("w", "Nested")] + self.bracketed(fields([]))
            return [("w", rng.choice(["AggregateFunction", "SimpleAggregateFunction"]))] + self.bracketed(
                [[("w", rng.choice(["sum", "uniq", "max", "anyLast"]))], self.scalar()])
        if n == "trino":
            if pick < 0.4:
                return [("w", "array")] + self.bracketed([inner()])
            if pick < 0.6:
                return [("w", "map")] + self.bracketed([self.scalar(), inner()])
            items = fields([]) if pick < 0.9 else [inner() for _ in range(rng.randint(1, 2))]
            return [("w", "row")] + self.bracketed(items)
        if n == "snowflake":
            if pick < 0.3:
                return [("w", "ARRAY")] + self.bracketed([inner()])
            if pick < 0.55:
                return [("w", "OBJECT")] + self.bracketed(fields([]))
            if pick < 0.75:
                return [("w", "MAP")] + self.bracketed([self.scalar(), inner()])
            if pick < 0.85:
                return [("w", "VECTOR")] + self.bracketed([[("w", rng.choice(["INT", "FLOAT", "int"]))],
                                                           [("n", rng.choice(["3", "16", "256", "4096"]))]])
            return [("w", rng.choice(["ARRAY", "OBJECT", "VARIANT", "array"]))]
        # BigQuery, Databricks and every other dialect: ARRAY<...>, STRUCT<...>, MAP<...>
        if pick < 0.4:
            return [("w", rng.choice(["ARRAY", "array", "Array"]))] + self.bracketed([inner()], "<", ">")
        if pick < 0.75:
            colon = [("p", ":")] if n == "databricks" and rng.random() < 0.6 else []
            items = fields(colon)
            if n == "databricks" and rng.random() < 0.1:
                items[-1] += [("w", "COMMENT"), ("q", "'note'")]
            if n == "databricks" and rng.random() < 0.1:
                items[-1] += [("w", "NOT"), ("w", "NULL")]
            return [("w", rng.choice(["STRUCT", "struct"]))] + self.bracketed(items, "<", ">")
        return [("w", rng.choice(["MAP", "map"]))] + self.bracketed([self.scalar(), inner()], "<", ">")

    # ---- mutations: case, spacing, comments, trailing clauses

    def cased(self, tokens):
        style = self.rng.random()
        out = []
        for kind, text in tokens:
            if kind == "w":
                if style < 0.35:
                    pass
                elif style < 0.55:
                    text = text.upper()
                elif style < 0.75:
                    text = text.lower()
                elif style < 0.85:
                    text = text.title()
                else:
                    text = "".join(c.upper() if self.rng.random() < 0.5 else c.lower() for c in text)
            out.append((kind, text))
        return out

    def joined(self, tokens):
        """Tokens joined with spacing chosen per text: canonical, tight, loose, doubled; comments in brackets."""
        rng = self.rng
        style = rng.choice(["canonical", "canonical", "canonical", "tight", "loose", "doubled"])
        comment_rate = 0.0 if rng.random() < 0.85 else 0.3
        parts = []
        brackets = []
        prev = None
        for kind, text in tokens:
            if prev is not None:
                gap = self.gap(prev, (kind, text), style)
                in_params = brackets and brackets[-1] == "P"
                if (in_params or self.wide_comments) and brackets and comment_rate and rng.random() < comment_rate:
                    gap = gap + rng.choice(COMMENTS) + rng.choice(["", " ", "  "])
                parts.append(gap)
            parts.append(text)
            if kind in "pP" and text in "(<[":
                brackets.append(kind)
            elif kind in "pP" and text in ")>]" and brackets:
                brackets.pop()
            prev = ("p" if kind == "P" else kind, text)
        return "".join(parts)

    def gap(self, prev, token, style):
        pk, pt = prev
        kind, text = token
        kind = "p" if kind == "P" else kind
        glue = (pk == "p" and pt in "([<.-") or (kind == "p" and text in ")]>,.") or \
               (kind == "p" and text in "([<" and pk in "wq") or (pk == "p" and pt == ":" and False)
        words = pk in "wnq" and kind in "wnq"
        if style == "canonical":
            return "" if glue and not words else " "
        if style == "tight":
            return " " if words else ""
        if style == "loose":
            return " " if not (pk == "p" and pt in ".-") and not (kind == "p" and text == ".") else ""
        # doubled
        return "" if glue and not words else self.rng.choice(["  ", "   ", " "])

    def mutated_catalog(self):
        """A golden-vector catalog text with case, spacing and a trailing clause changed."""
        rng = self.rng
        text = rng.choice(self.catalog)
        r = rng.random()
        if r < 0.3:
            text = text.upper()
        elif r < 0.5:
            text = text.lower()
        elif r < 0.6:
            text = "".join(c.upper() if rng.random() < 0.5 else c.lower() for c in text) \
                if "'" not in text and '"' not in text else text
        if rng.random() < 0.3:
            text = text.replace(",", rng.choice([", ", " , ", ",  "])).replace("(", rng.choice(["(", "( "]))
        if rng.random() < 0.3:
            text = text.replace(" ", rng.choice(["  ", "   "]))
        return text

    def wide_text(self):
        """Texts no catalog reports: the fuzz's widening, kept small."""
        rng = self.rng
        self.wide_comments = True
        base = self.joined(self.type())
        self.wide_comments = False
        r = rng.random()
        if r < 0.2:
            return base + rng.choice(["(", ")", "<", ">", "[", "]", ","])
        if r < 0.4:
            return rng.choice(["(", "<", "[", ""]) + base
        if r < 0.6:
            return base.replace(")", "", 1)
        if r < 0.8:
            return base + rng.choice(["()", "(,)", "(1,)", "( )", "[]", "<>"])
        return base + " " + rng.choice(["foo", "AS x", "=", "::int", "'x'", "1", "-- comment", "/* c */"])

    def text(self):
        rng = self.rng
        r = rng.random()
        self.last_wide = r < self.wide
        if r < self.wide:
            text = self.wide_text()
        elif r < self.wide + 0.15:
            text = self.mutated_catalog()
        else:
            text = self.joined(self.cased(self.type()))
        if rng.random() < 0.08:
            text = text + rng.choice([" ", "  "]) + rng.choice(TAILS)
        if rng.random() < 0.03:
            text = rng.choice([" ", "  "]) + text + rng.choice(["", " ", "  "])
        return text


def generate(name, seed, count, wide):
    rng = random.Random(f"{seed}:{name}")
    gen = Generator(name, rng, wide)
    seen = {}
    attempts = 0
    while len(seen) < count and attempts < count * 50:
        attempts += 1
        t = gen.text()
        if "\t" not in t and "\n" not in t and "\r" not in t:
            seen.setdefault(t, gen.last_wide)
    return seen


# ---- sqlglot's verdict

def verdict(text, dialect):
    """(member, sql, status, sql_default): status rt / not-rt / error / class, as in differential/*.tsv."""
    dt = from_str(text, dialect)
    if dt is None:
        return dt, ("UNKNOWN", "UNKNOWN", "error", "")
    try:
        default = dt.sql()
    except Exception:
        default = ""
    try:
        sql = dt.sql(dialect=dialect)
    except Exception:
        # sqlglot parses the text but its generator fails on it (Hive's int() of FLOAT(1e3)): the schema string
        # must still read back as the type.
        return dt, (member(dt), "", "not-rt", default)
    if not isinstance(dt, exp.DataType):
        return dt, ("UNKNOWN", sql, "class", default)
    status = "rt" if from_str(sql, dialect) == dt else "not-rt"
    return dt, (member(dt), sql, status, default)


def schema_ok(dt, schema, dialect, truth, text):
    """The golden vectors' rule: UNKNOWN where sqlglot fails; sqlglot's sql where it reads back equal; else
    sql_default or the native text, one that reads back equal."""
    status, sql = truth[2], truth[1]
    if status == "error":
        return schema == "UNKNOWN"
    if status in ("rt", "class"):
        return schema == sql
    return schema in (truth[3], text) and from_str(schema, dialect) == dt


def judge(job):
    """sqlglot's verdict on one text, and whether the Java member and schema string agree with it."""
    d, t, j_member, j_schema = job
    dt, truth = verdict(t, d)
    return truth, j_member == truth[0], j_member != "CRASH" and schema_ok(dt, j_schema, d, truth, t)


# ---- the Java side

def run_java(pairs, classes=None):
    classes = classes or os.path.join(MODULE, "target", "classes")
    if not os.path.isdir(classes):
        sys.exit("compile first: ./mvnw -o -q -pl type-mapping compile")
    payload = "".join(f"{d}\t{t}\n" for d, t in pairs)
    result = subprocess.run(["java", "-cp", classes, os.path.join(HERE, "MapTypes.java")], input=payload,
                            capture_output=True, text=True, encoding="utf-8")
    if result.returncode != 0:
        sys.exit("MapTypes failed: " + result.stderr[-2000:])
    lines = result.stdout.split("\n")
    return [tuple(line.split("\t", 1)) for line in lines[:len(pairs)]]


# ---- the golden file CI reads

HEADER = ("# dialect\tnative\tsqlglot member\tsqlglot sql\tstatus (rt: sql reads back equal; not-rt; error; class)"
          "\tsql_default\tknown disagreement (reason, see README), else empty\n")


def read_cases():
    cases = {}
    if os.path.exists(CASES):
        with open(CASES, encoding="utf-8") as f:
            for line in f:
                if line.startswith("#"):
                    continue
                cols = line.rstrip("\n").split("\t")
                cases[(cols[0], cols[1])] = cols[6] if len(cols) > 6 else ""
    return cases


def write_cases(cases):
    rows = []
    for (d, t), known in sorted(cases.items()):
        _, truth = verdict(t, d)
        rows.append("\t".join([d, t, *truth, known]) + "\n")
    with open(CASES, "w", encoding="utf-8") as f:
        f.write("# generated by type-mapping/scripts/fuzz.py --record from sqlglot 30.17.0 (37362f4fc1d6): type texts "
                "on which the Java mapper disagreed with sqlglot once\n")
        f.write(HEADER)
        f.writelines(rows)


def reason(text, truth):
    """Why the Java mapper may still disagree on a text: the README's classes of known disagreement."""
    if "/*" in text or "--" in text:
        return "comment outside a type's parameters: sqlglot keeps it on a nested type, a name or a unit"
    if "CAST(" in truth[1] or truth[2] == "class" and "[" in truth[1]:
        return "malformed nested type: sqlglot reads brackets after it as a constructor's values (a CAST)"
    if truth[2] == "not-rt":
        return "sqlglot's renderings do not read back equal in sqlglot, but do in the mapper's parser"
    return "stray symbol or word after a type: sqlglot recovers in its own way (T ARRAY< written T[ < ])"


def check_cases(classes):
    """Runs the Java mapper over fuzz-cases.tsv: rows that disagree get a reason, rows that agree lose theirs."""
    cases = read_cases()
    keys = sorted(cases)
    java = run_java(keys, classes)
    still = 0
    with multiprocessing.Pool(2) as pool:
        results = pool.map(judge, [(d, t, jm, js) for (d, t), (jm, js) in zip(keys, java)], chunksize=200)
    for key, (truth, m, s) in zip(keys, results):
        if m and s:
            cases[key] = ""
        else:
            still += 1
            cases[key] = reason(key[1], truth)
            print(f"  {key[0]} {key[1]!r}: {cases[key]}")
    write_cases(cases)
    print(f"{len(cases)} cases, {still} still disagree")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=19)
    ap.add_argument("--count", type=int, default=100_000)
    ap.add_argument("--wide", type=float, default=0.02, help="share of texts no catalog reports")
    ap.add_argument("--record", action="store_true")
    ap.add_argument("--classes", help="the Java mapper's classes (default type-mapping/target/classes), e.g. an "
                    "older build whose disagreements --record keeps")
    ap.add_argument("--baseline", help="classes of a build already run with --record on the same seed and "
                    "count: sqlglot then judges only the texts this build maps otherwise, and the recorded ones")
    ap.add_argument("--workers", type=int, default=2, help="processes running sqlglot")
    ap.add_argument("--show", type=int, default=0, help="print up to N disagreements per dialect")
    ap.add_argument("dialects", nargs="*")
    ap.add_argument("--check-cases", action="store_true", help="only rerun the recorded cases and mark the "
                    "ones that still disagree with their reason")
    args = ap.parse_args()
    if args.check_cases:
        check_cases(args.classes)
        return
    cases = read_cases()
    pool = multiprocessing.Pool(args.workers)
    totals = [0, 0, 0]
    print(f"seed {args.seed}, {args.count} texts per dialect, {args.wide:.0%} wide")
    print(f"{'dialect':11s} {'texts':>7s} {'member agrees':>20s} {'schema string agrees':>22s} {'secs':>5s}"
          f"  {'disagree (catalog-like, wide)':>13s}")
    for d in args.dialects or DIALECTS:
        start = time.time()
        texts = generate(d, args.seed, args.count, args.wide)
        java = run_java([(d, t) for t in texts], args.classes)
        jobs = [(d, t, jm, js) for t, (jm, js) in zip(texts, java)]
        if args.baseline:
            # Only texts the baseline build maps otherwise, or that fuzz-cases.tsv records, need sqlglot: the
            # baseline's run with --record (same seed and count) recorded every text it got wrong.
            base = run_java([(d, t) for t in texts], args.baseline)
            judged = [job for job, b in zip(jobs, base) if (job[2], job[3]) != b or (d, job[1]) in cases]
            print(f"    {len(judged)} texts judged by sqlglot (the others map as in the baseline, which agreed)")
            ok_member = ok_schema = len(jobs) - len(judged)
            jobs = judged
        else:
            ok_member = ok_schema = 0
        bad = []
        for (_, t, j_member, j_schema), (truth, m, s) in zip(jobs, pool.map(judge, jobs, chunksize=500)):
            ok_member += m
            ok_schema += s
            if not (m and s):
                bad.append((t, truth, j_member, j_schema))
        wide_bad = sum(1 for t, *_ in bad if texts[t])
        n = len(texts)
        totals = [totals[0] + n, totals[1] + ok_member, totals[2] + ok_schema]
        print(f"{d:11s} {n:7d} {ok_member:9d} ({100.0 * ok_member / n:7.3f}%) {ok_schema:11d} "
              f"({100.0 * ok_schema / n:7.3f}%) {time.time() - start:5.0f}  {len(bad) - wide_bad:6d} {wide_bad:6d}",
              flush=True)
        for t, truth, jm, js in bad[:args.show]:
            print(f"    {'wide ' if texts[t] else ''}{t!r}: sqlglot {truth[0]} {truth[1]!r} ({truth[2]}); "
                  f"java {jm} {js!r}")
        if args.record:
            for t, *_ in bad:
                cases.setdefault((d, t), "")
    n, m, s = totals
    print(f"{'all':11s} {n:7d} {m:9d} ({100.0 * m / n:7.3f}%) {s:11d} ({100.0 * s / n:7.3f}%)")
    if args.record:
        write_cases(cases)
        print(f"{len(cases)} cases in {os.path.relpath(CASES, ROOT)}")


if __name__ == "__main__":
    main()
