-- DuckDB: the tables and views columns.sql reads, without their columns (plans partitions).
SELECT schema_name AS table_schema, table_name AS table_name
FROM duckdb_tables() WHERE database_name = current_database() AND NOT internal
UNION ALL
SELECT schema_name, view_name
FROM duckdb_views() WHERE database_name = current_database() AND NOT internal
ORDER BY table_schema, table_name
