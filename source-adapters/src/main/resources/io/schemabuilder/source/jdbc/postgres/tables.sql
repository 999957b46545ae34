-- PostgreSQL (also Redshift): the tables columns.sql reads, without their columns (cheap: plans partitions).
SELECT n.nspname AS table_schema,
       c.relname AS table_name
FROM pg_catalog.pg_class c
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
WHERE c.relkind IN ('r', 'p', 'v', 'm', 'f')
  AND n.nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast')
  AND n.nspname NOT LIKE 'pg\_temp\_%' AND n.nspname NOT LIKE 'pg\_toast\_temp\_%'
  -- The privilege check is the costly test: PostgreSQL orders a scan's tests by its cost estimates, which put it
  -- first, for every row of pg_class (indexes and TOAST tables too); the CASE keeps it to the relations listed.
  AND CASE WHEN c.relkind IN ('r', 'p', 'v', 'm', 'f') THEN pg_catalog.has_table_privilege(c.oid, 'SELECT') END
ORDER BY n.nspname COLLATE "C", c.relname COLLATE "C"
