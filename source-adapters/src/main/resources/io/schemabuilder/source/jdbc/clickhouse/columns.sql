-- ClickHouse: every column of every table and view outside the system databases, with the type as ClickHouse
-- writes it (Nullable(Int32), LowCardinality(String), Array(Nullable(Int32)), DateTime64(3, 'UTC')).
-- A column is nullable when its type is Nullable(...), also inside LowCardinality(...). The primary key position is
-- the column's place in the table's primary key expression (system.tables.primary_key, "a, b").
-- Run by hand: clickhouse-client --queries-file columns.sql. The job wraps it: WHERE table_schema = ? (db_schema)
-- and key bounds; ClickHouse compares strings by their bytes, which is code-point order for UTF-8.
SELECT c.database                                 AS table_schema,
       c.table                                    AS table_name,
       t.engine                                   AS table_kind,
       nullIf(t.comment, '')                      AS table_comment,
       c.name                                     AS column_name,
       c.position                                 AS ordinal_position,
       c.type                                     AS native_type,
       match(c.type, '^(LowCardinality\\()?Nullable\\(') AS is_nullable,
       nullIf(c.comment, '')                      AS column_comment,
       nullIf(indexOf(splitByString(', ', t.primary_key), c.name), 0) AS pk_position
FROM system.columns c
JOIN system.tables t ON t.database = c.database AND t.name = c.table
WHERE c.database NOT IN ('system', 'INFORMATION_SCHEMA', 'information_schema')
ORDER BY table_schema, table_name, ordinal_position
