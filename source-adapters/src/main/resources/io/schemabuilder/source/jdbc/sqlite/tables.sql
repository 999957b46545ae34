-- SQLite: the tables columns.sql reads, without their columns (plans partitions).
SELECT t.schema AS table_schema,
       t.name   AS table_name
FROM pragma_table_list AS t
WHERE t.type IN ('table', 'view')
  AND t.schema <> 'temp'
  AND t.name NOT LIKE 'sqlite\_%' ESCAPE '\'
ORDER BY table_schema, table_name
