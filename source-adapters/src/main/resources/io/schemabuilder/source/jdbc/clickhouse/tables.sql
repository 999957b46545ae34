-- ClickHouse: the tables and views outside the system databases (plans partitions).
SELECT database AS table_schema, name AS table_name
FROM system.tables
WHERE database NOT IN ('system', 'INFORMATION_SCHEMA', 'information_schema')
ORDER BY table_schema, table_name
