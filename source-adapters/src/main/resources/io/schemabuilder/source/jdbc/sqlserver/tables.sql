-- SQL Server: the user tables and views columns.sql reads (plans partitions).
SELECT s.name AS table_schema, o.name AS table_name
FROM sys.objects o
JOIN sys.schemas s ON s.schema_id = o.schema_id
WHERE o.type IN ('U', 'V') AND o.is_ms_shipped = 0 AND s.name NOT IN ('sys', 'INFORMATION_SCHEMA')
ORDER BY table_schema, table_name
