-- PostgreSQL (also Redshift): every column of every table, partitioned table, view, materialized view and foreign
-- table that the current role may SELECT, outside the system schemas, with comments and primary key positions.
-- One query for the whole catalog, reading pg_catalog only (no pg_collation or other catalogs that locked-down
-- servers deny). The native type is format_type(), what \d shows. Run by hand: psql -f columns.sql
-- The job wraps it: WHERE table_schema = ? (db_schema) and key bounds, ORDER BY with COLLATE "C".
SELECT n.nspname                                   AS table_schema,
       c.relname                                   AS table_name,
       c.relkind::text                             AS table_kind,
       td.description                              AS table_comment,
       a.attname                                   AS column_name,
       a.attnum                                    AS ordinal_position,
       pg_catalog.format_type(a.atttypid, a.atttypmod) AS native_type,
       NOT a.attnotnull                            AS is_nullable,
       cd.description                              AS column_comment,
       pg_catalog.array_position(pk.conkey, a.attnum) AS pk_position
FROM pg_catalog.pg_class c
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
JOIN pg_catalog.pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
LEFT JOIN pg_catalog.pg_constraint pk ON pk.conrelid = c.oid AND pk.contype = 'p'
LEFT JOIN pg_catalog.pg_description td
       ON td.objoid = c.oid AND td.classoid = 'pg_catalog.pg_class'::regclass AND td.objsubid = 0
LEFT JOIN pg_catalog.pg_description cd
       ON cd.objoid = c.oid AND cd.classoid = 'pg_catalog.pg_class'::regclass AND cd.objsubid = a.attnum
WHERE c.relkind IN ('r', 'p', 'v', 'm', 'f')
  AND n.nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast')
  AND n.nspname NOT LIKE 'pg\_temp\_%' AND n.nspname NOT LIKE 'pg\_toast\_temp\_%'
  -- The privilege check is the costly test: PostgreSQL orders a scan's tests by its cost estimates, which put it
  -- first, for every row of pg_class (indexes and TOAST tables too); the CASE keeps it to the relations listed.
  AND CASE WHEN c.relkind IN ('r', 'p', 'v', 'm', 'f') THEN pg_catalog.has_table_privilege(c.oid, 'SELECT') END
ORDER BY n.nspname COLLATE "C", c.relname COLLATE "C", a.attnum
