-- ClickHouse: every column of every table and view outside the system databases, with the type as ClickHouse
-- writes it (Nullable(Int32), LowCardinality(String), Array(Nullable(Int32)), DateTime64(3, 'UTC')).
SELECT c.database                                 AS table_schema,
       c.table                                    AS table_name,
       t.engine                                   AS table_kind,
       nullIf(t.comment, '')                      AS table_comment,
       c.name                                     AS column_name,
       c.position                                 AS ordinal_position,
       c.type                                     AS native_type,
       startsWith(c.type, 'Nullable(')            AS is_nullable,
       nullIf(c.comment, '')                      AS column_comment,
       if(c.is_in_primary_key, c.position, NULL)  AS pk_position
FROM system.columns c
JOIN system.tables t ON t.database = c.database AND t.name = c.table
WHERE c.database NOT IN ('system', 'INFORMATION_SCHEMA', 'information_schema')
ORDER BY table_schema, table_name, ordinal_position
