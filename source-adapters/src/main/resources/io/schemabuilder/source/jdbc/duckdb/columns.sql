-- DuckDB: every column of every table and view of the current database, with comments and primary keys.
-- data_type is DuckDB's own type text (DECIMAL(10,2), INTEGER[], STRUCT(a INTEGER, b VARCHAR), MAP(VARCHAR, INTEGER)).
-- Run by hand: duckdb file.duckdb < columns.sql
-- No parameters of its own: the job wraps it, adding WHERE table_schema = ? (db_schema), the filters and key bounds.
SELECT c.schema_name                                   AS table_schema,
       c.table_name                                    AS table_name,
       CASE WHEN v.view_name IS NULL THEN 'table' ELSE 'view' END AS table_kind,
       COALESCE(t.comment, v.comment)                  AS table_comment,
       c.column_name                                   AS column_name,
       c.column_index                                  AS ordinal_position,
       c.data_type                                     AS native_type,
       c.is_nullable                                   AS is_nullable,
       c.comment                                       AS column_comment,
       NULLIF(list_position(pk.constraint_column_names, c.column_name), 0) AS pk_position
FROM duckdb_columns() c
LEFT JOIN duckdb_tables() t
  ON t.database_name = c.database_name AND t.schema_name = c.schema_name AND t.table_name = c.table_name
LEFT JOIN duckdb_views() v
  ON v.database_name = c.database_name AND v.schema_name = c.schema_name AND v.view_name = c.table_name
LEFT JOIN (SELECT database_name, schema_name, table_name, constraint_column_names
           FROM duckdb_constraints() WHERE constraint_type = 'PRIMARY KEY') pk
  ON pk.database_name = c.database_name AND pk.schema_name = c.schema_name AND pk.table_name = c.table_name
WHERE c.database_name = current_database()
  AND NOT c.internal
ORDER BY table_schema, table_name, ordinal_position
